// The application menu's items drive the same app as the tray's: settings
// opens the details window on its tab, privacy flips the stored setting.
import { describe, expect, it } from 'vitest';
import { DETAILS_ID, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

describe('application menu actions', () => {
  it('toggle privacy, open settings and quit through the running app', async () => {
    const h = await startApp();
    const { menuActions } = h.app;

    menuActions.togglePrivacy();
    await h.settle();
    expect(h.app.snapshot().settings.privacyMode).toBe(true);
    expect(h.tray.menuItems().find((item) => item.id === 'privacy')?.checked).toBe(true);
    menuActions.togglePrivacy();
    expect(h.app.snapshot().settings.privacyMode).toBe(false);

    // The details window exists once opened: its page becomes a trusted IPC sender.
    const fromDetails = { sender: { id: DETAILS_ID }, senderFrame: { url: 'app://tallybar/details.html#settings', parent: null } };
    expect(h.app.isTrustedSender(fromDetails)).toBe(false);
    menuActions.openSettings();
    expect(h.app.isTrustedSender(fromDetails)).toBe(true);

    menuActions.quit();
    expect(h.system.calls.filter((c) => c.method === 'quit').length).toBe(1);
  });
});
