// Privacy in Settings: one choice (Off / Hide amounts, keep % / Hide all) as a
// native radio group, so arrow keys move within it and a screen reader says
// "Privacy mode, radio group"; and whether a new or mirrored display turns it
// on by itself. `privacyMode` stays the on/off switch the tray menu and the
// shortcut flip; the level is kept while it is off.
import { useId } from 'react';
import { t } from '../../../common/i18n';
import { PRIVACY_CHOICES, privacyHelp, privacyOnDisplayLabel } from '../../../common/privacy-words';
import type { Settings } from '../../../common/settings';
import { type SettingsUpdate, useAppStore } from '../shared/app-store';
import { Toggle } from './toggle';

export function PrivacySettings({ settings, update }: { settings: Settings; update: SettingsUpdate }) {
  const id = useId();
  const platform = useAppStore((s) => s.snapshot?.platform ?? 'linux');
  const chosen = settings.privacyMode ? settings.privacyLevel : 'off';
  return (
    <>
      <fieldset className="field radio-group" aria-describedby={`${id}-help`}>
        <legend>{t('settings.privacyMode')}</legend>
        {PRIVACY_CHOICES.map((choice) => (
          <label key={choice.value} className="radio">
            <input
              type="radio"
              name={`${id}-privacy`}
              value={choice.value}
              checked={chosen === choice.value}
              onChange={() => update(choice.value === 'off' ? { privacyMode: false } : { privacyMode: true, privacyLevel: choice.value })}
            />
            {choice.label}
          </label>
        ))}
        <span id={`${id}-help`} className="muted small">
          {privacyHelp(platform)}
        </span>
      </fieldset>
      <Toggle label={privacyOnDisplayLabel()} checked={settings.privacyOnDisplayChange} onChange={(v) => update({ privacyOnDisplayChange: v })} />
    </>
  );
}
