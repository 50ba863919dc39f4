// The details tabs, kept here rather than imported from the IPC contract so
// zod (which the contract imports at run time) stays out of the renderer.
// The type check below breaks the build if the two lists drift apart.
import type { DetailsTab, HistoryRange } from '../../../main/ipc/contract';

export const TABS = ['holdings', 'exchanges', 'history', 'settings'] as const satisfies readonly DetailsTab[];
export const TAB_LABELS: Record<DetailsTab, string> = {
  holdings: 'Holdings',
  exchanges: 'Exchanges',
  history: 'History',
  settings: 'Settings',
};

export const RANGES = ['24h', '7d', '30d', 'all'] as const satisfies readonly HistoryRange[];

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const tabsComplete: Missing<DetailsTab, (typeof TABS)[number]> = true;
const rangesComplete: Missing<HistoryRange, (typeof RANGES)[number]> = true;
void tabsComplete;
void rangesComplete;

export type { DetailsTab, HistoryRange };
