// A stopped app's stored connections, rewritten as months of use would have
// left them (keys set 100 days ago, a last success 3 days ago): the clocks in
// the tests start at one instant, and running them through months of hourly
// refreshes would take hours. The file is the one the app reads at start.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConnectionMeta } from '../../common/types';

export const DAY = 24 * 60 * 60 * 1000;

/** Rewrites the connections in `<dir>/config.json` (the app must be stopped); returns them as written. */
export async function rewriteStoredConnections(
  dir: string,
  patch: (meta: ConnectionMeta) => Partial<ConnectionMeta>,
): Promise<ConnectionMeta[]> {
  const path = join(dir, 'config.json');
  const data = JSON.parse(await readFile(path, 'utf8')) as { connections: ConnectionMeta[] };
  data.connections = data.connections.map((meta) => ({ ...meta, ...patch(meta) }));
  await writeFile(path, JSON.stringify(data, null, '\t'));
  return data.connections;
}
