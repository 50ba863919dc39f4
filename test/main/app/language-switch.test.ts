// The live switch through the real app: the OS's language at start, the
// setting's once chosen, and everything main words (tray, application menu,
// notices it keeps) re-worded at the next snapshot, without a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../../common/i18n';
import english from '../../../common/locales/en';
import { NO_TRAY_HOST_HINT } from '../../../main/core/platform-behaviour';
import { okValue, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();
// The app sets main's catalogue: the files after this one expect English, as test/support/english.ts leaves it.
afterEach(() => setCatalogue('en', english));

const labelsOf = (menu: { label?: string | undefined }[] | undefined) => (menu ?? []).map((item) => item.label);

describe('switching the language while running', () => {
  it('words the tray, the application menu and kept notices in the new language at once', async () => {
    const h = await startApp({ languages: ['de-AT', 'en-US'] });
    await h.settle();
    expect(h.app.snapshot().language).toBe('de');
    expect(h.tray.toolTip()).toContain('Noch keine Guthaben');
    expect(h.tray.menuItems().map((i) => i.label)).toContain('Tallybar öffnen');
    expect(labelsOf(h.appMenus.at(-1))).toEqual(['Tallybar', 'Bearbeiten', 'Darstellung', 'Fenster']);
    h.app.showHintOnce(NO_TRAY_HOST_HINT);
    expect(h.app.snapshot().notices.find((n) => n.id === NO_TRAY_HOST_HINT.id)?.message).toMatch(/^Ihr Desktop zeigt keine Symbole/);

    okValue(await h.invoke('updateSettings', { language: 'ja' }));
    await h.settle();
    expect(h.app.snapshot().language).toBe('ja');
    expect(h.tray.toolTip()).toContain('残高はまだありません');
    expect(h.tray.menuItems().map((i) => i.label)).toContain('Tallybar を終了');
    expect(labelsOf(h.appMenus.at(-1))).toEqual(['Tallybar', '編集', '表示', 'ウインドウ']);
    expect(h.app.snapshot().notices.find((n) => n.id === NO_TRAY_HOST_HINT.id)?.message).toMatch(/^お使いのデスクトップ/);

    const menusBefore = h.appMenus.length;
    okValue(await h.invoke('updateSettings', { language: 'system' }));
    await h.settle();
    expect(h.tray.toolTip()).toContain('Noch keine Guthaben');
    expect(labelsOf(h.appMenus.at(-1))).toContain('Bearbeiten');
    // Built again only when the language changed, not on every snapshot.
    okValue(await h.invoke('updateSettings', { privacyMode: true }));
    await h.settle();
    expect(h.appMenus.length).toBe(menusBefore + 1);
  });

  it('an English OS gets English, byte for byte as before', async () => {
    const h = await startApp();
    await h.settle();
    expect(h.app.snapshot().language).toBe('en');
    expect(labelsOf(h.appMenus.at(-1))).toEqual(['Tallybar', 'Edit', 'View', 'Window']);
    expect(h.tray.menuItems().map((i) => i.label)).toContain('Open Tallybar');
  });
});
