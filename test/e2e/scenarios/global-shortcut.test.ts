// The global shortcut recorder in Settings, as a person uses it: focus the
// box, press the keys, read what the OS said; then the keys, pressed anywhere,
// open the popover. Screenshots, and axe clean in light and dark.
import { expect, it } from 'vitest';
import { checkSurface } from '../../support/e2e/page-checks';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

it('the shortcut recorder: keys pressed, shown in OS terms, working from anywhere; axe clean', async () => {
  const h = await scenario.start();
  // Settings from the tray menu (the onboarding popover has no Settings link).
  h.app.menuActions.openSettings();
  const page = (await h.details()).page;
  await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  const box = page.getByRole('textbox', { name: 'Global shortcut to open the popover' });
  expect(await box.inputValue()).toBe('Off');
  await box.focus();
  expect(await box.inputValue()).toBe('Press the keys…');
  await page.keyboard.press('Control+Alt+KeyT');
  await page.getByText('Ctrl+Alt+T opens the popover from anywhere.').waitFor();
  expect(await box.inputValue()).toBe('Ctrl+Alt+T');
  await box.scrollIntoViewIfNeeded();
  await checkSurface(page, 'settings-global-shortcut');

  expect(h.popoverWindow.isVisible()).toBe(false);
  expect(h.globalShortcut.press('Control+Alt+T')).toBe(true);
  expect(h.popoverWindow.isVisible()).toBe(true);
});
