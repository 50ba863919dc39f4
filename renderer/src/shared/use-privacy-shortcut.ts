// Cmd/Ctrl+Shift+P toggles privacy mode from either window, as the tray menu
// does. Main owns the setting; the new value arrives with the next push.
import { useEffect } from 'react';
import { run, useAppStore } from './app-store';

export function isPrivacyShortcut(event: KeyboardEvent): boolean {
  return (event.metaKey || event.ctrlKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p';
}

export function usePrivacyShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isPrivacyShortcut(event)) return;
      const snapshot = useAppStore.getState().snapshot;
      if (!snapshot) return;
      event.preventDefault();
      void run('privacyMode', 'updateSettings', { privacyMode: !snapshot.settings.privacyMode });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
