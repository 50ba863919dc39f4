import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import shared from './fr/shared.json';

export default { ...basics, ...shared } satisfies Record<MessageId, string>;
