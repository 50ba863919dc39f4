// What the local store keeps about the user's choices: settings, one-time
// hints and key reminders already shown, and the details window's bounds per display.
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings';
import type { DataStore } from './local-store-engine';
import type { WindowBounds } from './local-store-schema';
import { parseSettingsPatch, readSettings } from './settings-schema';

export function settingsOps(store: DataStore) {
  return {
    /**
     * Stored settings over the defaults. A stored value that fails the checks
     * (hand-edited file, older version) falls back to its default.
     */
    getSettings: (): Settings => readSettings({ ...store.get('settings') }, DEFAULT_SETTINGS),

    /** Validates every given key (throws StoreError) and returns the result. */
    updateSettings(patch: Partial<Settings>): Settings {
      const valid = parseSettingsPatch(patch);
      const next = { ...this.getSettings(), ...valid };
      store.set('settings', next);
      return next;
    },
  };
}

export function hintOps(store: DataStore) {
  return {
    /** True the first time a hint is asked for; false ever after. */
    firstTimeHint(id: string): boolean {
      const shown = store.get('hintsShown');
      if (shown.includes(id)) return false;
      store.set('hintsShown', [...shown, id]);
      return true;
    },
  };
}

export function keyReminderOps(store: DataStore) {
  return {
    /**
     * True the first time a connection's key rotation period (its due instant)
     * is asked for, false ever after, across restarts. Removing the connection
     * forgets it (local-store-connections.ts).
     */
    firstKeyReminder(id: string, dueSince: number): boolean {
      const all = store.get('keyReminders');
      if (all[id] === dueSince) return false;
      store.set('keyReminders', { ...all, [id]: dueSince });
      return true;
    },
  };
}

export function windowBoundsOps(store: DataStore) {
  return {
    getWindowBounds: (displayId: string): WindowBounds | null => store.get('windowState')[displayId] ?? null,
    setWindowBounds: (displayId: string, bounds: WindowBounds): void =>
      store.set('windowState', { ...store.get('windowState'), [displayId]: bounds }),
  };
}
