// What the desktop answered for the app's own integrations: the global
// shortcut as the OS took it, and where the self-updater stands.

/**
 * Why the OS did not take the shortcut: another app holds it (register()
 * answered false), or Electron could not read it (register() threw).
 */
export type ShortcutProblem = 'refused' | 'unreadable';

/** The global shortcut as the OS took it: `problem` says why it is not working, if it is not. */
export interface ShortcutState {
  /** The accelerator asked for (canonical); '' when the shortcut is off. */
  accelerator: string;
  registered: boolean;
  /** A code, worded where it is shown (common/shortcut-words.ts), so a language switch rewords it. */
  problem: ShortcutProblem | null;
  /**
   * Bound through the Wayland desktop portal, which answers yes at once and
   * may still refuse later without telling the app (global-shortcut.md, "Usage on Linux").
   */
  viaPortal: boolean;
}

/**
 * Where the updater stands (main/controllers/updates.ts). `unsupported`: a
 * development build, which never checks; failures are logged and leave the
 * stage where it was before the attempt.
 */
export const UPDATE_STAGES = ['unsupported', 'idle', 'checking', 'available', 'downloading', 'downloaded'] as const;
export type UpdateStage = (typeof UPDATE_STAGES)[number];

export interface UpdateState {
  stage: UpdateStage;
  /** The newer version, once one is found. */
  version: string | null;
  /** Its release notes as plain text (HTML from the feed already reduced to text); '' when none. */
  notes: string;
  /** While downloading: percent done, 0 to 100. */
  progress: number | null;
  /** When the feed last answered a check (epoch ms); null until it has. */
  checkedAt: number | null;
  /** The last check did not reach the feed (logged; the next check tries again). */
  checkFailed: boolean;
}
