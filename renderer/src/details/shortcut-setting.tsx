// The global shortcut recorder: focus the box and press the keys; the
// shortcut is shown as the OS writes it (⌥⌘T on macOS, Ctrl+Alt+T elsewhere).
// Escape cancels, Backspace (or Delete) turns it off, Tab still moves on.
// What the OS answered when main registered it is said right under it.
import { useId, useState, type KeyboardEvent } from 'react';
import { acceleratorOfPress, displayAccelerator, type AcceleratorProblem } from '../../../common/accelerator';
import type { Settings } from '../../../common/settings';
import { acceleratorProblemSentence, recorderWords, shortcutProblemSentence, shortcutViaPortal, shortcutWorks } from '../../../common/shortcut-words';
import type { ShortcutState } from '../../../common/desktop-types';
import { useAppStore } from '../shared/app-store';

export function ShortcutSetting({ update }: { update: (patch: Partial<Settings>) => void }) {
  const id = useId();
  const platform = useAppStore((s) => s.snapshot?.platform ?? 'linux');
  const stored = useAppStore((s) => s.snapshot?.settings.globalShortcut ?? '');
  const shortcut = useAppStore((s) => s.snapshot?.shortcut);
  const [recording, setRecording] = useState(false);
  // What was wrong with the last press, worded when shown so a language switch rewords it too.
  const [problem, setInvalid] = useState<AcceleratorProblem | 'unusable' | null>(null);
  const words = recorderWords();
  const invalid = problem === null ? null : problem === 'unusable' ? words.unusable : acceleratorProblemSentence(problem);

  const shown = stored ? displayAccelerator(stored, platform) : words.off;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    // Tab and Shift+Tab keep moving focus: the recorder never traps the keyboard.
    if (event.key === 'Tab' && plain) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape' && plain && !event.shiftKey) {
      setRecording(false);
      setInvalid(null);
      return;
    }
    if ((event.key === 'Backspace' || event.key === 'Delete') && plain && !event.shiftKey) {
      setRecording(false);
      setInvalid(null);
      if (stored !== '') update({ globalShortcut: '' });
      return;
    }
    const press = acceleratorOfPress(event, platform);
    if (press.kind === 'modifier-only') return;
    if (press.kind === 'unusable') return setInvalid('unusable');
    if (!press.check.ok) return setInvalid(press.check.problem);
    setInvalid(null);
    setRecording(false);
    if (press.check.accelerator !== stored) update({ globalShortcut: press.check.accelerator });
  };

  const status = shortcut ? statusOf(shortcut, platform) : null;

  return (
    <div className="field">
      <label htmlFor={`${id}-shortcut`}>{words.label}</label>
      <div className="shortcut-row">
        <input
          id={`${id}-shortcut`}
          className="shortcut-recorder"
          type="text"
          readOnly
          autoComplete="off"
          spellCheck={false}
          value={recording ? words.waiting : shown}
          aria-invalid={invalid || shortcut?.problem ? true : undefined}
          aria-describedby={`${id}-hint ${id}-status`}
          onFocus={() => setRecording(true)}
          onBlur={() => {
            setRecording(false);
            setInvalid(null);
          }}
          onKeyDown={onKeyDown}
        />
        {stored !== '' && (
          <button type="button" onClick={() => update({ globalShortcut: '' })}>
            {words.turnOff}
          </button>
        )}
      </div>
      <span id={`${id}-hint`} className="muted small">
        {words.hint}
      </span>
      <span id={`${id}-status`} className={invalid || shortcut?.problem ? 'error-text small' : 'muted small'} role="status">
        {invalid ?? status ?? ''}
      </span>
    </div>
  );
}

/** What the OS said, and no more than it said. */
function statusOf(shortcut: ShortcutState, platform: Parameters<typeof displayAccelerator>[1]): string | null {
  const shown = displayAccelerator(shortcut.accelerator, platform);
  if (shortcut.problem) return shortcutProblemSentence(shortcut.problem, shown);
  if (!shortcut.registered) return null;
  return shortcut.viaPortal ? shortcutViaPortal(shown) : shortcutWorks(shown);
}
