// The pseudo-locale's catalogue (common/i18n.ts, PSEUDO_LANGUAGE), made from
// the English files at build time by FormatJS's own compiler: every message
// bracketed, its letters accented and lengthened, its ICU arguments intact.
// Main imports it as `virtual:pseudo-catalogue`; the vitest config uses the
// same plugin, so tests run the catalogue the built app ships.
import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:pseudo-catalogue';
const RESOLVED = `\0${ID}`;

export function pseudoCatalogue(root = process.cwd()): Plugin {
  return {
    name: 'tallybar:pseudo-catalogue',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const files = globSync('common/locales/en/*.json', { cwd: root }).map((file) => resolve(root, file)).sort();
      for (const file of files) this.addWatchFile(file);
      const { compile } = await import('@formatjs/cli-lib');
      const compiled = await compile(files, { ast: true, pseudoLocale: 'en-XA', format: 'simple' });
      return `export default ${compiled};`;
    },
  };
}
