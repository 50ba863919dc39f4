// A window cut off from main (its preload missing, or the page opened in a
// browser): no snapshot and no catalogue can be had, yet it says why in
// English, from the error words the bundle keeps aside, instead of spinning.
import { render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { setCatalogue } from '../../common/i18n';
import english from '../../common/locales/en';
import { PopoverApp } from '../../renderer/src/popover/popover-app';

afterEach(() => setCatalogue('en', english));

it('says the bridge is missing and what to do, with no window.tallybar and no words loaded at all', async () => {
  Reflect.deleteProperty(window, 'tallybar');
  // As a real window starts: no catalogue until main hands one over (the setup file loaded English for other tests).
  setCatalogue('en', {});
  render(<PopoverApp />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('Tallybar’s bridge to the app is missing: open this window from Tallybar. Open this window from Tallybar’s tray icon.');
});
