// The details window opened on one tab over the fake, and the steps several
// tab tests take, so each file reads as what it checks.
import { fireEvent, screen, within } from '@testing-library/react';
import type { AppSnapshot } from '../../common/types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

/** Details on Holdings (its first tab), once the grid is there. */
export async function openHoldings(snapshot: AppSnapshot = portfolioSnapshot()) {
  const view = renderWindow(<DetailsApp />, { snapshot });
  const grid = await screen.findByRole('treegrid', { name: 'Holdings' });
  return { ...view, grid };
}

/** Details on Exchanges (Binance, Main Kraken, and Bybit failing), once the list is there. */
export async function openExchanges() {
  const view = renderWindow(<DetailsApp initialTab="exchanges" />, { snapshot: portfolioSnapshot({ failingBybit: true }) });
  await screen.findByRole('heading', { name: 'Connected exchanges' });
  return view;
}

/** On Exchanges: Add exchange, Enter on the picker's first match, and the connect form it opens. */
export async function openAddForm(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: 'Add exchange' }));
  const search = await screen.findByRole('combobox', { name: 'Exchange' });
  fireEvent.keyDown(search, { key: 'Enter' });
  return screen.findByRole('form', { name: /^Connect / });
}

/** A connection's card on the Exchanges tab, by the name it shows. */
export const exchangeCard = (name: string): HTMLElement => screen.getByRole('listitem', { name });

/** Renames a connection with the inline form: its Rename button, the new name typed, the form submitted. */
export function renameInline(from: string, to: string): void {
  fireEvent.click(within(exchangeCard(from)).getByRole('button', { name: `Rename ${from}` }));
  const input = screen.getByLabelText(`New name for ${from}`);
  fireEvent.change(input, { target: { value: to } });
  fireEvent.submit(input.closest('form')!);
}
