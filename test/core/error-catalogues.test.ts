// The errors and problems catalogues: every language has every message, each
// parses as ICU and takes the same arguments as English (so no value a sentence
// needs is dropped in one language), and only plural categories its language has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../common/i18n';

const NAMESPACES = ['errors', 'problems'] as const;
const read = (language: string, namespace: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, '../../common/locales', language, `${namespace}.json`), 'utf8')) as Record<string, string>;

/** English lower-cases the probe's sentence into its own (`reason`); the others start a new one (`sentence`). */
const OWN_ARGUMENTS = new Set(['errors.baseUrl.answer']);

function walk(elements: MessageFormatElement[], found: { args: Set<string>; plurals: Set<string> }) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string') found.args.add(element.value);
    if (element.type === TYPE.plural) for (const category of Object.keys(element.options)) found.plurals.add(category);
    if ('options' in element) for (const option of Object.values(element.options)) walk(option.value, found);
  }
  return found;
}

const scan = (message: string) => walk(parse(message), { args: new Set(), plurals: new Set() });

describe.each(NAMESPACES)('the %s catalogue', (namespace) => {
  const english = read('en', namespace);

  it.each(LANGUAGES)('in %s has every message, with the arguments English has', (language) => {
    const messages = read(language, namespace);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    const plurals = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
    for (const [id, message] of Object.entries(messages)) {
      expect(id.startsWith(`${namespace}.`), id).toBe(true);
      const found = scan(message);
      if (!OWN_ARGUMENTS.has(id)) expect([...found.args].sort(), `${language} ${id}`).toEqual([...scan(english[id]!).args].sort());
      for (const category of found.plurals) expect(plurals, `${language} ${id}: ${category}`).toContain(category);
    }
  });
});
