import { afterEach, expect, it } from 'vitest';
import { useChromium } from '../support/e2e/chromium';
import { type Desktop, launchDesktop } from '../support/electron-double/desktop';

const getBrowser = useChromium();
let d: Desktop | null = null;
afterEach(async () => {
  await d?.close();
  d = null;
});

it('smoke', async () => {
  d = await launchDesktop({ browser: getBrowser(), platform: 'windows' });
  const page = await d.popoverPage();
  await page.getByLabel('CoinStats API key').waitFor();
  expect(d.tray().toolTip).toContain('Tallybar');
});
