// Decisions about what our windows may load, open and reach. Pure (no
// electron import) so every rule is unit-tested; the adapter in
// `adapters/harden-window.ts` only wires these into webContents events.

/** The webPreferences every Tallybar window gets (a subset of Electron's). */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  webviewTag: false;
  safeDialogs: true;
  disableBlinkFeatures: 'Auxclick';
  devTools: boolean;
}

export function secureWebPreferences(
  preloadPath: string,
  opts: { packaged: boolean } = { packaged: true },
): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    webviewTag: false,
    safeDialogs: true,
    // Middle-click would otherwise reach window.open paths; nothing of ours uses it.
    disableBlinkFeatures: 'Auxclick',
    // Packaged builds ship without DevTools; the adapter also closes them if opened.
    devTools: !opts.packaged,
  };
}

/**
 * For a `<meta http-equiv="Content-Security-Policy">` in every renderer page.
 * Images may come from https (CoinStats coin icons) and from the local
 * CoinStats double on 127.0.0.1 (demo mode). The renderer never fetches:
 * all data comes through the preload, hence `connect-src 'none'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https: http://127.0.0.1:*",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The same policy as a response header, where `frame-ancestors` also works
 * (browsers ignore it in a <meta> tag and log an error for it).
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export type ExternalLinkDecision = 'open-in-browser' | 'deny';

/** Only plain http(s) links without credentials leave for the OS browser. */
export function externalLinkDecision(url: string): ExternalLinkDecision {
  if (typeof url !== 'string' || url.length > 2000) return 'deny';
  const parsed = parse(url);
  if (parsed === null) return 'deny';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'deny';
  if (parsed.username !== '' || parsed.password !== '') return 'deny';
  if (parsed.hostname === '') return 'deny';
  return 'open-in-browser';
}

export type NavigationDecision = 'allow' | ExternalLinkDecision;

/**
 * A window may only reload the page it shows; any other navigation is
 * stopped, and http(s) targets go to the OS browser instead.
 */
export function navigationDecision(targetUrl: string, currentUrl: string): NavigationDecision {
  const target = parse(targetUrl);
  const current = parse(currentUrl);
  if (target !== null && current !== null) {
    target.hash = '';
    current.hash = '';
    if (target.href === current.href) return 'allow';
  }
  return externalLinkDecision(targetUrl);
}
