// Thin adapter: app, shell, dialog, nativeTheme, powerMonitor and net behind SystemPort.
import { app, dialog, nativeTheme, net, powerMonitor, shell } from 'electron';
import { taskbarIsDark } from '../core/platform-behaviour';
import type { Platform } from '../core/popover-position';
import { hasLockEvents, IDLE_THRESHOLD_S, isPresent, nextLookMs } from '../core/presence-poll';
import type { PowerEvent, SystemPort } from '../ports';

export function createElectronSystem(): SystemPort {
  return {
    platform: process.platform as Platform,
    isPackaged: app.isPackaged,
    openExternal: (url) => shell.openExternal(url),
    showSaveDialog: async ({ defaultPath, filters }) => {
      const result = await dialog.showSaveDialog({ defaultPath, filters });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
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
    onPower: watchPower,
    // getLocale() is the UI language; amounts follow the regional format (en-US UI, de-DE numbers).
    locale: () => app.getSystemLocale() || app.getLocale(),
    // The user's language list, most preferred first (app.md, getPreferredSystemLanguages); getLocale() is Chromium's one pick.
    languages: () => app.getPreferredSystemLanguages(),
    quit: () => app.quit(),
  };
}

/**
 * OS power events, plus presence and online status read by polling (neither
 * has an event in the main process; core/presence-poll.ts says why and how
 * often). One timer at most, and none while asleep, or while locked where
 * 'unlock-screen' exists: those waits end with an event, which looks at once.
 */
function watchPower(listener: (event: PowerEvent) => void): () => void {
  const lockEvents = hasLockEvents(process.platform as Platform);
  // The engine starts out online and at the computer (services/sync/power-state.ts): report only what differs.
  let online = true;
  let present = true;
  let awayLooks = 0;
  let asleep = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const look = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const nowOnline = net.isOnline();
    if (nowOnline !== online) listener(nowOnline ? 'online' : 'offline');
    online = nowOnline;
    const state = powerMonitor.getSystemIdleState(IDLE_THRESHOLD_S);
    if (isPresent(state) !== present) listener(isPresent(state) ? 'user-active' : 'user-idle');
    present = isPresent(state);
    // Looks in a row that could not see the user at the computer (away, or an OS that cannot tell).
    awayLooks = state === 'active' ? 0 : awayLooks + 1;
    if (asleep) return;
    const wait = nextLookMs({ state, idleSeconds: powerMonitor.getSystemIdleTime() }, { awayLooks, lockEvents });
    if (wait !== null) timer = setTimeout(look, wait);
  };

  const reactions: Record<'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', () => void> = {
    suspend: () => {
      asleep = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    resume: () => {
      asleep = false;
      look();
    },
    'lock-screen': look,
    'unlock-screen': look,
  };
  const offs = (Object.keys(reactions) as (keyof typeof reactions)[]).map((event) => {
    const handler = (): void => {
      listener(event);
      reactions[event]();
    };
    powerMonitor.on(event as 'suspend', handler);
    return () => powerMonitor.off(event as 'suspend', handler);
  });
  look();
  return () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const off of offs) off();
  };
}
