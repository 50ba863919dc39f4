import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import look from './zh-Hans/look.json';
import popover from './zh-Hans/popover.json';
import privacy from './zh-Hans/privacy.json';
import standing from './zh-Hans/standing.json';

export default { ...basics, ...look, ...popover, ...privacy, ...standing } satisfies Record<MessageId, string>;
