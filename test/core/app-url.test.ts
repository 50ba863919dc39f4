import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAppPageUrl, isOurPageUrl, pageUrl, resolveRendererFile } from '../../main/core/app-url';

const dir = '/opt/tallybar/out/renderer';

describe('resolveRendererFile', () => {
  it('maps app://tallybar paths into the renderer directory', () => {
    expect(resolveRendererFile(dir, 'app://tallybar/popover.html')).toBe(join(dir, 'popover.html'));
    expect(resolveRendererFile(dir, 'app://tallybar/assets/popover-abc.js?x=1')).toBe(join(dir, 'assets/popover-abc.js'));
  });

  it.each(['app://tallybar/../secrets.json', 'app://tallybar/%2e%2e/%2e%2e/etc/passwd', 'app://tallybar/a/../../../x'])(
    'never leaves the renderer directory for %s',
    (url) => {
      const file = resolveRendererFile(dir, url);
      expect(file === null || file.startsWith(`${dir}/`)).toBe(true);
    },
  );

  it.each([
    'app://tallybar/assets/..%2f..%2fvault.json',
    'app://tallybar/',
    'app://evil/popover.html',
    'file:///opt/tallybar/out/renderer/popover.html',
    'app://tallybar/a%00b.html',
    'app://tallybar/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(dir, url)).toBeNull();
  });
});

describe('isAppPageUrl', () => {
  it('accepts our two pages, with or without a hash', () => {
    expect(isAppPageUrl(pageUrl('popover'))).toBe(true);
    expect(isAppPageUrl(pageUrl('details', 'settings'))).toBe(true);
  });

  it.each(['app://tallybar/other.html', 'app://evil/popover.html', 'https://tallybar/popover.html', 'app://user:pw@tallybar/popover.html', ''])(
    'rejects %s',
    (url) => {
      expect(isAppPageUrl(url)).toBe(false);
    },
  );
});

describe('isOurPageUrl (the IPC gate sender check main/index.ts uses)', () => {
  const dev = 'http://localhost:5173';

  it('accepts our two pages on app://tallybar, with a hash, and on the dev server in dev only', () => {
    expect(isOurPageUrl('app://tallybar/popover.html')).toBe(true);
    expect(isOurPageUrl('app://tallybar/details.html#history')).toBe(true);
    expect(isOurPageUrl('http://localhost:5173/popover.html')).toBe(false);
    expect(isOurPageUrl('http://localhost:5173/popover.html', dev)).toBe(true);
  });

  it.each([
    'app://tallybar/assets/popover.js',
    'app://tallybar/../popover.html/x',
    'app://evil/popover.html',
    'app://user:pw@tallybar/popover.html',
    'http://localhost:5174/popover.html',
    'http://user@localhost:5173/popover.html',
    'http://localhost:5173/other.html',
    'file:///opt/Tallybar/resources/app.asar/out/renderer/popover.html',
    'https://evil.example/popover.html',
    'about:blank',
    'data:text/html,hi',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isOurPageUrl(url, dev)).toBe(false);
  });

  it('refuses any web URL when not in dev (property)', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !isOurPageUrl(url)), { numRuns: 1_000 });
  });
});
