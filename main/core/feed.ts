// The status-bar feed: what a script (xbar, SwiftBar, Waybar, Polybar,
// PowerShell) reads from the JSON file Tallybar writes. Pure: snapshot in,
// object out. Built only from what the snapshot already shows, so it can hold
// no secret; privacy mode masks what its level hides (common/privacy.ts):
// every amount, and at the 'all' level the percentages too. Times are Unix seconds, easy in every shell; ages are left to
// the reader (now − updatedAt), because an age frozen in a file would claim
// freshness the data no longer has.
import { convertUsd } from '../../common/currency';
import { MASK, formatMoney, formatPercent } from '../../common/format';
import { percentText, privacyMasking } from '../../common/privacy';
import type { AppSnapshot, ConnectionState } from '../../common/types';
import { isStale } from './schedule';
import { staleIconAgeMinutes } from './tray-text';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const FEED_VERSION = 1;
export const FEED_FILE_NAME = 'tallybar-feed.json';

const MINUTE_MS = 60_000;

export interface FeedChange {
  /** In the feed's currency; null in privacy mode or when unknown. */
  amount: number | null;
  /** Null when unknown or hidden (privacy's 'all' level). */
  pct: number | null;
  /** Ready to show: "+€12.30 (+1.20%)", the percent alone in privacy mode, the mask at the 'all' level. */
  text: string;
}

export interface FeedExchange {
  name: string;
  exchange: string;
  status: ConnectionState;
  /** Last successful sync, Unix seconds; null before the first. */
  updatedAt: number | null;
  /** Why it is failing, in words; null when it is not. */
  error: string | null;
}

export interface Feed {
  version: typeof FEED_VERSION;
  writtenAt: number;
  demo: boolean;
  privacy: boolean;
  currency: string;
  /** The total in `currency`; null in privacy mode or before the first sync. */
  total: number | null;
  totalText: string;
  change24h: FeedChange | null;
  /** Since the popover was last open for a few seconds; null when nothing honest compares. */
  sinceLastLook: (FeedChange & { since: number }) | null;
  /** The age of the total: its oldest connection's last sync, Unix seconds. */
  updatedAt: number | null;
  /** When the total counts as stale (the tray icon's rule), Unix seconds. */
  staleAt: number | null;
  stale: boolean;
  /** A connection is failing or not synced yet: the total is not the whole story. */
  partial: boolean;
  /** A problem every connection shares, in words. */
  problem: string | null;
  exchanges: FeedExchange[];
}

const seconds = (ms: number | null): number | null => (ms === null ? null : Math.floor(ms / 1000));

export function feedOf(snapshot: AppSnapshot, now: number): Feed {
  const { settings, portfolio, standing, rates, locale } = snapshot;
  const masking = privacyMasking(settings);
  const privacy = masking.amounts;
  const convert = (usd: number) => convertUsd(usd, settings.primaryCurrency, rates);
  const currency = convert(0).currency;
  const money = (usd: number, sign = false): string => {
    const text = formatMoney(convert(usd).value, currency, locale);
    return sign && usd > 0 ? `+${text}` : text;
  };
  const change = (usd: number | null, pct: number | null): FeedChange => {
    const amount = privacy || usd === null ? null : convert(usd).value;
    const pctText = percentText(masking, () => formatPercent(pct, locale));
    return { amount, pct: masking.percentages ? null : pct, text: amount === null || usd === null ? pctText : `${money(usd, true)} (${pctText})` };
  };
  const known = standing.syncedAt !== null;
  const staleAt = known ? standing.syncedAt! + staleIconAgeMinutes(settings.freshnessMinutes) * MINUTE_MS : null;
  const since = snapshot.sinceLastLook;
  return {
    version: FEED_VERSION,
    writtenAt: Math.floor(now / 1000),
    demo: snapshot.demo,
    privacy,
    currency,
    total: known && !privacy ? convert(portfolio.totalUsd).value : null,
    totalText: privacy ? MASK : known ? money(portfolio.totalUsd) : '—',
    change24h: known ? change(portfolio.change24hUsd, portfolio.change24hPct) : null,
    sinceLastLook: since ? { ...change(since.usd, since.pct), since: Math.floor(since.since / 1000) } : null,
    updatedAt: seconds(standing.syncedAt),
    staleAt: seconds(staleAt),
    stale: isStale(standing.syncedAt, now, staleIconAgeMinutes(settings.freshnessMinutes)),
    partial: portfolio.partial || standing.firstSync.length > 0,
    problem: standing.problem?.message ?? null,
    exchanges: snapshot.connections.map((c) => ({
      name: c.name,
      exchange: c.exchangeName,
      status: c.state,
      updatedAt: seconds(c.lastSyncAt),
      error: c.lastError?.message ?? null,
    })),
  };
}
