// One request through the double, in the order the real service's layers
// would see it: icons and routing, faults (the network and gateway in front
// of the API), admission (key, rate limit, credits), then the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasValidApiKey } from './auth';
import { largeBalances } from './balances';
import { type DoubleRoute, type Fault, type FaultBook, applyDrift, withLargeBalances } from './faults';
import type { Answer, DoubleState } from './handlers';
import { sendGzipBomb, sendHalfThenDrop, streamOversized } from './hostile-bodies';
import { iconSvg } from './icons';
import type { RateLimiter } from './rate-limit';
import type { RequestLogEntry } from './request-log';
import { HTML_ERROR_PAGE, MESSAGES, defaultMessage, errorBody, noRouteBody, sendJson, sendRaw } from './responses';
import { answerFor, routeOf } from './routes';
import type { Storm } from './storm';

export interface RequestContext {
  state: DoubleState;
  /** The CoinStats key the double accepts. */
  apiKey: string;
  prefixes: ReadonlyArray<'/v1' | ''>;
  faults: FaultBook;
  limiter: RateLimiter;
  storm: Storm;
  sleep: (ms: number) => Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

type Fail = (status: number, message: string) => void;

export async function handleRequest(ctx: RequestContext, req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const icon = /^\/icons\/(coins|exchanges)\/([\w.-]+)\.svg$/.exec(url.pathname);
  if (method === 'GET' && icon?.[2]) return sendRaw(res, 200, 'image/svg+xml', iconSvg(icon[2]));
  const route = routeOf(ctx.prefixes, method, url.pathname);
  if (!route) return sendJson(res, 404, noRouteBody(method, url.pathname));
  const fail: Fail = (status, message) => sendJson(res, status, errorBody(status, message, url.pathname));

  // Faults come first: they stand for the network and the gateway in front of the API.
  const fault = ctx.faults.take(route);
  if (answeredByFault(fault, req, res, fail, url)) return;

  if (!hasValidApiKey(req.headers, ctx.apiKey)) return fail(401, MESSAGES.apiKeyInvalid);
  if (ctx.storm.refuses(route, entry.at)) {
    return sendJson(res, 429, errorBody(429, MESSAGES.rateLimited, url.pathname), ctx.storm.headers());
  }
  if (!ctx.limiter.tryAcquire(entry.at)) return fail(429, MESSAGES.rateLimited);
  if (ctx.state.meter.wouldExceed(route)) return fail(429, MESSAGES.outOfCredits);
  // Slow means slow processing: the request was admitted and will be charged.
  if (fault?.kind === 'slow') await ctx.sleep(fault.ms);

  let body: unknown;
  if (method === 'POST') {
    const parsed = await readJson(req);
    if (!parsed.ok) return fail(400, parsed.message);
    body = parsed.value;
  }
  const answer = answerFor(ctx.state, route, body, url.searchParams);
  if (answer.status >= 400) {
    const message = (answer.body as { message: string }).message;
    return fail(answer.status, message);
  }
  ctx.state.meter.charge(route);
  await sendAnswer(ctx.state, route, answer, fault, res);
}

/** Faults that answer in the API's place; true when one did. */
function answeredByFault(fault: Fault | null, req: IncomingMessage, res: ServerResponse, fail: Fail, url: URL): boolean {
  if (fault?.kind === 'reset') {
    req.socket.resetAndDestroy();
    return true;
  }
  if (fault?.kind === 'redirect') {
    res.writeHead(fault.status ?? 302, { location: fault.location ?? `${url.pathname}${url.search}`, 'content-length': 0 });
    res.end();
    return true;
  }
  if (fault?.kind === 'html') {
    sendRaw(res, 502, 'text/html; charset=utf-8', HTML_ERROR_PAGE);
    return true;
  }
  if (fault?.kind !== 'status') return false;
  if (typeof fault.body === 'string') sendRaw(res, fault.status, 'text/html; charset=utf-8', fault.body);
  else if (fault.body !== undefined) sendJson(res, fault.status, fault.body);
  else fail(fault.status, defaultMessage(fault.status));
  return true;
}

/** Sends a successful answer, damaged or replaced first by the fault, if any. */
async function sendAnswer(state: DoubleState, route: DoubleRoute, answer: Answer, fault: Fault | null, res: ServerResponse): Promise<void> {
  if (fault?.kind === 'oversized') return streamOversized(res, fault.megabytes);
  if (fault?.kind === 'gzip-bomb') return sendGzipBomb(res, fault.megabytes ?? 200);
  let out = answer.body;
  if (fault?.kind === 'drift') out = applyDrift(out, fault.variant);
  if (fault?.kind === 'large' && route === 'balance') out = withLargeBalances(out, largeBalances(state.seed, state.universe, fault.rows));
  const text = JSON.stringify(out);
  if (fault?.kind === 'truncated') {
    // Complete HTTP, incomplete JSON: what a proxy cutting a body short delivers.
    return sendRaw(res, answer.status, 'application/json; charset=utf-8', text.slice(0, Math.floor(text.length / 2)));
  }
  if (fault?.kind === 'cut-short' || fault?.kind === 'reset-mid-body') {
    return sendHalfThenDrop(res, answer.status, text, fault.kind === 'reset-mid-body');
  }
  sendRaw(res, answer.status, 'application/json; charset=utf-8', text);
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { ok: false, message: 'Request body is too large.' };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON.' };
  }
}
