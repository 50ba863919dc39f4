// Every request the double received, for tests that count calls and measure spacing.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestLogEntry {
  method: string;
  path: string;
  /** Arrival time, ms since the epoch with sub-ms precision. */
  at: number;
  status: number;
}

/** Demo mode runs for days: keep the request log bounded. */
const MAX_LOG_ENTRIES = 20_000;

export interface RequestLog {
  /** Logs a request on arrival; its status is filled in when the answer is sent. */
  record(req: IncomingMessage, res: ServerResponse): RequestLogEntry;
  entries(): ReadonlyArray<RequestLogEntry>;
  /** The log's clock: ms since the epoch, sub-ms precision. */
  now(): number;
}

const now = (): number => performance.timeOrigin + performance.now();

export function createRequestLog(): RequestLog {
  const log: RequestLogEntry[] = [];
  return {
    record(req, res) {
      const entry: RequestLogEntry = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        at: now(),
        status: 0,
      };
      if (log.length >= MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES + 1);
      log.push(entry);
      // 'close' too: an answer the client stopped reading (or the double dropped) never finishes.
      const settle = (): void => {
        entry.status ||= res.headersSent ? res.statusCode : 0;
      };
      res.on('finish', settle);
      res.on('close', settle);
      return entry;
    },
    entries: () => log,
    now,
  };
}
