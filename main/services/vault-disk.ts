// The vault file on disk: read once, kept aside when unreadable, and changed
// only through one queue of read-modify-write steps, each written atomically.
import { readTextIfExists, writeFileAtomic } from './secret-file';
import { moveAside, recoveryNotice, type StoreNotice } from './store-recovery';
import { emptyFile, parseVaultFile, type VaultFile } from './vault-file';

export interface VaultDisk {
  /** The file's content, read on first use; an unreadable file is moved aside. */
  load(): Promise<VaultFile>;
  /** Serialises read-modify-write so concurrent calls never lose an update. */
  mutate(change: (file: VaultFile) => void): Promise<void>;
  /** Messages for the user, e.g. that an unreadable vault file was kept aside. */
  recovered(): StoreNotice[];
}

export interface VaultDiskOptions {
  filePath: string;
  now: () => number;
  /** Called after each change, before it is written (the hint cache drops what it derived). */
  onChange: () => void;
}

export function createVaultDisk({ filePath, now, onChange }: VaultDiskOptions): VaultDisk {
  const recovered: StoreNotice[] = [];
  let loaded: Promise<VaultFile> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function load(): Promise<VaultFile> {
    loaded ??= (async () => {
      const text = await readTextIfExists(filePath);
      if (text === null) return emptyFile();
      const parsed = parseVaultFile(text);
      if (parsed) return parsed;
      const backup = moveAside(filePath, now());
      recovered.push(recoveryNotice('keys', backup));
      return emptyFile();
    })();
    return loaded;
  }

  return {
    load,
    mutate(change) {
      const run = queue.then(async () => {
        const file = await load();
        change(file);
        onChange();
        await writeFileAtomic(filePath, JSON.stringify(file));
      });
      queue = run.catch(() => undefined);
      return run;
    },
    recovered: () => [...recovered],
  };
}
