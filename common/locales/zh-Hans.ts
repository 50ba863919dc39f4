import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';

export default { ...basics } satisfies Record<MessageId, string>;
