// Atomic, owner-only file writes for the vault. A crash mid-write must leave
// either the old file or the new one, never half of each: write a temp file in
// the same folder, fsync it, rename it over the target, then fsync the folder
// so the rename itself survives a power cut.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const OWNER_ONLY = 0o600;

export async function writeFileAtomic(filePath: string, data: string): Promise<void> {
  const dir = dirname(filePath);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', OWNER_ONLY);
  try {
    await handle.writeFile(data, 'utf8');
    // Mode at creation is reduced by the umask; make it exact.
    await handle.chmod(OWNER_ONLY);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Best effort: Windows cannot open a directory for fsync, and does not need to. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on directories; the rename already happened.
  }
}

/** The file's text, or null when it does not exist yet. */
export async function readTextIfExists(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
