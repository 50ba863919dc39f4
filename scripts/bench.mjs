#!/usr/bin/env node
// `npm run bench`: runs every bench/*.ts (sorted by name, each in its own
// Node process through tsx), then prints a human table and the exact
// machine-readable lines (`metric: N`) the issues ask for.
//
// Protocol for bench files: print anything for humans, and one line per
// metric: `BENCH {"metric":"name","value":N,"unit":"ms","target":"<= 16"}`.
// A first-line comment `// bench-node-flags: --expose-gc ...` adds Node flags.
// Only files directly in bench/ are benches; subfolders (bench/renderer/…)
// and files starting with `_` hold their helpers. Pass name fragments to run
// only some: `npm run bench -- heap`.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const only = process.argv.slice(2);
const files = readdirSync(benchDir, { withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|mts|mjs)$/.test(e.name) && !e.name.startsWith('_'))
  .map((e) => e.name)
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();

function nodeFlags(file) {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^\/\/\s*bench-node-flags:\s*(.+)$/.exec(first);
  return m ? m[1].trim().split(/\s+/) : [];
}

function run(name) {
  const file = join(benchDir, name);
  return new Promise((resolve) => {
    // tsx for TypeScript, then the virtual modules Vite would give main's code.
    const child = spawn(process.execPath, [...nodeFlags(file), '--import', 'tsx', '--import', join(benchDir, '_virtual-modules.ts'), file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const results = [];
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('BENCH ')) {
          try {
            results.push(JSON.parse(line.slice(6)));
          } catch {
            console.error(`bench: ${name} printed a malformed BENCH line: ${line}`);
          }
        } else console.log(`  ${line}`);
      }
    });
    child.on('close', (code) => resolve({ name, code, results }));
  });
}

const all = [];
let failed = 0;
for (const name of files) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const outcome = await run(name);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s${outcome.code ? `, exit code ${outcome.code}` : ''})`);
  if (outcome.code) failed++;
  all.push(...outcome.results.map((r) => ({ ...r, file: name })));
}

const rows = [['metric', 'value', 'unit', 'target', 'bench'], ...all.map((r) => [r.metric, String(r.value), r.unit ?? '', r.target ?? '', r.file])];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const r of rows.slice(1)) console.log(line(r));
console.log('');
for (const r of all) console.log(`${r.metric}: ${r.value}`);
if (failed) {
  console.error(`bench: ${failed} bench file(s) failed`);
  process.exitCode = 1;
}
