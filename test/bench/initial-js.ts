import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const DEMO_ENTRY = 'src/app/demo/start-demo.ts';

const manifestSchema = z.record(
  z.string(),
  z.object({ file: z.string(), imports: z.array(z.string()).optional(), dynamicImports: z.array(z.string()).optional() }),
);
type Manifest = z.infer<typeof manifestSchema>;

function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** Files only the demo's fake org needs: what production never downloads. */
function demoOnlyFiles(): Set<string> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')));
  if (!manifest[DEMO_ENTRY]) throw new Error(`The build has no chunk for ${DEMO_ENTRY}: the demo's entry moved`);
  const app = staticClosure(manifest, 'index.html');
  return new Set([...staticClosure(manifest, DEMO_ENTRY)].filter((file) => !app.has(file)));
}

/** Gzipped bytes of the JavaScript files the browser fetched, leaving out demo-only code. */
export function initialJsGzipBytes(loadedScriptPaths: readonly string[]): { bytes: number; files: string[] } {
  const demoOnly = demoOnlyFiles();
  const files = [...new Set(loadedScriptPaths.map((path) => path.replace(/^\//, '')))].filter((file) => !demoOnly.has(file));
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
  return { bytes, files };
}
