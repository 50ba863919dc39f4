// A recorder for a native window at the WindowPort boundary, for Node tests
// of the controllers and the app (the e2e suite uses a Chromium page instead;
// tray, notification, system and display recorders live in ./e2e/).
import type { WindowPort } from '../../main/ports';
import { POPOVER_SIZE } from '../../main/core/window-sizes';

export function createWindowRecorder(id: number, size: { width: number; height: number } = POPOVER_SIZE) {
  let visible = false;
  let destroyed = false;
  const blur = new Set<() => void>();
  const closed = new Set<() => void>();
  const log = { titles: [] as string[], positions: [] as { x: number; y: number }[], sent: [] as { channel: string; payload: unknown }[], shows: 0, hides: 0, focuses: 0 };
  const window: WindowPort = {
    id,
    show: () => {
      visible = true;
      log.shows += 1;
    },
    hide: () => {
      visible = false;
      log.hides += 1;
    },
    focus: () => void (log.focuses += 1),
    isVisible: () => visible,
    isDestroyed: () => destroyed,
    setPosition: (x, y) => void log.positions.push({ x, y }),
    setTitle: (title) => void log.titles.push(title),
    getSize: () => size,
    send: (channel, payload) => void log.sent.push({ channel, payload }),
    onBlur: (listener) => {
      blur.add(listener);
      return () => blur.delete(listener);
    },
    onClosed: (listener) => {
      closed.add(listener);
      return () => closed.delete(listener);
    },
  };
  return {
    window,
    log,
    blur: () => blur.forEach((listener) => listener()),
    close: () => {
      destroyed = true;
      visible = false;
      closed.forEach((listener) => listener());
    },
  };
}
