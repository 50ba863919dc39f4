// What the tray says: the macOS title next to the icon, the tooltip, the first
// (disabled) context-menu line, and which icon to show. Windows and Linux
// cannot show a title, so the tooltip and menu line carry the total there.
import { ageText, t } from '../../common/i18n';
import { convertUsd } from '../../common/currency';
import { formatBtc, formatMoney, formatMoneyFitted, maskAmount } from '../../common/format';
import { amountText, privacyMasking } from '../../common/privacy';
import { firstSyncText, notCountedText, partialText, unsyncedText } from '../../common/standing-words';
import { isStale } from './schedule';
import type { TrayIconState } from './tray-icon-path';
import type { CurrencyRates, PortfolioSummary, Standing } from '../../common/types';
import type { Settings } from '../../common/settings';

export type { TrayIconState };

export interface TrayState {
  now: number;
  /** A refresh or a status poll is in flight. */
  refreshing: boolean;
  /** How old the total is, what it lacks, and a problem every connection shares. */
  standing: Standing;
}

export interface TrayText {
  /** macOS title; '' for the 'icon' format. */
  title: string;
  tooltip: string;
  menuHeader: string;
  iconState: TrayIconState;
}

export interface TrayTextInput {
  summary: PortfolioSummary;
  settings: Pick<Settings, 'primaryCurrency' | 'trayTitleFormat' | 'privacyMode' | 'privacyLevel' | 'freshnessMinutes'>;
  rates: CurrencyRates;
  locale: string;
  state: TrayState;
  /** Demo mode: the figures are the built-in double's, and must say so. */
  demo: boolean;
}

/** Appended to the title when a connection is failing: the total is not the whole story. */
export const PARTIAL_MARK = '*';
/** The product's name: never translated. */
const APP = 'Tallybar';

/**
 * The longest 'primary' title shown in full ("$123,456.78", "₩123,456,789"):
 * the macOS menu bar gives a status item little room, less still beside the
 * notch, and drops items that do not fit. Past it the title turns compact
 * ("$1.23M"); the tooltip and menu line keep the full figure.
 */
export const TRAY_TITLE_MAX_CHARS = 12;

/**
 * How old data is, in minutes, when the icon turns stale: twice the freshness
 * target. The popover already refreshes at 1×, so 2× means refreshing is not
 * happening.
 */
export function staleIconAgeMinutes(freshnessMinutes: number): number {
  return freshnessMinutes * 2;
}

/**
 * Precedence, first match wins: syncing (the user just asked for something
 * and should see it happening), error, stale, privacy (a reminder that
 * figures are hidden), normal. A partial total counts as an error.
 */
export function trayIconState(input: TrayTextInput): TrayIconState {
  const { state, summary, settings } = input;
  if (state.refreshing) return 'syncing';
  if (state.standing.problem || summary.partial) return 'error';
  const { syncedAt } = state.standing;
  if (syncedAt !== null && isStale(syncedAt, state.now, staleIconAgeMinutes(settings.freshnessMinutes))) return 'stale';
  if (settings.privacyMode) return 'privacy';
  return 'normal';
}

export function trayText(input: TrayTextInput): TrayText {
  const { summary, settings, rates, locale, state } = input;
  const { syncedAt, firstSync, problem } = state.standing;
  // The tray shows totals only: masked at every level (it has no percentage to keep).
  const masking = privacyMasking(settings);
  const privacy = masking.amounts;
  const money = convertUsd(summary.totalUsd, settings.primaryCurrency, rates);
  const primary = amountText(masking, () => formatMoney(money.value, money.currency, locale));
  const btc = amountText(masking, () => formatBtc(summary.totalBtc, locale));
  const mark = summary.partial ? PARTIAL_MARK : '';

  let title = '';
  if (settings.trayTitleFormat !== 'icon') {
    if (syncedAt === null) title = '—';
    else if (privacy) title = maskAmount();
    else if (settings.trayTitleFormat === 'btc') title = btc;
    else if (settings.trayTitleFormat === 'compact')
      title = formatMoney(money.value, money.currency, locale, { compact: true });
    else title = formatMoneyFitted(money.value, money.currency, locale, TRAY_TITLE_MAX_CHARS).text;
    if (syncedAt !== null) title += mark;
  }

  // Before any sync the total is not known: it is "syncing", never "$0.00".
  const totalLine = syncedAt !== null ? t('tray.totalLine', { primary, btc }) : firstSync.length > 0 ? firstSyncText(firstSync) : t('tray.noBalances');
  const partialLine = syncedAt !== null && summary.partial ? partialText(state.standing) : null;
  const notCountedLine = state.standing.notCounted.length > 0 ? notCountedText(state.standing.notCounted) : null;
  const statusLine = state.refreshing ? t('tray.syncing') : syncedAt !== null ? t('tray.updated', { age: ageText(syncedAt, state.now) }) : unsyncedText(state.standing);
  const tooltip = [input.demo ? t('tray.appDemo') : APP, problem?.message ?? null, totalLine, partialLine, notCountedLine, statusLine]
    .filter((l): l is string => l !== null)
    .join('\n');
  const partial = summary.partial ? 'yes' : 'no';
  const menuHeader =
    syncedAt !== null
      ? t(input.demo ? 'tray.menuDemoTotal' : 'tray.menuTotal', { amount: primary, partial })
      : t(input.demo ? 'tray.menuDemoNoBalances' : 'tray.menuNoBalances');

  return { title, tooltip, menuHeader, iconState: trayIconState(input) };
}
