import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import errors from './es/errors.json';
import problems from './es/problems.json';

export default { ...basics, ...errors, ...problems } satisfies Record<MessageId, string>;
