// The contract's commands, implemented on the current session, in four
// groups. Requests arrive already parsed by the IPC gate; errors thrown here
// cross as plain `{ code, message }` (every TallybarError has toPlain()).
import type { Handlers } from '../ipc/gate';
import { accountHandlers } from './account-handlers';
import { connectionHandlers } from './connection-handlers';
import { credentialHandlers } from './credential-handlers';
import type { HandlerContext } from './handler-context';
import { updateHandlers } from './update-handlers';
import { windowHandlers } from './window-handlers';

export { AppError, type HandlerContext } from './handler-context';

export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...connectionHandlers(ctx), ...credentialHandlers(ctx), ...accountHandlers(ctx), ...windowHandlers(ctx), ...updateHandlers(ctx.updates) };
}
