// The Electron double's screen, checked against screen.md and
// structures/display.md: usable only after ready, 'display-added' carries the
// new Display, mirroring reports the same bounds through
// 'display-metrics-changed', and a launch never changes the platform model.
import type { Display } from 'electron';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isMirrored } from '../../main/core/presenting';
import { createElectronDouble } from '../support/electron-double/electron-double';
import { PLATFORMS } from '../support/electron-double/platforms';
import { DesktopWorld, newMachine } from '../support/electron-double/world';

function double() {
  const platform = PLATFORMS.windows;
  // The screen touches no page: a world without a browser context is enough.
  const world = new DesktopWorld({ platform, machine: newMachine('/nowhere/u', '/nowhere/d'), context: {} as BrowserContext, appPath: '/nowhere', version: '0.0.0', installerAumid: 'x', safeStorage: platform.safeStorage });
  return { platform, electron: createElectronDouble(world) };
}

describe('screen (screen.md)', () => {
  it('cannot be used before app ready', () => {
    const { electron } = double();
    expect(() => electron.screen.getAllDisplays()).toThrow(/before app ready/);
    electron.app.emitReady();
    expect(electron.screen.getAllDisplays()).toHaveLength(1);
  });

  it("emits 'display-added' with the new display, and 'display-metrics-changed' with 'bounds' when it mirrors the primary", () => {
    const { platform, electron } = double();
    electron.app.emitReady();
    const added: Display[] = [];
    const changed: { display: Display; metrics: string[] }[] = [];
    electron.screen.on('display-added', (_event: unknown, display: Display) => void added.push(display));
    electron.screen.on('display-metrics-changed', (_event: unknown, display: Display, metrics: string[]) => void changed.push({ display, metrics }));

    const second = electron.screen.plugIn();
    const third = electron.screen.plugIn();
    expect(added.map((d) => d.id)).toEqual([second.id, third.id]);
    expect(third.bounds.x).toBe(second.bounds.x + second.bounds.width);
    expect(isMirrored(electron.screen.getAllDisplays())).toBe(false);

    electron.screen.mirror();
    expect(changed).toHaveLength(1);
    expect(changed[0]!.metrics).toContain('bounds');
    expect(changed[0]!.display.bounds).toEqual(electron.screen.getPrimaryDisplay().bounds);
    expect(isMirrored(electron.screen.getAllDisplays())).toBe(true);
    expect(platform.displays).toHaveLength(1);
  });
});
