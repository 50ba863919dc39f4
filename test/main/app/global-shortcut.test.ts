// The global shortcut through the real app: the setting registers it with the
// OS once started, pressing it toggles the popover, a shortcut another app
// holds is reported in the snapshot with nothing registered, and changing or
// clearing it (or stopping) unregisters the old one.
import { describe, expect, it } from 'vitest';
import { okValue, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

describe('global shortcut', () => {
  it('is off by default: nothing is registered', async () => {
    const h = await startApp();
    expect(h.app.snapshot().shortcut).toEqual({ accelerator: '', registered: false, problem: null, viaPortal: false });
    expect([...h.shortcuts.held.keys()]).toEqual([]);
  });

  it('set in settings, it is registered in its canonical spelling and toggles the popover', async () => {
    const h = await startApp();
    okValue(await h.invoke('updateSettings', { globalShortcut: 'ctrl+alt+t' }));
    await h.settle();
    expect(okValue(await h.invoke('getState')).shortcut).toEqual({ accelerator: 'Control+Alt+T', registered: true, problem: null, viaPortal: false });
    expect(h.shortcuts.press('Control+Alt+T')).toBe(true);
    expect(h.popover.window.isVisible()).toBe(true);
    h.shortcuts.press('Control+Alt+T');
    expect(h.popover.window.isVisible()).toBe(false);
  });

  it('a shortcut stored before the launch is registered at start', async () => {
    const h = await startApp({ settings: { globalShortcut: 'Alt+Shift+K' } });
    expect(h.app.snapshot().shortcut.registered).toBe(true);
    expect([...h.shortcuts.held.keys()]).toEqual(['Alt+Shift+K']);
  });

  it('one another app holds is reported, and nothing is registered', async () => {
    const h = await startApp({ platform: 'win32', shortcutsTaken: ['Control+Alt+T'] });
    okValue(await h.invoke('updateSettings', { globalShortcut: 'Control+Alt+T' }));
    await h.settle();
    expect(h.app.snapshot().shortcut).toEqual({
      accelerator: 'Control+Alt+T',
      registered: false,
      problem: 'refused',
      viaPortal: false,
    });
    expect([...h.shortcuts.held.keys()]).toEqual([]);
    expect(h.shortcuts.press('Control+Alt+T')).toBe(false);
  });

  it('changing it unregisters the old one; clearing it unregisters it; stopping unregisters it', async () => {
    const h = await startApp();
    okValue(await h.invoke('updateSettings', { globalShortcut: 'Control+Alt+T' }));
    await h.settle();
    okValue(await h.invoke('updateSettings', { globalShortcut: 'Control+Alt+Y' }));
    await h.settle();
    expect([...h.shortcuts.held.keys()]).toEqual(['Control+Alt+Y']);
    okValue(await h.invoke('updateSettings', { globalShortcut: '' }));
    await h.settle();
    expect([...h.shortcuts.held.keys()]).toEqual([]);
    expect(h.app.snapshot().shortcut).toEqual({ accelerator: '', registered: false, problem: null, viaPortal: false });
    okValue(await h.invoke('updateSettings', { globalShortcut: 'Control+Alt+Y' }));
    await h.settle();
    await h.close();
    expect([...h.shortcuts.held.keys()]).toEqual([]);
  });

  it('one Electron cannot read is said in the snapshot, and the app goes on publishing', async () => {
    const h = await startApp({ platform: 'linux', shortcutsUnreadable: ['Alt+numdec'] });
    okValue(await h.invoke('updateSettings', { globalShortcut: 'Alt+numdec' }));
    await h.settle();
    expect(h.app.snapshot().shortcut).toMatchObject({ registered: false, problem: 'unreadable' });
    okValue(await h.invoke('updateSettings', { privacyMode: true }));
    await h.settle();
    expect(okValue(await h.invoke('getState')).settings.privacyMode).toBe(true);
  });

  it('refuses a shortcut without a modifier with a sentence that says what to add', async () => {
    const h = await startApp();
    const result = await h.invoke('updateSettings', { globalShortcut: 'T' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/Add a modifier such as Ctrl or Alt/);
    expect(h.app.snapshot().settings.globalShortcut).toBe('');
  });
});
