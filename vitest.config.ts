import { defineConfig } from 'vitest/config';
import { pseudoCatalogue } from './scripts/pseudo-catalogue.ts';

// One project per process, as in gitify: node for main and the pure core,
// happy-dom for React components, a real Chromium for end to end, and the
// desktop project: the built main bundle on the Electron platform double.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [pseudoCatalogue()],
        test: {
          name: 'main',
          // Words need a catalogue: English, as main sets it at start on an English OS.
          setupFiles: ['test/support/english.ts'],
          environment: 'node',
          include: ['test/main/**/*.test.ts', 'test/core/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [pseudoCatalogue()],
        test: {
          name: 'renderer',
          setupFiles: ['test/support/english.ts'],
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [pseudoCatalogue()],
        test: {
          // The real built main bundle (out/main/index.js, not rebuilt here)
          // on the Electron platform double, windows in Chromium.
          name: 'desktop',
          // The test's own expectations are worded in English; the app under test loads its catalogue itself.
          setupFiles: ['test/support/english.ts'],
          environment: 'node',
          include: ['test/desktop/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Node's own loader imports the bundle, as Electron does: vitest must not transform it.
          server: { deps: { external: [/\/out\/main\//] } },
        },
      },
      {
        plugins: [pseudoCatalogue()],
        test: {
          name: 'e2e',
          environment: 'node',
          // A gate built without an app (harness tests) words its refusals too: English, as main's at start.
          setupFiles: ['test/support/english.ts'],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
