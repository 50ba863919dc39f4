import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import credits from './zh-Hans/credits.json';
import errors from './zh-Hans/errors.json';
import problems from './zh-Hans/problems.json';
import settings from './zh-Hans/settings.json';
import shortcut from './zh-Hans/shortcut.json';
import updates from './zh-Hans/updates.json';

export default { ...basics, ...credits, ...errors, ...problems, ...settings, ...shortcut, ...updates } satisfies Record<MessageId, string>;
