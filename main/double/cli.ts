// `npm run double -- --port 4010`: serve the CoinStats double until stopped.
import { parseArgs } from 'node:util';
import { EXCHANGES } from './catalog';
import { startDouble } from './server';

const USAGE = 'Usage: npm run double -- [--port 4010] [--seed 1] [--api-key demo-key] [--sync-polls 2] [--no-rate-limit]';

function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got "${value}".\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        'api-key': { type: 'string' },
        'sync-polls': { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const apiKey = values['api-key'] ?? 'demo-key';
  const double = await startDouble({
    port: intOption('port', values.port, 4010),
    seed: intOption('seed', values.seed, 1),
    syncPolls: intOption('sync-polls', values['sync-polls'], 2),
    apiKey,
    ...(values['no-rate-limit'] ? { rateLimit: null } : {}),
  });
  console.log(`CoinStats double listening on ${double.url}`);
  console.log(`  CoinStats API key (X-API-KEY): ${apiKey}`);
  console.log('  Exchange credentials: any value starting with "demo", e.g.');
  for (const exchange of EXCHANGES) {
    const fields = Object.fromEntries(exchange.connectionFields.map((f, i) => [f.key, `demo${i + 1}`]));
    console.log(`    ${exchange.connectionId}: ${JSON.stringify(fields)}`);
  }
  console.log('  Paths are served with and without the /v1 prefix. Ctrl+C stops it.');

  const stop = (): void => {
    double.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const err = error as NodeJS.ErrnoException;
  console.error(err.code === 'EADDRINUSE' ? `Port already in use: ${err.message}. Pick another with --port.` : `Could not start the double: ${err.message}`);
  process.exit(1);
});
