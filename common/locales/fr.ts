import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import alerts from './fr/alerts.json';

export default { ...basics, ...alerts } satisfies Record<MessageId, string>;
