// Readable labels for coins CoinStats did not describe (no `/coins` entry yet,
// or fiat cash rows such as `FiatCoinUSD`).

const FIAT_PREFIX = 'FiatCoin';

/** The ISO code of a cash row (`FiatCoinUSD` → 'USD'), or null for a coin. */
export function fiatCurrencyOf(coinId: string): string | null {
  if (!coinId.startsWith(FIAT_PREFIX)) return null;
  const code = coinId.slice(FIAT_PREFIX.length).toUpperCase();
  return /^[A-Z]{2,5}$/.test(code) ? code : null;
}

let currencyNames: Intl.DisplayNames | null | undefined;

function currencyName(code: string): string | null {
  if (currencyNames === undefined) {
    try {
      currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
    } catch {
      currencyNames = null; // runtimes without DisplayNames: use the code
    }
  }
  try {
    const name = currencyNames?.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** 'bitcoin-cash' → 'Bitcoin Cash' (a name, so a readable guess is fine); `FiatCoinEUR` → 'Euro'. */
export function fallbackName(coinId: string): string {
  const fiat = fiatCurrencyOf(coinId);
  if (fiat) return currencyName(fiat) ?? `${fiat} cash`;
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
