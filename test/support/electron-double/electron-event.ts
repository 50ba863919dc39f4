// Electron's `Event` as its listeners receive it: preventDefault() and
// defaultPrevented (docs/api/structures/event.md).
import type { Event as ElectronEvent } from 'electron';

export interface PreventableEvent extends ElectronEvent {
  readonly defaultPrevented: boolean;
}

export function preventableEvent(): PreventableEvent {
  let prevented = false;
  return {
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

/** A rule of Electron the app broke: the double throws it at the call, as Electron would, and records it. */
export class ElectronRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Error';
  }
}
