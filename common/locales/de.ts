import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import shared from './de/shared.json';

export default { ...basics, ...shared } satisfies Record<MessageId, string>;
