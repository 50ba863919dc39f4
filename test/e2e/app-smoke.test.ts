// The whole app in the harness: first run shows onboarding in the popover,
// the tray got its icon and menu, and only our pages may talk to main.
import { expect, it } from 'vitest';
import { startE2E } from '../support/e2e/start-e2e';
import { useScenario } from '../support/e2e/use-scenario';

const scenario = useScenario();
// The app as `npm start` runs it: production pacing, the double's default key.
const startApp = () => scenario.open((browser) => startE2E({ browser, demo: false }));

it('starts on first run with onboarding in the popover, a tray icon and menu, and no uncaught page errors', async () => {
  const h = await startApp();
  await h.popover.getByLabel('CoinStats API key').waitFor();
  expect(h.tray.image()).toMatch(/assets\/tray\/tray-.+\.png$/);
  expect(h.tray.menuItems().map((item) => item.label).filter(Boolean)).toEqual(
    expect.arrayContaining(['Refresh Now', 'Open Details…', 'Privacy Mode', 'Settings…', 'Quit Tallybar']),
  );
  const state = await h.popover.evaluate(() => window.tallybar.getState());
  expect(state).toMatchObject({ ok: true, value: { apiKey: { set: false }, connections: [] } });
  expect(h.harness.pageErrors).toEqual([]);
});

it('refuses IPC from a page main did not create, even when it shows our own popover page', async () => {
  const h = await startApp();
  const stranger = await h.harness.openUntrackedPage();
  await stranger.goto(h.renderer.pageUrl('popover'));
  expect(await stranger.evaluate(() => window.tallybar.getSettings())).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
});
