// Writes the status-bar feed (main/core/feed.ts) while the user has it on:
// atomically (the vault's writer: a script never reads half a file), only when
// what it says changed, once more when the data turns stale (no state change
// marks that moment), and removes the file when the feed is turned off, so a
// status bar never keeps showing a total Tallybar stopped updating.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AppSnapshot } from '../../common/types';
import { FEED_FILE_NAME, feedOf } from '../core/feed';
import type { Clock, TimerHandle } from './clock';
import { writeFileAtomic } from './secret-file';

/** The feed sits beside the local store's file: the user's data folder (the demo's own, in demo mode). */
export const feedPathBeside = (storePath: string): string => join(dirname(storePath), FEED_FILE_NAME);

export interface FeedWriterOptions {
  clock: Clock;
  log(line: string): void;
}

export type FeedWriter = ReturnType<typeof createFeedWriter>;

export function createFeedWriter({ clock, log }: FeedWriterOptions) {
  /** What the file at `path` says, minus its write time; null when we removed it (or never wrote). */
  let written: { path: string; body: string } | null = null;
  let removedAt: string | null = null;
  let staleTimer: TimerHandle | null = null;
  let latest: { snapshot: AppSnapshot; path: string } | null = null;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (job: () => Promise<void>): void => {
    queue = queue.then(job).catch((error: unknown) => log(`feed: ${error instanceof Error ? error.message : String(error)}`));
  };

  const clearStaleTimer = (): void => {
    if (staleTimer) clock.clearTimeout(staleTimer);
    staleTimer = null;
  };

  function write(snapshot: AppSnapshot, path: string): void {
    const feed = feedOf(snapshot, clock.now());
    const { writtenAt: _at, ...content } = feed;
    const body = JSON.stringify(content);
    if (written?.path !== path && written) remove(written.path);
    if (written?.path === path && written.body === body) return;
    written = { path, body };
    removedAt = null;
    const text = `${JSON.stringify(feed, null, 2)}\n`;
    enqueue(() => writeFileAtomic(path, text));
    clearStaleTimer();
    // The moment the data turns stale changes the file: say it then, not at the next state change.
    if (!feed.stale && feed.staleAt !== null) {
      staleTimer = clock.setTimeout(() => {
        staleTimer = null;
        if (latest) observe(latest.snapshot, latest.path);
      }, feed.staleAt * 1000 - clock.now() + 1000);
    }
  }

  function remove(path: string): void {
    if (removedAt === path) return;
    removedAt = path;
    written = null;
    clearStaleTimer();
    enqueue(() => rm(path, { force: true }));
  }

  function observe(snapshot: AppSnapshot, path: string): void {
    latest = { snapshot, path };
    if (snapshot.settings.feedEnabled) write(snapshot, path);
    else remove(path);
  }

  return {
    observe,
    /** Resolves when every write and removal asked for so far is on disk. */
    whenIdle: (): Promise<void> => queue,
    dispose: clearStaleTimer,
  };
}
