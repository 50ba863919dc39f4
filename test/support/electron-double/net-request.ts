// Electron's `net.request` and the `session` it runs in, as
// lib/browser/api/net.ts and lib/common/api/net-client-request.ts (v45)
// implement them: a ClientRequest is a Writable whose end() starts the
// request; the answer is an IncomingMessage (a Readable) whose headers follow
// Node's duplicate rules; redirects obey the `redirect` policy ('follow',
// 'error', or 'manual', where a 'redirect' listener must call
// followRedirect() at once or the request dies); a failure is an Error
// whose message is Chromium's net error name (net/base/net_error_list.h).
// Chromium's network service is modelled by Node's http, and it reaches only
// loopback servers a test started: any other host fails as unresolvable.
import { Readable, Writable } from 'node:stream';
import { request as httpRequest, type ClientRequest as NodeRequest, type IncomingMessage as NodeResponse } from 'node:http';
import type { ClientRequestConstructorOptions } from 'electron';
import type { DesktopWorld } from './world';

/** Headers Node's http discards duplicates of; others are joined with ', ' (net-client-request.ts). */
const FIRST_ONLY = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);
/** The hosts a test's own servers listen on: anything else cannot be reached from the double. */
export const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Node's socket errors as Chromium's network service names them (net_error_list.h). */
function netError(error: NodeJS.ErrnoException): string {
  const names: Record<string, string> = {
    ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
    ECONNRESET: 'net::ERR_CONNECTION_RESET',
    ETIMEDOUT: 'net::ERR_TIMED_OUT',
    ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  };
  return names[error.code ?? ''] ?? 'net::ERR_FAILED';
}

/** session.md, fromPartition: one Session per partition, its options fixed by the first call. */
export class SessionDouble {
  constructor(
    readonly partition: string,
    readonly cache: boolean,
  ) {}
}

export function createSessionModule(world: DesktopWorld) {
  const sessions = new Map<string, SessionDouble>();
  const fromPartition = (partition: string, options: { cache?: boolean } = {}): SessionDouble => {
    if (!world.ready) throw new TypeError('Session can only be received when app is ready');
    let session = sessions.get(partition);
    if (!session) sessions.set(partition, (session = new SessionDouble(partition, options.cache ?? true)));
    return session;
  };
  return {
    fromPartition,
    get defaultSession(): SessionDouble {
      return fromPartition('');
    },
  };
}

/** The response, a Readable fed by the loader (IncomingMessage in net-client-request.ts). */
export class IncomingMessageDouble extends Readable {
  private resumeLoader: (() => void) | null = null;

  constructor(
    readonly statusCode: number,
    readonly statusMessage: string,
    private readonly raw: string[],
  ) {
    super();
  }

  get headers(): Record<string, string | string[]> {
    const grouped = new Map<string, string[]>();
    for (let i = 0; i < this.raw.length; i += 2) {
      const name = this.raw[i]!.toLowerCase();
      grouped.set(name, [...(grouped.get(name) ?? []), this.raw[i + 1]!]);
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, values] of grouped) headers[name] = name === 'set-cookie' ? values : FIRST_ONLY.has(name) ? values[0]! : values.join(', ');
    return headers;
  }

  get rawHeaders(): string[] {
    return [...this.raw];
  }

  /** The loader hands over a chunk (null: the body is complete) and pauses until the reader wants more. */
  deliver(chunk: Buffer | null, resume: () => void): void {
    if (this.push(chunk)) resume();
    else this.resumeLoader = resume;
  }

  override _read(): void {
    const resume = this.resumeLoader;
    this.resumeLoader = null;
    resume?.();
  }
}

type RedirectPolicy = 'follow' | 'error' | 'manual';

function urlOf(options: ClientRequestConstructorOptions | string): URL {
  if (typeof options === 'string') return new URL(options);
  if (options.url) return new URL(options.url);
  if (options.path && / /.test(options.path)) throw new TypeError('Request path contains unescaped characters');
  const host = options.host ?? `${options.hostname ?? 'localhost'}${options.port ? `:${options.port}` : ''}`;
  return new URL(options.path ?? '/', `${options.protocol ?? 'http:'}//${host}`);
}

/** A request in flight: Writable, started by end(), as ClientRequest in net-client-request.ts. */
export class ClientRequestDouble extends Writable {
  private readonly headers = new Map<string, { name: string; value: string }>();
  private readonly policy: RedirectPolicy;
  private readonly method: string;
  private url: URL;
  private started = false;
  private aborted = false;
  private pending: NodeRequest | null = null;
  private response: IncomingMessageDouble | null = null;
  private followRedirectCallback: (() => void) | undefined;

  constructor(
    private readonly world: DesktopWorld,
    options: ClientRequestConstructorOptions | string,
  ) {
    super({ autoDestroy: true });
    const opts = typeof options === 'string' ? {} : options;
    this.url = urlOf(options);
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') throw new Error('ClientRequest only supports http: and https: protocols');
    this.policy = (opts.redirect ?? 'follow') as RedirectPolicy;
    if (!['follow', 'error', 'manual'].includes(this.policy)) throw new Error('redirect mode should be one of follow, error or manual');
    if (opts.session && !(opts.session instanceof SessionDouble)) throw new TypeError('`session` should be an instance of the Session class');
    this.method = (opts.method ?? 'GET').toUpperCase();
    for (const [name, value] of Object.entries(opts.headers ?? {})) this.setHeader(name, String(value));
  }

  setHeader(name: string, value: string): void {
    if (this.started) throw new Error("Can't set headers after they are sent");
    if (value == null) throw new Error(`\`value\` required in setHeader("${name}", value)`);
    this.headers.set(name.toLowerCase(), { name, value: String(value) });
  }

  getHeader(name: string): string | undefined {
    return this.headers.get(name.toLowerCase())?.value;
  }

  removeHeader(name: string): void {
    if (this.started) throw new Error("Can't remove headers after they are sent");
    this.headers.delete(name.toLowerCase());
  }

  followRedirect(): void {
    if (!this.followRedirectCallback) throw new Error('followRedirect() called, but was not waiting for a redirect');
    this.followRedirectCallback();
  }

  abort(): void {
    if (!this.aborted) process.nextTick(() => this.emit('abort'));
    this.aborted = true;
    this.die();
  }

  override _write(_chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    // Tallybar's and electron-updater's requests carry no body; a model of uploads is not needed.
    callback(new Error('Electron double: request bodies are not modelled'));
  }

  override _final(callback: () => void): void {
    this.started = true;
    this.load(this.url);
    callback();
  }

  /** Chromium's URL loader, for one URL of the redirect chain. */
  private load(url: URL): void {
    if (this.aborted) return;
    this.world.touch('net.request');
    if (!this.world.online) return void process.nextTick(() => this.fail('net::ERR_INTERNET_DISCONNECTED'));
    if (!LOOPBACK.has(url.hostname)) {
      this.world.record({ kind: 'ignored', api: 'net.request', why: `${url.origin} is not a loopback server the test started` });
      return void process.nextTick(() => this.fail('net::ERR_NAME_NOT_RESOLVED'));
    }
    const headers = Object.fromEntries([...this.headers.values()].map(({ name, value }) => [name, value]));
    const request = httpRequest(url, { method: this.method, headers });
    this.pending = request;
    request.on('error', (error) => this.fail(netError(error)));
    request.on('response', (res) => this.answered(url, res));
    request.end();
  }

  private answered(url: URL, res: NodeResponse): void {
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.resume();
      const next = new URL(location, url);
      this.redirect(status, next, res);
      return;
    }
    const response = (this.response = new IncomingMessageDouble(status, res.statusMessage ?? '', res.rawHeaders));
    this.emit('response', response);
    res.on('data', (chunk: Buffer) => {
      res.pause();
      response.deliver(chunk, () => res.resume());
    });
    res.on('end', () => {
      if (res.complete) response.deliver(null, () => undefined);
    });
    // A body that stops short: Chromium checks it against Content-Length.
    res.on('close', () => {
      if (!res.complete) this.fail(res.headers['content-length'] ? 'net::ERR_CONTENT_LENGTH_MISMATCH' : 'net::ERR_CONNECTION_RESET');
    });
  }

  private redirect(statusCode: number, next: URL, res: NodeResponse): void {
    const newMethod = statusCode === 303 && this.method !== 'HEAD' ? 'GET' : this.method;
    const headers = res.headers as Record<string, string | string[]>;
    if (this.policy === 'error') return this.fail("Attempted to redirect, but redirect policy was 'error'");
    let follow = this.policy === 'follow';
    this.followRedirectCallback = () => void (follow = true);
    try {
      this.emit('redirect', statusCode, newMethod, next.href, headers);
    } finally {
      this.followRedirectCallback = undefined;
    }
    if (this.aborted) return;
    if (!follow) return this.fail('Redirect was cancelled');
    this.url = next;
    this.load(next);
  }

  private fail(message: string): void {
    if (this.aborted) return;
    this.die(new Error(message));
  }

  /** _die in net-client-request.ts: an ended request is already destroyed, so the error is emitted by hand. */
  private die(error?: Error): void {
    if (this.destroyed && error) this.emit('error', error);
    this.destroy(error);
    this.pending?.destroy();
    this.pending = null;
    this.response?.destroy(error);
  }
}

type NetRequest = (options: ClientRequestConstructorOptions | string, callback?: (response: IncomingMessageDouble) => void) => ClientRequestDouble;

/** net.request (net.ts): only after app is ready. */
export function createNetRequest(world: DesktopWorld): NetRequest {
  return (options, callback) => {
    if (!world.ready) throw new Error('net module can only be used after app is ready');
    const request = new ClientRequestDouble(world, options);
    if (callback) request.once('response', callback);
    return request;
  };
}
