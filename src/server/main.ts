import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, runtimeConfigFromEnv } from '../lib/runtime-config.ts';
import { startAppServer } from './app-server.ts';
import { consoleLogger } from './request-log.ts';

// `npm start`: the production server. Run from the repository root after `npm run build`.

const portSchema = z.coerce.number().int().min(0).max(65535).default(8080);

async function main(): Promise<void> {
  const distDir = resolve(process.cwd(), 'dist');
  if (!existsSync(resolve(distDir, 'index.html'))) throw new ConfigError(`No build found in ${distDir}: run npm run build first.`);
  const port = portSchema.safeParse(process.env.PORT?.trim() || undefined);
  if (!port.success) throw new ConfigError('PORT must be a port number between 0 and 65535.');
  const config = runtimeConfigFromEnv(process.env);
  const running = await startAppServer({ distDir, config, logger: consoleLogger, port: port.data });
  console.log(`Serving ${distDir} at ${running.url} (transport: ${config.transport})`);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
