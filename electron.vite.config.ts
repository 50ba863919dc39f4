import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Three bundles from our own folders: main (Node, ESM), the preload (one
// self-contained CommonJS file, as a sandboxed preload must be) and the
// renderer (two pages so the popover loads only what it shows).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require() from node_modules: bundle everything.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // The popover's JavaScript budget is 120 KB gzipped: ship it minified.
      minify: true,
      rollupOptions: {
        input: {
          popover: resolve('renderer/popover.html'),
          details: resolve('renderer/details.html'),
        },
      },
    },
  },
});
