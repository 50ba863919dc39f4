// One details window at a time: opening it again focuses the one that exists.
// Its size and position are remembered per display, keyed by the display the
// window sits on when it moves, and restored on the display the user is at.
import type { DetailsTab } from '../../common/contract';
import type { DisplayPort, WindowPort } from '../ports';
import type { Rect } from '../core/popover-position';

export interface BoundsStore {
  getWindowBounds(displayId: string): Rect | null;
  setWindowBounds(displayId: string, bounds: Rect): void;
}

export interface DetailsWindowOptions {
  /** Makes the native window (hidden until ready) and loads the page on `tab`. */
  create(options: { tab: DetailsTab | undefined; bounds: Rect | null; onBounds: (bounds: Rect) => void }): WindowPort;
  display: DisplayPort;
}

export interface DetailsWindowManager {
  /** `store` is a getter: the store belongs to the current session, which can change (demo). */
  open(tab: DetailsTab | undefined, store: () => BoundsStore): { port: WindowPort; created: boolean };
  current(): WindowPort | null;
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Bounds saved on another display layout may now be off-screen: only reuse them if they still overlap the display. */
function fitsOn(bounds: Rect, workArea: Rect): boolean {
  const c = centre(bounds);
  return c.x >= workArea.x && c.x <= workArea.x + workArea.width && c.y >= workArea.y && c.y <= workArea.y + workArea.height;
}

export function createDetailsWindowManager(options: DetailsWindowOptions): DetailsWindowManager {
  let window: WindowPort | null = null;

  return {
    open(tab, store) {
      if (window && !window.isDestroyed()) {
        window.show();
        window.focus();
        return { port: window, created: false };
      }
      const here = options.display.displayNearest(options.display.cursor());
      const saved = store().getWindowBounds(String(here.id));
      const port = options.create({
        tab,
        bounds: saved && fitsOn(saved, here.workArea) ? saved : null,
        onBounds: (bounds) => {
          const on = options.display.displayNearest(centre(bounds));
          store().setWindowBounds(String(on.id), bounds);
        },
      });
      window = port;
      port.onClosed(() => {
        if (window === port) window = null;
      });
      return { port, created: true };
    },
    current: () => (window && !window.isDestroyed() ? window : null),
  };
}
