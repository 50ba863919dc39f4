// Settings: every control writes through updateSettings; main answers with
// a new snapshot, so what is shown is always what is stored.
import { useId, useState, type FormEvent } from 'react';
import { t, type MessageId } from '../../../common/i18n';
import { API_BASE_URL_MAX_LENGTH, type Settings, type TrayTitleFormat } from '../../../common/settings';
import { run, useAppStore, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { DustThresholdSetting } from '../shared/dust-threshold-setting';
import { NumberSetting } from '../shared/number-setting';
import { ApiKeySettings } from './api-key-settings';
import { FeedSetting } from './feed-setting';
import { PrivacySettings } from './privacy-settings';
import { RefreshSettings } from './refresh-settings';
import { LanguageSetting } from './language-setting';
import { Toggle } from './toggle';
import { ShortcutSetting } from './shortcut-setting';
import { UpdateSettings } from './update-settings';

const TRAY_FORMATS: { value: TrayTitleFormat; label: MessageId }[] = [
  { value: 'primary', label: 'settings.trayFormat.primary' },
  { value: 'btc', label: 'settings.trayFormat.btc' },
  { value: 'compact', label: 'settings.trayFormat.compact' },
  { value: 'icon', label: 'settings.trayFormat.icon' },
];

/** The default API base URL: an address, the same in every language. */
const DEFAULT_BASE_URL = 'https://openapiv1.coinstats.app';

const update = (patch: Partial<Settings>) => run('settings', 'updateSettings', patch);

export function SettingsTab() {
  const settings = useAppStore((s) => s.snapshot?.settings);
  const rates = useAppStore((s) => s.snapshot?.rates);
  // Linux has no login items (desktops use autostart files): main cannot set one there.
  const noLoginItems = useAppStore((s) => s.snapshot?.platform === 'linux');
  const error = useError('settings');
  const id = useId();
  if (!settings || !rates) return null;
  const currencies = [...new Set(['USD', ...Object.keys(rates), settings.primaryCurrency])].sort();

  return (
    <div className="settings">
      <ErrorText error={error} />
      <LanguageSetting choice={settings.language} onChange={(language) => update({ language })} />
      <ApiKeySettings />
      <section className="settings-section" aria-labelledby={`${id}-display`}>
        <h2 id={`${id}-display`} className="section-title">
          {t('settings.display')}
        </h2>
        <div className="field inline">
          <label htmlFor={`${id}-currency`}>{t('settings.primaryCurrency')}</label>
          <select id={`${id}-currency`} value={settings.primaryCurrency} onChange={(e) => update({ primaryCurrency: e.target.value })}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          <span className="muted">{t('settings.btcSecond')}</span>
        </div>
        <div className="field inline">
          <label htmlFor={`${id}-tray`}>{t('settings.trayTitle')}</label>
          <select
            id={`${id}-tray`}
            value={settings.trayTitleFormat}
            onChange={(e) => update({ trayTitleFormat: e.target.value as TrayTitleFormat })}
          >
            {TRAY_FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {t(f.label)}
              </option>
            ))}
          </select>
        </div>
        <DustThresholdSetting
          label={() => t('settings.dustLabel')}
          unit={(currency) => t('settings.dustUnit', { currency })}
          onCommit={(usd) => update({ dustThresholdUsd: usd })}
        />
        <PrivacySettings settings={settings} update={update} />
      </section>
      <RefreshSettings update={update} />
      <section className="settings-section" aria-labelledby={`${id}-system`}>
        <h2 id={`${id}-system`} className="section-title">
          {t('settings.system')}
        </h2>
        <Toggle label={t('settings.notifications')} checked={settings.notifications} onChange={(v) => update({ notifications: v })} />
        <Toggle
          label={t('settings.launchAtLogin')}
          checked={noLoginItems ? false : settings.launchAtLogin}
          disabled={noLoginItems}
          hint={noLoginItems ? t('settings.launchAtLoginLinux') : undefined}
          onChange={(v) => update({ launchAtLogin: v })}
        />
        <FeedSetting enabled={settings.feedEnabled} onChange={(v) => update({ feedEnabled: v })} />
        <ShortcutSetting update={update} />
        <NumberSetting
          setting="keyRotationDays"
          label={t('settings.keyRotation')}
          value={settings.keyRotationDays}
          unit={t('settings.keyRotationUnit')}
          onCommit={(days) => update({ keyRotationDays: days })}
        />
      </section>
      <UpdateSettings update={update} />
      <ApiBaseUrl value={settings.apiBaseUrl} />
    </div>
  );
}

/** Empty, or an http(s) URL: the same rule main's schema enforces. */
export function validateBaseUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return t('settings.apiBaseUrlScheme');
    return null;
  } catch {
    return t('settings.apiBaseUrlInvalid', { url: DEFAULT_BASE_URL });
  }
}

function ApiBaseUrl({ value }: { value: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // Whether the draft was refused; the reason is worded when shown, so a language switch rewords it.
  const [refused, setRefused] = useState(false);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const invalid = refused ? validateBaseUrl(draft) : null;
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const problem = validateBaseUrl(draft);
    setRefused(problem !== null);
    if (!problem) update({ apiBaseUrl: draft.trim() });
  };
  return (
    <details className="settings-section advanced">
      <summary>{t('settings.advanced')}</summary>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('settings.apiBaseUrl')}</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('settings.apiBaseUrlPlaceholder', { url: DEFAULT_BASE_URL })}
            maxLength={API_BASE_URL_MAX_LENGTH}
            value={draft}
            aria-invalid={invalid ? true : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setRefused(false);
            }}
          />
          <span className="muted small">{t('settings.apiBaseUrlHint', { variable: 'TALLYBAR_API_BASE_URL', url: DEFAULT_BASE_URL })}</span>
        </div>
        <ErrorText error={invalid ? { message: invalid } : null} />
        <button type="submit">{t('settings.saveUrl')}</button>
      </form>
    </details>
  );
}
