// Reads what CoinStats says when a call fails. Three JSON shapes are in the
// wild ({statusCode, message, requestId, path}; {statusCode, message} on 503;
// {error, message} from older deployments), plus HTML pages from proxies.

export interface ErrorBody {
  message: string | null;
  requestId: string | null;
  /** Set when the answer was an HTML page: its <title>, or a generic label. */
  htmlTitle: string | null;
}

export function readErrorBody(text: string, contentType: string | null): ErrorBody {
  const trimmed = text.trim();
  if (/html/i.test(contentType ?? '') || /^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    return { message: null, requestId: null, htmlTitle: title || 'an HTML page' };
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    // Plain text: keep a short first line; it is often the only clue.
    const line = trimmed.split('\n')[0]?.slice(0, 200) ?? '';
    return { message: line || null, requestId: null, htmlTitle: null };
  }
  if (typeof data !== 'object' || data === null) return { message: null, requestId: null, htmlTitle: null };
  const body = data as Record<string, unknown>;
  const message = firstString(body.message) ?? firstString(body.error);
  const requestId = typeof body.requestId === 'string' ? body.requestId : null;
  return { message, requestId, htmlTitle: null };
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
