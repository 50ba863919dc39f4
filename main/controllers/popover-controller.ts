// Shows the popover under the tray icon and hides it again, as menubar does:
// position from a pure function, blur hides after a short grace so the click
// on the tray icon that caused the blur does not re-open it (flicker).
import type { PopoverPlacement } from '../core/platform-behaviour';
import { popoverPosition } from '../core/popover-position';
import type { DisplayPort, SystemPort, TrayPort, WindowPort } from '../ports';

/** A tray click arriving within this long after a blur-hide is that blur's cause. */
export const BLUR_GRACE_MS = 250;

export interface PopoverControllerOptions {
  window: WindowPort;
  tray: TrayPort;
  display: DisplayPort;
  platform: SystemPort['platform'];
  /** 'compositor-placed' (Wayland): the compositor decides where it goes; we do not ask. */
  placement: PopoverPlacement;
  now: () => number;
  onShown: () => void;
  /** Hidden by us: blur, Escape, a second click, opening details. */
  onHidden?: () => void;
}

export interface PopoverController {
  toggle(): void;
  show(): void;
  hide(): void;
  dispose(): void;
}

export function createPopoverController(options: PopoverControllerOptions): PopoverController {
  const { window, tray, display, platform, now } = options;
  let hiddenByBlurAt = -Infinity;

  const place = (): void => {
    const cursor = display.cursor();
    const trayBounds = tray.getBounds();
    const anchor = trayBounds ? { x: trayBounds.x, y: trayBounds.y } : cursor;
    const target = display.displayNearest(anchor);
    const { x, y } = popoverPosition({
      trayBounds,
      cursor,
      workArea: target.workArea,
      displayBounds: target.bounds,
      windowSize: window.getSize(),
      platform,
    });
    window.setPosition(Math.round(x), Math.round(y));
  };
  const show = (): void => {
    if (options.placement === 'anchored') place();
    window.show();
    window.focus();
    options.onShown();
  };
  const hide = (): void => {
    if (!window.isVisible()) return;
    window.hide();
    options.onHidden?.();
  };
  const offBlur = window.onBlur(() => {
    if (!window.isVisible()) return;
    hiddenByBlurAt = now();
    window.hide();
    options.onHidden?.();
  });

  return {
    show,
    hide,
    toggle() {
      if (window.isVisible()) return hide();
      if (now() - hiddenByBlurAt < BLUR_GRACE_MS) return;
      show();
    },
    dispose: offBlur,
  };
}
