// The virtual modules Vite gives main's code (scripts/pseudo-catalogue.ts),
// for benches that import it under plain Node and tsx: loaded with
// `--import` after tsx by scripts/bench.mjs, it compiles the module once and
// answers its import from then on.
import { registerHooks } from 'node:module';
import { PSEUDO_CATALOGUE_ID, pseudoCatalogueSource } from '../scripts/pseudo-catalogue';

const URL = 'tallybar-virtual:pseudo-catalogue';
const source = await pseudoCatalogueSource();

registerHooks({
  resolve: (specifier, context, nextResolve) => (specifier === PSEUDO_CATALOGUE_ID ? { url: URL, format: 'module', shortCircuit: true } : nextResolve(specifier, context)),
  load: (url, context, nextLoad) => (url === URL ? { format: 'module', source, shortCircuit: true } : nextLoad(url, context)),
});
