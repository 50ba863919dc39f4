import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import errors from './de/errors.json';
import problems from './de/problems.json';

export default { ...basics, ...errors, ...problems } satisfies Record<MessageId, string>;
