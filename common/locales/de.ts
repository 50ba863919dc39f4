import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import alerts from './de/alerts.json';

export default { ...basics, ...alerts } satisfies Record<MessageId, string>;
