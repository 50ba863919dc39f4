#!/usr/bin/env node
// `npm test`: build the bundles the end-to-end suite loads (the real preload
// and renderer), then run every vitest project, writing vitest's JSON report
// to artifacts/test-report.json for CI's summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { binEntry } from './start-plan.mjs';

// A package's JavaScript CLI under this Node: no `.bin` shim, which Windows
// cannot spawn without a shell (CVE-2024-27980), as in scripts/start.mjs.
const require = createRequire(join(process.cwd(), 'package.json'));
const cli = (name) => {
  const dir = dirname(require.resolve(`${name}/package.json`));
  return binEntry(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), dir, name, process.platform);
};
const run = (name, args) => spawnSync(process.execPath, [cli(name), ...args], { stdio: 'inherit' }).status ?? 1;

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Tallybar's tests need Node 22 or newer (this is ${process.version}); run them with \`npm test\` after \`npm ci\`, which provisions Node 22 on Linux x64.`);
  process.exit(1);
}

mkdirSync('artifacts', { recursive: true });
const built = run('electron-vite', ['build', '--logLevel', 'warn']);
if (built !== 0) {
  console.error('The build failed, so the tests did not run.');
  process.exit(built);
}
process.exit(
  run('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=artifacts/test-report.json',
    ...process.argv.slice(2),
  ]),
);
