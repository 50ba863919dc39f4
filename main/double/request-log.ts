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
}

export function createRequestLog(): RequestLog {
  const log: RequestLogEntry[] = [];
  return {
    record(req, res) {
      const entry: RequestLogEntry = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        at: performance.timeOrigin + performance.now(),
        status: 0,
      };
      if (log.length >= MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES + 1);
      log.push(entry);
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
      return entry;
    },
    entries: () => log,
  };
}
