import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { popoverPosition, type PopoverPositionInput, type Rect } from '../../main/core/popover-position';

const size = { width: 360, height: 480 };
const display: Rect = { x: 0, y: 0, width: 1920, height: 1080 };

function input(over: Partial<PopoverPositionInput>): PopoverPositionInput {
  return {
    trayBounds: null,
    cursor: { x: 0, y: 0 },
    workArea: display,
    displayBounds: display,
    windowSize: size,
    platform: 'win32',
    ...over,
  };
}

describe('popoverPosition', () => {
  it('macOS: under the menu-bar icon, centred on it', () => {
    const workArea = { x: 0, y: 25, width: 1440, height: 875 - 25 };
    const p = popoverPosition(
      input({
        platform: 'darwin',
        trayBounds: { x: 1200, y: 0, width: 24, height: 25 },
        displayBounds: { x: 0, y: 0, width: 1440, height: 900 },
        workArea,
      }),
    );
    expect(p).toEqual({ x: 1200 + 12 - 180, y: 25 });
  });

  it('macOS with the Dock on the left is still placed under the menu bar', () => {
    const p = popoverPosition(
      input({
        platform: 'darwin',
        trayBounds: { x: 1000, y: 0, width: 22, height: 24 },
        displayBounds: { x: 0, y: 0, width: 1440, height: 900 },
        workArea: { x: 70, y: 24, width: 1370, height: 876 },
      }),
    );
    expect(p).toEqual({ x: 1011 - 180, y: 24 });
  });

  // A 1920×1080 display with a 40 px taskbar (60 px when upright) on each edge in turn.
  it.each([
    {
      name: 'Windows taskbar at the bottom: above the icon',
      trayBounds: { x: 1700, y: 1040, width: 24, height: 40 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      expected: { x: 1712 - 180, y: 1040 - 480 },
    },
    {
      name: 'taskbar at the top: below the icon',
      trayBounds: { x: 1500, y: 0, width: 24, height: 40 },
      workArea: { x: 0, y: 40, width: 1920, height: 1040 },
      expected: { x: 1512 - 180, y: 40 },
    },
    {
      name: 'taskbar on the left: right of the icon, centred vertically',
      trayBounds: { x: 0, y: 800, width: 60, height: 24 },
      workArea: { x: 60, y: 0, width: 1860, height: 1080 },
      expected: { x: 60, y: 812 - 240 },
    },
    {
      name: 'taskbar on the right: left of the icon',
      trayBounds: { x: 1860, y: 500, width: 60, height: 24 },
      workArea: { x: 0, y: 0, width: 1860, height: 1080 },
      expected: { x: 1860 - 360, y: 512 - 240 },
    },
  ])('$name', ({ trayBounds, workArea, expected }) => {
    expect(popoverPosition(input({ trayBounds, workArea }))).toEqual(expected);
  });

  it('icon in a corner: clamped fully inside the work area', () => {
    const p = popoverPosition(
      input({ trayBounds: { x: 1900, y: 1040, width: 20, height: 40 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    );
    expect(p).toEqual({ x: 1920 - 360, y: 560 });
    const left = popoverPosition(
      input({ trayBounds: { x: 0, y: 0, width: 20, height: 40 }, workArea: { x: 0, y: 40, width: 1920, height: 1040 } }),
    );
    expect(left).toEqual({ x: 0, y: 40 });
  });

  it('secondary display to the left (negative x), taskbar at the bottom', () => {
    const secondary = { x: -1280, y: 0, width: 1280, height: 1024 };
    const p = popoverPosition(
      input({
        trayBounds: { x: -1270, y: 984, width: 24, height: 40 },
        displayBounds: secondary,
        workArea: { x: -1280, y: 0, width: 1280, height: 984 },
      }),
    );
    expect(p).toEqual({ x: -1280, y: 984 - 480 });
  });

  it('secondary display above (negative y), taskbar on the right', () => {
    const above = { x: 200, y: -1440, width: 2560, height: 1440 };
    const p = popoverPosition(
      input({
        trayBounds: { x: 2700, y: -30, width: 60, height: 24 },
        displayBounds: above,
        workArea: { x: 200, y: -1440, width: 2500, height: 1440 },
      }),
    );
    // Centred on the icon would overflow the bottom edge at y = 0: clamp.
    expect(p).toEqual({ x: 2700 - 360, y: -480 });
  });

  it('Linux without tray bounds: anchors on the cursor (top panel)', () => {
    for (const trayBounds of [null, { x: 0, y: 0, width: 0, height: 0 }]) {
      const p = popoverPosition(
        input({
          platform: 'linux',
          trayBounds,
          cursor: { x: 1600, y: 12 },
          workArea: { x: 0, y: 27, width: 1920, height: 1053 },
        }),
      );
      expect(p).toEqual({ x: 1600 - 180, y: 27 });
    }
  });

  it('Linux top bar plus a left dock: picks the edge nearest the cursor', () => {
    const p = popoverPosition(
      input({ platform: 'linux', cursor: { x: 1800, y: 10 }, workArea: { x: 64, y: 32, width: 1856, height: 1048 } }),
    );
    expect(p).toEqual({ x: 1920 - 360, y: 32 });
  });

  it('no inset (auto-hide taskbar): the display edge nearest the anchor', () => {
    const p = popoverPosition(input({ platform: 'linux', cursor: { x: 900, y: 1075 } }));
    expect(p).toEqual({ x: 720, y: 1075 - 480 });
  });

  it('pins a window larger than the work area to its top-left corner', () => {
    const p = popoverPosition(
      input({ windowSize: { width: 3000, height: 2000 }, trayBounds: { x: 1700, y: 1040, width: 24, height: 40 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    );
    expect(p).toEqual({ x: 0, y: 0 });
  });

  it('always returns integers inside the work area when the window fits', () => {
    const rect = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 600, max: 4000 }),
      height: fc.integer({ min: 700, max: 3000 }),
    });
    fc.assert(
      fc.property(
        rect,
        fc.record({ top: fc.nat(60), bottom: fc.nat(60), left: fc.nat(80), right: fc.nat(80) }),
        fc.option(fc.record({ x: fc.double({ min: -5000, max: 9000, noNaN: true }), y: fc.double({ min: -5000, max: 9000, noNaN: true }), width: fc.nat(64), height: fc.nat(64) })),
        fc.constantFrom('darwin' as const, 'win32' as const, 'linux' as const),
        (db, inset, trayBounds, platform) => {
          const workArea = { x: db.x + inset.left, y: db.y + inset.top, width: db.width - inset.left - inset.right, height: db.height - inset.top - inset.bottom };
          const p = popoverPosition(input({ displayBounds: db, workArea, trayBounds, platform, cursor: { x: db.x + 5, y: db.y + 5 } }));
          expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
          expect(p.x).toBeGreaterThanOrEqual(workArea.x);
          expect(p.y).toBeGreaterThanOrEqual(workArea.y);
          expect(p.x + size.width).toBeLessThanOrEqual(workArea.x + workArea.width);
          expect(p.y + size.height).toBeLessThanOrEqual(workArea.y + workArea.height);
        },
      ),
    );
  });
});
