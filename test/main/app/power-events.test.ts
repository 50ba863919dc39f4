// OS power and presence events reach the sync engine through the system port.
import { describe, expect, it } from 'vitest';
import type { PowerEvent } from '../../../main/ports';
import type { PowerState } from '../../../main/services/sync/power-state';
import { useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

/** An event that pauses the engine, the one that ends the pause, and the flag they move (`pausedWhen`: its value during the pause). */
const PAUSES: Array<{ away: PowerEvent; back: PowerEvent; flag: keyof PowerState; pausedWhen: boolean }> = [
  { away: 'suspend', back: 'resume', flag: 'asleep', pausedWhen: true },
  { away: 'lock-screen', back: 'unlock-screen', flag: 'locked', pausedWhen: true },
  { away: 'offline', back: 'online', flag: 'online', pausedWhen: false },
  { away: 'user-idle', back: 'user-active', flag: 'userActive', pausedWhen: false },
];

describe('power events', () => {
  it('pauses for sleep, lock, offline and idle, and resumes on the way back', async () => {
    const h = await startApp();
    const power = () => h.app.session().engine.power();
    for (const { away, back, flag, pausedWhen } of PAUSES) {
      h.system.emitPower(away);
      expect(power()[flag], `${flag} after ${away}`).toBe(pausedWhen);
      h.system.emitPower(back);
      expect(power()[flag], `${flag} after ${back}`).toBe(!pausedWhen);
    }
  });
});
