// The application menu replaces Electron's default one, whose CmdOrCtrl+R
// reloads the page: every shortcut must lead to one of our actions or a safe role.
import { describe, expect, it } from 'vitest';
import { appMenuSpec, flattenMenu, type AppMenuActions } from '../../../main/controllers/app-menu';

function recordingActions() {
  const calls: string[] = [];
  const actions: AppMenuActions = {
    openSettings: () => void calls.push('settings'),
    refreshAll: () => void calls.push('refresh'),
    togglePrivacy: () => void calls.push('privacy'),
    quit: () => void calls.push('quit'),
  };
  return { actions, calls };
}

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

describe('appMenuSpec', () => {
  it.each(PLATFORMS)('binds the shortcuts to our actions on %s', (platform) => {
    const { actions, calls } = recordingActions();
    const items = flattenMenu(appMenuSpec(actions, platform));
    const byAccelerator = (accelerator: string) => items.filter((item) => item.accelerator === accelerator);
    for (const [accelerator, call] of [
      ['CmdOrCtrl+R', 'refresh'],
      ['CmdOrCtrl+Shift+P', 'privacy'],
      ['CmdOrCtrl+,', 'settings'],
      ['CmdOrCtrl+Q', 'quit'],
    ] as const) {
      const matches = byAccelerator(accelerator);
      expect(matches, accelerator).toHaveLength(1);
      matches[0]!.click?.();
      expect(calls.at(-1)).toBe(call);
    }
  });

  it.each(PLATFORMS)('offers no reload or DevTools on %s', (platform) => {
    const items = flattenMenu(appMenuSpec(recordingActions().actions, platform));
    const roles = items.map((item) => item.role).filter(Boolean) as string[];
    for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(roles).not.toContain(forbidden);
    expect(items.some((item) => /reload|devtools/i.test(item.label ?? ''))).toBe(false);
  });

  it('keeps the edit roles so text fields work with the keyboard on macOS', () => {
    const edit = appMenuSpec(recordingActions().actions, 'darwin').find((item) => item.id === 'edit');
    const roles = (edit?.submenu ?? []).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('has the four top-level menus in order, with a close role in Window', () => {
    const menu = appMenuSpec(recordingActions().actions, 'linux');
    expect(menu.map((item) => item.label)).toEqual(['Tallybar', 'Edit', 'View', 'Window']);
    expect(menu.at(-1)?.submenu?.map((item) => item.role)).toContain('close');
    expect(menu[0]?.submenu?.find((item) => item.id === 'about')?.role).toBe('about');
  });

  it('lists no shortcut twice', () => {
    for (const platform of PLATFORMS) {
      const accelerators = flattenMenu(appMenuSpec(recordingActions().actions, platform))
        .map((item) => item.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
