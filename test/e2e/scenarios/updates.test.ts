// Settings → Updates in a real Chromium, in a packaged build whose feed lists
// a newer version (at the UpdaterPort: electron-updater's own behaviour is
// test/desktop/updates.test.ts): the version and its notes as text,
// Download from the keyboard, then "Restart to update". Screenshots, and axe
// clean in light and dark at each stage.
import { expect, it } from 'vitest';
import { checkSurface } from '../../support/e2e/page-checks';
import { useScenario } from '../../support/e2e/use-scenario';
import { FakeUpdater } from '../../support/fake-updater';

const scenario = useScenario();

it('an update found, downloaded on the user’s word, then offered as Restart to update; axe clean', async () => {
  const updater = new FakeUpdater({ version: '0.2.0', releaseNotes: '<h2>Tallybar 0.2.0</h2><p>Faster sync &amp; fewer credits.</p><ul><li>Alerts</li><li>History you can scrub</li></ul>' });
  const h = await scenario.start({ system: { packaged: true }, updater });
  h.app.menuActions.openSettings();
  const page = (await h.details()).page;
  await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  const section = page.getByRole('region', { name: 'Updates' });
  await section.getByRole('status').getByText('Update available — Tallybar 0.2.0.').waitFor();
  expect(await section.getByRole('region', { name: 'Release notes' }).innerText()).toContain('• Alerts');
  await section.scrollIntoViewIfNeeded();
  await checkSurface(page, 'settings-update-available');

  const download = section.getByRole('button', { name: 'Download' });
  await download.focus();
  await page.keyboard.press('Enter');
  await section.getByRole('progressbar', { name: 'Download progress' }).waitFor();
  updater.progress(60);
  await section.getByRole('status').getByText('Downloading Tallybar 0.2.0… 60%').waitFor();
  await checkSurface(page, 'settings-update-downloading');

  updater.finishDownload();
  const restart = section.getByRole('button', { name: 'Restart to update' });
  await restart.waitFor();
  await checkSurface(page, 'settings-update-downloaded');
  await restart.focus();
  await page.keyboard.press('Enter');
  await h.settle();
  expect(updater.count('quitAndInstall')).toBe(1);
  expect(h.notifications.titles()).toEqual(['Tallybar 0.2.0 is ready']);
});
