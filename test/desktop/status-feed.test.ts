// The status-bar feed and "since you last looked" on the real built main
// bundle: turned on in Settings, the feed file appears in the user data
// folder with the total; "Show in folder" reveals that file; the popover
// open for a few seconds is a look the feed then reports; privacy mode from
// the tray menu masks the file; no secret is ever in it; turned off, it goes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MASK } from '../../common/format';
import { LOOK_AFTER_MS } from '../../main/app/look-tracker';
import { FEED_FILE_NAME, type Feed } from '../../main/core/feed';
import { ALL_SECRETS } from '../support/double-helpers';
import { onboardBinance, openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';
import { findSecretsInText } from '../support/secret-scan';

const launch = useDesktop();

it('macOS: the feed follows Settings, the popover look and privacy mode, and holds no secret', async () => {
  const d = await launch({ platform: 'macos', double: { syncPolls: 0 } });
  const page = await popoverReady(d);
  await openPopoverFromTray(d);
  await onboardBinance(d, page);
  const file = join(d.machine.userDataDir, FEED_FILE_NAME);
  expect(existsSync(file)).toBe(false);
  const feed = (): Feed => JSON.parse(readFileSync(file, 'utf8')) as Feed;

  // macOS opens the tray menu on a right click (the left one opens the popover).
  d.tray().userClick('right');
  d.pickTrayMenuItem('settings');
  const details = await d.detailsPage();
  await details.getByRole('checkbox', { name: /Status-bar feed/ }).click(); // Controlled by main's answer: check() would test the box before the new snapshot lands.
  await d.until(() => existsSync(file), 'the feed file');
  await d.until(() => feed().total !== null, 'a total in the feed');
  expect(feed()).toMatchObject({ version: 1, currency: 'USD', privacy: false, partial: false, exchanges: [{ exchange: 'Binance', status: 'synced' }] });
  expect(feed().totalText).toMatch(/^\$[\d,]+\.\d\d$/);
  expect(await details.getByTestId('feed-path').innerText()).toBe(file);
  await details.getByRole('button', { name: 'Show in folder' }).click();
  await d.until(() => d.electron.opened.includes(file), 'the feed shown in its folder');

  // A look: the popover open for the look time, then closed.
  await openPopoverFromTray(d);
  await new Promise((resolve) => setTimeout(resolve, LOOK_AFTER_MS + 500));
  d.clickElsewhere();
  await d.until(() => !d.popover().isVisible(), 'the popover to hide');
  await d.until(() => feed().sinceLastLook !== null, 'the change since the last look in the feed');
  expect(feed().sinceLastLook).toMatchObject({ amount: 0 });

  d.tray().userClick('right');
  d.pickTrayMenuItem('privacy');
  await d.until(() => feed().privacy, 'the feed in privacy mode');
  const masked = readFileSync(file, 'utf8');
  expect(feed()).toMatchObject({ total: null, totalText: MASK });
  expect(masked).not.toMatch(/\$\d/);
  expect(findSecretsInText(masked, ALL_SECRETS, FEED_FILE_NAME)).toEqual([]);

  // Back to Settings (it may be behind other windows now), and the feed off.
  d.tray().userClick('right');
  d.pickTrayMenuItem('settings');
  await details.getByRole('checkbox', { name: /Status-bar feed/ }).click();
  await d.until(() => !existsSync(file), 'the feed file removed');
  expect(d.watch.unhandled).toEqual([]);
});
