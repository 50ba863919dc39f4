// Loads the real built main bundle (out/main/index.js) with Node's own loader,
// as Electron would, with `import … from 'electron'` answered by a double.
//
// Each launch gets a fresh module graph: every URL resolved from a module of
// launch N carries `?tallybar-launch=N`, so the bundle, electron-store, conf,
// ky and zod are evaluated anew — as in a new process — and their `electron`
// import is launch N's double. Node builtins are shared, as they are global.
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';

const LAUNCH_PARAM = 'tallybar-launch';
const ELECTRON_URL = 'tallybar-electron-double:';
const REGISTRY = Symbol.for('tallybar.electron-double.launches');

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

function install(): void {
  if (installed) return;
  installed = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const launch = launchOf(context.parentURL);
      if (launch === null) return nextResolve(specifier, context);
      if (specifier === 'electron') return { url: `${ELECTRON_URL}${launch}`, format: 'module', shortCircuit: true };
      const resolved = nextResolve(specifier, context);
      if (!resolved.url.startsWith('file:')) return resolved;
      const url = new URL(resolved.url);
      url.searchParams.set(LAUNCH_PARAM, launch);
      return { ...resolved, url: url.href };
    },
    load(url, context, nextLoad) {
      if (!url.startsWith(ELECTRON_URL)) return nextLoad(url, context);
      // Electron's module is CommonJS, so both `import electron from` and
      // named imports work; an export the double lacks fails to link, loudly.
      const launch = Number(url.slice(ELECTRON_URL.length));
      const names = Object.keys(registry().get(launch) ?? {});
      const read = `globalThis[Symbol.for(${JSON.stringify(REGISTRY.description)})].get(${launch})`;
      const source = [
        `const electron = ${read};`,
        `if (!electron) throw new Error('Electron double: launch ${launch} is not registered');`,
        'export default electron;',
        ...names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)).map((name) => `export const ${name} = electron[${JSON.stringify(name)}];`),
      ].join('\n');
      return { format: 'module', source, shortCircuit: true };
    },
  });
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
