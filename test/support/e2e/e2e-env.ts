// Everything a scenario runs against, besides the app itself: the harness
// (Chromium windows, loopback IPC, tray and notification recorders), the
// CoinStats double on 127.0.0.1, a real temp folder as userData, the
// AES-GCM safeStorage fake, and the OS recorders. `close()` tears all of it
// down and fails the test if a page tried to leave 127.0.0.1.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type CoinStatsDouble, type DoubleOptions, startDouble } from '../../../main/double/server';
import { type FakeSafeStorageControl, createFakeSafeStorage } from '../fake-safe-storage';
import { findSecretsInText, scanForSecrets } from '../secret-scan';
import { type Harness, type HarnessOptions, startHarness } from './harness';
import { FakeDisplay, GlobalShortcutRecorder, SystemRecorder, type SystemRecorderOptions } from './system-recorders';

export interface E2EEnvironmentOptions {
  browser: Browser;
  double?: DoubleOptions;
  safeStorage?: Parameters<typeof createFakeSafeStorage>[0];
  system?: Omit<SystemRecorderOptions, 'saveDir'>;
  registerIpc?: HarnessOptions['registerIpc'];
  colorScheme?: HarnessOptions['colorScheme'];
}

export interface E2EEnvironment {
  harness: Harness;
  double: CoinStatsDouble;
  safeStorage: ReturnType<typeof createFakeSafeStorage>['safeStorage'];
  safeStorageControl: FakeSafeStorageControl;
  /** The app's userData folder (settings, ciphertext, history). */
  userDataDir: string;
  /** Where the "Save" dialog puts exports. */
  downloadsDir: string;
  system: SystemRecorder;
  display: FakeDisplay;
  globalShortcut: GlobalShortcutRecorder;
  /**
   * Where any of `secrets` shows up that it must not: every window's DOM
   * (text, attributes and form values), every IPC answer and push (requests
   * legitimately carry secrets the user typed), tray, notifications, and
   * every file under userData. Findings name the place, never the secret.
   */
  findLeaks(secrets: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

export async function startE2EEnvironment(options: E2EEnvironmentOptions): Promise<E2EEnvironment> {
  const root = await mkdtemp(join(tmpdir(), 'tallybar-e2e-'));
  const userDataDir = join(root, 'userData');
  const downloadsDir = join(root, 'Downloads');
  await Promise.all([mkdir(userDataDir), mkdir(downloadsDir)]);
  const cleanups: Array<() => Promise<void>> = [() => rm(root, { recursive: true, force: true })];
  try {
    const double = await startDouble({ port: 0, ...options.double });
    cleanups.unshift(() => double.close());
    const harness = await startHarness({
      browser: options.browser,
      ...(options.registerIpc ? { registerIpc: options.registerIpc } : {}),
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    });
    cleanups.unshift(() => harness.close());
    const { safeStorage, control } = createFakeSafeStorage(options.safeStorage);
    const system = new SystemRecorder({ ...options.system, saveDir: downloadsDir });
    let closed = false;
    return {
      harness,
      double,
      safeStorage,
      safeStorageControl: control,
      userDataDir,
      downloadsDir,
      system,
      display: new FakeDisplay(),
      globalShortcut: new GlobalShortcutRecorder(),
      async findLeaks(secrets) {
        const findings: string[] = [];
        for (const win of harness.windows()) {
          if (win.isDestroyed()) continue;
          findings.push(...findSecretsInText(await domText(win.page), secrets, `${win.name} DOM`));
        }
        const answers = harness.ipcLog.map((entry) => (entry.kind === 'invoke' ? { channel: entry.channel, response: entry.response, error: entry.error } : entry));
        findings.push(...findSecretsInText(JSON.stringify(answers), secrets, 'IPC answers and pushes'));
        findings.push(...findSecretsInText(harness.tray.text(), secrets, 'tray'));
        findings.push(...findSecretsInText(harness.notifications.text(), secrets, 'notifications'));
        findings.push(...scanForSecrets(userDataDir, secrets).map((finding) => `userData/${finding}`));
        findings.push(...scanForSecrets(downloadsDir, secrets).map((finding) => `Downloads/${finding}`));
        return findings;
      },
      async close() {
        if (closed) return;
        closed = true;
        await runAll(cleanups);
      },
    };
  } catch (error) {
    await runAll(cleanups);
    throw error;
  }
}

/** Runs every cleanup in order, even if one fails; rethrows the first failure after all ran. */
async function runAll(cleanups: Array<() => Promise<void>>): Promise<void> {
  let first: unknown = null;
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch (error) {
      first ??= error;
    }
  }
  if (first !== null) throw first;
}

/** Page HTML plus live form values (which the HTML does not show). */
async function domText(page: Page): Promise<string> {
  const html = await page.content();
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select')].map((element) => (element as HTMLInputElement).value).join('\n'),
  );
  return `${html}\n${values}`;
}
