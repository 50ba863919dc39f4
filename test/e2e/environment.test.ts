// The scenario environment: the double on 127.0.0.1, real temp folders, and
// the leak finder the "no secret anywhere" scenario relies on.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startE2EEnvironment } from '../support/e2e/e2e-env';
import { FIXTURE_DIR } from '../support/e2e/paths';
import { useScenario } from '../support/e2e/use-scenario';

const scenario = useScenario();
const startEnvironment = () => scenario.open((browser) => startE2EEnvironment({ browser }));
const SECRET = 'demo-secret-7f3a9c1e5b';

describe('startE2EEnvironment', () => {
  it('starts the CoinStats double on 127.0.0.1 and removes its folders on close', async () => {
    const env = await startEnvironment();
    expect(env.double.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    const response = await fetch(`${env.double.url}/v1/usage/credits`, { headers: { 'X-API-KEY': 'demo-key' } });
    expect(response.status).toBe(200);
    const { userDataDir, double } = env;
    await env.close(); // useScenario closes it again after the test: close() must allow that
    expect(existsSync(userDataDir)).toBe(false);
    await expect(fetch(`${double.url}/v1/usage/credits`)).rejects.toThrow();
  });

  it('finds a secret in a window’s form values, an IPC answer and a userData file — and nothing when clean', async () => {
    const env = await startEnvironment();
    const win = await env.harness.createWindow('details');
    await win.loadFile(join(FIXTURE_DIR, 'blank.html'));
    expect(await env.findLeaks([SECRET])).toEqual([]);

    await win.page.evaluate((secret) => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'API secret');
      document.body.append(input);
      input.value = secret; // a property, not in the HTML: the finder must still see it
    }, SECRET);
    env.harness.ipcMain.recordPush(win.id, 'tallybar:event:state', { hint: SECRET });
    await writeFile(join(env.userDataDir, 'settings.json'), JSON.stringify({ leaked: Buffer.from(SECRET).toString('base64') }));

    expect((await env.findLeaks([SECRET])).sort()).toEqual([
      'IPC answers and pushes: secret #0 (plain)',
      'details DOM: secret #0 (plain)',
      'userData/settings.json: secret #0 (base64)',
    ]);
  });

  it('records what main asks of the OS and answers the save dialog with a real folder', async () => {
    const env = await startEnvironment();
    await env.system.openExternal('https://coinstats.app/api-docs/');
    const saved = await env.system.showSaveDialog({ defaultPath: 'tallybar-holdings.csv', filters: [] });
    expect(saved).toBe(join(env.downloadsDir, 'tallybar-holdings.csv'));
    expect(env.system.openedUrls()).toEqual(['https://coinstats.app/api-docs/']);
    let themeChanges = 0;
    env.system.onThemeChange(() => themeChanges++);
    env.system.setDark(true);
    expect(env.system.shouldUseDarkColors()).toBe(true);
    expect(themeChanges).toBe(1);
  });
});
