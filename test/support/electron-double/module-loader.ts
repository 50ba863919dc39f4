// Loads the real built main bundle (out/main/index.js) with Node's own loader,
// as Electron would, with `import … from 'electron'` answered by a double.
//
// Each launch gets a fresh module graph: every URL resolved from a module of
// launch N carries `?tallybar-launch=N`, so the bundle, electron-store, conf,
// ky and zod are evaluated anew — as in a new process — and their `electron`
// import is launch N's double. Node builtins are shared, as they are global.
//
// CommonJS packages are cached by file name whatever the URL. A launch
// imports one (electron-updater) through a small ESM module that require()s
// it, so the package loads by CommonJS rules alone; its own require('electron')
// gets the current launch's double; and the package is evicted from the
// require cache before the next launch, which loads it anew (its autoUpdater
// is a singleton). Such a module offers its default export and its plain data
// properties, never its getters (reading electron-updater's autoUpdater
// would build it): take the default, as main/index.ts does.
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const LAUNCH_PARAM = 'tallybar-launch';
const ELECTRON_URL = 'tallybar-electron-double:';
const ELECTRON_CJS_URL = 'tallybar-electron-double-cjs:active';
const REGISTRY = Symbol.for('tallybar.electron-double.launches');
/** The launch running now, for CommonJS code's require('electron'). */
const ACTIVE = Symbol.for('tallybar.electron-double.active');

type Registry = Map<number, Record<string, unknown>>;

function registry(): Registry {
  const host = globalThis as unknown as Record<symbol, Registry | undefined>;
  host[REGISTRY] ??= new Map();
  return host[REGISTRY];
}

function launchOf(url: string | undefined): string | null {
  if (!url) return null;
  if (url.startsWith(ELECTRON_URL)) return url.slice(ELECTRON_URL.length);
  const match = new RegExp(`[?&]${LAUNCH_PARAM}=(\\d+)`).exec(url);
  return match?.[1] ?? null;
}

let installed = false;
/** Package folders a launch loaded by CommonJS rules: evicted before the next launch. */
const commonJsPackages = new Set<string>();
const requireCache = createRequire(import.meta.url).cache;

/** node_modules/<name>/ (or node_modules/@scope/<name>/) of a file, or null outside packages. */
function packageFolder(file: string): string | null {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+\/)/.exec(file);
  return match?.[1] ?? null;
}

function evictCommonJsPackages(): void {
  for (const file of Object.keys(requireCache)) if ([...commonJsPackages].some((folder) => file.startsWith(folder))) delete requireCache[file];
}

/** An ESM face for a CommonJS file a launch imports: require() it, export the default and plain data properties. */
function commonJsShim(file: string): string {
  commonJsPackages.add(packageFolder(file) ?? file);
  const exported = createRequire(file)(file) as Record<string, unknown>;
  const names = Object.keys(exported).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && 'value' in Object.getOwnPropertyDescriptor(exported, name)!);
  return [
    "import { createRequire } from 'node:module';",
    `const exported = createRequire(${JSON.stringify(file)})(${JSON.stringify(file)});`,
    'export default exported;',
    ...names.map((name) => `export const ${name} = exported[${JSON.stringify(name)}];`),
  ].join('\n');
}

function install(): void {
  if (installed) return;
  installed = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const launch = launchOf(context.parentURL);
      // require('electron') inside a CommonJS package: one module, whichever launch runs now.
      if (specifier === 'electron' && launch === null && context.parentURL?.startsWith('file:') && packageFolder(fileURLToPath(context.parentURL))) {
        return { url: ELECTRON_CJS_URL, format: 'commonjs', shortCircuit: true };
      }
      if (launch === null) return nextResolve(specifier, context);
      if (specifier === 'electron') return { url: `${ELECTRON_URL}${launch}`, format: 'module', shortCircuit: true };
      const resolved = nextResolve(specifier, context);
      if (!resolved.url.startsWith('file:')) return resolved;
      const url = new URL(resolved.url);
      url.searchParams.set(LAUNCH_PARAM, launch);
      return { ...resolved, url: url.href };
    },
    load(url, context, nextLoad) {
      if (url === ELECTRON_CJS_URL) {
        // Node caches a CommonJS resolution per requiring folder, past any eviction, so
        // this module is one for all launches: each read goes to the launch running now.
        const active = `globalThis[Symbol.for(${JSON.stringify(ACTIVE.description)})]`;
        const source = `module.exports = new Proxy({}, { get: (_, name) => ${registryRead(`${active}`)}[name], has: (_, name) => name in ${registryRead(`${active}`)} });`;
        return { format: 'commonjs', source, shortCircuit: true };
      }
      if (!url.startsWith(ELECTRON_URL)) {
        const loaded = nextLoad(url, context);
        if (loaded.format !== 'commonjs' || launchOf(url) === null || !url.startsWith('file:')) return loaded;
        return { format: 'module', source: commonJsShim(fileURLToPath(url)), shortCircuit: true };
      }
      // Electron's module is CommonJS, so both `import electron from` and
      // named imports work; an export the double lacks fails to link, loudly.
      const launch = Number(url.slice(ELECTRON_URL.length));
      const names = Object.keys(registry().get(launch) ?? {});
      const source = [
        `const electron = ${registryRead(launch)};`,
        `if (!electron) throw new Error('Electron double: launch ${launch} is not registered');`,
        'export default electron;',
        ...names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)).map((name) => `export const ${name} = electron[${JSON.stringify(name)}];`),
      ].join('\n');
      return { format: 'module', source, shortCircuit: true };
    },
  });
}

function registryRead(launch: number | string): string {
  return `globalThis[Symbol.for(${JSON.stringify(REGISTRY.description)})].get(${launch})`;
}

let launches = 0;

/**
 * Imports `bundlePath` as a fresh launch whose `electron` is `electronModule`.
 * Resolves once the bundle's top-level code has run (its async start goes on).
 */
export async function importMainBundle(bundlePath: string, electronModule: Record<string, unknown>): Promise<{ launch: number; url: string }> {
  install();
  const launch = ++launches;
  registry().set(launch, electronModule);
  evictCommonJsPackages();
  (globalThis as unknown as Record<symbol, number>)[ACTIVE] = launch;
  const url = `${pathToFileURL(bundlePath).href}?${LAUNCH_PARAM}=${launch}`;
  await import(/* @vite-ignore */ url);
  return { launch, url };
}

/** True when a stack trace passes through code of this launch (for timer and rejection accounting). */
export function stackIsLaunch(stack: string | undefined, launch: number): boolean {
  return stack?.includes(`${LAUNCH_PARAM}=${launch}`) ?? false;
}

export function forgetLaunch(launch: number): void {
  registry().delete(launch);
}
