// The whole app in the harness: first run shows onboarding in the popover,
// the tray got its icon and menu, and only our pages may talk to main.
import { afterEach, expect, it } from 'vitest';
import { useChromium } from '../support/e2e/chromium';
import { type E2E, startE2E } from '../support/e2e/start-e2e';

const getBrowser = useChromium();
let h: E2E | null = null;

afterEach(async () => {
  await h?.close();
  h = null;
});

it('starts on first run with onboarding in the popover, a tray icon and menu, and no uncaught page errors', async () => {
  h = await startE2E({ browser: getBrowser(), demo: false });
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
  h = await startE2E({ browser: getBrowser(), demo: false });
  const stranger = await h.harness.openUntrackedPage();
  await stranger.goto(h.renderer.pageUrl('popover'));
  expect(await stranger.evaluate(() => window.tallybar.getSettings())).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
});
