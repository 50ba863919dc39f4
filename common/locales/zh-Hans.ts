import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import shared from './zh-Hans/shared.json';

export default { ...basics, ...shared } satisfies Record<MessageId, string>;
