import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Session, WebContents } from 'electron';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardenWebContents, type HardenableWebContents } from '../../main/adapters/harden-window';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  externalLinkDecision,
  navigationDecision,
  secureWebPreferences,
} from '../../main/core/window-security';

describe('secureWebPreferences', () => {
  it('gives no renderer context Node, isolates and sandboxes every page, DevTools only outside packaged builds', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', { packaged: true });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    const nodeSwitches = Object.entries(prefs).filter(([key]) => key.startsWith('nodeIntegration'));
    expect(nodeSwitches.map(([key]) => key).sort()).toEqual(['nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker']);
    expect(nodeSwitches.every(([, on]) => on === false)).toBe(true);
    expect([prefs.contextIsolation, prefs.sandbox, prefs.webSecurity]).toEqual([true, true, true]);
    expect([prefs.webviewTag, prefs.allowRunningInsecureContent, prefs.experimentalFeatures]).toEqual([false, false, false]);
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p', { packaged: false }).devTools).toBe(true);
    expect(secureWebPreferences('/p').devTools).toBe(false);
  });

  it("fits Electron's WebPreferences (checked by tsc)", () => {
    const prefs: Electron.WebPreferences = secureWebPreferences('/p');
    expect(prefs.sandbox).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing by default and no script or connection beyond our own files', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('keeps frame-ancestors for the header only, where browsers honour it', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  // The renderer pages are written by another helper; each one that exists
  // must carry exactly this policy in its <meta http-equiv>.
  const pages = ['renderer/popover.html', 'renderer/details.html'].map((p) => resolve(p));
  const existing = pages.filter((p) => existsSync(p));
  it.skipIf(existing.length === 0).each(existing)('%s carries exactly this policy', (page) => {
    const html = readFileSync(page, 'utf8');
    const metas = [...html.matchAll(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)];
    expect(metas).toHaveLength(1);
    const content = /content=(["'])(.*?)\1/i.exec(metas[0]?.[0] ?? '')?.[2];
    expect(content).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('externalLinkDecision', () => {
  it.each([
    ['https://coinstats.app/api-docs', 'open-in-browser'],
    ['http://example.com/', 'open-in-browser'],
    ['https://user:pass@example.com/', 'deny'],
    ['https://:pass@example.com/', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['JAVASCRIPT:alert(1)', 'deny'],
    ['smb://server/share', 'deny'],
    ['ms-settings:privacy', 'deny'],
    ['tallybar://x', 'deny'],
    ['data:text/html,x', 'deny'],
    ['//example.com', 'deny'],
    [`https://example.com/${'a'.repeat(2000)}`, 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(externalLinkDecision(url)).toBe(decision);
  });

  it('only ever opens http(s) (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })), (url) => {
        const decision = externalLinkDecision(url);
        if (decision === 'open-in-browser') expect(new URL(url).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('navigationDecision', () => {
  const page = 'file:///app/out/renderer/popover.html';
  it('allows only the page itself; sends http(s) out; denies the rest', () => {
    expect(navigationDecision(`${page}#/x`, page)).toBe('allow');
    expect(navigationDecision(page, `${page}#/y`)).toBe('allow');
    expect(navigationDecision('file:///app/out/renderer/details.html', page)).toBe('deny');
    expect(navigationDecision('https://evil.example', page)).toBe('open-in-browser');
    expect(navigationDecision('javascript:alert(1)', page)).toBe('deny');
  });
});

// A fake typed against Electron: if WebContents or Session change shape, tsc fails here.
function recordingContents(currentUrl = 'file:///app/out/renderer/popover.html') {
  const listeners = new Map<string, (...args: never[]) => unknown>();
  const record = {
    windowOpenHandler: null as null | Parameters<WebContents['setWindowOpenHandler']>[0],
    requestHandler: null as Parameters<Session['setPermissionRequestHandler']>[0],
    checkHandler: null as Parameters<Session['setPermissionCheckHandler']>[0],
    devToolsClosed: 0,
  };
  const contents = {
    on(event: string, listener: (...args: never[]) => unknown) {
      listeners.set(event, listener);
      // Electron returns the webContents for chaining; the adapter never chains.
      return null as unknown as WebContents;
    },
    setWindowOpenHandler(handler) {
      record.windowOpenHandler = handler;
    },
    getURL: () => currentUrl,
    closeDevTools() {
      record.devToolsClosed += 1;
    },
    session: {
      setPermissionRequestHandler(handler) {
        record.requestHandler = handler;
      },
      setPermissionCheckHandler(handler) {
        record.checkHandler = handler;
      },
    } satisfies Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  } satisfies HardenableWebContents;
  const fire = (event: string, ...args: unknown[]) => (listeners.get(event) as (...a: unknown[]) => unknown)(...args);
  return { contents, record, listeners, fire };
}

function preventable(extra: object = {}) {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; }, ...extra };
}

describe('hardenWebContents', () => {
  function harden(packaged = true) {
    const fake = recordingContents();
    const opened: string[] = [];
    hardenWebContents(fake.contents, { openExternal: async (url) => void opened.push(url), packaged });
    return { ...fake, opened };
  }

  it('registers every guard', () => {
    const { listeners, record } = harden();
    expect([...listeners.keys()].sort()).toEqual(['devtools-opened', 'will-attach-webview', 'will-frame-navigate', 'will-navigate']);
    expect(record.windowOpenHandler).not.toBeNull();
    expect(record.requestHandler).not.toBeNull();
    expect(record.checkHandler).not.toBeNull();
  });

  it('stops navigation away, sending http(s) to the OS browser', () => {
    const { fire, opened } = harden();
    const away = preventable();
    fire('will-navigate', away, 'https://evil.example/phish');
    expect(away.defaultPrevented).toBe(true);
    const file = preventable();
    fire('will-navigate', file, 'file:///etc/passwd');
    expect(file.defaultPrevented).toBe(true);
    const reload = preventable();
    fire('will-navigate', reload, 'file:///app/out/renderer/popover.html');
    expect(reload.defaultPrevented).toBe(false);
    expect(opened).toEqual(['https://evil.example/phish']);
  });

  it('stops sub-frame navigation', () => {
    const { fire } = harden();
    const sub = preventable({ isMainFrame: false, url: 'https://x.example' });
    fire('will-frame-navigate', sub);
    expect(sub.defaultPrevented).toBe(true);
  });

  it('denies window.open, opening only http(s) outside', () => {
    const { record, opened } = harden();
    const open = (url: string) => record.windowOpenHandler?.({ url } as Parameters<NonNullable<typeof record.windowOpenHandler>>[0]);
    expect(open('https://coinstats.app')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://coinstats.app']);
  });

  it('refuses <webview> and every permission', () => {
    const { fire, record } = harden();
    const attach = preventable();
    fire('will-attach-webview', attach, {}, { src: 'https://x.example' });
    expect(attach.defaultPrevented).toBe(true);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'] as const) {
      record.requestHandler?.(null as unknown as WebContents, permission, (granted) => answers.push(granted), null as never);
      expect(record.checkHandler?.(null, permission, 'file://', null as never)).toBe(false);
    }
    expect(answers).toEqual([false, false, false, false, false]);
  });

  it('closes DevTools in packaged builds only', () => {
    const packaged = harden(true);
    packaged.fire('devtools-opened');
    expect(packaged.record.devToolsClosed).toBe(1);
    expect(harden(false).listeners.has('devtools-opened')).toBe(false);
  });

  it('survives an openExternal that rejects', async () => {
    const fake = recordingContents();
    hardenWebContents(fake.contents, { openExternal: () => Promise.reject(new Error('no browser')), packaged: true });
    expect(fake.record.windowOpenHandler?.({ url: 'https://x.example' } as never)).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
  });
});
