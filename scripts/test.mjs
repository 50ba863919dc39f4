#!/usr/bin/env node
// `npm test`: build the bundles the end-to-end suite loads (the real preload
// and renderer), then run every vitest project, writing vitest's JSON report
// to artifacts/test-report.json for CI's summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Tallybar's tests need Node 22 or newer (this is ${process.version}); run them with \`npm test\` after \`npm ci\`, which provisions Node 22 on Linux x64.`);
  process.exit(1);
}

mkdirSync('artifacts', { recursive: true });
const built = run(bin('electron-vite'), ['build', '--logLevel', 'warn']);
if (built !== 0) {
  console.error('The build failed, so the tests did not run.');
  process.exit(built);
}
process.exit(
  run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=artifacts/test-report.json',
    ...process.argv.slice(2),
  ]),
);
