import type { MessageId } from '../i18n';
import basics from './de/basics.json';

export default { ...basics } satisfies Record<MessageId, string>;
