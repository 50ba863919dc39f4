// Thin adapter: Electron's screen behind DisplayPort. `screen` is usable only
// after app ready (screen.md), and main/index.ts builds this after whenReady.
import { screen, type Display } from 'electron';
import type { DisplayInfo, DisplayPort } from '../ports';

const info = (display: Display): DisplayInfo => ({ id: display.id, bounds: display.bounds, workArea: display.workArea });

export function createElectronDisplay(): DisplayPort {
  return {
    cursor: () => screen.getCursorScreenPoint(),
    displayNearest: (point) => info(screen.getDisplayNearestPoint(point)),
    all: () => screen.getAllDisplays().map(info),
    onChange(listener) {
      const added = (): void => listener('added');
      const metrics = (): void => listener('metrics');
      screen.on('display-added', added);
      screen.on('display-metrics-changed', metrics);
      return () => {
        screen.off('display-added', added);
        screen.off('display-metrics-changed', metrics);
      };
    },
  };
}
