// The last look ("since you last looked") as the local store keeps it: one
// small object, so it survives restarts and compares across them.
import type { LastLook } from '../../common/look-types';
import type { DataStore } from './local-store-engine';

export function lookOps(store: DataStore) {
  return {
    getLastLook: (): LastLook | null => store.get('lastLook'),
    setLastLook: (look: LastLook): void => store.set('lastLook', look),
  };
}
