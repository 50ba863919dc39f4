// A window cut off from main (its preload missing, or the page opened in a
// browser): no snapshot and no catalogue can be had, yet it says why in
// English, from the error words the bundle keeps aside, instead of spinning.
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { PopoverApp } from '../../renderer/src/popover/popover-app';

it('says the bridge is missing and what to do, with no window.tallybar at all', async () => {
  Reflect.deleteProperty(window, 'tallybar');
  render(<PopoverApp />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('Tallybar’s bridge to the app is missing: open this window from Tallybar. Open this window from Tallybar’s tray icon.');
});
