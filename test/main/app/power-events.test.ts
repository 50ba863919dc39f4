// OS power and presence events reach the sync engine through the system port.
import { afterEach, describe, expect, it } from 'vitest';
import { startAppHarness, type AppHarness } from '../../support/app-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
let h: AppHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('power events', () => {
  it('pauses for sleep, lock, offline and idle, and resumes on the way back', async () => {
    h = await startAppHarness(await tempDir());
    const power = () => h!.app.session().engine.power();
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
