// Keeps an unreadable store file instead of resetting it. A corrupt settings or
// vault file is renamed next to itself with a timestamp, so nothing the user had
// is silently lost, and a notice tells them where it went.
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { t } from '../../common/i18n';
import { rewordError } from '../../common/tallybar-error';
import type { PlainError } from '../../common/types';

/** Which file was unreadable: each has its own words and its own outcome (keys must be entered again). */
export type RecoveredFile = 'settings' | 'balances' | 'history' | 'keys';

/**
 * A message the app must show the user once. Shape of `AppSnapshot.notices`,
 * plus what it was worded from, so it is worded again in the language of the day.
 */
export interface StoreNotice {
  id: string;
  message: string;
  recovered?: { file: RecoveredFile; backup: string };
  /** A notice that is an error (a saved key that cannot be read): worded again from its facts. */
  error?: PlainError;
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
export function recoveryNotice(file: RecoveredFile, backupPath: string): StoreNotice {
  const recovered = { file, backup: basename(backupPath) };
  return { id: `recovered:${recovered.backup}`, message: noticeText(recovered), recovered };
}

function noticeText(recovered: { file: RecoveredFile; backup: string }): string {
  return t('errors.notice.recovered', { file: recovered.file, backup: recovered.backup });
}

/** A notice as a window shows it: in the current language when its facts are known, without them. */
export function rewordNotice(notice: StoreNotice): { id: string; message: string } {
  if (notice.recovered) return { id: notice.id, message: noticeText(notice.recovered) };
  if (notice.error) return { id: notice.id, message: rewordError(notice.error).message };
  return { id: notice.id, message: notice.message };
}

/**
 * Runs `open`; if it throws while `filePath` exists (invalid JSON, schema
 * violation, unreadable), moves the file aside and opens again once, fresh.
 * A second failure is a real fault (disk, permissions) and is thrown.
 */
export function openWithRecovery<S>(options: {
  open: () => S;
  filePath: string;
  what: RecoveredFile;
  now: () => number;
}): { store: S; notice: StoreNotice | null } {
  try {
    return { store: options.open(), notice: null };
  } catch (error) {
    if (!existsSync(options.filePath)) throw error;
    const backup = moveAside(options.filePath, options.now());
    const store = options.open();
    return { store, notice: recoveryNotice(options.what, backup) };
  }
}
