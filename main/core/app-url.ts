// The renderer is served from a privileged custom scheme, `app://tallybar/…`,
// not from file://: with the GrantFileProtocolExtraPrivileges fuse off,
// file:// pages cannot load ES module scripts, and a custom scheme gives the
// pages a real origin (Electron security checklist, item 18).
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tallybar';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type PageName = 'popover' | 'details';

export const pageUrl = (page: PageName, hash = ''): string =>
  `${APP_ORIGIN}/${page}.html${hash ? `#${hash}` : ''}`;

/**
 * The file under `rendererDir` an `app://tallybar/...` URL names, or null for
 * anything else: another host, an encoded `..`, a NUL byte, a directory.
 */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.endsWith('/')) return null;
  const file = normalize(join(rendererDir, path));
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}

/** The paths of our two pages, on the app scheme or the dev server. */
const PAGE_PATH = /^\/(popover|details)\.html$/;

/** True for our own pages on the app scheme (isOurPageUrl adds the dev server for the gate). */
export function isAppPageUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === '' &&
      PAGE_PATH.test(parsed.pathname)
    );
  } catch {
    return false;
  }
}

/**
 * The IPC gate's "is this our page?": one of our pages on the app scheme, or,
 * in `npm run dev` only, the same page on electron-vite's dev server.
 */
export function isOurPageUrl(url: string, devServerUrl?: string): boolean {
  if (isAppPageUrl(url)) return true;
  if (!devServerUrl) return false;
  try {
    const parsed = new URL(url);
    const dev = new URL(devServerUrl);
    return (
      (dev.protocol === 'http:' || dev.protocol === 'https:') &&
      parsed.origin === dev.origin &&
      parsed.username === '' &&
      parsed.password === '' &&
      PAGE_PATH.test(parsed.pathname)
    );
  } catch {
    return false;
  }
}
