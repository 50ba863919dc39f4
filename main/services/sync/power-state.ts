// Whether the engine may do anything automatic (online, awake, unlocked), and
// whether the user is at the computer, which only background refreshes wait
// for. Each change tells the engine which way it went.
export interface PowerState {
  online: boolean;
  asleep: boolean;
  locked: boolean;
  /** At the computer (not idle). Only affects background refreshes. */
  userActive: boolean;
}

export interface PowerChanges {
  /** Offline, asleep or locked now. */
  paused(): void;
  /** Back from a pause, or back at the computer. */
  cameBack(): void;
  /** Anything else (the user went idle): re-plan. */
  changed(): void;
}

export interface Power {
  isPaused(): boolean;
  userActive(): boolean;
  set(patch: Partial<PowerState>): void;
  snapshot(): PowerState;
}

export function createPower(on: PowerChanges): Power {
  const state: PowerState = { online: true, asleep: false, locked: false, userActive: true };
  const isPaused = (): boolean => !state.online || state.asleep || state.locked;
  return {
    isPaused,
    userActive: () => state.userActive,
    set(patch) {
      const wasPaused = isPaused();
      const wasActive = state.userActive;
      Object.assign(state, patch);
      if (isPaused()) on.paused();
      else if (wasPaused || (!wasActive && state.userActive)) on.cameBack();
      else on.changed();
    },
    snapshot: () => ({ ...state }),
  };
}
