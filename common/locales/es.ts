import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import credits from './es/credits.json';
import errors from './es/errors.json';
import problems from './es/problems.json';
import settings from './es/settings.json';
import shortcut from './es/shortcut.json';
import updates from './es/updates.json';

export default { ...basics, ...credits, ...errors, ...problems, ...settings, ...shortcut, ...updates } satisfies Record<MessageId, string>;
