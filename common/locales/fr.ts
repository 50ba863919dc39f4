import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import look from './fr/look.json';
import popover from './fr/popover.json';
import privacy from './fr/privacy.json';
import standing from './fr/standing.json';

export default { ...basics, ...look, ...popover, ...privacy, ...standing } satisfies Record<MessageId, string>;
