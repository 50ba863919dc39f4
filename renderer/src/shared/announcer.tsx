import { useAppStore } from './app-store';

/** The polite live region every window carries; `key` re-mounts it so a repeated message is read again. */
export function Announcer() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement.seq}>{announcement.text}</span>
    </div>
  );
}
