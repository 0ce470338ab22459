import { z } from 'zod';

// Configuration that differs per deployment, read from the server's environment when it starts and handed to
// the plugin as GET /config.json, so one build serves any org. Without a client id the plugin runs the demo.

export const TRANSPORTS = ['demo', 'proxy', 'direct'] as const;
export type Transport = (typeof TRANSPORTS)[number];

const DEFAULT_API_VERSION = '62.0';

const salesforceSchema = z.object({
  /** The External Client App's consumer key. */
  clientId: z.string().min(1),
  /** My Domain (https://acme.my.salesforce.com); Shift-click on "Sign in" uses https://test.salesforce.com. */
  loginUrl: z.url({ protocol: /^https$/ }),
  /** Where Salesforce sends the user back; defaults to this app's /oauth/callback. */
  callbackUrl: z.url().optional(),
  apiVersion: z.string().regex(/^\d{2,3}\.0$/, 'an API version such as 62.0'),
});

/** What /config.json holds: parsed again by the plugin, since it crosses a network boundary. */
export const runtimeConfigSchema = z.object({
  transport: z.enum(TRANSPORTS),
  salesforce: salesforceSchema.optional(),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

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
          loginUrl: vars.SALESFORCE_LOGIN_URL,
          callbackUrl: vars.SALESFORCE_CALLBACK_URL,
          apiVersion: vars.SALESFORCE_API_VERSION ?? DEFAULT_API_VERSION,
        };
  const parsed = runtimeConfigSchema.safeParse({ transport, salesforce });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${envName(issue.path)}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
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
