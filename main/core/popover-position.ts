// Where to put the popover so it hangs off the tray icon, in the spirit of
// max-mapper/menubar's positioning: a pure function of the tray bounds, the
// display and the platform, so every taskbar layout can be tested without a
// screen. Electron shapes (Rectangle, Point) are structurally identical.

export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  width: number;
  height: number;
}

export type Platform = 'darwin' | 'win32' | 'linux';
export type TaskbarEdge = 'top' | 'bottom' | 'left' | 'right';

export interface PopoverPositionInput {
  /** `tray.getBounds()`; null or all zeros where the platform cannot tell (Linux). */
  trayBounds: Rect | null;
  /** `screen.getCursorScreenPoint()` at the moment of the click. */
  cursor: Point;
  /** `display.workArea` of the display holding the tray (or the cursor). */
  workArea: Rect;
  /** `display.bounds` of that display. */
  displayBounds: Rect;
  windowSize: { width: number; height: number };
  platform: Platform;
}

function usableBounds(rect: Rect | null): rect is Rect {
  if (!rect) return false;
  const values = [rect.x, rect.y, rect.width, rect.height];
  if (!values.every(Number.isFinite)) return false;
  // Tray.getBounds() on Linux returns {0,0,0,0} (its trays cannot report icon
  // positions); a zero-sized rect cannot be an icon the user just clicked.
  return rect.width > 0 && rect.height > 0;
}

/** Distance from the anchor's centre to each display edge. */
function distances(anchor: Rect, display: Rect): Record<TaskbarEdge, number> {
  const cx = anchor.x + anchor.width / 2;
  const cy = anchor.y + anchor.height / 2;
  return {
    top: cy - display.y,
    bottom: display.y + display.height - cy,
    left: cx - display.x,
    right: display.x + display.width - cx,
  };
}

/**
 * The edge the tray sits on. The taskbar is where the work area is inset from
 * the display; when several edges are inset (a GNOME top bar plus a dock, a
 * Windows taskbar plus a docked app bar) the one nearest the icon wins. No
 * inset (auto-hidden taskbar) → the display edge nearest the icon.
 */
export function taskbarEdge(input: Omit<PopoverPositionInput, 'windowSize'>, anchor: Rect): TaskbarEdge {
  // The macOS menu bar is always on top; the Dock insets the work area too,
  // so the inset test alone would be fooled by a Dock on the left or bottom.
  if (input.platform === 'darwin') return 'top';
  const { workArea: wa, displayBounds: db } = input;
  const inset: Record<TaskbarEdge, boolean> = {
    top: wa.y > db.y,
    bottom: wa.y + wa.height < db.y + db.height,
    left: wa.x > db.x,
    right: wa.x + wa.width < db.x + db.width,
  };
  const d = distances(anchor, db);
  const edges: TaskbarEdge[] = ['bottom', 'top', 'left', 'right'];
  const candidates = edges.filter((e) => inset[e]);
  const pool = candidates.length > 0 ? candidates : edges;
  let best = pool[0] ?? 'bottom';
  for (const edge of pool) if (d[edge] < d[best]) best = edge;
  return best;
}

function clamp(value: number, min: number, max: number): number {
  // A window larger than the work area is pinned to its start edge, so its
  // title area (and the close affordances) stay reachable.
  return Math.max(min, Math.min(value, max));
}

/**
 * Top-left corner for the popover: against the tray icon on the taskbar's
 * edge, centred on the icon along that edge, and always fully inside the work
 * area (so it never sits under the taskbar or spills onto another display).
 */
export function popoverPosition(input: PopoverPositionInput): Point {
  const anchor: Rect = usableBounds(input.trayBounds)
    ? input.trayBounds
    : { x: input.cursor.x, y: input.cursor.y, width: 0, height: 0 };
  const { width, height } = input.windowSize;
  const wa = input.workArea;
  const centreX = anchor.x + anchor.width / 2 - width / 2;
  const centreY = anchor.y + anchor.height / 2 - height / 2;

  let x: number;
  let y: number;
  switch (taskbarEdge(input, anchor)) {
    case 'top':
      x = centreX;
      y = anchor.y + anchor.height;
      break;
    case 'bottom':
      x = centreX;
      y = anchor.y - height;
      break;
    case 'left':
      x = anchor.x + anchor.width;
      y = centreY;
      break;
    case 'right':
      x = anchor.x - width;
      y = centreY;
      break;
  }
  // Electron's setPosition wants integers; round before clamping so rounding
  // cannot push the window one pixel outside the work area.
  return {
    x: clamp(Math.round(x), wa.x, wa.x + wa.width - width),
    y: clamp(Math.round(y), wa.y, wa.y + wa.height - height),
  };
}
