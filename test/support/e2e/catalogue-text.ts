// What the pseudo-locale run (common/i18n.ts, PSEUDO_LANGUAGE) looks for:
// text a person can read that did not come from a catalogue. In en-XA every
// message is bracketed ("[Ǿƥḗḗƞ ḓḗḗŧȧȧīŀş]"); what is left once the brackets
// are taken out must be data (coin, exchange and connection names, currency
// codes, figures) or what Intl itself writes for the regional format (month
// names, "K" in 1.2K). Any other word is a string that bypassed the catalogues.
import type { Page } from 'playwright-core';
import type { AppSnapshot } from '../../../common/types';

/** Attributes whose text assistive technology reads or a pointer shows. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt'];

/** Every string in the page a person can read: text nodes, read attributes, the document title. */
export async function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate((attributes) => {
    const found: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      found.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('*')) for (const name of attributes) {
      const value = el.getAttribute(name);
      if (value) found.push(value);
    }
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
    ...[...snapshot.portfolio.rows, ...snapshot.portfolio.dust.rows].flatMap((coin) => [coin.symbol, coin.name, coin.coinId]),
    ...extra,
  ];
  return new Set([...intl, ...names].flatMap(letterRuns).map((word) => word.toLowerCase()));
}

/** The readable strings that carry a word from neither a catalogue nor the data. */
export function textsNotFromCatalogue(texts: readonly string[], allowed: ReadonlySet<string>): string[] {
  return texts.filter((text) => letterRuns(outsideMessages(text)).some((word) => !allowed.has(word.toLowerCase())));
}
