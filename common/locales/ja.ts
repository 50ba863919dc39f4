import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import shared from './ja/shared.json';

export default { ...basics, ...shared } satisfies Record<MessageId, string>;
