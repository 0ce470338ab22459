// The fake org's data: the default demo seed, the JSON seed format (FAKE_ORG_SEED) and the loader.
export { applySeed } from './apply-seed';
export { defaultSeed, SEED_PEOPLE } from './default';
export { parseSeed, type SeedData, type SeedRecord, type SeedValue } from './seed-format';
