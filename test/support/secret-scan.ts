// Looks for plaintext secrets where none may be: files the app wrote, log
// lines, IPC responses, DOM text. Findings name where and which secret (by
// index), never the secret itself, so a failing test does not leak it either.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BASE64_TOKEN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;

/** The forms a leaked secret could take in text: as is, and escaped in JSON. */
function formsOf(secret: string): string[] {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return escaped === secret ? [secret] : [secret, escaped];
}

/** Text hidden in base64 runs (a "stored as base64" leak is still a leak). */
function decodedBase64(text: string): string {
  const parts: string[] = [];
  for (const token of text.match(BASE64_TOKEN) ?? []) {
    parts.push(Buffer.from(token, 'base64').toString('utf8'));
    if (/[-_]/.test(token)) parts.push(Buffer.from(token, 'base64url').toString('utf8'));
  }
  return parts.join('\n');
}

/** Findings such as `IPC response: secret #12 (base64)`; empty when clean. */
export function findSecretsInText(text: string, secrets: readonly string[], label: string): string[] {
  const decoded = decodedBase64(text);
  const findings: string[] = [];
  secrets.forEach((secret, index) => {
    if (secret === '') return;
    for (const form of formsOf(secret)) {
      if (text.includes(form)) findings.push(`${label}: secret #${index} (plain)`);
      else if (decoded.includes(form)) findings.push(`${label}: secret #${index} (base64)`);
      else continue;
      break;
    }
  });
  return findings;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Scans every file under `dir`, recursively: raw bytes read as UTF-8, and base64 runs decoded. */
export function scanForSecrets(dir: string, secrets: readonly string[]): string[] {
  return filesUnder(dir).flatMap((file) =>
    findSecretsInText(readFileSync(file).toString('utf8'), secrets, relative(dir, file)),
  );
}
