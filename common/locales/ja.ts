import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import alerts from './ja/alerts.json';

export default { ...basics, ...alerts } satisfies Record<MessageId, string>;
