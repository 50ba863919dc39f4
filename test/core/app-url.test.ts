import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppPageUrl, pageUrl, resolveRendererFile } from '../../main/core/app-url';

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
