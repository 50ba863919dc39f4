import { describe, expect, it } from 'vitest';
import { BLUR_GRACE_MS, createPopoverController } from '../../../main/controllers/popover-controller';
import { TrayRecorder } from '../../support/e2e/recorders';
import { FakeDisplay } from '../../support/e2e/system-recorders';
import { createWindowRecorder } from '../../support/recorders';

const display = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };

function setup(trayBounds = { x: 1000, y: 0, width: 22, height: 22 } as { x: number; y: number; width: number; height: number } | null) {
  let now = 10_000;
  const tray = new TrayRecorder(trayBounds);
  const popover = createWindowRecorder(1);
  let shown = 0;
  const controller = createPopoverController({
    window: popover.window,
    tray,
    display: new FakeDisplay(display, { x: 700, y: 10 }),
    platform: 'darwin',
    now: () => now,
    placement: 'anchored',
    onShown: () => void (shown += 1),
  });
  return { controller, popover, advance: (ms: number) => void (now += ms), shown: () => shown };
}

describe('popover controller', () => {
  it('shows the popover under the tray icon, inside the work area, and reports the opening', () => {
    const { controller, popover, shown } = setup();
    controller.toggle();
    expect(popover.window.isVisible()).toBe(true);
    const position = popover.log.positions.at(-1)!;
    expect(position.y).toBeGreaterThanOrEqual(25);
    expect(position.x + 360).toBeLessThanOrEqual(1440);
    expect(Math.abs(position.x + 180 - 1011)).toBeLessThanOrEqual(1);
    expect(shown()).toBe(1);
  });

  it('hides on a second toggle', () => {
    const { controller, popover } = setup();
    controller.toggle();
    controller.toggle();
    expect(popover.window.isVisible()).toBe(false);
  });

  it('does not re-open when the tray click that blurred it arrives within the grace period', () => {
    const { controller, popover, advance } = setup();
    controller.toggle();
    popover.blur();
    expect(popover.window.isVisible()).toBe(false);
    advance(BLUR_GRACE_MS / 2);
    controller.toggle();
    expect(popover.window.isVisible()).toBe(false);
    advance(BLUR_GRACE_MS);
    controller.toggle();
    expect(popover.window.isVisible()).toBe(true);
  });

  it('anchors at the cursor where the tray cannot report its bounds (Linux)', () => {
    const { controller, popover } = setup(null);
    controller.show();
    const position = popover.log.positions.at(-1)!;
    expect(Math.abs(position.x + 180 - 700)).toBeLessThanOrEqual(1);
  });
});
