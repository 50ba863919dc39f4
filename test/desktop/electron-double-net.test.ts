// The double's net.request and session against a server on 127.0.0.1: the
// rules of lib/browser/api/net.ts and lib/common/api/net-client-request.ts
// (v45) that electron-updater relies on, checked on the double itself so an
// update scenario cannot pass on a double that forgot one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createElectronDouble } from '../support/electron-double/electron-double';
import type { ClientRequestDouble, IncomingMessageDouble, SessionDouble } from '../support/electron-double/net-request';
import { PLATFORMS } from '../support/electron-double/platforms';
import { DesktopWorld, newMachine } from '../support/electron-double/world';

interface NetModule {
  net: { request(options: object | string): ClientRequestDouble };
  session: { fromPartition(partition: string, options?: { cache?: boolean }): SessionDouble };
}

function double() {
  const platform = PLATFORMS['linux-x11'];
  const world = new DesktopWorld({ platform, machine: newMachine('/nowhere/u', '/nowhere/d'), context: {} as BrowserContext, appPath: '/nowhere', version: '0.0.0', installerAumid: 'x', safeStorage: platform.safeStorage });
  const electron = createElectronDouble(world);
  return { world, electron, m: electron.module as unknown as NetModule };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** end() the request; resolve with the response and its body, or the first error. */
function send(request: ClientRequestDouble): Promise<{ response: IncomingMessageDouble; body: string }> {
  return new Promise((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response: IncomingMessageDouble) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => resolve({ response, body: Buffer.concat(chunks).toString() }));
    });
    request.end();
  });
}

describe('net.request and session (net.ts, net-client-request.ts, session.md)', () => {
  it('refuses before ready; then only http(s), a real Session, and a known redirect mode', () => {
    const { electron, m } = double();
    expect(() => m.net.request('http://127.0.0.1/')).toThrow('net module can only be used after app is ready');
    expect(() => m.session.fromPartition('electron-updater')).toThrow(TypeError);
    electron.app.emitReady();
    expect(() => m.net.request('file:///etc/passwd')).toThrow('ClientRequest only supports http: and https: protocols');
    expect(() => m.net.request({ url: 'http://127.0.0.1/', session: {} })).toThrow('`session` should be an instance of the Session class');
    expect(() => m.net.request({ url: 'http://127.0.0.1/', redirect: 'sometimes' })).toThrow('redirect mode should be one of follow, error or manual');
    const updater = m.session.fromPartition('electron-updater', { cache: false });
    expect(m.session.fromPartition('electron-updater', { cache: true })).toBe(updater);
    expect(updater.cache).toBe(false);
  });

  it('answers with Node’s header rules and the body, for Node-style options (protocol, hostname, port, path)', async () => {
    const { electron, m } = double();
    electron.app.emitReady();
    const base = new URL(
      await serve((req, res) => {
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.setHeader('x-tag', ['one', 'two']);
        res.writeHead(200, { 'content-type': 'text/yaml', 'x-asked': String(req.headers['cache-control']) }).end('version: 0.2.0');
      }),
    );
    const request = m.net.request({ protocol: base.protocol, hostname: base.hostname, port: base.port, path: '/latest-linux.yml', headers: { 'Cache-Control': 'no-cache' }, session: m.session.fromPartition('electron-updater') });
    const { response, body } = await send(request);
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'text/yaml', 'set-cookie': ['a=1', 'b=2'], 'x-tag': 'one, two', 'x-asked': 'no-cache' });
    expect(body).toBe('version: 0.2.0');
  });

  it("redirects: 'follow' goes on, 'manual' waits for followRedirect() and dies without it, 'error' fails", async () => {
    const { electron, m } = double();
    electron.app.emitReady();
    const url = await serve((req, res) => {
      if (req.url === '/file') res.writeHead(302, { location: '/objects/file' }).end();
      else res.writeHead(200).end(`at ${req.url}`);
    });
    const followed = m.net.request(`${url}/file`);
    const seen: string[] = [];
    followed.on('redirect', (_status: number, _method: string, next: string) => seen.push(next));
    expect((await send(followed)).body).toBe('at /objects/file');
    expect(seen).toEqual([`${url}/objects/file`]);

    const manual = m.net.request({ url: `${url}/file`, redirect: 'manual' });
    manual.on('redirect', () => manual.followRedirect());
    expect((await send(manual)).body).toBe('at /objects/file');
    await expect(send(m.net.request({ url: `${url}/file`, redirect: 'manual' }))).rejects.toThrow('Redirect was cancelled');
    await expect(send(m.net.request({ url: `${url}/file`, redirect: 'error' }))).rejects.toThrow("Attempted to redirect, but redirect policy was 'error'");
    expect(() => m.net.request(url).followRedirect()).toThrow('followRedirect() called, but was not waiting for a redirect');
  });

  it('fails with Chromium’s net error names: a body cut short, no server, no network, a host that is not loopback', async () => {
    const { electron, m, world } = double();
    electron.app.emitReady();
    const cut = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('x'.repeat(100), () => res.socket?.destroy());
    });
    await expect(send(m.net.request(cut))).rejects.toThrow('net::ERR_CONTENT_LENGTH_MISMATCH');

    const closed = await serve(() => undefined);
    await new Promise((resolve) => (servers.pop()!.close(resolve)));
    await expect(send(m.net.request(closed))).rejects.toThrow('net::ERR_CONNECTION_REFUSED');

    await expect(send(m.net.request('https://api.github.com/repos/tallybar/tallybar/releases'))).rejects.toThrow('net::ERR_NAME_NOT_RESOLVED');
    expect(world.eventsOf('ignored')).toEqual([{ kind: 'ignored', api: 'net.request', why: 'https://api.github.com is not a loopback server the test started' }]);

    world.online = false;
    await expect(send(m.net.request(cut))).rejects.toThrow('net::ERR_INTERNET_DISCONNECTED');
  });

  it('abort() emits abort and stops the request', async () => {
    const { electron, m } = double();
    electron.app.emitReady();
    const url = await serve(() => undefined);
    const request = m.net.request(url);
    const events: string[] = [];
    request.on('abort', () => events.push('abort'));
    request.on('response', () => events.push('response'));
    request.end();
    request.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['abort']);
  });
});
