// The pseudo-locale's catalogue (common/i18n.ts, PSEUDO_LANGUAGE), made from
// the English files at build time by FormatJS's own compiler: every message
// bracketed, its letters accented and lengthened, its ICU arguments intact.
// Main imports it as `virtual:pseudo-catalogue`; the vitest config uses the
// same plugin, so tests run the catalogue the built app ships, and the
// benches (plain Node under tsx) get the same module from bench/_virtual-modules.ts.
import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const PSEUDO_CATALOGUE_ID = 'virtual:pseudo-catalogue';
const ID = PSEUDO_CATALOGUE_ID;
const RESOLVED = `\0${ID}`;

const englishFiles = (root: string): string[] => globSync('common/locales/en/*.json', { cwd: root }).map((file) => resolve(root, file)).sort();

/** The module's source: `export default {…}`, the en-XA messages compiled from English. */
export async function pseudoCatalogueSource(root = process.cwd()): Promise<string> {
  const { compile } = await import('@formatjs/cli-lib');
  const compiled = await compile(englishFiles(root), { ast: true, pseudoLocale: 'en-XA', format: 'simple' });
  return `export default ${compiled};`;
}

export function pseudoCatalogue(root = process.cwd()): Plugin {
  return {
    name: 'tallybar:pseudo-catalogue',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of englishFiles(root)) this.addWatchFile(file);
      return pseudoCatalogueSource(root);
    },
  };
}
