// What History says about a change between two points: the figure (money and
// percent), its direction, since when, and which connections it leaves out,
// or why there is no figure. The rule for the figure itself is
// common/history-change.ts; this is only its words.
import { pointsChange, rangeChange, type RangeChange } from '../../../common/history-change';
import { t, type MessageId } from '../../../common/i18n';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import { excludedNote } from './history-marks';

const UNKNOWN_CHANGE: Record<Extract<RangeChange, { known: false }>['why'], { figure: MessageId; reason: MessageId }> = {
  unrecorded: { figure: 'history.unknown.unrecorded', reason: 'history.unknown.unrecordedReason' },
  'nothing-in-common': { figure: 'history.unknown.nothingInCommon', reason: 'history.unknown.nothingInCommonReason' },
};

/** "+$1,234.56 (+1.50%)"; no sign on a masked amount, the percentage already tells the direction. */
export function changeText(fmt: Formatters, usd: number, pct: number | null): string {
  const sign = usd > 0 && !fmt.privacy ? '+' : '';
  return t('history.changeFigure', { money: `${sign}${fmt.money(usd)}`, percent: fmt.percent(pct) });
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
    const figure = t(UNKNOWN_CHANGE[range.why].figure);
    const reason = t(UNKNOWN_CHANGE[range.why].reason);
    return { figure, direction: 'flat', detail: t('history.unknown.detail', { reason }), sentence: t('history.unknown.sentence', { figure, reason }) };
  }
  const { usd, pct, excluded } = range.change;
  const figure = changeText(fmt, usd, pct);
  const since = period(range.from, range.to);
  const note = excludedNote(excluded);
  return {
    figure,
    direction: usd > 0 ? 'up' : usd < 0 ? 'down' : 'flat',
    detail: note ? t('history.detailWithNote', { since, note }) : since,
    sentence: note ? t('history.changeSentenceWithNote', { since, figure, note }) : t('history.changeSentence', { since, figure }),
  };
}

/** The change over the whole range shown, to its last point. */
export function rangeWords(points: readonly HistoryPoint[], fmt: Formatters, date: Intl.DateTimeFormat): ChangeWords {
  return wordsOf(rangeChange(points), fmt, (from) => t('history.since', { date: date.format(from.t) }));
}

/**
 * The change between two chosen points, earlier to later whichever was marked
 * first; "since …" when the later one is the range's last (now), "from … to …" otherwise.
 */
export function compareWords(a: HistoryPoint, b: HistoryPoint, last: HistoryPoint, fmt: Formatters, date: Intl.DateTimeFormat): ChangeWords {
  const [from, to] = a.t <= b.t ? [a, b] : [b, a];
  if (from === to) {
    const at = date.format(from.t);
    return {
      figure: t('history.compare.moveCursor'),
      direction: 'flat',
      detail: t('history.compare.from', { date: at }),
      sentence: t('history.compare.sentence', { date: at }),
    };
  }
  return wordsOf(pointsChange(from, to), fmt, () =>
    to === last ? t('history.since', { date: date.format(from.t) }) : t('history.fromTo', { from: date.format(from.t), to: date.format(to.t) }),
  );
}
