// bench-node-flags: --expose-gc
// One refresh of a 100,000-row account (spam airdrops make them real) through
// the app's own session wiring: the CoinStats double's `large` fault answers
// the balance, the engine refreshes, enrichment runs its budgeted pass, and
// every change builds the snapshot the windows are sent. Two figures:
// - credits enrichment spent (`/coins` and `/currencies`, from the credit
//   governor's ledger, which the client's onCost feeds), and
// - the main process's peak heap, sampled every millisecond as
//   bench/hostile-transport.ts samples it.
// The app runs in a child process of its own, so the double's own 100,000-row
// answer (built here) does not count as the app's heap. The child also runs
// with --trace-gc, for a second view printed beside the figure: the heap just
// before each collection, garbage included, which no timer can sample inside
// one long synchronous step.
// Main's words need a catalogue: English, as main loads it at start on an English OS.
import '../test/support/english';
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, type Session } from '../main/app/session';
import { buildSnapshot } from '../main/app/snapshot';
import { startDouble } from '../main/double/server';
import { createSystemClock } from '../main/services/clock';
import { openConfStore } from '../test/support/conf-store';
import { BINANCE_FIELDS, TEST_API_KEY } from '../test/support/double-helpers';
import { createFakeSafeStorage } from '../test/support/fake-safe-storage';

const ROWS = 100_000;
const APP_CHILD = '--app-child';
const ENRICHMENT_ENDPOINTS = new Set(['coins', 'currencies']);
const MB = 1024 * 1024;

interface AppResult {
  enrichmentCredits: number;
  coinsCalls: number;
  totalShownMs: number;
  idleMs: number;
  sampledPeakMb: number;
  holdings: number;
  snapshots: number;
}

if (process.argv.includes(APP_CHILD)) await runApp(process.env.BENCH_DOUBLE_URL ?? '');
else await runBench();

/** The parent: the double, the child app, and the BENCH lines. */
async function runBench(): Promise<void> {
  const double = await startDouble({ apiKey: TEST_API_KEY, rateLimit: null, syncPolls: 0, quota: 100_000_000 });
  double.setFault('balance', { kind: 'large', rows: ROWS });
  try {
    const { result, gc } = await childApp(double.url);
    const doubleCoinsCalls = double.requests().filter((r) => r.path.split('?')[0]?.endsWith('/coins')).length;
    console.log(`Total shown after ${(result.totalShownMs / 1000).toFixed(1)} s with the refresh over; enrichment done after ${(result.idleMs / 1000).toFixed(1)} s.`);
    console.log(`${result.holdings.toLocaleString('en-US')} holdings; ${result.coinsCalls} /coins calls in the ledger (${doubleCoinsCalls} seen by the double); ${result.snapshots} snapshots built.`);
    console.log(`Peak heap ${result.sampledPeakMb.toFixed(1)} MB sampled; before a collection (garbage included) up to ${gc.beforeMb.toFixed(1)} MB, live after one at most ${gc.afterMb.toFixed(1)} MB.`);
    bench('credits_enrichment_100k_rows', result.enrichmentCredits, 'credits', '<= 40');
    bench('peak_heap_mb_100k_rows', Math.round(result.sampledPeakMb * 10) / 10, 'MB', '<= 400');
  } finally {
    await double.close();
  }
}

function bench(metric: string, value: number, unit: string, target: string): void {
  console.log(`BENCH ${JSON.stringify({ metric, value, unit, target })}`);
}

/** Runs the app in a child with --trace-gc, reading each collection's heap before and after. */
function childApp(url: string): Promise<{ result: AppResult; gc: { beforeMb: number; afterMb: number } }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [APP_CHILD], {
      execArgv: [...process.execArgv, '--trace-gc'],
      env: { ...process.env, BENCH_DOUBLE_URL: url },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const gc = { beforeMb: 0, afterMb: 0 };
    let result: AppResult | null = null;
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        // `[pid:0x…]  812 ms: Mark-Compact 245.1 (262.3) -> 120.4 (140.2) MB, …`
        const seen = /:\s+[\w-]+(?: \([^)]*\))? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/.exec(line);
        if (!seen) continue;
        gc.beforeMb = Math.max(gc.beforeMb, Number(seen[1]));
        // A scavenge leaves the old generation's garbage in place: only a full collection says what is live.
        if (line.includes('Mark-Compact')) gc.afterMb = Math.max(gc.afterMb, Number(seen[2]));
      }
    });
    child.on('message', (message) => {
      result = message as AppResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve({ result, gc }) : reject(new Error(`the app child exited with ${code}`))));
  });
}

/** The child: the app's session against the double, one refresh, enrichment until idle. */
async function runApp(url: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('enrichment-100k bench needs node --expose-gc (scripts/bench.mjs passes it)');
  const dir = await mkdtemp(join(tmpdir(), 'tallybar-enrich100k-'));
  let sampledPeak = 0;
  const sample = (): void => void (sampledPeak = Math.max(sampledPeak, process.memoryUsage().heapUsed));
  const sampler = setInterval(sample, 1);
  try {
    let session: Session | null = null;
    const snapshots = coalescedSnapshots(() => session, sample);
    session = createSession({
      dataDir: dir,
      resolveBaseUrl: () => url,
      demo: false,
      openStore: openConfStore,
      safeStorage: createFakeSafeStorage().safeStorage,
      platform: 'linux',
      whenReady: async () => undefined,
      clock: createSystemClock(),
      locale: () => 'en-US',
      notify: () => undefined,
      onChange: snapshots.changed,
    });
    await session.vault.setApiKey(TEST_API_KEY);
    const meta = session.store.addConnection({ exchangeId: 'binance', name: 'Binance' });
    await session.vault.setConnectionSecrets(meta.id, BINANCE_FIELDS);
    gc();

    const t0 = performance.now();
    // App start: the never-synced connection is stale, so this is the one refresh.
    await session.engine.start();
    const totalShownMs = performance.now() - t0;
    if (session.engine.isRefreshing()) throw new Error('the refresh still spins after start() returned');
    await session.engine.whenIdle();
    const idleMs = performance.now() - t0;
    const last = snapshots.last();
    const enrichment = session.store.ledgerSince(0).filter((e) => ENRICHMENT_ENDPOINTS.has(e.endpoint));
    const result: AppResult = {
      enrichmentCredits: enrichment.reduce((sum, e) => sum + e.credits, 0),
      coinsCalls: enrichment.filter((e) => e.endpoint === 'coins').length,
      totalShownMs,
      idleMs,
      sampledPeakMb: sampledPeak / MB,
      holdings: last ? last.portfolio.rows.length + last.portfolio.dust.count : 0,
      snapshots: snapshots.count(),
    };
    session.close();
    process.send?.(result);
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
}

/** What the app view does on every change: one snapshot per burst of changes (main/app/app-view.ts). */
function coalescedSnapshots(session: () => Session | null, sample: () => void) {
  let queued = false;
  let count = 0;
  let last: ReturnType<typeof buildSnapshot> | null = null;
  return {
    changed(): void {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        const current = session();
        if (!current) return;
        last = buildSnapshot({
          session: current,
          secretsAvailable: { ok: true },
          apiKeyHint: null,
          shortcut: { accelerator: '', registered: false, problem: null, viaPortal: false },
          update: { stage: 'unsupported', version: null, notes: '', progress: null, checkedAt: null, checkFailed: false },
          hints: new Map(),
          notices: [],
          platform: 'linux',
          locale: 'en-US',
          language: 'en',
          systemLanguage: 'en',
          lastLook: null,
        });
        count += 1;
        sample();
      });
    },
    last: () => last,
    count: () => count,
  };
}
