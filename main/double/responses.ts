// How the double answers: the documented error bodies, byte for byte in shape.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export const MESSAGES = {
  apiKeyInvalid: 'Your API Key is invalid or has been revoked.',
  outOfCredits: 'You have used all credits of your plan for this month. Upgrade your plan or wait for the next billing period.',
  rateLimited: 'Too many requests. Please slow down and try again later.',
} as const;

const DEFAULT_MESSAGE: Record<number, string> = {
  400: 'Bad Request',
  401: MESSAGES.apiKeyInvalid,
  403: 'Your current plan does not include access to this endpoint. Please upgrade your plan.',
  404: 'Not Found',
  409: 'Transactions not synced',
  429: MESSAGES.rateLimited,
  500: 'Internal server error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function defaultMessage(status: number): string {
  return DEFAULT_MESSAGE[status] ?? `HTTP ${status}`;
}

/** `{statusCode, message, requestId, path}`; the 503 body has only the first two. */
export function errorBody(status: number, message: string, path: string): Record<string, unknown> {
  if (status === 503) return { statusCode: status, message };
  return { statusCode: status, message, requestId: randomUUID(), path };
}

/** NestJS's answer for a route it does not have: how a wrong path prefix shows up. */
export function noRouteBody(method: string, path: string): Record<string, unknown> {
  return { message: `Cannot ${method} ${path}`, error: 'Not Found', statusCode: 404 };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendRaw(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

export function sendRaw(res: ServerResponse, status: number, contentType: string, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** What a CDN in front of an API shows when the origin is down. */
export const HTML_ERROR_PAGE = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>
`;
