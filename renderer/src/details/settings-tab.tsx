// Settings: every control writes through updateSettings; main answers with
// a new snapshot, so what is shown is always what is stored.
import { useId, useState, type FormEvent } from 'react';
import { API_BASE_URL_MAX_LENGTH, type Settings, type TrayTitleFormat } from '../../../common/settings';
import { run, useAppStore, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { DustThresholdSetting } from '../shared/dust-threshold-setting';
import { NumberSetting } from '../shared/number-setting';
import { ApiKeySettings } from './api-key-settings';
import { FeedSetting } from './feed-setting';
import { PrivacySettings } from './privacy-settings';
import { RefreshSettings } from './refresh-settings';
import { Toggle } from './toggle';
import { ShortcutSetting } from './shortcut-setting';
import { UpdateSettings } from './update-settings';

const TRAY_FORMATS: { value: TrayTitleFormat; label: string }[] = [
  { value: 'primary', label: 'Total in primary currency' },
  { value: 'btc', label: 'Total in BTC' },
  { value: 'compact', label: 'Compact ($12.3K)' },
  { value: 'icon', label: 'Icon only' },
];

const update = (patch: Partial<Settings>): void => void run('settings', 'updateSettings', patch);

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
      <ApiKeySettings />
      <section className="settings-section" aria-labelledby={`${id}-display`}>
        <h2 id={`${id}-display`} className="section-title">
          Display
        </h2>
        <div className="field inline">
          <label htmlFor={`${id}-currency`}>Primary currency</label>
          <select id={`${id}-currency`} value={settings.primaryCurrency} onChange={(e) => update({ primaryCurrency: e.target.value })}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          <span className="muted">BTC is always shown as the second figure.</span>
        </div>
        <div className="field inline">
          <label htmlFor={`${id}-tray`}>Menu bar shows</label>
          <select
            id={`${id}-tray`}
            value={settings.trayTitleFormat}
            onChange={(e) => update({ trayTitleFormat: e.target.value as TrayTitleFormat })}
          >
            {TRAY_FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <DustThresholdSetting
          label={() => 'Fold coins worth less than'}
          unit={(currency) => `${currency} into dust`}
          onCommit={(usd) => update({ dustThresholdUsd: usd })}
        />
        <PrivacySettings settings={settings} update={update} />
      </section>
      <RefreshSettings update={update} />
      <section className="settings-section" aria-labelledby={`${id}-system`}>
        <h2 id={`${id}-system`} className="section-title">
          System
        </h2>
        <Toggle label="Notifications when an exchange syncs or needs attention" checked={settings.notifications} onChange={(v) => update({ notifications: v })} />
        <Toggle
          label="Launch at login"
          checked={noLoginItems ? false : settings.launchAtLogin}
          disabled={noLoginItems}
          hint={noLoginItems ? "Not available on Linux; add Tallybar to your desktop's startup applications." : undefined}
          onChange={(v) => update({ launchAtLogin: v })}
        />
        <FeedSetting enabled={settings.feedEnabled} onChange={(v) => update({ feedEnabled: v })} />
        <ShortcutSetting update={update} />
        <NumberSetting
          setting="keyRotationDays"
          label="Remind me to replace exchange keys after"
          value={settings.keyRotationDays}
          unit="days (0 turns the reminder off)"
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
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The API base URL must start with https:// (or http:// for a local test server).';
    return null;
  } catch {
    return 'That is not a URL. Example: https://openapiv1.coinstats.app';
  }
}

function ApiBaseUrl({ value }: { value: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const problem = validateBaseUrl(draft);
    setInvalid(problem);
    if (!problem) update({ apiBaseUrl: draft.trim() });
  };
  return (
    <details className="settings-section advanced">
      <summary>Advanced</summary>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={`${id}-url`}>CoinStats API base URL</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://openapiv1.coinstats.app (default)"
            maxLength={API_BASE_URL_MAX_LENGTH}
            value={draft}
            aria-invalid={invalid ? true : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setInvalid(null);
            }}
          />
          <span className="muted small">Empty: TALLYBAR_API_BASE_URL if set, otherwise https://openapiv1.coinstats.app.</span>
        </div>
        <ErrorText error={invalid ? { message: invalid } : null} />
        <button type="submit">Save URL</button>
      </form>
    </details>
  );
}
