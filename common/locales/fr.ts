import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import settings from './fr/settings.json';
import shortcut from './fr/shortcut.json';
import updates from './fr/updates.json';
import credits from './fr/credits.json';

export default { ...basics, ...settings, ...shortcut, ...updates, ...credits } satisfies Record<MessageId, string>;
