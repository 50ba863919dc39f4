// The language on a real desktop: an OS whose preferred language is German
// starts Tallybar with a German tray (tooltip, menu) and application menu;
// choosing French in Settings turns them French at once, without a restart,
// and the details window's title with them; back to 'system' is German again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LanguageChoice } from '../../common/i18n';
import type { Desktop } from '../support/electron-double/desktop';
import { PLATFORMS, type PlatformId } from '../support/electron-double/platforms';
import { popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

/** The tray menu's labels as the user sees them when they open it. */
function trayMenuLabels(d: Desktop): string[] {
  d.tray().userClick(d.platform.trayClick === 'menu-only' ? 'left' : 'right');
  const menu = d.tray().openMenu;
  if (!menu) throw new Error('The tray menu did not open');
  d.tray().dismissMenu();
  return menu.labels();
}

async function chooseLanguage(details: Page, language: LanguageChoice): Promise<void> {
  await details.evaluate(async (choice) => {
    const saved = await window.tallybar.updateSettings({ language: choice });
    if (!saved.ok) throw new Error(saved.error.message);
  }, language);
}

const GERMAN_OS: [PlatformId, string[]][] = [
  ['macos', ['de-DE', 'en-US']],
  ['windows', ['de-DE']],
  ['linux-x11', ['de_DE.UTF-8']],
];

describe.each(GERMAN_OS)('the language on %s', (id, languages) => {
  it('starts German on a German OS, switches to French from the setting, and back to the OS language', async () => {
    const d = await launch({ platform: id, languages });
    await popoverReady(d);
    const tooltip = () => d.tray().toolTip;

    // (1) The OS's language from the start: tray tooltip and menu.
    await d.until(() => tooltip().includes('Noch keine Guthaben'), `a German tray tooltip (it says ${JSON.stringify(tooltip())})`);
    expect(trayMenuLabels(d)).toEqual(expect.arrayContaining(['Tallybar öffnen', 'Jetzt aktualisieren', 'Details öffnen …', 'Tallybar beenden']));
    const appMenu = () => d.electron.applicationMenu()?.labels() ?? [];
    expect(appMenu()).toEqual(['Tallybar', 'Bearbeiten', 'Darstellung', 'Fenster']);

    d.pickAppMenuItem('settings');
    const details = await d.detailsPage();
    await d.until(() => d.details()?.getTitle() === 'Tallybar – Details', 'a German details window title');

    // (2) French in Settings: everything main shows turns French at once.
    await chooseLanguage(details, 'fr');
    await d.until(() => tooltip().includes('Pas encore de soldes'), `a French tray tooltip (it says ${JSON.stringify(tooltip())})`);
    expect(trayMenuLabels(d)).toEqual(expect.arrayContaining(['Ouvrir Tallybar', 'Actualiser maintenant', 'Réglages…', 'Quitter Tallybar']));
    expect(appMenu()).toEqual(['Tallybar', 'Édition', 'Présentation', 'Fenêtre']);
    expect(d.details()?.getTitle()).toBe('Tallybar — Détails');

    // (3) Back to the system's language: German again.
    await chooseLanguage(details, 'system');
    await d.until(() => tooltip().includes('Noch keine Guthaben'), 'the tray tooltip German again');
    expect(trayMenuLabels(d)).toContain('Tallybar öffnen');
    expect(appMenu()).toContain('Bearbeiten');
    expect(d.details()?.getTitle()).toBe('Tallybar – Details');
    expect(d.watch.unhandled).toEqual([]);
    if (PLATFORMS[id].processPlatform === 'darwin') {
      // Role items carry our words: Electron's own role labels are English only.
      const edit = d.electron.applicationMenu()?.flat().find((item) => item.role === 'copy');
      expect(edit?.label).toBe('Kopieren');
    }
  });
});
