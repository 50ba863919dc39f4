// An UpdaterPort for app-harness tests: the typed boundary where
// electron-updater sits (its own behaviour against a real feed is
// test/desktop/updates.test.ts). Each call is recorded, and the test
// decides what the feed answers and how a download ends.
import type { UpdateFound, UpdaterPort } from '../../main/ports';

export type FakeFeed = UpdateFound | null | Error;

export class FakeUpdater implements UpdaterPort {
  readonly calls: ('check' | 'download' | 'quitAndInstall')[] = [];
  /** What the next checks answer; an Error rejects. */
  feed: FakeFeed = null;
  private pending: { resolve(): void; reject(error: Error): void; progress(percent: number): void } | null = null;

  constructor(feed: FakeFeed = null) {
    this.feed = feed;
  }

  async check(): Promise<UpdateFound | null> {
    this.calls.push('check');
    if (this.feed instanceof Error) throw this.feed;
    return this.feed;
  }

  download(onProgress: (percent: number) => void): Promise<void> {
    this.calls.push('download');
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, progress: onProgress };
    });
  }

  quitAndInstall(): void {
    this.calls.push('quitAndInstall');
  }

  // --- test side -----------------------------------------------------------

  count(call: FakeUpdater['calls'][number]): number {
    return this.calls.filter((c) => c === call).length;
  }

  progress(percent: number): void {
    this.current().progress(percent);
  }

  finishDownload(): void {
    this.current().resolve();
    this.pending = null;
  }

  failDownload(error: Error): void {
    this.current().reject(error);
    this.pending = null;
  }

  private current() {
    if (!this.pending) throw new Error('No download is running.');
    return this.pending;
  }
}
