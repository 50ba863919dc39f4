// Acceptance for `npm run double`: the CLI serves the documented balance answer.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exchangeBalanceSchema, parseWith } from '../../../main/coinstats/schemas';

const root = join(import.meta.dirname, '..', '..', '..');
let child: ChildProcess | null = null;

afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  child = null;
});

/** Starts the CLI and resolves with its stdout once the listening line appears. */
function startCli(args: string[]): Promise<{ url: string; output: () => string }> {
  child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['main/double/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the double did not start in 15 s; stderr: ${err}`)), 15_000);
    child?.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /CoinStats double listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      // The banner ends with how to stop it; wait for all of it.
      if (match?.[1] && out.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => out });
      }
    });
    child?.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the double exited with ${code}; stderr: ${err}`));
    });
  });
}

describe('npm run double', () => {
  it('--port 0 prints the real port and the demo credentials, answers the documented balance, stops on SIGTERM', async () => {
    const { url, output } = await startCli(['--port', '0']);
    expect(url).not.toMatch(/:0$/);
    expect(output()).toMatch(/X-API-KEY\): demo-key/);
    expect(output()).toMatch(/binance: \{"apiKey":"demo1","apiSecret":"demo2"\}/);
    const res = await fetch(`${url}/v1/exchange/balance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-API-KEY': 'demo-key' },
      body: JSON.stringify({ connectionId: 'binance', connectionFields: { apiKey: 'demo1', apiSecret: 'demo2' } }),
    });
    expect(res.status).toBe(200);
    const parsed = parseWith(exchangeBalanceSchema, await res.json());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.portfolio).toMatchObject({ connectionId: 'binance', id: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const running = child;
    running?.kill('SIGTERM');
    const [code] = (await once(running as ChildProcess, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('refuses a bad port with a one-line explanation', async () => {
    await expect(startCli(['--port', 'abc'])).rejects.toThrow(/--port must be a non-negative integer, got "abc"/);
  });
});
