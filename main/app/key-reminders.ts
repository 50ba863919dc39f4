// The key rotation reminder: one notification per connection per due period,
// remembered in the local store so a restart does not say it again. Replacing
// the keys moves their age back to zero, and with it the next due instant.
// Decided on each published snapshot: at start, and after every refresh (the
// background one runs at least hourly), so a period is reminded within about
// an hour of its start while the app runs.
import { rotationReminderText } from '../../common/key-words';
import type { AppSnapshot } from '../../common/types';
import { rotationDueSince } from '../core/key-health';
import type { LocalStore } from '../services/local-store';
import type { SyncNotification } from '../services/sync-engine';

export function createKeyReminders(notify: (n: SyncNotification) => void, store: () => LocalStore) {
  return {
    observe(snapshot: AppSnapshot, now: number): void {
      const days = snapshot.settings.keyRotationDays;
      for (const connection of snapshot.connections) {
        const dueSince = rotationDueSince(connection.keys.setAt, days, now);
        // Remembered even when notifications are off: the badge says it, and turning them on later must not replay old periods.
        if (dueSince === null || !store().firstKeyReminder(connection.id, dueSince)) continue;
        notify({ kind: 'key_rotation', connectionId: connection.id, ...rotationReminderText(connection.name, days) });
      }
    },
  };
}
