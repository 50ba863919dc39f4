// What the pseudo-locale run (common/i18n.ts, PSEUDO_LANGUAGE) looks for:
// text a person can read that did not come from a catalogue. In en-XA every
// message is bracketed ("[Ǿƥḗḗƞ ḓḗḗŧȧȧīŀş]"); what is left once the brackets
// are taken out must be data (coin, exchange and connection names, currency
// codes, figures) or what Intl itself writes for the regional format (month
// names, "K" in 1.2K). Any other word is a string that bypassed the catalogues.
import type { Page } from 'playwright-core';
import { LANGUAGE_NAMES } from '../../../common/i18n';
import type { AppSnapshot } from '../../../common/types';

/** Attributes whose text assistive technology reads or a pointer shows. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt'];

/**
 * Every string in the page a person can read: the document title, the read
 * attributes one by one, and the body's text nodes in document order, one per
 * line, as one string — a message with an element inside ("… at <a>…</a>.")
 * spans several text nodes, and its brackets are matched across them.
 */
export async function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate((attributes) => {
    const found: string[] = [document.title];
    for (const el of document.body.querySelectorAll('*')) for (const name of attributes) {
      const value = el.getAttribute(name);
      if (value) found.push(value);
    }
    const body: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      body.push(node.textContent ?? '');
    }
    found.push(body.join('\n'));
    return found.map((text) => text.trim()).filter((text) => text !== '');
  }, READ_ATTRIBUTES);
}

/** Takes out every bracketed message, innermost first (a message's argument may be a message). */
export function outsideMessages(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/\[[^[\]]*\]/g, ' ');
  }
  return rest;
}

const letterRuns = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];

/** Words data and Intl may show: names from the snapshot, currency codes, Intl's own month, day and unit words. */
export function dataWords(snapshot: AppSnapshot, extra: readonly string[] = []): Set<string> {
  const { locale } = snapshot;
  const intl: string[] = [];
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2026, month, 15));
    for (const style of ['short', 'long'] as const) intl.push(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date));
  }
  for (let day = 0; day < 7; day++) {
    const date = new Date(Date.UTC(2026, 10, 1 + day));
    for (const style of ['short', 'long'] as const) intl.push(new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(date));
  }
  intl.push(...new Intl.DateTimeFormat(locale, { hour: 'numeric' }).formatToParts(new Date()).filter((p) => p.type === 'dayPeriod').map((p) => p.value), 'AM', 'PM');
  for (const n of [1e3, 1e6, 1e9, 1e12]) intl.push(new Intl.NumberFormat(locale, { notation: 'compact' }).format(n));
  const names = [
    'Tallybar',
    'CoinStats',
    snapshot.settings.primaryCurrency,
    ...Object.keys(snapshot.rates),
    ...snapshot.connections.flatMap((c) => [c.name, c.exchangeName, c.exchangeId]),
    // Masked key hints (••••3a9c), and the languages' own names, which no catalogue translates.
    ...(snapshot.apiKey.hint ? [snapshot.apiKey.hint] : []),
    ...snapshot.connections.flatMap((c) => Object.values(c.credentialHints)),
    ...Object.values(LANGUAGE_NAMES),
    ...[...snapshot.portfolio.rows, ...snapshot.portfolio.dust.rows].flatMap((coin) => [coin.symbol, coin.name, coin.coinId]),
    ...extra,
  ];
  return new Set([...intl, ...names].flatMap(letterRuns).map((word) => word.toLowerCase()));
}

/** The lines of readable text, outside every message, that carry a word from neither a catalogue nor the data. */
export function textsNotFromCatalogue(texts: readonly string[], allowed: ReadonlySet<string>): string[] {
  return texts
    .flatMap((text) => outsideMessages(text).split('\n'))
    .map((line) => line.trim())
    .filter((line) => letterRuns(line).some((word) => !allowed.has(word.toLowerCase())));
}
