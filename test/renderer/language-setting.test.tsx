// Settings → Language: the OS's language first, named as what it resolves to,
// then each language by its own name; the choice is saved like every setting
// and the window's words switch at once (main's next snapshot names the
// language; the window loads its catalogue), and back again.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../common/i18n';
import english from '../../common/locales/en';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

afterEach(() => {
  // The catalogue is this process's: the next test reads English again.
  setCatalogue('en', english);
});

async function openSettings(snapshot = portfolioSnapshot(), keyHeading = 'CoinStats API key') {
  const view = renderWindow(<DetailsApp initialTab="settings" />, { snapshot });
  await screen.findByRole('heading', { name: keyHeading });
  return view;
}

const optionsOf = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.textContent]);

describe('the Language setting', () => {
  it('offers the system language by name first, then every language by its autonym', async () => {
    await openSettings();
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(optionsOf(select)).toEqual([
      ['system', 'System (English)'],
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['es', 'Español'],
      ['fr', 'Français'],
      ['ja', '日本語'],
      ['zh-Hans', '简体中文'],
    ]);
    expect(select.value).toBe('system');
    // Each autonym is marked with its language, so a screen reader says it in that voice.
    expect(select.options[2]?.lang).toBe('de');
  });

  it('names what the OS resolves to, in the words of the language shown', async () => {
    await openSettings(portfolioSnapshot({ language: 'fr', systemLanguage: 'ja', settings: { ...portfolioSnapshot().settings, language: 'fr' } }), 'Clé API CoinStats');
    const select = screen.getByLabelText('Langue') as HTMLSelectElement;
    expect(select.options[0]?.textContent).toBe('Système (日本語)');
    expect(select.value).toBe('fr');
  });

  it('saves the choice and switches every word without a restart, and back to the system language', async () => {
    const { fake } = await openSettings();
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    select.focus();
    fireEvent.change(select, { target: { value: 'de' } });
    await waitFor(() => expect(fake.snapshot().settings.language).toBe('de'));
    expect(await screen.findByRole('heading', { name: 'Anzeige' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'CoinStats-API-Schlüssel' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    const german = screen.getByLabelText('Sprache') as HTMLSelectElement;
    expect(german.value).toBe('de');
    expect(german.options[0]?.textContent).toBe('System (English)');
    // The same control keeps the keyboard focus across the switch.
    expect(document.activeElement).toBe(german);

    fireEvent.change(german, { target: { value: 'system' } });
    await waitFor(() => expect(fake.snapshot().settings.language).toBe('system'));
    expect(await screen.findByRole('heading', { name: 'Display' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.activeElement).toBe(screen.getByLabelText('Language'));
  });

  it('is one Tab stop among the settings, before the key section', async () => {
    await openSettings();
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(select.disabled).toBe(false);
    expect(select.tabIndex).toBe(0);
    // Document order is Tab order here: the language comes first, so a person who cannot read the UI finds it early.
    const heading = screen.getByRole('heading', { name: 'CoinStats API key' });
    expect(select.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('words that come from facts, after a switch', () => {
  it('the live region lets go of what it said in the language left, so no English stays in a German window', async () => {
    const { fake } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh now' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Refreshed 2 exchanges'));
    await fake.api.updateSettings({ language: 'de' });
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(await screen.findByRole('button', { name: 'Jetzt aktualisieren' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it("the OS's answer about the shortcut is reworded in the new language (the snapshot carries a code, not a sentence)", async () => {
    const refused = portfolioSnapshot({
      platform: 'win32',
      settings: { ...portfolioSnapshot().settings, globalShortcut: 'Control+Alt+T' },
      shortcut: { accelerator: 'Control+Alt+T', registered: false, problem: 'refused', viaPortal: false },
    });
    const { fake } = await openSettings(refused);
    expect(await screen.findByText('The system refused Ctrl+Alt+T: another app probably uses it. Choose another shortcut.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'de' } });
    await waitFor(() => expect(fake.snapshot().language).toBe('de'));
    expect(
      await screen.findByText('Das System hat Strg+Alt+T abgelehnt: Vermutlich verwendet eine andere App es. Wählen Sie ein anderes Tastenkürzel.'),
    ).toBeTruthy();
  });
});

describe('Settings in every language', () => {
  // t() throws on a message that is missing or cannot be formatted: rendering the whole tab proves each catalogue holds.
  const KEY_HEADINGS = { en: 'CoinStats API key', de: 'CoinStats-API-Schlüssel', es: 'Clave de la API de CoinStats', fr: 'Clé API CoinStats', ja: 'CoinStats API キー', 'zh-Hans': 'CoinStats API 密钥' } as const;
  it.each(Object.entries(KEY_HEADINGS))('%s: the whole tab renders in its words', async (language, heading) => {
    const base = portfolioSnapshot();
    await openSettings(
      portfolioSnapshot({
        language: language as keyof typeof KEY_HEADINGS,
        settings: { ...base.settings, language: language as keyof typeof KEY_HEADINGS, freshnessMinutes: 7, monthlyCreditBudget: 1000 },
        credits: { ...base.credits, remaining: 12_000, total: 20_000, limited: { kind: 'out_of_credits', until: null } },
      }),
      heading,
    );
    expect(document.documentElement.lang).toBe(language);
  });
});
