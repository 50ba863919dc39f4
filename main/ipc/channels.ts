// Bare names of the contract, for the preload bundle (no zod in there).
// The type checks below tie this list to `contract.ts`: a command missing
// here, or one that does not exist there, breaks the build.
import type { Command, EventName } from './contract';

export const COMMANDS = [
  'getState',
  'refreshAll',
  'refreshConnection',
  'listSupportedExchanges',
  'addConnection',
  'replaceConnectionKeys',
  'renameConnection',
  'removeConnection',
  'testConnection',
  'setApiKey',
  'clearApiKey',
  'forgetAllSecrets',
  'getSettings',
  'updateSettings',
  'getCredits',
  'queryHistory',
  'exportCsv',
  'openDetails',
  'hidePopover',
  'openExternal',
  'startDemo',
  'exitDemo',
  'dismissNotice',
  'quit',
] as const satisfies readonly Command[];

export const EVENTS = ['state', 'navigate'] as const satisfies readonly EventName[];

type Missing<All, Listed> = Exclude<All, Listed>;
const noCommandMissing: [Missing<Command, (typeof COMMANDS)[number]>] extends [never] ? true : false = true;
const noEventMissing: [Missing<EventName, (typeof EVENTS)[number]>] extends [never] ? true : false = true;
void noCommandMissing;
void noEventMissing;

export const invokeChannel = (command: string): string => `tallybar:invoke:${command}`;
export const eventChannel = (event: string): string => `tallybar:event:${event}`;
