import { z } from 'zod';
import type { AuthState } from '../../fake-org/auth/auth-state';

// The demo org lives in the plugin page and is rebuilt on every reload, so the refresh tokens it issued would be
// forgotten and "reload stays signed in" could not be shown. Its refresh tokens are mirrored in localStorage and
// honoured after a reload; a token is dropped when it is redeemed (rotation) or revoked. Access tokens are not
// kept: the plugin refreshes at start, exactly as it does against Salesforce.

const STORAGE_KEY = 'sfsb:demo-org:refresh-tokens';
const savedSchema = z.record(z.string(), z.object({ clientId: z.string(), userId: z.string() }));
type Saved = z.infer<typeof savedSchema>;

function load(storage: Pick<Storage, 'getItem'>): Saved {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Makes the org's refresh tokens outlive the page, by decorating the token bookkeeping the OAuth endpoints use. */
export function persistRefreshTokens(auth: AuthState, storage: Pick<Storage, 'getItem' | 'setItem'>): void {
  const saved = load(storage);
  const write = () => storage.setItem(STORAGE_KEY, JSON.stringify(saved));
  const issue = auth.issueRefreshToken.bind(auth);
  const owner = auth.refreshTokenOwner.bind(auth);
  const consume = auth.consumeRefreshToken.bind(auth);
  const revoke = auth.revoke.bind(auth);

  auth.issueRefreshToken = (clientId, userId) => {
    const token = issue(clientId, userId);
    saved[token] = { clientId, userId };
    write();
    return token;
  };
  auth.refreshTokenOwner = (token) => owner(token) ?? saved[token];
  auth.consumeRefreshToken = (token) => {
    const entry = consume(token) ?? saved[token];
    delete saved[token];
    write();
    return entry;
  };
  auth.revoke = (token) => {
    const known = token in saved;
    delete saved[token];
    write();
    return revoke(token) || known;
  };
}
