// One series per exchange from the connections each history point records
// (HistoryPoint.connections): its value where it was counted in the total,
// null where it was absent or left out, so its line breaks there rather than
// drawing a fall to zero. Points from before connections were recorded have
// no parts: every series is null there.
import type { HistoryPoint } from '../../../common/types';

export interface ExchangeSeries {
  connectionId: string;
  /** Its name as last recorded. */
  name: string;
  /** USD per point, aligned with the points; null where it was not counted. */
  values: (number | null)[];
}

/** Every connection any point records, largest at the last point it was counted first. */
export function exchangeSeries(points: readonly HistoryPoint[]): ExchangeSeries[] {
  const names = new Map<string, string>();
  for (const p of points) for (const [id, part] of Object.entries(p.connections ?? {})) names.set(id, part.name);
  const series = [...names].map(([connectionId, name]) => ({
    connectionId,
    name,
    values: points.map((p) => p.connections?.[connectionId]?.usd ?? null),
  }));
  const latest = (s: ExchangeSeries): number => s.values.findLast((v) => v !== null) ?? 0;
  return series.sort((a, b) => latest(b) - latest(a) || a.name.localeCompare(b.name));
}
