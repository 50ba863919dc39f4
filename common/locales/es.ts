import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import shared from './es/shared.json';

export default { ...basics, ...shared } satisfies Record<MessageId, string>;
