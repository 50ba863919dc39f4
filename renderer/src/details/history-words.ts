// What History says about a change between two points: the figure (money and
// percent), its direction, since when, and which connections it leaves out,
// or why there is no figure. The rule for the figure itself is
// common/history-change.ts; this is only its words.
import { pointsChange, rangeChange, type RangeChange } from '../../../common/history-change';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import { excludedNote } from './history-marks';

const UNKNOWN_CHANGE: Record<Extract<RangeChange, { known: false }>['why'], { figure: string; reason: string }> = {
  unrecorded: { figure: 'Change not known yet', reason: 'older points do not record which exchanges they include' },
  'nothing-in-common': { figure: 'No change to show', reason: 'no exchange is in the total at both ends of this range' },
};

/** "+$1,234.56 (+1.50%)"; no sign on a masked amount, the percentage already tells the direction. */
export function changeText(fmt: Formatters, usd: number, pct: number | null): string {
  const sign = usd > 0 && !fmt.privacy ? '+' : '';
  return `${sign}${fmt.money(usd)} (${fmt.percent(pct)})`;
}

export interface ChangeWords {
  /** The figure, or why there is none. */
  figure: string;
  direction: 'up' | 'down' | 'flat';
  /** Since when, and which connections the figure leaves out; or why there is no figure. */
  detail: string;
  /** The same as one sentence, for the chart's label. */
  sentence: string;
}

function wordsOf(range: RangeChange, fmt: Formatters, period: (from: HistoryPoint, to: HistoryPoint) => string): ChangeWords {
  if (!range.known) {
    const { figure, reason } = UNKNOWN_CHANGE[range.why];
    return { figure, direction: 'flat', detail: `(${reason})`, sentence: `${figure}: ${reason}` };
  }
  const { usd, pct, excluded } = range.change;
  const figure = changeText(fmt, usd, pct);
  const since = period(range.from, range.to);
  const note = excludedNote(excluded);
  return {
    figure,
    direction: usd > 0 ? 'up' : usd < 0 ? 'down' : 'flat',
    detail: note ? `${since} · ${note}` : since,
    sentence: `Change ${since}: ${figure}${note ? `, ${note}` : ''}`,
  };
}

/** The change over the whole range shown, to its last point. */
export function rangeWords(points: readonly HistoryPoint[], fmt: Formatters, date: Intl.DateTimeFormat): ChangeWords {
  return wordsOf(rangeChange(points), fmt, (from) => `since ${date.format(from.t)}`);
}

/**
 * The change between two chosen points, earlier to later whichever was marked
 * first; "since …" when the later one is the range's last (now), "from … to …" otherwise.
 */
export function compareWords(a: HistoryPoint, b: HistoryPoint, last: HistoryPoint, fmt: Formatters, date: Intl.DateTimeFormat): ChangeWords {
  const [from, to] = a.t <= b.t ? [a, b] : [b, a];
  if (from === to) {
    const at = `from ${date.format(from.t)}`;
    return { figure: 'Move the cursor to compare', direction: 'flat', detail: at, sentence: `Comparing ${at}: move the cursor to another point` };
  }
  return wordsOf(pointsChange(from, to), fmt, () =>
    to === last ? `since ${date.format(from.t)}` : `from ${date.format(from.t)} to ${date.format(to.t)}`,
  );
}
