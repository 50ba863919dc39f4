import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import settings from './es/settings.json';
import shortcut from './es/shortcut.json';
import updates from './es/updates.json';
import credits from './es/credits.json';

export default { ...basics, ...settings, ...shortcut, ...updates, ...credits } satisfies Record<MessageId, string>;
