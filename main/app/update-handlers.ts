// The commands about updates: "Check now", the user's consent to download, and "Restart to update".
import type { Handlers } from '../ipc/gate';
import type { UpdatesController } from '../controllers/updates';
import { AppError } from './handler-context';

export type UpdateHandlers = Pick<Handlers, 'checkForUpdates' | 'downloadUpdate' | 'installUpdate'>;

export function updateHandlers(updates: Pick<UpdatesController, 'state' | 'checkNow' | 'download' | 'install'>): UpdateHandlers {
  return {
    checkForUpdates: () => {
      if (updates.state().stage === 'unsupported') throw new AppError('invalid_request', { problem: { id: 'updates_unsupported' } });
      // A check already running, or a version already found, is where a new check would lead anyway.
      updates.checkNow();
    },
    downloadUpdate: () => {
      if (updates.state().stage !== 'available') throw new AppError('invalid_request', { problem: { id: 'no_update_found' } });
      // The answer is the consent taken; progress and the outcome arrive in snapshots.
      void updates.download();
    },
    installUpdate: () => {
      if (!updates.install()) throw new AppError('invalid_request', { problem: { id: 'no_update_downloaded' } });
    },
  };
}
