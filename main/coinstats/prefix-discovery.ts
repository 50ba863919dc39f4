// The docs disagree on the /v1 path prefix (coinstats-api.md). The client
// starts each call with the prefix it last saw work; on the server's "no such
// route" it tries the other form once, and remembers whichever answers.
import type { ApiPrefix } from './call';

/** One call's view of the prefix. */
export interface PrefixTrial {
  readonly prefix: ApiPrefix;
  /** Switches to the other form; false when this call already did. */
  switchOnce(): boolean;
  /** The current prefix answered: remember it (and report it when it is new). */
  worked(): void;
}

export interface PrefixMemory {
  begin(): PrefixTrial;
}

export function createPrefixMemory(initial: ApiPrefix, onLearned: (prefix: ApiPrefix) => void): PrefixMemory {
  let known = initial;
  return {
    begin() {
      let prefix = known;
      let switched = false;
      return {
        get prefix() {
          return prefix;
        },
        switchOnce() {
          if (switched) return false;
          switched = true;
          prefix = prefix === '/v1' ? '' : '/v1';
          return true;
        },
        worked() {
          if (prefix === known) return;
          known = prefix;
          onLearned(prefix);
        },
      };
    },
  };
}
