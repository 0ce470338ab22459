import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Serves jsforce to the browser from its modern build instead of its "browser" build.
 *
 * jsforce's browser build is Babel output for old browsers: it drags in core-js and Babel's runtime, polyfills that
 * the browsers Front supports (current Chrome, Edge, Firefox, Safari, and its Electron desktop app) don't need. Its `lib/` build is
 * ES2019 and runs in a browser once the two Node-only modules are swapped for the browser ones jsforce ships in
 * `lib/browser/` — exactly the swaps its own package.json makes for the browser build.
 *
 * Two more modules are trimmed for size: CSV parsing (Bulk API results, which the sidebar never asks for) and
 * xml2js's XML *builder* (jsforce only parses XML, for SOAP responses such as convertLead).
 */
const require = createRequire(import.meta.url);
const LIB = join(dirname(require.resolve('jsforce/package.json')), 'lib');
const HERE = dirname(fileURLToPath(import.meta.url));

/** The entry points the sidebar imports, as bare imports of lib/ so the dev server pre-bundles them as dependencies. */
const ENTRY_ALIASES = [
  { find: /^jsforce\/core$/, replacement: 'jsforce/lib/core.js' },
  { find: /^jsforce\/api\/soap$/, replacement: 'jsforce/lib/api/soap.js' },
];

/** Imports made from jsforce's lib/ folder itself, and what the browser gets instead. */
const SWAPS_IN_LIB: Readonly<Record<string, string>> = {
  './request': join(LIB, 'browser/request.js'),
  './registry': join(LIB, 'browser/registry.js'),
  './csv': join(HERE, 'csv-unsupported.ts'),
  xml2js: join(HERE, 'xml-parser.ts'),
};

function swapInLib(source: string, importer: string | undefined): string | null {
  const swap = SWAPS_IN_LIB[source];
  return swap && importer && dirname(importer) === LIB ? swap : null;
}

/**
 * In tests, Node loads jsforce itself (dependencies are not bundled there), so they run lib/ with its Node
 * request module: the same code apart from the swaps above.
 */
export function jsforceModernBuild(): Plugin {
  return {
    name: 'jsforce-modern-build',
    enforce: 'pre',
    resolveId: swapInLib,
    // The dev server pre-bundles dependencies with Rolldown itself, without Vite's plugins: give it the same swaps.
    config: () => ({
      resolve: { alias: ENTRY_ALIASES },
      optimizeDeps: { rolldownOptions: { plugins: [{ name: 'jsforce-modern-build', resolveId: swapInLib }] } },
    }),
  };
}
