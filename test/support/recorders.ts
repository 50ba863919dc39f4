// Recorders for Electron's OS-facing objects, at the port boundary. Each is
// typed against our port interface, which the Electron adapters implement.
import type { Rect } from '../../main/core/popover-position';
import type {
  DisplayInfo,
  DisplayPort,
  MenuItemSpec,
  NotificationSpec,
  NotifierPort,
  PowerEvent,
  SystemPort,
  TrayPort,
  WindowPort,
} from '../../main/ports';

export function createTrayRecorder(bounds: Rect | null = { x: 1000, y: 0, width: 22, height: 22 }) {
  const calls = { images: [] as string[], titles: [] as string[], tooltips: [] as string[], menus: [] as MenuItemSpec[][] };
  const clicks = new Set<() => void>();
  const tray: TrayPort = {
    setImage: (file) => void calls.images.push(file),
    setTitle: (title) => void calls.titles.push(title),
    setToolTip: (text) => void calls.tooltips.push(text),
    setMenu: (items) => void calls.menus.push(items),
    getBounds: () => bounds,
    onClick: (listener) => {
      clicks.add(listener);
      return () => clicks.delete(listener);
    },
  };
  return {
    tray,
    calls,
    click: () => clicks.forEach((listener) => listener()),
    lastMenu: () => calls.menus.at(-1) ?? [],
    menuItem: (id: string) => calls.menus.at(-1)?.find((item) => item.id === id),
  };
}

export function createWindowRecorder(id: number, size = { width: 360, height: 540 }) {
  let visible = false;
  let destroyed = false;
  const blur = new Set<() => void>();
  const closed = new Set<() => void>();
  const log = { positions: [] as { x: number; y: number }[], sent: [] as { channel: string; payload: unknown }[], shows: 0, hides: 0, focuses: 0 };
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

export function createDisplayRecorder(display: DisplayInfo, cursor = { x: 500, y: 300 }) {
  const port: DisplayPort = { cursor: () => cursor, displayNearest: () => display };
  return port;
}

export function createNotifierRecorder(supported = true) {
  const shown: NotificationSpec[] = [];
  const notifier: NotifierPort = { isSupported: () => supported, show: (n) => void shown.push(n) };
  return { notifier, shown };
}

export function createSystemRecorder(platform: SystemPort['platform'] = 'darwin', os: { launchAtLogin?: boolean } = {}) {
  // The OS's login item: absent on Linux, changed by us or by the user in System Settings.
  let loginItem = os.launchAtLogin ?? false;
  const power = new Set<(event: PowerEvent) => void>();
  const log = { external: [] as string[], loginItem: [] as boolean[], quits: 0, saveDialogs: [] as string[] };
  let savePath: string | null = null;
  let dark = false;
  const system: SystemPort = {
    platform,
    isPackaged: false,
    openExternal: async (url) => void log.external.push(url),
    showSaveDialog: async ({ defaultPath }) => {
      log.saveDialogs.push(defaultPath);
      return savePath;
    },
    setLaunchAtLogin: (enabled) => {
      log.loginItem.push(enabled);
      if (platform !== 'linux') loginItem = enabled;
    },
    getLaunchAtLogin: () => (platform === 'linux' ? null : loginItem),
    shouldUseDarkColors: () => dark,
    onThemeChange: () => () => undefined,
    onPower: (listener) => {
      power.add(listener);
      return () => power.delete(listener);
    },
    locale: () => 'en-US',
    quit: () => void (log.quits += 1),
  };
  return {
    system,
    log,
    setSavePath: (path: string | null) => void (savePath = path),
    setDark: (value: boolean) => void (dark = value),
    emitPower: (event: PowerEvent) => power.forEach((listener) => listener(event)),
  };
}
