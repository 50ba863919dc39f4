// Who may call the double, and which exchange credentials it accepts.
// Demo credentials are any values starting with `demo`, so the demo mode and
// the tests never need a real key.
import type { IncomingHttpHeaders } from 'node:http';
import { type DoubleExchange, findExchange } from './catalog';

export function hasValidApiKey(headers: IncomingHttpHeaders, apiKey: string): boolean {
  return headers['x-api-key'] === apiKey;
}

export interface BalanceRequest {
  exchange: DoubleExchange;
  fields: Record<string, string>;
  name?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

const fail = (status: number, message: string): { ok: false; status: number; message: string } => ({ ok: false, status, message });

/** Validates a balance request body the way the real API does: fields first, then the exchange's verdict. */
export function checkBalanceRequest(body: unknown): Checked<BalanceRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail(400, 'Request body must be a JSON object with connectionId and connectionFields.');
  }
  const { connectionId, connectionFields, name } = body as Record<string, unknown>;
  if (typeof connectionId !== 'string' || connectionId === '') return fail(400, 'connectionId must be a non-empty string.');
  const exchange = findExchange(connectionId);
  if (!exchange) return fail(400, `connectionId "${connectionId}" is not a supported exchange. See GET /exchange/support.`);
  if (name !== undefined && typeof name !== 'string') return fail(400, 'name must be a string.');
  if (typeof connectionFields !== 'object' || connectionFields === null || Array.isArray(connectionFields)) {
    return fail(400, 'connectionFields must be an object of strings.');
  }
  const fields = connectionFields as Record<string, unknown>;
  const expected = exchange.connectionFields.map((f) => f.key);
  for (const key of expected) {
    if (typeof fields[key] !== 'string' || fields[key] === '') {
      return fail(400, `connectionFields.${key} is required for ${exchange.name}.`);
    }
  }
  for (const key of Object.keys(fields)) {
    if (!expected.includes(key)) return fail(400, `connectionFields.${key} is not a field of ${exchange.name}.`);
  }
  const strings = fields as Record<string, string>;
  if (!expected.every((key) => strings[key]?.startsWith('demo'))) return fail(401, exchange.rejection);
  return { ok: true, value: { exchange, fields: strings, ...(name !== undefined ? { name } : {}) } };
}
