// Sign-in against Salesforce's OAuth 2.0 endpoints: PKCE, the authorize URL, the callback's contract, tokens.
export { authorizeUrl, SANDBOX_LOGIN_URL, type AuthorizeRequest } from './authorize-url';
export {
  callbackMessageSchema,
  callbackReceivedSchema,
  callbackResultFromQuery,
  callbackResultSchema,
  OAUTH_CALLBACK_MESSAGE,
  OAUTH_CALLBACK_RECEIVED,
  oauthStateSchema,
  stripped,
  type CallbackResult,
} from './callback-result';
export { createPkcePair, randomUrlSafe, s256Challenge, type PkcePair } from './pkce';
export {
  exchangeCode,
  OAuthTokenError,
  refreshSession,
  revokeToken,
  type OAuthClientSettings,
  type SessionTokens,
} from './tokens';
export { userInfo, type UserInfo } from './user-info';
