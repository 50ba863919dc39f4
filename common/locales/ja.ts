import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import errors from './ja/errors.json';
import problems from './ja/problems.json';

export default { ...basics, ...errors, ...problems } satisfies Record<MessageId, string>;
