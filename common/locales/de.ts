import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import look from './de/look.json';
import popover from './de/popover.json';
import privacy from './de/privacy.json';
import standing from './de/standing.json';

export default { ...basics, ...look, ...popover, ...privacy, ...standing } satisfies Record<MessageId, string>;
