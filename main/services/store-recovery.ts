// Keeps an unreadable store file instead of resetting it. A corrupt settings or
// vault file is renamed next to itself with a timestamp, so nothing the user had
// is silently lost, and a notice tells them where it went.
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** A message the app must show the user once. Shape of `AppSnapshot.notices`. */
export interface StoreNotice {
  id: string;
  message: string;
}

/** `2026-11-25T09-30-00`: sortable, and legal in file names on every OS. */
export function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/:/g, '-');
}

/**
 * Renames `filePath` to `<name>.corrupt-<timestamp><ext>` in the same folder
 * and returns the new path. Never overwrites an earlier backup.
 */
export function moveAside(filePath: string, now: number): string {
  const ext = extname(filePath);
  const stem = basename(filePath, ext);
  const base = join(dirname(filePath), `${stem}.corrupt-${fileTimestamp(now)}`);
  let target = `${base}${ext}`;
  for (let n = 1; existsSync(target); n += 1) target = `${base}-${n}${ext}`;
  renameSync(filePath, target);
  return target;
}

/** What the user reads after a file was moved aside. */
export function recoveryNotice(what: string, backupPath: string, outcome: string): StoreNotice {
  return {
    id: `recovered:${basename(backupPath)}`,
    message: `Your ${what} file was unreadable; it was kept as ${basename(backupPath)} and ${outcome}.`,
  };
}

/**
 * Runs `open`; if it throws while `filePath` exists (invalid JSON, schema
 * violation, unreadable), moves the file aside and opens again once, fresh.
 * A second failure is a real fault (disk, permissions) and is thrown.
 */
export function openWithRecovery<S>(options: {
  open: () => S;
  filePath: string;
  what: string;
  now: () => number;
}): { store: S; notice: StoreNotice | null } {
  try {
    return { store: options.open(), notice: null };
  } catch (error) {
    if (!existsSync(options.filePath)) throw error;
    const backup = moveAside(options.filePath, options.now());
    const store = options.open();
    return { store, notice: recoveryNotice(options.what, backup, 'defaults were restored') };
  }
}
