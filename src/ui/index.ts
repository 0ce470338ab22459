// Shared building blocks for the panel's screens and forms. Sits between salesforce/host and the features:
// it knows nothing of any feature, so every feature can use it without importing another.
export { ActionError, type ActionErrorProps } from './action-error';
export { HostLink, type OpenUrl } from './host-link';
export { FormField, type FormFieldProps, type FormFieldControl } from './form-field';
export { LookupInput, type LookupInputProps, type LookupOption } from './lookup-input';
export { Screen, type ScreenProps } from './screen';
export { SignInProvider, useSignIn, type SignIn } from './sign-in-context';
export { useFocusFirstInvalid } from './use-focus-first-invalid';
export { useUserSearch } from './use-user-search';
export { ViewAllLink, type ViewAllLinkProps } from './view-all-link';
