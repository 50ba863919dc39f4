import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import credits from './de/credits.json';
import errors from './de/errors.json';
import problems from './de/problems.json';
import settings from './de/settings.json';
import shortcut from './de/shortcut.json';
import updates from './de/updates.json';

export default { ...basics, ...credits, ...errors, ...problems, ...settings, ...shortcut, ...updates } satisfies Record<MessageId, string>;
