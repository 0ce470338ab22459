import { z } from 'zod';

// Configuration that differs per deployment, read from the server's environment when it starts and handed to
// the plugin as GET /config.json, so one build serves any org. Without a client id the plugin runs the demo.

export const TRANSPORTS = ['demo', 'proxy', 'direct'] as const;
export type Transport = (typeof TRANSPORTS)[number];

const DEFAULT_API_VERSION = '62.0';
const DEFAULT_LOGIN_URL = 'https://login.salesforce.com';

/** An https origin: Salesforce hosts its login pages at the root, and a path here is always a typo. */
const httpsOrigin = z
  .url({
    protocol: /^https$/,
    error: (issue) =>
      issue.input === undefined
        ? 'is required for the direct transport: your My Domain, such as https://acme.my.salesforce.com'
        : 'must be an https:// URL such as https://acme.my.salesforce.com',
  })
  .refine((value) => {
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  }, 'must be an origin only, without a path, query or user name')
  .transform((value) => new URL(value).origin);

const salesforceSchema = z.object({
  /** The External Client App's consumer key. */
  clientId: z.string({ error: 'is required for the proxy and direct transports' }).min(1),
  /** My Domain (https://acme.my.salesforce.com); Shift-click on "Sign in" uses https://test.salesforce.com. */
  loginUrl: httpsOrigin,
  /** Where Salesforce sends the user back; defaults to this app's /oauth/callback. */
  callbackUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  apiVersion: z.string().regex(/^\d{2,3}\.0$/, 'must be an API version such as 62.0'),
});

/** What /config.json holds: parsed again by the plugin, since it crosses a network boundary. */
export const runtimeConfigSchema = z
  .object({
    transport: z.enum(TRANSPORTS, { error: `must be one of ${TRANSPORTS.join(', ')}` }),
    salesforce: salesforceSchema.optional(),
  })
  .refine((config) => config.transport === 'demo' || config.salesforce !== undefined, {
    message: 'is required unless the transport is demo',
    path: ['salesforce', 'clientId'],
  });

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;
export type SalesforceAppConfig = NonNullable<RuntimeConfig['salesforce']>;

// Empty strings count as unset: `SALESFORCE_CLIENT_ID= npm start` means "no client id", not "an empty one".
const optionalEnv = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const envSchema = z.object({
  SALESFORCE_CLIENT_ID: optionalEnv,
  SALESFORCE_LOGIN_URL: optionalEnv,
  SALESFORCE_CALLBACK_URL: optionalEnv,
  SALESFORCE_API_VERSION: optionalEnv,
  SALESFORCE_TRANSPORT: optionalEnv,
});

/** A configuration problem, worded in terms of the environment variable to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Browsers may call Salesforce's OAuth endpoints cross-origin only on My Domain: `direct` cannot default to login.
function defaultLoginUrl(transport: string): string | undefined {
  return transport === 'direct' ? undefined : DEFAULT_LOGIN_URL;
}

/**
 * The runtime configuration from environment variables. The transport defaults to `demo` without a client id
 * and to `proxy` with one; every problem is reported at once, naming the variable.
 */
export function runtimeConfigFromEnv(env: Readonly<Record<string, string | undefined>>): RuntimeConfig {
  const vars = envSchema.parse(env);
  const transport = vars.SALESFORCE_TRANSPORT ?? (vars.SALESFORCE_CLIENT_ID ? 'proxy' : 'demo');
  const salesforce =
    transport === 'demo' && !vars.SALESFORCE_CLIENT_ID
      ? undefined
      : {
          clientId: vars.SALESFORCE_CLIENT_ID,
          loginUrl: vars.SALESFORCE_LOGIN_URL ?? defaultLoginUrl(transport),
          callbackUrl: vars.SALESFORCE_CALLBACK_URL,
          apiVersion: vars.SALESFORCE_API_VERSION ?? DEFAULT_API_VERSION,
        };
  const parsed = runtimeConfigSchema.safeParse({ transport, salesforce });
  if (parsed.success) return parsed.data;
  throw new ConfigError(`Invalid configuration:\n  ${problems(parsed.error, envName).join('\n  ')}`);
}

/**
 * The plugin's configuration, from the server that serves it. No /config.json at all (a static host answering
 * 404, or a dev server answering every path with the app's HTML) means the demo; a broken one stops the sidebar
 * with the reason.
 */
export async function loadRuntimeConfig(fetchConfig: (url: string) => Promise<Response>, url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetchConfig(url);
  const isJson = /^application\/json\b/.test(response.headers.get('Content-Type') ?? '');
  if (response.status === 404 || (response.ok && !isJson)) return { transport: 'demo' };
  if (!response.ok) throw new ConfigError(`The sidebar's configuration could not be loaded (HTTP ${response.status}).`);
  const parsed = runtimeConfigSchema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return parsed.data;
  throw new ConfigError(`The sidebar's configuration is invalid: ${problems(parsed.error, (path) => path.join('.')).join('; ')}`);
}

const ENV_NAMES: Readonly<Record<string, string>> = {
  transport: 'SALESFORCE_TRANSPORT',
  clientId: 'SALESFORCE_CLIENT_ID',
  loginUrl: 'SALESFORCE_LOGIN_URL',
  callbackUrl: 'SALESFORCE_CALLBACK_URL',
  apiVersion: 'SALESFORCE_API_VERSION',
};

function envName(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  return (typeof last === 'string' && ENV_NAMES[last]) || path.join('.');
}

function problems(error: z.ZodError, name: (path: readonly PropertyKey[]) => string): string[] {
  return error.issues.map((issue) => `${name(issue.path)}: ${issue.message}`);
}
