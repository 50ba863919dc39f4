import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import errors from './zh-Hans/errors.json';
import problems from './zh-Hans/problems.json';

export default { ...basics, ...errors, ...problems } satisfies Record<MessageId, string>;
