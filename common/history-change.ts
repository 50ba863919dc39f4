// The one rule for how the total changed between two history points. Money
// that arrives with a connection (or leaves with one, or is left out while it
// fails) is not performance, so a change is taken over the connections
// counted at both ends only: value_end(common) − value_start(common). A point
// that does not record its connections (history from before they were kept)
// is never an end: its set is unknown, and guessing it could count an added
// exchange as gain, which is the very thing this rule exists to prevent.
// History's figures use it; alerts are meant to.
import type { HistoryPoint } from './types';

/** How one connection's part in the total differs from one point to a later one. */
export type SetChangeKind = 'added' | 'removed' | 'left-out' | 'back';

export interface SetChange {
  connectionId: string;
  /** Its name as last recorded. */
  name: string;
  kind: SetChangeKind;
}

export interface HistoryChange {
  /** In USD, over the connections counted at both ends. */
  usd: number;
  /** Percent of the start's value over the same connections; null from a zero start. */
  pct: number | null;
  /** Connections counted at one end only: their money is not in the figure. */
  excluded: SetChange[];
}

export type RangeChange =
  | { known: true; change: HistoryChange; from: HistoryPoint; to: HistoryPoint }
  /** `unrecorded`: fewer than two points say which connections they hold; `nothing-in-common`: no connection is counted at both ends. */
  | { known: false; why: 'unrecorded' | 'nothing-in-common' };

type Part = 'absent' | 'left-out' | 'counted';
type Recorded = HistoryPoint & { connections: NonNullable<HistoryPoint['connections']> };

const KIND_OF: Record<Part, Record<Part, SetChangeKind | null>> = {
  absent: { absent: null, 'left-out': 'left-out', counted: 'added' },
  'left-out': { absent: 'removed', 'left-out': null, counted: 'back' },
  counted: { absent: 'removed', 'left-out': 'left-out', counted: null },
};

/** Whether a point says which connections its total holds. */
export function recordsConnections(point: HistoryPoint): point is Recorded {
  return point.connections !== undefined;
}

function partOf(point: Recorded, id: string): Part {
  const part = point.connections[id];
  if (!part) return 'absent';
  return part.usd === null ? 'left-out' : 'counted';
}

/** How the set of connections differs from `before` to `after`, by connection id; null when either does not record it. */
export function setChanges(before: HistoryPoint, after: HistoryPoint): SetChange[] | null {
  if (!recordsConnections(before) || !recordsConnections(after)) return null;
  const ids = [...new Set([...Object.keys(before.connections), ...Object.keys(after.connections)])].sort();
  const changes: SetChange[] = [];
  for (const connectionId of ids) {
    const kind = KIND_OF[partOf(before, connectionId)][partOf(after, connectionId)];
    const name = (after.connections[connectionId] ?? before.connections[connectionId])?.name ?? connectionId;
    if (kind) changes.push({ connectionId, name, kind });
  }
  return changes;
}

/** The change from `start` to `end` over the connections counted at both; null when either end's set is unknown or they share none. */
export function historyChange(start: HistoryPoint, end: HistoryPoint): HistoryChange | null {
  if (!recordsConnections(start) || !recordsConnections(end)) return null;
  let from = 0;
  let to = 0;
  let shared = 0;
  for (const [id, part] of Object.entries(start.connections)) {
    const later = end.connections[id]?.usd ?? null;
    if (part.usd === null || later === null) continue;
    from += part.usd;
    to += later;
    shared += 1;
  }
  if (shared === 0) return null;
  const usd = to - from;
  return { usd, pct: from === 0 ? null : (usd / from) * 100, excluded: setChanges(start, end) ?? [] };
}

/** The change over points oldest first (a chart's range): from the first that records its connections to the last. */
export function rangeChange(points: readonly HistoryPoint[]): RangeChange {
  const to = points.at(-1);
  const from = points.find(recordsConnections);
  if (!to || !from || from === to) return { known: false, why: 'unrecorded' };
  return pointsChange(from, to);
}

/** The change from one chosen point to a later one (History's "compare from here"), with why there is none. */
export function pointsChange(from: HistoryPoint, to: HistoryPoint): RangeChange {
  if (!recordsConnections(from) || !recordsConnections(to)) return { known: false, why: 'unrecorded' };
  const change = historyChange(from, to);
  return change ? { known: true, change, from, to } : { known: false, why: 'nothing-in-common' };
}
