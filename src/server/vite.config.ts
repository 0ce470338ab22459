import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Node 20 cannot run TypeScript, so `npm run build` also bundles the server into one self-contained file,
// dist-server/server.js, which `npm start` runs with plain node (no dev dependency at run time).
// A config of its own, so none of the app's plugins (browser polyfills, React) touch the Node bundle.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: fileURLToPath(new URL('./main.ts', import.meta.url)),
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'server.js' } },
  },
  ssr: { target: 'node', noExternal: true },
});
