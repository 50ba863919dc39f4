// Where the set of connections in the total changed (one added, removed, left
// out while it failed, counted again), and the words History says about it:
// on the chart as markers, in the hidden table, in the cursor's readout, and
// beside the change figure, which leaves those connections out
// (common/history-change.ts holds that rule).
import { recordsConnections, setChanges, type SetChange, type SetChangeKind } from '../../../common/history-change';
import { namesText, t, type MessageId } from '../../../common/i18n';
import type { HistoryPoint } from '../../../common/types';
import { VIEW_H, VIEW_W } from './history-geometry';

/** "KuCoin added": a mark's words for one connection. */
const CHANGE_LABELS: Record<SetChangeKind, MessageId> = {
  added: 'history.mark.added',
  removed: 'history.mark.removed',
  'left-out': 'history.mark.leftOut',
  back: 'history.mark.back',
};

/** "KuCoin (added)": a connection a change figure leaves out. */
const EXCLUDED_LABELS: Record<SetChangeKind, MessageId> = {
  added: 'history.excluded.added',
  removed: 'history.excluded.removed',
  'left-out': 'history.excluded.leftOut',
  back: 'history.excluded.back',
};

export interface ChartMark {
  /** The point the new set first shows in. */
  index: number;
  t: number;
  /** "KuCoin added, Binance left out". */
  label: string;
}

const changeLabel = (change: SetChange): string => t(CHANGE_LABELS[change.kind], { name: change.name });

/** One mark per point whose set of connections differs from the point before it, oldest first. */
export function chartMarks(points: readonly HistoryPoint[]): ChartMark[] {
  const marks: ChartMark[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const before = points[index - 1]!;
    const after = points[index]!;
    const changes = setChanges(before, after);
    // The first point that records its connections, after older ones that do not, is where the change figure starts.
    const labels = changes ? changes.map(changeLabel) : recordsConnections(after) ? [t('history.mark.recordedFromHere')] : [];
    if (labels.length > 0) marks.push({ index, t: after.t, label: namesText(labels) });
  }
  return marks;
}

/** Beside a change figure: the connections it leaves out ("without KuCoin (added)"), or null. */
export function excludedNote(excluded: readonly SetChange[]): string | null {
  if (excluded.length === 0) return null;
  return t('history.without', { names: namesText(excluded.map((c) => t(EXCLUDED_LABELS[c.kind], { name: c.name }))) });
}

/** A dashed line per mark, inside the chart's SVG. */
export function MarkLines({ marks, x }: { marks: readonly ChartMark[]; x: (t: number) => number }) {
  return marks.map((mark) => (
    <line
      key={mark.t}
      className="chart-mark-line"
      x1={x(mark.t)}
      x2={x(mark.t)}
      y1={0}
      y2={VIEW_H}
      stroke="currentColor"
      strokeOpacity={0.45}
      strokeDasharray="2 4"
      vectorEffect="non-scaling-stroke"
    />
  ));
}

// Inline until details.css gives `.chart-mark` its look: a small diamond on the plot's top edge.
const MARK_LOOK = {
  position: 'absolute',
  top: 0,
  width: 9,
  height: 9,
  margin: '-4.5px 0 0 -4.5px',
  transform: 'rotate(45deg)',
  background: 'var(--fg-muted)',
  boxShadow: '0 0 0 2px var(--bg)',
} as const;

/** HTML over the stretched SVG, so each marker keeps its shape and has a name of its own (an SVG image's parts have none). */
export function MarkFlags({ marks, x }: { marks: readonly ChartMark[]; x: (t: number) => number }) {
  return marks.map((mark) => (
    <span
      key={mark.t}
      className="chart-mark"
      role="img"
      aria-label={mark.label}
      title={mark.label}
      style={{ ...MARK_LOOK, left: `${(x(mark.t) / VIEW_W) * 100}%` }}
    />
  ));
}
