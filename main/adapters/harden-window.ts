// Applies the window rules from core/window-security to a webContents.
// Thin on purpose: every decision is made by the pure functions; this file
// only listens to Electron's events (typed against electron.d.ts).
import type { App, Session, WebContents } from 'electron';
import { externalLinkDecision, navigationDecision } from '../core/window-security';

export type HardenableWebContents = Pick<
  WebContents,
  'on' | 'setWindowOpenHandler' | 'getURL' | 'closeDevTools'
> & {
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
};

export interface HardenOptions {
  /** `shell.openExternal`, injected so tests can record it. */
  openExternal: (url: string) => unknown;
  /** Packaged builds close DevTools as soon as something opens them. */
  packaged: boolean;
  log?: (line: string) => void;
}

function openOutside(url: string, opts: HardenOptions): void {
  if (externalLinkDecision(url) !== 'open-in-browser') {
    opts.log?.('window: blocked a link that is not http(s)');
    return;
  }
  try {
    // shell.openExternal returns a promise; a rejected one must not go unhandled.
    void Promise.resolve(opts.openExternal(url)).catch(() => {
      opts.log?.('window: the OS browser could not open a link');
    });
  } catch {
    opts.log?.('window: the OS browser could not open a link');
  }
}

export function hardenWebContents(contents: HardenableWebContents, opts: HardenOptions): void {
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, contents.getURL());
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-in-browser') openOutside(url, opts);
  });

  // Sub-frames never navigate anywhere (we have none; an injected one gets nothing).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, opts);
    return { action: 'deny' };
  });

  // We never use <webview>; webviewTag is off too, this is the second lock.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });

  contents.session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  contents.session.setPermissionCheckHandler(() => false);

  if (opts.packaged) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
    });
  }
}

/**
 * Hardens every webContents the app ever creates, including ones we did not
 * ask for, as Electron's security checklist recommends. Returns nothing to
 * undo: the rules hold for the app's lifetime.
 */
export function hardenAllWebContents(app: Pick<App, 'on'>, opts: HardenOptions): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, opts);
  });
}
