// Settings → Updates: the policy (ask / auto / off), where the updater stands
// (said politely to screen readers as it moves), the release notes of a
// version found — plain text from main, never markup — and the one button
// that fits the stage: Check now while idle, Download while asking, Restart
// to update once ready.
import { useId } from 'react';
import { UPDATE_POLICIES, type Settings, type UpdatePolicy } from '../../../common/settings';
import { UPDATE_WORDS, updateStatus } from '../../../common/update-words';
import { run, useAppStore, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';

export function UpdateSettings({ update }: { update: (patch: Partial<Settings>) => void }) {
  const id = useId();
  const policy = useAppStore((s) => s.snapshot?.settings.updates ?? 'ask');
  const state = useAppStore((s) => s.snapshot?.update);
  const error = useError('updates');
  if (!state) return null;
  const found = state.stage === 'available' || state.stage === 'downloading' || state.stage === 'downloaded';

  return (
    <section className="settings-section" aria-labelledby={`${id}-updates`}>
      <h2 id={`${id}-updates`} className="section-title">
        {UPDATE_WORDS.heading}
      </h2>
      <div className="field inline">
        <label htmlFor={`${id}-policy`}>{UPDATE_WORDS.policyLabel}</label>
        <select id={`${id}-policy`} value={policy} disabled={state.stage === 'unsupported'} onChange={(e) => update({ updates: e.target.value as UpdatePolicy })}>
          {UPDATE_POLICIES.map((value) => (
            <option key={value} value={value}>
              {UPDATE_WORDS.policies[value]}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="muted">
        {updateStatus(state, policy)}
      </p>
      {state.stage === 'downloading' && <progress aria-label={UPDATE_WORDS.progressLabel} max={100} value={state.progress ?? 0} />}
      {found && state.notes && (
        <div className="field">
          <h3 id={`${id}-notes`} className="small">
            {UPDATE_WORDS.notesLabel}
          </h3>
          {/* Focusable so a keyboard can scroll long notes. */}
          <div className="release-notes" role="region" aria-labelledby={`${id}-notes`} tabIndex={0}>
            {state.notes}
          </div>
        </div>
      )}
      <ErrorText error={error} />
      {state.stage === 'idle' && policy !== 'off' && (
        <button type="button" onClick={() => void run('updates', 'checkForUpdates')}>
          {UPDATE_WORDS.checkNow}
        </button>
      )}
      {state.stage === 'available' && (
        <button type="button" onClick={() => void run('updates', 'downloadUpdate')}>
          {UPDATE_WORDS.download}
        </button>
      )}
      {state.stage === 'downloaded' && (
        <button type="button" onClick={() => void run('updates', 'installUpdate')}>
          {UPDATE_WORDS.restart}
        </button>
      )}
    </section>
  );
}
