// What the tray says: the macOS title next to the icon, the tooltip, the first
// (disabled) context-menu line, and which icon to show. Windows and Linux
// cannot show a title, so the tooltip and menu line carry the total there.
import { convertUsd } from '../../common/currency';
import { formatAge, formatBtc, formatMoney, maskAmount } from '../../common/format';
import { isStale } from './schedule';
import type { TrayIconState } from './tray-icon-path';
import type { CurrencyRates, PortfolioSummary } from '../../common/types';
import type { Settings } from '../../common/settings';

export type { TrayIconState };

export interface TrayState {
  now: number;
  /** When the data on show was last synced; null before the first sync. */
  lastSyncAt: number | null;
  /** A refresh or a status poll is in flight. */
  refreshing: boolean;
  /** A problem that blocks every connection (key rejected, out of credits…). */
  error?: boolean;
  /** Names of connections that are failing, for the "partial" explanation. */
  failingNames?: string[];
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
  settings: Pick<Settings, 'primaryCurrency' | 'trayTitleFormat' | 'privacyMode' | 'freshnessMinutes'>;
  rates: CurrencyRates;
  locale: string;
  state: TrayState;
  /** Demo mode: the figures are the built-in double's, and must say so. */
  demo: boolean;
}

/** Appended to the title when a connection is failing: the total is not the whole story. */
export const PARTIAL_MARK = '*';
const APP = 'Tallybar';

/**
 * Precedence, first match wins: syncing (the user just asked for something
 * and should see it happening), error, stale, privacy (a reminder that
 * figures are hidden), normal. A partial total counts as an error.
 */
export function trayIconState(input: TrayTextInput): TrayIconState {
  const { state, summary, settings } = input;
  if (state.refreshing) return 'syncing';
  if (state.error || summary.partial) return 'error';
  // The icon turns stale only at twice the freshness target: the popover
  // already refreshes at 1×, so 2× means refreshing is not happening.
  if (state.lastSyncAt !== null && isStale(state.lastSyncAt, state.now, settings.freshnessMinutes * 2)) return 'stale';
  if (settings.privacyMode) return 'privacy';
  return 'normal';
}

export function trayText(input: TrayTextInput): TrayText {
  const { summary, settings, rates, locale, state } = input;
  const hasData = state.lastSyncAt !== null;
  const privacy = settings.privacyMode;
  const money = convertUsd(summary.totalUsd, settings.primaryCurrency, rates);
  const primary = privacy ? maskAmount() : formatMoney(money.value, money.currency, locale);
  const btc = privacy ? maskAmount() : formatBtc(summary.totalBtc, locale);
  const mark = summary.partial ? PARTIAL_MARK : '';

  let title = '';
  if (settings.trayTitleFormat !== 'icon') {
    if (!hasData) title = '—';
    else if (privacy) title = maskAmount();
    else if (settings.trayTitleFormat === 'btc') title = btc;
    else if (settings.trayTitleFormat === 'compact')
      title = formatMoney(money.value, money.currency, locale, { compact: true });
    else title = primary;
    if (hasData) title += mark;
  }

  const partialLine = summary.partial ? partialText(state.failingNames) : null;
  const statusLine = state.refreshing ? 'Syncing…' : hasData ? `Updated ${formatAge(state.lastSyncAt, state.now)}` : 'Not synced yet';
  const totalLine = hasData ? `${primary} · ${btc}` : 'No balances yet';
  const tooltip = [input.demo ? `${APP} (demo)` : APP, totalLine, partialLine, statusLine].filter((l): l is string => l !== null).join('\n');
  const totalLabel = input.demo ? 'Demo total' : 'Total';
  const menuHeader = hasData ? `${totalLabel}: ${primary}${summary.partial ? ' (partial)' : ''}` : `${input.demo ? `${APP} (demo)` : APP}: no balances yet`;

  return { title, tooltip, menuHeader, iconState: trayIconState(input) };
}

function partialText(names: string[] | undefined): string {
  if (!names || names.length === 0) return 'Partial: a connection is failing';
  return `Partial: ${names.join(', ')} failed`;
}
