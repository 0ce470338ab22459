export { executeSosl } from './execute-sosl';
export { executeParameterizedSearch } from './parameterized-search';
