import { describe, expect, it } from 'vitest';
import type { DetailsTab } from '../../../common/contract';
import { createDetailsWindowManager, type BoundsStore } from '../../../main/controllers/details-window';
import type { Rect } from '../../../main/core/popover-position';
import type { DisplayInfo, DisplayPort } from '../../../main/ports';
import { createWindowRecorder } from '../../support/recorders';

const left: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const right: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1040 } };

function setup() {
  let cursor = { x: 100, y: 100 };
  const display: DisplayPort = {
    cursor: () => cursor,
    displayNearest: (p) => (p.x >= 1440 ? right : left),
    all: () => [left, right],
    onChange: () => () => undefined,
  };
  const saved = new Map<string, Rect>();
  const store: BoundsStore = { getWindowBounds: (id) => saved.get(id) ?? null, setWindowBounds: (id, b) => void saved.set(id, b) };
  const created: { tab: string | undefined; bounds: Rect | null; onBounds: (b: Rect) => void; recorder: ReturnType<typeof createWindowRecorder> }[] = [];
  const manager = createDetailsWindowManager({
    display,
    create: ({ tab, bounds, onBounds }) => {
      const recorder = createWindowRecorder(10 + created.length);
      created.push({ tab, bounds, onBounds, recorder });
      return recorder.window;
    },
  });
  // Opened the way create-app does: bounds kept in the (current session's) store.
  const open = (tab: DetailsTab | undefined) => manager.open(tab, () => store);
  return { manager: { open, current: manager.current }, created, saved, moveCursor: (p: { x: number; y: number }) => void (cursor = p) };
}

describe('details window manager', () => {
  it('focuses the existing window instead of opening a second one', () => {
    const { manager, created } = setup();
    expect(manager.open('holdings').created).toBe(true);
    const again = manager.open('settings');
    expect(again.created).toBe(false);
    expect(created).toHaveLength(1);
    expect(created[0]!.recorder.log.focuses).toBe(1);
  });

  it('opens a new one after the first was closed', () => {
    const { manager, created } = setup();
    manager.open(undefined);
    created[0]!.recorder.close();
    expect(manager.current()).toBeNull();
    expect(manager.open('history').created).toBe(true);
    expect(created[1]!.tab).toBe('history');
  });

  it('remembers bounds per display, under the display the window was moved to', () => {
    const { manager, created, saved, moveCursor } = setup();
    manager.open(undefined);
    created[0]!.onBounds({ x: 2000, y: 100, width: 900, height: 600 });
    expect(saved.get('2')).toEqual({ x: 2000, y: 100, width: 900, height: 600 });
    created[0]!.onBounds({ x: 100, y: 100, width: 800, height: 500 });
    created[0]!.recorder.close();

    moveCursor({ x: 2500, y: 500 });
    manager.open(undefined);
    expect(created[1]!.bounds).toEqual({ x: 2000, y: 100, width: 900, height: 600 });
    created[1]!.recorder.close();

    moveCursor({ x: 10, y: 10 });
    manager.open(undefined);
    expect(created[2]!.bounds).toEqual({ x: 100, y: 100, width: 800, height: 500 });
  });

  it('ignores saved bounds that no longer fall on that display', () => {
    const { manager, created, saved } = setup();
    saved.set('1', { x: 5000, y: 5000, width: 800, height: 500 });
    manager.open(undefined);
    expect(created[0]!.bounds).toBeNull();
  });
});
