// The snapshot tells the renderer which OS it is on and the user's regional
// format; the launch-at-login setting follows the OS, where the user may have
// changed the login item behind Tallybar's back.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

describe('platform, locale and launch at login', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('reports the platform and locale on %s', async (platform) => {
    const h = await startApp({ platform });
    const state = await h.invoke('getState');
    expect(state.ok && state.value.platform).toBe(platform);
    expect(state.ok && state.value.locale).toBe('en-US');
  });

  it('adopts a login item the user added outside Tallybar', async () => {
    const h = await startApp({ platform: 'darwin', osLaunchAtLogin: true });
    expect(h.app.snapshot().settings.launchAtLogin).toBe(true);
  });

  it('drops the setting when the user removed the login item in the OS', async () => {
    const h = await startApp({ platform: 'win32', osLaunchAtLogin: false, settings: { launchAtLogin: true } });
    expect(h.app.snapshot().settings.launchAtLogin).toBe(false);
    // Syncing from the OS is a read: it never writes the login item back.
    expect(h.system.calls.flatMap((c) => (c.method === 'setLaunchAtLogin' ? [c.enabled] : []))).toEqual([]);
  });

  it('keeps the stored setting on Linux, where the OS cannot tell', async () => {
    const h = await startApp({ platform: 'linux', settings: { launchAtLogin: true } });
    expect(h.app.snapshot().settings.launchAtLogin).toBe(true);
  });

  it('turning it on in settings sets the OS login item', async () => {
    const h = await startApp({ platform: 'darwin' });
    expect((await h.invoke('updateSettings', { launchAtLogin: true })).ok).toBe(true);
    expect(h.system.calls.flatMap((c) => (c.method === 'setLaunchAtLogin' ? [c.enabled] : []))).toEqual([true]);
    expect(h.system.getLaunchAtLogin()).toBe(true);
  });
});
