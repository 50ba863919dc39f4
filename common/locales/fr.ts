import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import errors from './fr/errors.json';
import problems from './fr/problems.json';

export default { ...basics, ...errors, ...problems } satisfies Record<MessageId, string>;
