// Reads what CoinStats says when a call fails. Three JSON shapes are in the
// wild ({statusCode, message, requestId, path}; {statusCode, message} on 503;
// {error, message} from older deployments), plus HTML pages from proxies.
// Whatever a server says here ends up in a sentence on screen, so it is
// bounded and cleaned first: a hostile answer cannot fill the message or
// reorder it with invisible characters.

/** Longest server text kept for a message; CoinStats' own are under 150 characters. */
const MAX_SERVER_TEXT = 200;
/** CoinStats' request ids are UUIDs; anything else is not shown as one. */
const REQUEST_ID = /^[\w-]{1,64}$/;
/** Control characters (\p{Cc}) and the bidirectional marks, overrides and isolates (U+200E–200F, U+202A–202E, U+2066–2069). */
const UNSHOWABLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

function shown(text: string): string | null {
  const clean = text.replace(UNSHOWABLE, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  return clean.length > MAX_SERVER_TEXT ? `${clean.slice(0, MAX_SERVER_TEXT)}…` : clean;
}

export interface ErrorBody {
  message: string | null;
  requestId: string | null;
  /** Set when the answer was an HTML page: its <title>, or a generic label. */
  htmlTitle: string | null;
}

export function readErrorBody(text: string, contentType: string | null): ErrorBody {
  const trimmed = text.trim();
  if (/html/i.test(contentType ?? '') || /^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1];
    return { message: null, requestId: null, htmlTitle: (title && shown(title)) || 'an HTML page' };
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    // Plain text: keep a short first line; it is often the only clue.
    return { message: shown(trimmed.split('\n')[0] ?? ''), requestId: null, htmlTitle: null };
  }
  if (typeof data !== 'object' || data === null) return { message: null, requestId: null, htmlTitle: null };
  const body = data as Record<string, unknown>;
  const said = firstString(body.message) ?? firstString(body.error);
  const requestId = typeof body.requestId === 'string' && REQUEST_ID.test(body.requestId) ? body.requestId : null;
  return { message: said === null ? null : shown(said), requestId, htmlTitle: null };
}

/** Nest sends `message` as an array of strings for validation failures. */
function firstString(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) {
    const parts = v.filter((x): x is string => typeof x === 'string');
    return parts.length > 0 ? parts.join('; ') : null;
  }
  return null;
}

/** "Cannot GET /v1/coins": the framework has no such route, i.e. the path prefix is wrong. */
export function isNoSuchRoute(status: number, body: ErrorBody): boolean {
  return status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD) \//.test(body.message ?? '');
}

/** Both messages CoinStats uses for a bad key; anything else on a 401 from a balance call is the exchange. */
export function isCoinStatsKeyMessage(message: string | null): boolean {
  return /your api key is invalid|^invalid api key\.?$|api key .*revoked/i.test(message ?? '');
}

/** Removes secrets a server might echo back (some exchanges quote the key they refused). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('••••');
  }
  return out;
}

/** Longest redirect target shown; a longer one is left out rather than cut mid-word. */
const MAX_LOCATION = 160;

/**
 * Where a redirect points, safe to show: scheme, host and path of an http(s)
 * URL, resolved against the request's; no user name, query or fragment (they
 * may carry tokens), and secrets the path echoes masked. Null when there is
 * nothing safe to say.
 */
export function redirectTarget(location: string | null, requestUrl: string, secrets: readonly string[]): string | null {
  if (!location || !URL.canParse(location, requestUrl || undefined)) return null;
  const url = new URL(location, requestUrl || undefined);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const target = redact(`${url.origin}${url.pathname}`, secrets);
  return target.length <= MAX_LOCATION ? target : null;
}

/** Retry-After in ms, from seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
