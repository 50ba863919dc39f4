// The lifecycle every end-to-end file shares: one Chromium for the file, and
// whatever a test starts in it (the app, the bare environment, the harness)
// closed after that test, even when the test failed half-way. Reads like:
//   const scenario = useScenario();
//   it('…', async () => {
//     const h = await scenario.start({ double: { syncPolls: 1 } });
//   });
import type { Browser } from 'playwright-core';
import { afterEach } from 'vitest';
import { useChromium } from './chromium';
import { type ScenarioOptions, startScenario } from './scenario-helpers';
import type { E2E } from './start-e2e';

interface Closable {
  close(): Promise<void>;
}

export interface Scenario {
  /** The file's Chromium (only inside tests and hooks). */
  browser(): Browser;
  /** The app at test speed, as `startScenario` starts it; closed after the test. */
  start(options?: ScenarioOptions): Promise<E2E>;
  /**
   * Anything else a test starts in the file's Chromium (`startE2E` at
   * production pacing, `startE2EEnvironment`, `startHarness`); closed after the test.
   */
  open<T extends Closable>(start: (browser: Browser) => Promise<T>): Promise<T>;
}

/** Call at the top of an e2e test file. */
export function useScenario(): Scenario {
  const browser = useChromium();
  const started: Closable[] = [];

  // close() tears down and fails when a page tried to leave 127.0.0.1: the
  // first such error fails the test, after everything else was still closed.
  afterEach(async () => {
    let first: unknown = null;
    for (const item of started.splice(0).reverse()) await item.close().catch((error: unknown) => void (first ??= error));
    if (first !== null) throw first;
  });

  const open = async <T extends Closable>(start: (browser: Browser) => Promise<T>): Promise<T> => {
    const item = await start(browser());
    started.push(item);
    return item;
  };
  return { browser, open, start: (options) => open((b) => startScenario(b, options)) };
}
