// Readable labels for coins CoinStats did not describe (no `/coins` entry yet,
// or fiat cash rows such as `FiatCoinUSD`). Worded on every snapshot, in the
// language of the moment: currency names come from Intl in that language.
import { currentLanguage, t } from '../../common/i18n';

const FIAT_PREFIX = 'FiatCoin';

/** The ISO code of a cash row (`FiatCoinUSD` → 'USD'), or null for a coin. */
export function fiatCurrencyOf(coinId: string): string | null {
  if (!coinId.startsWith(FIAT_PREFIX)) return null;
  const code = coinId.slice(FIAT_PREFIX.length).toUpperCase();
  return /^[A-Z]{2,5}$/.test(code) ? code : null;
}

/** One DisplayNames per language (null: runtimes without DisplayNames, which use the code). */
const currencyNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(language: string): Intl.DisplayNames | null {
  if (!currencyNames.has(language)) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'currency' });
    } catch {
      names = null;
    }
    currencyNames.set(language, names);
  }
  return currencyNames.get(language) ?? null;
}

function currencyName(code: string): string | null {
  try {
    const name = namesIn(currentLanguage())?.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** 'bitcoin-cash' → 'Bitcoin Cash' (a name, so a readable guess is fine); `FiatCoinEUR` → 'Euro'. */
export function fallbackName(coinId: string): string {
  const fiat = fiatCurrencyOf(coinId);
  if (fiat) return currencyName(fiat) ?? t('system.cashName', { code: fiat });
  const words = coinId.split(/[-_\s]+/).filter(Boolean);
  if (words.length === 0) return coinId;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/**
 * The id as CoinStats wrote it ('shiba-inu'), or the ISO code for cash. Not
 * upper-cased: 'SHIBA-INU' reads as a ticker that does not exist, and guessing
 * one ('bitcoin' → BTC) would be wrong for most coins; a lower-case id reads as
 * the placeholder it is until enrichment brings the real symbol.
 */
export function fallbackSymbol(coinId: string): string {
  return fiatCurrencyOf(coinId) ?? coinId;
}
