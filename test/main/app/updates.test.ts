// The update policy through the real app: packaged builds check at start and
// every 24 h; 'ask' offers the version in the snapshot and the tray menu and
// downloads only on the user's word; 'auto' downloads at once; 'off' never
// checks; a downloaded version offers "Restart to Update" and one
// notification; failures are logged and quiet; development builds never check.
import { describe, expect, it } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS } from '../../../main/controllers/updates';
import { okValue, useAppHarness } from '../../support/app-harness';
import { FakeUpdater } from '../../support/fake-updater';

const startApp = useAppHarness();
const FOUND = { version: '0.2.0', releaseNotes: '<p>Faster sync &amp; fewer credits.</p><ul><li>Alerts</li></ul><img src=x onerror=alert(1)>' };
const menuLabels = (h: { tray: { menuItems(): { label?: string }[] } }) => h.tray.menuItems().map((item) => item.label);

describe('updates', () => {
  it('a development build never checks, even with an updater and the setting on', async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: false, updater });
    await h.settle();
    expect(updater.calls).toEqual([]);
    expect(h.app.snapshot().update.stage).toBe('unsupported');
    await h.clock.advance(UPDATE_CHECK_INTERVAL_MS);
    expect(updater.calls).toEqual([]);
  });

  it("'ask' (the default): a version found is offered with its notes as plain text, in the snapshot and the tray menu, and nothing downloads", async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    expect(h.app.snapshot().settings.updates).toBe('ask');
    expect(h.app.snapshot().update).toEqual({ stage: 'available', version: '0.2.0', notes: 'Faster sync & fewer credits.\n\n• Alerts', progress: null, checkedAt: h.clock.now(), checkFailed: false });
    expect(menuLabels(h)).toContain('Update 0.2.0 Available — Download');
    expect(updater.count('download')).toBe(0);
  });

  it('the user says yes in the tray menu: progress, then "Restart to Update" in the menu and one notification', async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    h.tray.clickMenuItem('Update 0.2.0 Available — Download');
    await h.settle();
    expect(h.app.snapshot().update).toMatchObject({ stage: 'downloading', progress: 0 });
    expect(menuLabels(h)).toContain('Downloading Update 0.2.0… 0%');
    updater.progress(42.5);
    await h.settle();
    expect(h.app.snapshot().update.progress).toBe(42.5);
    // Progress, not an action: the item shows whole percents and cannot be picked.
    const item = h.tray.menuItems().find((i) => i.label === 'Downloading Update 0.2.0… 42%');
    expect(item?.enabled).toBe(false);
    updater.finishDownload();
    await h.settle();
    expect(h.app.snapshot().update).toMatchObject({ stage: 'downloaded', version: '0.2.0', progress: null });
    expect(h.notifier.titles()).toEqual(['Tallybar 0.2.0 is ready']);
    h.tray.clickMenuItem('Restart to Update');
    expect(updater.count('quitAndInstall')).toBe(1);
    // The daily check does not look again once a version waits to be installed, nor notify twice.
    await h.clock.advance(UPDATE_CHECK_INTERVAL_MS);
    expect(updater.count('check')).toBe(1);
    expect(h.notifier.titles()).toHaveLength(1);
  });

  it('the notification opens Settings; with notifications off there is none', async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater, settings: { updates: 'auto' } });
    await h.settle();
    updater.finishDownload();
    await h.settle();
    h.notifier.shown[0]?.click();
    expect(h.detailsOpened).toEqual(['settings']);

    const quiet = new FakeUpdater(FOUND);
    const q = await startApp({ packaged: true, updater: quiet, settings: { updates: 'auto', notifications: false } });
    await q.settle();
    quiet.finishDownload();
    await q.settle();
    expect(q.app.snapshot().update.stage).toBe('downloaded');
    expect(q.notifier.shown).toEqual([]);
  });

  it("'auto' downloads a version found at once, without asking", async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater, settings: { updates: 'auto' } });
    await h.settle();
    expect(updater.calls).toEqual(['check', 'download']);
    expect(h.app.snapshot().update.stage).toBe('downloading');
  });

  it("switching from 'ask' to 'auto' downloads the version already found", async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    expect(updater.count('download')).toBe(0);
    okValue(await h.invoke('updateSettings', { updates: 'auto' }));
    await h.settle();
    expect(updater.calls).toEqual(['check', 'download']);
    expect(h.app.snapshot().update.stage).toBe('downloading');
  });

  it("'off' never checks; turning it back on checks at once", async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater, settings: { updates: 'off' } });
    await h.settle();
    await h.clock.advance(UPDATE_CHECK_INTERVAL_MS);
    expect(updater.calls).toEqual([]);
    okValue(await h.invoke('updateSettings', { updates: 'ask' }));
    await h.settle();
    expect(updater.calls).toEqual(['check']);
    expect(h.app.snapshot().update.stage).toBe('available');
  });

  it('checks again every 24 hours: none found, then a new version', async () => {
    const updater = new FakeUpdater(null);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    expect(h.app.snapshot().update.stage).toBe('idle');
    expect(menuLabels(h).some((label) => label?.includes('Update'))).toBe(false);
    updater.feed = FOUND;
    await h.clock.advance(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(updater.count('check')).toBe(1);
    await h.clock.advance(1);
    await h.settle();
    expect(updater.count('check')).toBe(2);
    expect(h.app.snapshot().update.version).toBe('0.2.0');
  });

  it('a failed check (offline) is logged and quiet: no notice, no notification, and the next day tries again', async () => {
    const updater = new FakeUpdater(new Error('net::ERR_INTERNET_DISCONNECTED'));
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    expect(h.app.snapshot().update.stage).toBe('idle');
    expect(h.app.snapshot().notices).toEqual([]);
    expect(h.notifier.shown).toEqual([]);
    expect(h.logLines).toContain('updates: check failed: net::ERR_INTERNET_DISCONNECTED');
    // Quiet, but never "up to date" on the word of a check that did not reach the feed.
    expect(h.app.snapshot().update).toMatchObject({ checkedAt: null, checkFailed: true });
    updater.feed = FOUND;
    await h.clock.advance(UPDATE_CHECK_INTERVAL_MS);
    await h.settle();
    expect(h.app.snapshot().update.stage).toBe('available');
  });

  it('a broken download (cut off, wrong sha512) is logged, and the version is offered again', async () => {
    const updater = new FakeUpdater(FOUND);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    okValue(await h.invoke('downloadUpdate'));
    await h.settle();
    updater.failDownload(new Error('sha512 checksum mismatch'));
    await h.settle();
    expect(h.app.snapshot().update).toMatchObject({ stage: 'available', version: '0.2.0', progress: null });
    expect(h.logLines).toContain('updates: download of 0.2.0 failed: sha512 checksum mismatch');
    expect(h.notifier.shown).toEqual([]);
    expect(menuLabels(h)).toContain('Update 0.2.0 Available — Download');
  });

  it('Check now checks at once, outside the daily rhythm, and clears a failed check', async () => {
    const updater = new FakeUpdater(new Error('net::ERR_CONNECTION_REFUSED'));
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    expect(h.app.snapshot().update).toMatchObject({ stage: 'idle', checkFailed: true });
    updater.feed = null;
    await h.clock.advance(60_000);
    okValue(await h.invoke('checkForUpdates'));
    await h.settle();
    expect(updater.count('check')).toBe(2);
    expect(h.app.snapshot().update).toMatchObject({ stage: 'idle', checkedAt: h.clock.now(), checkFailed: false });
  });

  it('Check now in a development build is refused, saying why', async () => {
    const h = await startApp({ packaged: false, updater: new FakeUpdater(FOUND) });
    const result = await h.invoke('checkForUpdates');
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_request', message: 'Updates are checked only in installed builds.' }) });
  });

  it('the commands refuse what does not fit the stage, saying why', async () => {
    const updater = new FakeUpdater(null);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    const download = await h.invoke('downloadUpdate');
    expect(download).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_request', message: expect.stringMatching(/nothing to download/) }) });
    const install = await h.invoke('installUpdate');
    expect(install).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_request', message: expect.stringMatching(/nothing to install/) }) });
    expect(updater.calls).toEqual(['check']);
  });

  it('the setting refuses anything but ask, auto or off', async () => {
    const h = await startApp();
    const result = await h.invoke('updateSettings', { updates: 'sometimes' as never });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_request', message: expect.stringMatching(/updates must be one of "ask", "auto", "off"/) }) });
  });

  it('stopping the app cancels the daily check', async () => {
    const updater = new FakeUpdater(null);
    const h = await startApp({ packaged: true, updater });
    await h.settle();
    await h.close();
    await h.clock.advance(UPDATE_CHECK_INTERVAL_MS * 2);
    expect(updater.count('check')).toBe(1);
  });
});
