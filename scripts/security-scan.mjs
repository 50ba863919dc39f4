#!/usr/bin/env node
// Runs Doyensec's Electronegativity over the repo (offline: the Electron
// version comes from package.json, as `-e` would give it) and fails on:
//   - any HIGH finding (never allowlistable),
//   - any MEDIUM finding not explained in .electronegativity/allowlist.json,
//   - any file it could not parse (an unscanned file is a blind spot),
//   - an allowlist entry without a reason.
// LOW and informational findings are printed, not gated.
// Usage: node scripts/security-scan.mjs [--json report.json]
// Same scan as `npx @doyensec/electronegativity -i . -e <electron> -r`, but
// through its programmatic API so we read the findings themselves instead of
// its CSV (which it writes with two racing async writes).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ALLOWLIST_PATH = '.electronegativity/allowlist.json';

/** @typedef {{ id: string, file: string, line: number, severity: string, confidence: string, manualReview: boolean, description: string }} Finding */
/** @typedef {{ check: string, file: string, reason: string }} Allowance */
/** @typedef {{ prefix: string, reason: string }} IgnoredPath */

export function loadAllowlist(text) {
  const data = JSON.parse(text);
  const problems = [];
  const reasoned = (entry, what) => {
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < 20) {
      problems.push(`${what} needs a reason of at least 20 characters`);
    }
  };
  const allow = Array.isArray(data.allow) ? data.allow : [];
  const ignorePaths = Array.isArray(data.ignorePaths) ? data.ignorePaths : [];
  allow.forEach((entry, i) => {
    if (typeof entry?.check !== 'string' || typeof entry?.file !== 'string') {
      problems.push(`allow[${i}] needs "check" and "file"`);
    }
    reasoned(entry, `allow[${i}] (${entry?.check} in ${entry?.file})`);
  });
  ignorePaths.forEach((entry, i) => {
    if (typeof entry?.prefix !== 'string' || !entry.prefix.endsWith('/')) {
      problems.push(`ignorePaths[${i}] needs a "prefix" ending in "/"`);
    }
    reasoned(entry, `ignorePaths[${i}] (${entry?.prefix})`);
  });
  return { allow, ignorePaths, problems };
}

/**
 * Sorts findings into what fails the scan and what does not. Pure, so the
 * policy itself is unit-tested.
 * @param {Finding[]} findings
 * @param {{ allow: Allowance[], ignorePaths: IgnoredPath[] }} allowlist
 */
export function judgeFindings(findings, allowlist) {
  const ignored = [];
  const blocking = [];
  const allowed = [];
  const informational = [];
  const used = new Set();
  for (const finding of findings) {
    const file = finding.file.replace(/\\/g, '/');
    if (allowlist.ignorePaths.some((p) => file.startsWith(p.prefix))) {
      ignored.push(finding);
    } else if (finding.severity === 'HIGH') {
      blocking.push(finding);
    } else if (finding.severity === 'MEDIUM') {
      const index = allowlist.allow.findIndex((a) => a.check === finding.id && a.file === file);
      if (index === -1) blocking.push(finding);
      else {
        used.add(index);
        allowed.push(finding);
      }
    } else {
      informational.push(finding);
    }
  }
  const stale = allowlist.allow.filter((_, i) => !used.has(i));
  return { blocking, allowed, informational, ignored, stale };
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const spec = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = typeof spec === 'string' ? spec.replace(/^[\^~=v]+/, '') : '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`security-scan: package.json must pin electron to an exact version (found ${JSON.stringify(spec)}).`);
  }
  return version;
}

const show = (f) => `  ${f.severity.padEnd(6)} ${f.id.padEnd(32)} ${f.file}:${f.line}${f.manualReview ? '  (review)' : ''}`;

async function main(argv) {
  const jsonAt = argv.indexOf('--json');
  const jsonPath = jsonAt === -1 ? null : argv[jsonAt + 1];
  const { allow, ignorePaths, problems } = loadAllowlist(readFileSync(resolve(root, ALLOWLIST_PATH), 'utf8'));
  if (problems.length > 0) {
    console.error(`security-scan: ${ALLOWLIST_PATH} is not valid:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  const version = electronVersion();
  const run = createRequire(import.meta.url)('@doyensec/electronegativity');
  const result = await run({
    input: root,
    isRelative: true,
    electronVersionOverride: version,
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: String(issue.file),
    line: issue.location?.line ?? 0,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
  }));
  const verdict = judgeFindings(findings, { allow, ignorePaths });
  const unparsed = result.errors.filter((e) => !e.tolerable);

  console.log(`\nElectronegativity ${result.globalChecks + result.atomicChecks} checks, Electron ${version}`);
  const section = (title, list) => {
    if (list.length > 0) console.log(`\n${title}:\n${list.map(show).join('\n')}`);
  };
  section('Blocking (HIGH, or MEDIUM not in the allowlist)', verdict.blocking);
  section('Allowlisted MEDIUM (see .electronegativity/allowlist.json)', verdict.allowed);
  section('Low / informational', verdict.informational);
  section(`Ignored paths (${ignorePaths.map((p) => p.prefix).join(', ')})`, verdict.ignored);
  for (const entry of verdict.stale) console.log(`\nnote: allowlist entry no longer needed: ${entry.check} in ${entry.file}`);
  for (const error of unparsed) console.error(`\nerror: could not parse ${error.file}: ${error.message}`);
  if (jsonPath) writeFileSync(resolve(jsonPath), `${JSON.stringify({ version, ...verdict, unparsed }, null, 2)}\n`);

  const high = verdict.blocking.filter((f) => f.severity === 'HIGH').length;
  const medium = verdict.blocking.length - high;
  console.log(
    `\nsecurity: ${high} high, ${medium} medium not allowlisted, ${verdict.allowed.length} allowlisted, ` +
      `${verdict.informational.length} low, ${unparsed.length} unparsed`,
  );
  return verdict.blocking.length > 0 || unparsed.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
