// The static world of the double: which exchanges it "supports", which coins
// exist and what they cost. Prices are one table, so the same coin has the
// same price on every exchange, as with the real API.
import type { SupportedExchange } from '../../common/types';
import { intBetween, logUniform, pick, rngFrom } from './prng';

export interface DoubleExchange extends Omit<SupportedExchange, 'icon'> {
  /** What the exchange says when it refuses a key (passed through by CoinStats). */
  rejection: string;
}

const KEY = { name: 'API Key', key: 'apiKey' };
const SECRET = { name: 'API Secret', key: 'apiSecret' };
const PASSPHRASE = { name: 'Passphrase', key: 'passphrase' };

export const EXCHANGES: readonly DoubleExchange[] = [
  { connectionId: 'binance', name: 'Binance', connectionFields: [KEY, SECRET],
    rejection: 'Binance rejected the API key: Invalid API-key, IP, or permissions for action.' },
  { connectionId: 'coinbase', name: 'Coinbase', connectionFields: [{ name: 'API Key Name', key: 'apiKey' }, { name: 'Private Key', key: 'apiSecret' }],
    rejection: 'Coinbase rejected the API key: Unauthorized.' },
  { connectionId: 'kraken', name: 'Kraken', connectionFields: [KEY, { name: 'Private Key', key: 'apiSecret' }],
    rejection: 'Kraken rejected the API key: EAPI:Invalid key' },
  { connectionId: 'kucoin', name: 'KuCoin', connectionFields: [KEY, SECRET, PASSPHRASE],
    rejection: 'KuCoin rejected the API key: Invalid KC-API-KEY or KC-API-PASSPHRASE.' },
  { connectionId: 'okx', name: 'OKX', connectionFields: [KEY, { name: 'Secret Key', key: 'apiSecret' }, PASSPHRASE],
    rejection: 'OKX rejected the API key: Invalid OK-ACCESS-KEY.' },
  { connectionId: 'bybit', name: 'Bybit', connectionFields: [KEY, SECRET],
    rejection: 'Bybit rejected the API key: API key is invalid.' },
  { connectionId: 'bitget', name: 'Bitget', connectionFields: [KEY, SECRET, PASSPHRASE],
    rejection: 'Bitget rejected the API key: apikey/password is incorrect.' },
];

export function findExchange(connectionId: string): DoubleExchange | undefined {
  return EXCHANGES.find((e) => e.connectionId === connectionId);
}

export interface DoubleCoin {
  id: string;
  name: string;
  symbol: string;
  price: number;
  priceChange1d: number;
  rank: number;
  isFiat: boolean;
}

// Real CoinStats ids for the coins people actually hold, with round prices.
const MAJORS: ReadonlyArray<[id: string, name: string, symbol: string, price: number]> = [
  ['bitcoin', 'Bitcoin', 'BTC', 97_000], ['ethereum', 'Ethereum', 'ETH', 3_400],
  ['tether', 'Tether', 'USDT', 1], ['solana', 'Solana', 'SOL', 185], ['binance-coin', 'BNB', 'BNB', 610],
  ['usd-coin', 'USDC', 'USDC', 1], ['ripple', 'XRP', 'XRP', 2.3], ['cardano', 'Cardano', 'ADA', 0.72],
  ['dogecoin', 'Dogecoin', 'DOGE', 0.31], ['tron', 'TRON', 'TRX', 0.24], ['avalanche-2', 'Avalanche', 'AVAX', 36],
  ['chainlink', 'Chainlink', 'LINK', 19.5], ['polkadot', 'Polkadot', 'DOT', 6.8], ['matic-network', 'Polygon', 'POL', 0.45],
  ['shiba-inu', 'Shiba Inu', 'SHIB', 0.000021], ['litecoin', 'Litecoin', 'LTC', 102], ['bitcoin-cash', 'Bitcoin Cash', 'BCH', 430],
  ['uniswap', 'Uniswap', 'UNI', 12.1], ['stellar', 'Stellar', 'XLM', 0.38], ['near', 'NEAR Protocol', 'NEAR', 5.1],
  ['aptos', 'Aptos', 'APT', 9.2], ['arbitrum', 'Arbitrum', 'ARB', 0.78], ['optimism', 'Optimism', 'OP', 1.9],
  ['cosmos', 'Cosmos Hub', 'ATOM', 6.4], ['monero', 'Monero', 'XMR', 195], ['ethereum-classic', 'Ethereum Classic', 'ETC', 27],
  ['filecoin', 'Filecoin', 'FIL', 5.2], ['internet-computer', 'Internet Computer', 'ICP', 10.4], ['hedera-hashgraph', 'Hedera', 'HBAR', 0.27],
  ['the-open-network', 'Toncoin', 'TON', 5.5], ['pepe', 'Pepe', 'PEPE', 0.000018], ['sui', 'Sui', 'SUI', 4.1],
  ['render-token', 'Render', 'RENDER', 7.3], ['injective-protocol', 'Injective', 'INJ', 24], ['maker', 'Maker', 'MKR', 1_650],
  ['aave', 'Aave', 'AAVE', 320], ['popcat', 'Popcat', 'POPCAT', 0.25946], ['dai', 'Dai', 'DAI', 1],
  ['kaspa', 'Kaspa', 'KAS', 0.12], ['bittensor', 'Bittensor', 'TAO', 460],
];

/** Fiat cash as CoinStats reports it inside balances. */
export const FIAT_COINS: ReadonlyArray<[id: string, name: string, symbol: string, currency: string]> = [
  ['FiatCoinUSD', 'US Dollar', 'USD', 'USD'],
  ['FiatCoinEUR', 'Euro', 'EUR', 'EUR'],
];

export const CURRENCIES: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, JPY: 151.2, CHF: 0.88, CAD: 1.36, AUD: 1.52, CNY: 7.24, INR: 83.1,
  BRL: 5.05, KRW: 1345, SEK: 10.6, NOK: 10.7, DKK: 6.87, PLN: 3.98, TRY: 32.1, MXN: 17.1, HKD: 7.82,
  SGD: 1.35, NZD: 1.66, ZAR: 18.7, AED: 3.67, CZK: 23.4, HUF: 362, ILS: 3.7, UAH: 39.5,
};

const SYLLABLES = ['zor', 'vex', 'lum', 'qua', 'tri', 'nex', 'ora', 'pix', 'kai', 'dro', 'fen', 'myr', 'sol', 'tal', 'vyn', 'xen', 'bel', 'cor', 'dax', 'gal'];

export interface Universe {
  coins: ReadonlyMap<string, DoubleCoin>;
  /** Crypto coins in rank order (no fiat). */
  ranked: readonly DoubleCoin[];
  btcPrice: number;
}

/** A few hundred coins: the majors above plus generated ones, all seeded. */
export function buildUniverse(seed: number, generated = 260): Universe {
  const rng = rngFrom(seed, 'universe');
  const coins = new Map<string, DoubleCoin>();
  const ranked: DoubleCoin[] = [];
  const add = (coin: DoubleCoin): void => {
    coins.set(coin.id, coin);
    if (!coin.isFiat) ranked.push(coin);
  };
  for (const [id, name, symbol, price] of MAJORS) {
    const stable = price === 1;
    add({ id, name, symbol, price, rank: ranked.length + 1, isFiat: false,
      priceChange1d: stable ? round(rng() * 0.2 - 0.1, 2) : round(rng() * 16 - 8, 2) });
  }
  for (let i = 0; coins.size < MAJORS.length + generated; i++) {
    const name = cap(pick(rng, SYLLABLES) + pick(rng, SYLLABLES) + (intBetween(rng, 0, 2) === 0 ? pick(rng, SYLLABLES) : ''));
    const id = coins.has(name.toLowerCase()) ? `${name.toLowerCase()}-${i}` : name.toLowerCase();
    add({ id, name, symbol: name.slice(0, 4).toUpperCase(), price: sig(logUniform(rng, 0.00001, 900)),
      rank: ranked.length + 1, isFiat: false, priceChange1d: round(rng() * 40 - 20, 2) });
  }
  for (const [id, name, symbol, currency] of FIAT_COINS) {
    const rate = CURRENCIES[currency] ?? 1;
    coins.set(id, { id, name, symbol, price: sig(1 / rate), rank: 0, isFiat: true, priceChange1d: 0 });
  }
  return { coins, ranked, btcPrice: MAJORS[0]?.[3] ?? 1 };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Six significant digits, like a price feed. */
export function sig(n: number): number {
  return Number(n.toPrecision(6));
}
