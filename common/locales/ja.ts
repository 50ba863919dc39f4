import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import look from './ja/look.json';
import popover from './ja/popover.json';
import privacy from './ja/privacy.json';
import standing from './ja/standing.json';

export default { ...basics, ...look, ...popover, ...privacy, ...standing } satisfies Record<MessageId, string>;
