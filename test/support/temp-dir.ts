// Real folders for tests that touch files: one per test, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export async function makeTempDir(prefix = 'tallybar-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Call at the top of a describe/file; returns a function giving a fresh dir. */
export function useTempDirs(prefix?: string): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await makeTempDir(prefix);
    made.push(dir);
    return dir;
  };
}
