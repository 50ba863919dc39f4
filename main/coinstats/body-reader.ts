// Reads an answer's body as text, bounded twice: by a deadline (ky's timeout
// covers only the headers, and a body can trickle in) and by size, counted
// after decompression, so a small gzip body that expands to hundreds of MB is
// never held: reading stops, and the connection is dropped, once past the cap.

/**
 * The largest answer Tallybar reads. The biggest real accounts (100,000 rows
 * of spam airdrops, issue 9) are about 10 MB of JSON; 16 MB leaves them room
 * while bounding what one answer costs the heap (the text and its parsed copy
 * are held at once).
 */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export type BodyFailure = 'timeout' | 'too_large' | 'cut_short';

export type BodyRead =
  | { ok: true; text: string }
  | {
      ok: false;
      failure: BodyFailure;
      /** Bytes that arrived (decoded) before reading stopped. */
      received: number;
      /** What content-length announced, when it counts the same bytes (no content-encoding). */
      expected: number | null;
    };

/** content-length when it counts decoded bytes; a compressed body's says nothing about its real size. */
function announcedLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

export async function readBody(response: Response, timeoutMs: number): Promise<BodyRead> {
  const expected = announcedLength(response);
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, text: '' };
  const stop = (failure: BodyFailure, received: number): BodyRead => {
    // Cancelling drops the connection, so the rest is never downloaded either.
    reader.cancel().catch(() => undefined);
    return { ok: false, failure, received, expected };
  };
  if (expected !== null && expected > MAX_ANSWER_BYTES) return stop('too_large', 0);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // A pending read then resolves as done; `timedOut` says why.
    reader.cancel().catch(() => undefined);
  }, timeoutMs);
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return stop('timeout', received);
      if (done) break;
      received += value.byteLength;
      if (received > MAX_ANSWER_BYTES) return stop('too_large', received);
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    // undici's "terminated": the connection closed or was reset mid-body.
    return stop(timedOut ? 'timeout' : 'cut_short', received);
  } finally {
    clearTimeout(timer);
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
