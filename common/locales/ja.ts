import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import credits from './ja/credits.json';
import errors from './ja/errors.json';
import problems from './ja/problems.json';
import settings from './ja/settings.json';
import shortcut from './ja/shortcut.json';
import updates from './ja/updates.json';

export default { ...basics, ...credits, ...errors, ...problems, ...settings, ...shortcut, ...updates } satisfies Record<MessageId, string>;
