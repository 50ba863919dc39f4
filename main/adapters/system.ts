// Thin adapter: app, shell, dialog, nativeTheme, powerMonitor and net behind SystemPort.
import { app, dialog, nativeTheme, net, powerMonitor, shell } from 'electron';
import { taskbarIsDark } from '../core/platform-behaviour';
import type { Platform } from '../core/popover-position';
import type { PowerEvent, SystemPort } from '../ports';

const ONLINE_POLL_MS = 30_000;
/** Five minutes without input counts as away: background refreshes pause. */
const IDLE_THRESHOLD_S = 300;

export function createElectronSystem(): SystemPort {
  return {
    platform: process.platform as Platform,
    isPackaged: app.isPackaged,
    openExternal: (url) => shell.openExternal(url),
    showSaveDialog: async ({ defaultPath, filters }) => {
      const result = await dialog.showSaveDialog({ defaultPath, filters });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    setLaunchAtLogin: (enabled) => {
      // Login items exist on macOS and Windows only; Linux desktops use autostart files.
      if (process.platform === 'darwin' || process.platform === 'win32') {
        app.setLoginItemSettings({ openAtLogin: enabled });
      }
    },
    getLaunchAtLogin: () =>
      process.platform === 'darwin' || process.platform === 'win32' ? app.getLoginItemSettings().openAtLogin : null,
    shouldUseDarkColors: () => nativeTheme.shouldUseDarkColors,
    taskbarDark: () =>
      taskbarIsDark({
        platform: process.platform,
        desktop: process.env.XDG_CURRENT_DESKTOP,
        appDark: nativeTheme.shouldUseDarkColors,
        systemUiDark: nativeTheme.shouldUseDarkColorsForSystemIntegratedUI,
      }),
    onThemeChange: (listener) => {
      nativeTheme.on('updated', listener);
      return () => {
        nativeTheme.off('updated', listener);
      };
    },
    onPower: (listener) => {
      const forward = (event: PowerEvent) => () => listener(event);
      const handlers = (['suspend', 'resume', 'lock-screen', 'unlock-screen'] as const).map((event) => {
        const handler = forward(event);
        powerMonitor.on(event as 'suspend', handler);
        return () => powerMonitor.off(event as 'suspend', handler);
      });
      // The main process has no online/offline or idle events: poll both.
      let online = net.isOnline();
      let active = powerMonitor.getSystemIdleState(IDLE_THRESHOLD_S) === 'active';
      const timer = setInterval(() => {
        const nowOnline = net.isOnline();
        if (nowOnline !== online) listener(nowOnline ? 'online' : 'offline');
        online = nowOnline;
        const nowActive = powerMonitor.getSystemIdleState(IDLE_THRESHOLD_S) === 'active';
        if (nowActive !== active) listener(nowActive ? 'user-active' : 'user-idle');
        active = nowActive;
      }, ONLINE_POLL_MS);
      return () => {
        clearInterval(timer);
        for (const off of handlers) off();
      };
    },
    // getLocale() is the UI language; amounts follow the regional format (en-US UI, de-DE numbers).
    locale: () => app.getSystemLocale() || app.getLocale(),
    quit: () => app.quit(),
  };
}
