// The commands about updates: the user's consent to download, and "Restart to update".
import type { Handlers } from '../ipc/gate';
import type { UpdatesController } from '../controllers/updates';
import { AppError } from './handler-context';

export type UpdateHandlers = Pick<Handlers, 'downloadUpdate' | 'installUpdate'>;

export function updateHandlers(updates: Pick<UpdatesController, 'state' | 'download' | 'install'>): UpdateHandlers {
  return {
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
