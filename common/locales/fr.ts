import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import credits from './fr/credits.json';
import errors from './fr/errors.json';
import problems from './fr/problems.json';
import settings from './fr/settings.json';
import shortcut from './fr/shortcut.json';
import updates from './fr/updates.json';

export default { ...basics, ...credits, ...errors, ...problems, ...settings, ...shortcut, ...updates } satisfies Record<MessageId, string>;
