// Value-axis gridlines: 3–4 round figures that bracket the data ($82K, $83K,
// $84K), the way finance apps label a chart, rather than the data's own min
// and max (which are odd numbers and would put the line on the frame).

/** Round steps per decade. 2.5 keeps quarter steps ($2.5K) available. */
const NICE = [1, 2, 2.5, 5] as const;

export interface ValueScale {
  /** Bottom of the chart (the lowest tick). */
  lo: number;
  /** Top of the chart (the highest tick). */
  hi: number;
  /** Gridline values, lowest first; lo and hi included. */
  ticks: number[];
}

/** 0.1 + 0.2 must read 0.3 in a label. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function valueScale(min: number, max: number, maxTicks = 4): ValueScale {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { lo: 0, hi: 1, ticks: [0, 1] };
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (low === high) {
    // A flat line sits inside the chart rather than on its floor.
    const pad = Math.abs(high) * 0.01 || 1;
    low -= pad;
    high += pad;
  }
  let magnitude = 10 ** Math.floor(Math.log10((high - low) / maxTicks));
  // Each decade tried is ten times coarser, so this ends within a few rounds.
  for (let decade = 0; decade < 30; decade++, magnitude *= 10) {
    for (const nice of NICE) {
      const step = nice * magnitude;
      const lo = clean(Math.floor(low / step) * step);
      const hi = clean(Math.ceil(high / step) * step);
      const count = Math.round((hi - lo) / step) + 1;
      if (count > maxTicks) continue;
      // Two gridlines say little: halve the step for a middle one.
      const every = count >= 3 ? step : step / 2;
      const n = Math.round((hi - lo) / every) + 1;
      return { lo, hi, ticks: Array.from({ length: n }, (_, i) => clean(lo + i * every)) };
    }
  }
  return { lo: low, hi: high, ticks: [low, high] };
}
