import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import alerts from './zh-Hans/alerts.json';

export default { ...basics, ...alerts } satisfies Record<MessageId, string>;
