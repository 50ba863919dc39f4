import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import look from './es/look.json';
import popover from './es/popover.json';
import privacy from './es/privacy.json';
import standing from './es/standing.json';

export default { ...basics, ...look, ...popover, ...privacy, ...standing } satisfies Record<MessageId, string>;
