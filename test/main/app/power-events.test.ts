// OS power and presence events reach the sync engine through the system port.
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

describe('power events', () => {
  it('pauses for sleep, lock, offline and idle, and resumes on the way back', async () => {
    const h = await startApp();
    const power = () => h.app.session().engine.power();
    h.system.emitPower('suspend');
    expect(power().asleep).toBe(true);
    h.system.emitPower('resume');
    expect(power().asleep).toBe(false);
    h.system.emitPower('lock-screen');
    expect(power().locked).toBe(true);
    h.system.emitPower('unlock-screen');
    expect(power().locked).toBe(false);
    h.system.emitPower('offline');
    expect(power().online).toBe(false);
    h.system.emitPower('online');
    expect(power().online).toBe(true);
    h.system.emitPower('user-idle');
    expect(power().userActive).toBe(false);
    h.system.emitPower('user-active');
    expect(power().userActive).toBe(true);
  });
});
