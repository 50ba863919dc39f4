// What a window's page reads as document.visibilityState, by Electron's rules
// (docs/api/browser-window.md, "Page visibility"): hidden while the window is
// hidden (win.hide()) and visible while shown — BrowserWindow::OnWindowHide
// calls WebContents::WasOccluded and BrowserWindow::Show calls WasShown
// (shell/browser/api/electron_api_browser_window.cc) —; a window created with
// `show: false` starts out 'visible' all the same, unless it is created with
// `paintWhenInitiallyHidden: false`, which also means 'ready-to-show' never
// fires (structures/browser-window-options.md); and with webPreferences'
// `backgroundThrottling` off it stays 'visible' whatever the window does.
//
// Chromium under Playwright cannot be hidden for real: Playwright's focus
// emulation (Emulation.setFocusEmulationEnabled) holds every page of the
// contexts it makes as captured, which Chromium counts as visible. So the
// double sets, in the page, what its renderer would read — visibilityState
// and hidden — and fires 'visibilitychange' on the document, as Blink does.
// (A page really hidden by Chromium: test/support/e2e/hideable-page.ts.)
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Page } from 'playwright-core';

export type Visibility = 'visible' | 'hidden';

const SETTER = '__tallybarDoubleSetVisibility';

/** Plain JS (no bundler helpers), run in the page before its own scripts. */
const pageScript = (initial: Visibility): string => `(() => {
  let state = ${JSON.stringify(initial)};
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get() { return state; } });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get() { return state === 'hidden'; } });
  Object.defineProperty(window, ${JSON.stringify(SETTER)}, { value(next) {
    if (next === state) return;
    state = next;
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  } });
})();`;

export class PageVisibility {
  /** Whether the window emits 'ready-to-show' (not with paintWhenInitiallyHidden: false). */
  readonly readyToShow: boolean;
  private readonly alwaysVisible: boolean;
  private state: Visibility;
  private applied: Promise<void> = Promise.resolve();

  constructor(options: BrowserWindowConstructorOptions) {
    this.alwaysVisible = options.webPreferences?.backgroundThrottling === false;
    this.readyToShow = options.paintWhenInitiallyHidden !== false;
    this.state = this.alwaysVisible || this.readyToShow ? 'visible' : 'hidden';
  }

  get current(): Visibility {
    return this.state;
  }

  /** Before the first navigation: every document of the page starts with the window's state. */
  async install(page: Page): Promise<void> {
    await page.addInitScript({ content: pageScript(this.state) });
  }

  /** The window was shown or hidden; the page hears of it in order, as over Electron's IPC. */
  windowShown(page: Promise<Page>, shown: boolean): void {
    if (this.alwaysVisible) return;
    this.state = shown ? 'visible' : 'hidden';
    this.apply(page);
  }

  /** After a navigation, in case the window changed since the init script was set. */
  apply(page: Promise<Page>): void {
    const next = this.state;
    this.applied = this.applied
      .then(() => page)
      .then((p) => p.evaluate(([setter, value]) => (window as unknown as Record<string, (v: string) => void>)[setter]?.(value), [SETTER, next] as const))
      .catch(() => undefined);
  }

  /** Resolves once the page has been told of every change so far. */
  settled(): Promise<void> {
    return this.applied;
  }
}
