// Main → windows. Sends one contract event to every live window; a window
// closing mid-broadcast (or throwing while it does) never stops the others.
import { eventChannel, type EventName, type Events } from '../../common/contract';

export interface PushTarget {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

export interface Pusher {
  /** Returns how many windows it reached. `only`: these windows instead of every target. */
  push<E extends EventName>(event: E, payload: Events[E], only?: Iterable<PushTarget>): number;
}

export function createPusher(opts: {
  targets: () => Iterable<PushTarget>;
  log?: (line: string) => void;
}): Pusher {
  return {
    push(event, payload, only) {
      const channel = eventChannel(event);
      let reached = 0;
      for (const target of only ?? opts.targets()) {
        try {
          if (target.isDestroyed()) continue;
          target.send(channel, payload);
          reached += 1;
        } catch {
          // Payloads are snapshots: log the event name only.
          try {
            opts.log?.(`ipc: could not push ${event} to a window`);
          } catch {
            // ignore a failing logger
          }
        }
      }
      return reached;
    },
  };
}
