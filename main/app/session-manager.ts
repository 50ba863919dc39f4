// The current session — the user's own data, or the demo on its own folder and
// built-in CoinStats double — and the switches between them.
import { join } from 'node:path';
import { DEFAULT_BASE_URL } from '../coinstats/client';
import type { SyncNotification } from '../services/sync-engine';
import type { AppDeps, DemoBackend } from './app-types';
import { seedDemoSession } from './demo';
import { createSession, type Session } from './session';

export interface SessionManagerOptions {
  deps: AppDeps;
  notify(notification: SyncNotification): void;
  onChange(): void;
  /** Runs after every switch, once the new session is current. */
  opened(session: Session): Promise<void>;
}

export type SessionManager = ReturnType<typeof createSessionManager>;

export function createSessionManager({ deps, notify, onChange, opened }: SessionManagerOptions) {
  let demoBackend: DemoBackend | null = null;

  function newSession(demo: boolean, baseUrl?: string): Session {
    return createSession({
      dataDir: demo ? join(deps.dataDir, 'demo') : deps.dataDir,
      resolveBaseUrl: (setting) => baseUrl ?? (setting || deps.envBaseUrl || DEFAULT_BASE_URL),
      demo,
      openStore: deps.openStore,
      safeStorage: deps.safeStorage,
      platform: deps.system.platform,
      whenReady: deps.whenReady,
      clock: deps.clock,
      locale: () => deps.system.locale(),
      notify,
      onChange,
      ...deps.tuning,
    });
  }

  let session = newSession(false);

  async function switchTo(next: Session): Promise<void> {
    session.close();
    session = next;
    await opened(session);
  }

  async function startDemo(): Promise<void> {
    demoBackend ??= await deps.startDemoBackend();
    const demo = newSession(true, demoBackend.url);
    await seedDemoSession(demo);
    await switchTo(demo);
  }

  return {
    current: (): Session => session,

    startDemo,

    /** Back to the user's own data; the demo folder is kept for the next visit. */
    async exitDemo(): Promise<void> {
      if (session.demo) await switchTo(newSession(false));
      const backend = demoBackend;
      demoBackend = null;
      await backend?.close();
    },

    /** The same data on a fresh session (the API base URL changed). */
    reload: (): Promise<void> => switchTo(newSession(session.demo, session.demo ? demoBackend?.url : undefined)),

    async close(): Promise<void> {
      session.close();
      await demoBackend?.close();
      demoBackend = null;
    },
  };
}
