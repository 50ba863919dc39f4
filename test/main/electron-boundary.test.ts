// Pure core, thin adapters: no file under main/ outside the adapters and
// main/index.ts may import electron (or electron-store, which imports it) at
// run time. Lint enforces this too; this test makes CI enforce it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Run-time imports of a module: `import x from`, `import {x} from`, `require()`, `import()`. */
function runtimeImportsOf(source: string, module: string): string[] {
  const quoted = `['"]${module.replace(/[-/]/g, (c) => `\\${c}`)}['"]`;
  const patterns = [
    new RegExp(`^\\s*import\\s+(?!type\\b)[^;]*?from\\s+${quoted}`, 'gm'),
    new RegExp(`^\\s*import\\s+${quoted}`, 'gm'),
    new RegExp(`require\\(\\s*${quoted}\\s*\\)`, 'g'),
    new RegExp(`import\\(\\s*${quoted}\\s*\\)`, 'g'),
  ];
  return patterns.flatMap((pattern) => source.match(pattern) ?? []).filter((hit) => !/import\s*\{\s*type\b[^}]*\}\s*from/.test(hit) || /,\s*(?!type\b)\w/.test(hit));
}

describe('electron import boundary', () => {
  it('detects the import forms it is meant to catch', () => {
    expect(runtimeImportsOf(`import { app } from 'electron';`, 'electron')).toHaveLength(1);
    expect(runtimeImportsOf(`import electron from "electron"`, 'electron')).toHaveLength(1);
    expect(runtimeImportsOf(`const e = require('electron')`, 'electron')).toHaveLength(1);
    expect(runtimeImportsOf(`await import('electron')`, 'electron')).toHaveLength(1);
    expect(runtimeImportsOf(`import type { App } from 'electron';`, 'electron')).toHaveLength(0);
    expect(runtimeImportsOf(`import { type App } from 'electron';`, 'electron')).toHaveLength(0);
    expect(runtimeImportsOf(`import { type App, app } from 'electron';`, 'electron')).toHaveLength(1);
  });

  it('keeps electron and electron-store out of everything but adapters and main/index.ts', () => {
    const offenders = sourceFiles(join(root, 'main'))
      .map((file) => relative(root, file))
      .filter((file) => !file.startsWith('main/adapters/') && file !== 'main/index.ts')
      .filter((file) => {
        const source = readFileSync(join(root, file), 'utf8');
        return runtimeImportsOf(source, 'electron').length + runtimeImportsOf(source, 'electron-store').length > 0;
      });
    expect(offenders).toEqual([]);
  });
});
