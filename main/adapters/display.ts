// Thin adapter: Electron's screen behind DisplayPort.
import { screen } from 'electron';
import type { DisplayPort } from '../ports';

export function createElectronDisplay(): DisplayPort {
  return {
    cursor: () => screen.getCursorScreenPoint(),
    displayNearest: (point) => {
      const display = screen.getDisplayNearestPoint(point);
      return { id: display.id, bounds: display.bounds, workArea: display.workArea };
    },
  };
}
