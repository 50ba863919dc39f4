// table_10k_render_ms, table_10k_sort_ms, table_10k_filter_ms (issue 4 §4):
// the details window's Holdings grid with 10,000 coin rows across four
// exchanges, in headless Chromium against the built renderer and real preload.
//   render: the 10k state push, from the preload's listener receiving it (so
//           its deserialisation counts) to the frame painting the first rows;
//   sort:   a real click on a column header, from the click event to the frame
//           painting the reordered rows;
//   filter: one real key press in the empty filter box, from the keydown event
//           to the frame painting the filtered rows and their count.
// Sort and filter are also counted in frames (table_10k_*_frames, issue 10
// §5): the ms include the wait for the next frame, which swings run to run;
// the frame count is what a person sees — 1 is the very next frame.
// The count line's words as the page says them (English, as the page's snapshot names).
import '../test/support/english';
import { t } from '../common/i18n';
import { SORT_KEYS, filterRows, nextSort, sortRows, type Sort, type SortKey } from '../renderer/src/details/holdings-model';
import { rowDomId } from '../renderer/src/details/holdings-row';
import type { HoldingRow } from '../common/types';
import { PAGE_DISPATCH, STATE_CHANNEL, launchChromium, openAppPage } from './renderer/app-page';
import { type Check, gaps, settle, timeInput, timePush } from './renderer/paint-probe';
import { ensureBuilt } from './renderer/ensure-built';
import { benchLine, median, round1, spread } from './renderer/report';
import { holdingsSnapshot, withoutHoldings } from './renderer/snapshots';

const COINS = 10_000;
const WARMUP = 2;
const RUNS = 15;
const COUNT = '.holdings .toolbar [aria-live="polite"]';
const FIRST_ROW = '.grid-body .grid-row';
const SORT_CYCLE: SortKey[] = ['name', 'amount', 'price', 'change', 'value'];

const full = holdingsSnapshot(COINS);
const empty = withoutHoldings(full);
const rows: HoldingRow[] = full.portfolio.rows;
if (rows.length !== COINS) throw new Error(`bench: expected ${COINS} holdings rows, the snapshot has ${rows.length}`);

/** What the grid must show: the count line and the first row of `ordered`. */
const shows = (ordered: readonly HoldingRow[], query = ''): Check[] => [
  { selector: COUNT, text: query ? t('holdings.count.filtered', { shown: ordered.length, all: COINS }) : t('holdings.count.listed', { count: COINS }) },
  { selector: FIRST_ROW, id: rowDomId(ordered[0]!.coinId) },
];
const headerSorted = (sort: Sort): Check => ({
  selector: `.grid-head [role="columnheader"]:nth-child(${SORT_KEYS.indexOf(sort.key) + 1})`,
  attribute: ['aria-sort', sort.dir === 'asc' ? 'ascending' : 'descending'],
});

/** Letters and digits that match some but not all coins, most selective first. */
function filterKeys(count: number): string[] {
  const candidates = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((ch) => ({ ch, n: filterRows(rows, ch).length }));
  const usable = candidates.filter((c) => c.n > 0 && c.n < COINS).sort((a, b) => a.n - b.n);
  if (usable.length === 0) throw new Error('bench: no single character filters the 10k holdings');
  return Array.from({ length: count }, (_, i) => usable[i % usable.length]!.ch);
}

ensureBuilt();
const browser = await launchChromium();
try {
  const app = await openAppPage({ browser, page: 'details', state: empty });
  try {
    const gap = gaps(10);
    await app.page.waitForSelector(COUNT);
    await app.stage('empty', empty);
    await app.stage('full', full);
    const emptyChecks: Check[] = [{ selector: COUNT, text: t('holdings.count.listed', { count: 0 }) }];
    let sort: Sort = { key: 'value', dir: 'desc' };
    const fullChecks = shows(sortRows(rows, sort));

    const render: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      await settle(app.page, emptyChecks, gap());
      const { ms } = await timePush(app.page, { dispatch: PAGE_DISPATCH, channel: STATE_CHANNEL, staged: 'full', checks: fullChecks });
      if (run >= WARMUP) render.push(ms);
      await settle(app.page, fullChecks);
      if (run < WARMUP + RUNS - 1) await timePush(app.page, { dispatch: PAGE_DISPATCH, channel: STATE_CHANNEL, staged: 'empty', checks: emptyChecks });
    }
    app.setState(full);

    const sorting: number[] = [];
    const sortFrames: number[] = [];
    const headers = app.page.locator('.grid-head .sort-button');
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const key = SORT_CYCLE[run % SORT_CYCLE.length]!;
      sort = nextSort(sort, key);
      const checks = [headerSorted(sort), ...shows(sortRows(rows, sort))];
      await settle(app.page, [], gap());
      const { ms, frames } = await timeInput(app.page, { eventType: 'click', checks }, () => headers.nth(SORT_KEYS.indexOf(key)).click());
      if (run >= WARMUP) {
        sorting.push(ms);
        sortFrames.push(frames);
      }
    }

    const filtering: number[] = [];
    const filterFrames: number[] = [];
    const sorted = sortRows(rows, sort);
    const keys = filterKeys(WARMUP + RUNS);
    const filterBox = app.page.locator('#holdings-filter');
    for (const [run, ch] of keys.entries()) {
      await filterBox.fill('');
      await settle(app.page, shows(sorted), gap());
      await filterBox.focus();
      const checks = shows(filterRows(sorted, ch), ch);
      const { ms, frames } = await timeInput(app.page, { eventType: 'keydown', checks }, () => app.page.keyboard.press(ch));
      if (run >= WARMUP) {
        filtering.push(ms);
        filterFrames.push(frames);
      }
    }

    const problems = app.problems();
    if (problems.length > 0) throw new Error(`bench: the details page reported errors:\n${problems.join('\n')}`);
    const splits = rows.reduce((n, r) => n + r.split.length, 0);
    console.log(`Holdings grid (Chromium ${browser.version()}, built renderer + real preload, details window 1000×700):
  state: ${COINS} coins held ${splits} times across ${full.connections.length} exchanges (${(JSON.stringify(full).length / 1e6).toFixed(1)} MB as JSON)
  render (state push received → first rows painted):  ${spread(render)}
  sort   (header click → reordered rows painted):      ${spread(sorting)}
  filter (one key in the filter → filtered rows painted): ${spread(filtering)}  keys: ${keys.slice(WARMUP).join(' ')}
  frames to the painted result (1 = the very next frame): sort ${sortFrames.join(' ')}; filter ${filterFrames.join(' ')}`);
    console.log(benchLine('table_10k_render_ms', round1(median(render)), 'ms', '<= 100'));
    console.log(benchLine('table_10k_sort_ms', round1(median(sorting)), 'ms', '<= 50'));
    console.log(benchLine('table_10k_filter_ms', round1(median(filtering)), 'ms', '<= 16'));
    console.log(benchLine('table_10k_sort_frames', median(sortFrames), 'frames', '<= 3'));
    console.log(benchLine('table_10k_filter_frames', median(filterFrames), 'frames', '= 1'));
  } finally {
    await app.close();
  }
} finally {
  await browser.close();
}
