import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import alerts from './es/alerts.json';

export default { ...basics, ...alerts } satisfies Record<MessageId, string>;
