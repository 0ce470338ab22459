// Signing in to Salesforce (OAuth 2.0 web-server flow with PKCE in a popup), keeping the session, signing out,
// and the connection's state as the agent sees it: sign-in screen, settings, offline and API-limit banners.
export { ApiLimitNotice } from './api-limit-notice';
export { AuthProvider, useAuth, useAuthState } from './auth-context';
export { createAuthController, type AuthController, type AuthControllerOptions, type AuthState } from './auth-controller';
export type { AuthSession } from './auth-session';
export { authSettingsFor, CALLBACK_PATH, type AuthSettings } from './auth-settings';
export { authWindowFor, openBlankPopup, type AuthWindow, type OpenAuthWindow } from './auth-window';
export { ConnectionSettings } from './connection-settings';
export { OfflineBanner } from './offline-banner';
export { ReconnectScreen } from './reconnect-screen';
export { SignInError } from './sign-in-error';
export { SignInProgress } from './sign-in-progress';
export { SignInScreen } from './sign-in-screen';
export { browserTokenStorage, createTokenStore, type StoredLogin, type TokenStore } from './token-store';
