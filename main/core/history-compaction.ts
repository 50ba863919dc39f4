// Bounded history of portfolio totals: full resolution for 48 h, the last
// point of each hour up to 90 days, the last point of each day beyond. Five
// years at one point per 15 min compact to ~4,000 points (~250 kB of JSON).
// Each point carries its own set of connections, so a change in the set
// survives compaction: it shows between the two kept points either side.
import type { HistoryPoint } from '../../common/types';

/** What compaction reads of a point; the rest (its connections, in whatever form) travels with it. */
export type Timed = Pick<HistoryPoint, 't' | 'totalUsd' | 'totalBtc'>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const FULL_RESOLUTION_MS = 48 * HOUR;
export const HOURLY_MS = 90 * DAY;

export type HistoryRange = '24h' | '7d' | '30d' | 'all';

const RANGE_MS: Record<Exclude<HistoryRange, 'all'>, number> = {
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
};

/**
 * The bucket a point falls in at time `now`. Hour and day buckets are aligned
 * to UTC epoch boundaries (not local midnight) so compaction is deterministic
 * whatever the time zone, and every hour bucket nests inside one day bucket —
 * which is what makes compacting again later equal compacting once.
 */
function bucketOf(t: number, now: number): string {
  const age = now - t;
  if (age <= FULL_RESOLUTION_MS) return `t${t}`;
  if (age <= HOURLY_MS) return `h${Math.floor(t / HOUR)}`;
  return `d${Math.floor(t / DAY)}`;
}

function valid(p: Timed): boolean {
  return Number.isFinite(p.t) && Number.isFinite(p.totalUsd) && Number.isFinite(p.totalBtc);
}

/** Sorted oldest first; stable, so of two points with the same time the later-recorded wins. */
function sorted<P extends Timed>(points: readonly P[]): P[] {
  return points.filter(valid).sort((a, b) => a.t - b.t);
}

/**
 * Keeps the last point of each bucket, oldest first. Idempotent, and
 * compacting at `t1` then at a later `t2` gives what compacting once at `t2`
 * gives. Non-finite points are dropped (a corrupt store must not poison charts).
 */
export function compactHistory<P extends Timed>(points: readonly P[], now: number): P[] {
  const ordered = sorted(points);
  const out: P[] = [];
  let lastBucket: string | null = null;
  for (const point of ordered) {
    const bucket = bucketOf(point.t, now);
    // Sorted input puts a bucket's points next to each other; replace so the
    // latest one stays.
    if (bucket === lastBucket) out[out.length - 1] = point;
    else out.push(point);
    lastBucket = bucket;
  }
  return out;
}

/** Points to chart for a range, oldest first. */
export function queryHistory<P extends Timed>(points: readonly P[], range: HistoryRange, now: number): P[] {
  const ordered = sorted(points);
  if (range === 'all') return ordered;
  const from = now - RANGE_MS[range];
  return ordered.filter((p) => p.t >= from && p.t <= now);
}
