// Figures and the lines the bench runner collects: one `BENCH {json}` line per
// metric, the same shape bench/sync-month.ts prints.
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** "median 7.9 ms (p90 11.2, min 5.1, max 14.0; n=30)" */
export function spread(values: readonly number[]): string {
  return `median ${round1(median(values))} ms (p90 ${round1(percentile(values, 90))}, min ${round1(Math.min(...values))}, max ${round1(Math.max(...values))}; n=${values.length})`;
}

export function benchLine(metric: string, value: number, unit: string, target: string): string {
  return `BENCH ${JSON.stringify({ metric, value, unit, target })}`;
}
