import { defineConfig } from 'vitest/config';
import { pseudoCatalogue } from './scripts/pseudo-catalogue.ts';

// One project per process, as in gitify: node for main and the pure core,
// happy-dom for React components, a real Chromium for end to end, and the
// desktop project: the built main bundle on the Electron platform double.
// What every project shares is said once here; each `extends: true` takes it.
export default defineConfig({
  // The en-XA catalogue, compiled from the English files (virtual:pseudo-catalogue).
  plugins: [pseudoCatalogue()],
  test: {
    // Words need a catalogue: English, as main sets it at start on an English OS.
    // The tests' own expectations are worded in English too; an app under test loads its catalogue itself.
    setupFiles: ['test/support/english.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: ['test/main/**/*.test.ts', 'test/core/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The real built main bundle (out/main/index.js, not rebuilt here)
          // on the Electron platform double, windows in Chromium.
          name: 'desktop',
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
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
