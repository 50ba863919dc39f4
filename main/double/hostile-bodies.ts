// Answers that break the client's assumptions about a body: one cut short
// against its content-length, one reset mid-way, one far larger than any
// balance, and a small gzip body that expands to hundreds of MB. The large
// ones are streamed or kept compressed, so the double never holds them whole
// (tests and benchmarks measure the client's heap in the same process).
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

const JSON_TYPE = 'application/json; charset=utf-8';
const MB = 1024 * 1024;

/**
 * A reset right behind the data reaches undici as an orderly close ("other
 * side closed"); after a short pause it is seen as the ECONNRESET it is, as
 * when a connection dies mid-transfer.
 */
const RESET_AFTER_MS = 20;

/** Announces all of `text`, sends half, then closes the connection (`reset`: with a TCP RST). */
export function sendHalfThenDrop(res: ServerResponse, status: number, text: string, reset: boolean): void {
  const bytes = Buffer.from(text, 'utf8');
  const { socket } = res;
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': bytes.length });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => {
    if (!reset) return void socket?.destroy();
    setTimeout(() => {
      if (socket && !socket.destroyed) socket.resetAndDestroy();
    }, RESET_AFTER_MS).unref();
  });
}

/** Resolves once `res` can take more, or is gone; leaves no listener behind. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Writes `chunk` until `total` bytes went out or the client hung up, waiting on backpressure. */
async function writeRepeated(res: ServerResponse, chunk: Buffer, total: number): Promise<void> {
  for (let sent = 0; sent < total && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
}

/** A balance answer of `megabytes` of filler rows: valid JSON, far past any real account. */
export async function streamOversized(res: ServerResponse, megabytes: number): Promise<void> {
  const row = '{"coinId":"filler","amount":1,"price":1,"priceBtc":0.00001},';
  const rows = Buffer.from(row.repeat(Math.ceil(64 * 1024 / row.length)));
  res.writeHead(200, { 'content-type': JSON_TYPE });
  res.write('{"balances":[');
  await writeRepeated(res, rows, megabytes * MB);
  if (!res.destroyed) res.end('{"coinId":"filler","amount":1,"price":1,"priceBtc":0.00001}],"portfolio":{"id":"x","status":"synced","connectionId":"x"}}');
}

/** Compressed bombs by size: made once (about 0.3 s for 200 MB), then sent as they are. */
const bombs = new Map<number, Promise<Buffer>>();

function gzipOf(megabytes: number): Promise<Buffer> {
  let bomb = bombs.get(megabytes);
  if (!bomb) {
    bomb = (async () => {
      const gzip = createGzip({ level: 9 });
      const parts: Buffer[] = [];
      gzip.on('data', (part: Buffer) => parts.push(part));
      const ended = once(gzip, 'end');
      gzip.write('{"balances":[');
      const spaces = Buffer.alloc(MB, 0x20);
      for (let i = 0; i < megabytes; i++) if (!gzip.write(spaces)) await once(gzip, 'drain');
      gzip.end();
      await ended;
      return Buffer.concat(parts);
    })();
    bombs.set(megabytes, bomb);
  }
  return bomb;
}

export async function sendGzipBomb(res: ServerResponse, megabytes: number): Promise<void> {
  const body = await gzipOf(megabytes);
  if (res.headersSent || res.destroyed) return;
  res.writeHead(200, { 'content-type': JSON_TYPE, 'content-encoding': 'gzip', 'content-length': body.length });
  res.end(body);
}
