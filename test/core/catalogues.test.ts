// Every catalogue has every message, in a form that formats: the same files
// and ids as English, each message valid ICU with the same arguments (a
// German sentence that drops {exchange} is as wrong as a missing one), every
// plural with its `other` case, real translations rather than English
// copied over, and every message of every language formats through t() with
// sample values for what it asks (each select option, numbers across the
// plural cases, dates), leaving no placeholder. The pseudo-locale compiled at
// build time has every id too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import pseudo from 'virtual:pseudo-catalogue';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, setCatalogue, t, type MessageId, type MessageValues } from '../../common/i18n';
import english from '../../common/locales/en';
import { catalogueOf } from '../../main/app/language';

const LOCALES = join(import.meta.dirname, '../../common/locales');
const OTHERS = LANGUAGES.filter((language) => language !== 'en');

const files = (language: string): string[] => readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json')).sort();
const read = (language: string, file: string): Record<string, string> => JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Record<string, string>;
const merged = (language: string): Record<string, string> => Object.assign({}, ...files(language).map((file) => read(language, file)));

/** "exchange:argument", "count:plural{one,other}", "when:date": what a message needs from its caller. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      argumentsOf(el.children, into);
      continue;
    }
    into.add(`${el.value}:${TYPE[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

/** Plural cases a language does not have ("few" in German): never chosen, so a sign of a wrong copy. */
function foreignPluralCases(elements: MessageFormatElement[], categories: readonly string[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.tag) return foreignPluralCases(el.children, categories);
    if (el.type !== TYPE.plural && el.type !== TYPE.select) return [];
    const own = el.type === TYPE.plural ? Object.keys(el.options).filter((c) => !c.startsWith('=') && !categories.includes(c)) : [];
    return [...own, ...Object.values(el.options).flatMap((option) => foreignPluralCases(option.value, categories))];
  });
}

function pluralsLackingOther(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.tag) return pluralsLackingOther(el.children);
    if (el.type !== TYPE.plural && el.type !== TYPE.select) return [];
    const inner = Object.values(el.options).flatMap((option) => pluralsLackingOther(option.value));
    return 'other' in el.options ? inner : [el.value, ...inner];
  });
}

/** Numbers that reach every plural case of the six languages (0, one, two, few, many, other; a fraction). */
const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 1000, 2.5];
const SAMPLE_DATE = new Date(Date.UTC(2026, 11, 1, 8, 30));

/** Each argument's sample values: select keys of `ast` (this language's message) and one unknown, which falls to `other`. */
function samples(ast: MessageFormatElement[], into = new Map<string, unknown[]>()): Map<string, unknown[]> {
  const add = (name: string, values: unknown[]) => into.set(name, [...new Set([...(into.get(name) ?? []), ...values])]);
  for (const el of ast) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      add(el.value, [(chunks: string[]) => chunks.join('')]);
      samples(el.children, into);
    } else if (el.type === TYPE.select) {
      add(el.value, [...Object.keys(el.options), 'not-an-option']);
      for (const option of Object.values(el.options)) samples(option.value, into);
    } else if (el.type === TYPE.plural) {
      add(el.value, NUMBERS);
      for (const option of Object.values(el.options)) samples(option.value, into);
    } else if (el.type === TYPE.number) add(el.value, NUMBERS);
    else if (el.type === TYPE.date || el.type === TYPE.time) add(el.value, [SAMPLE_DATE]);
    else add(el.value, ['Binance']);
  }
  return into;
}

/** As many value sets as the argument with the most samples: round i takes each argument's sample i (wrapping). */
function valueSets(ast: MessageFormatElement[]): MessageValues[] {
  const all = [...samples(ast)];
  const rounds = Math.max(1, ...all.map(([, values]) => values.length));
  return Array.from({ length: rounds }, (_, i) => Object.fromEntries(all.map(([name, values]) => [name, values[i % values.length]])) as MessageValues);
}

const words = (message: string): string => message.replace(/\{[^{}]*\}/g, '').replace(/[^\p{L}]/gu, '');

describe('the catalogues', () => {
  it('are one file per part of the app, each id named after its file, no id in two files', () => {
    const seen = new Map<string, string>();
    for (const file of files('en')) {
      const namespace = file.replace(/\.json$/, '');
      for (const id of Object.keys(read('en', file))) {
        expect(id.startsWith(`${namespace}.`), `${id} in ${file}`).toBe(true);
        expect(seen.get(id), `${id} in ${file} and ${seen.get(id)}`).toBeUndefined();
        seen.set(id, file);
      }
    }
    // common/locales/en.ts merges every file: an English file it forgets is a whole part of the app without words.
    expect(Object.keys(english).sort()).toEqual([...seen.keys()].sort());
  });

  it.each(OTHERS)('%s has the same files and the same ids as English', (language) => {
    expect(files(language)).toEqual(files('en'));
    for (const file of files('en')) expect(Object.keys(read(language, file)).sort(), `${language}/${file}`).toEqual(Object.keys(read('en', file)).sort());
  });

  it.each(LANGUAGES)('%s: every message is valid ICU, asks for the same arguments as English, and its plurals have `other` and only its own cases', (language) => {
    const messages = merged(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
    const problems: string[] = [];
    for (const [id, source] of Object.entries(english)) {
      const message = messages[id];
      if (message === undefined) {
        problems.push(`${id}: missing`);
        continue;
      }
      let ast: MessageFormatElement[];
      try {
        ast = parse(message);
      } catch (error) {
        problems.push(`${id}: ${(error as Error).message}`);
        continue;
      }
      const wanted = [...argumentsOf(parse(source))].sort();
      const got = [...argumentsOf(ast)].sort();
      if (JSON.stringify(got) !== JSON.stringify(wanted)) problems.push(`${id}: arguments ${got.join(' ')} instead of ${wanted.join(' ')}`);
      for (const plural of pluralsLackingOther(ast)) problems.push(`${id}: {${plural}} has no "other" case`);
      for (const category of foreignPluralCases(ast, categories)) problems.push(`${id}: "${category}" is no plural case of ${language}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message formats through t() with every select option and plural case, no placeholder left', (language) => {
    setCatalogue(language, catalogueOf(language));
    const problems: string[] = [];
    try {
      for (const [id, message] of Object.entries(merged(language))) {
        for (const values of valueSets(parse(message))) {
          try {
            const text = t(id as MessageId, values);
            if (/[{}]|undefined|NaN/.test(text)) problems.push(`${id} ${JSON.stringify(values)}: "${text}"`);
          } catch (error) {
            problems.push(`${id} ${JSON.stringify(values)}: ${(error as Error).message}`);
          }
        }
      }
    } finally {
      setCatalogue('en', english);
    }
    expect(problems).toEqual([]);
  });

  it.each(OTHERS)('%s is translated, not English copied over', (language) => {
    const messages = merged(language);
    const worded = Object.entries(english).filter(([, source]) => words(source).length > 3);
    const copied = worded.filter(([id, source]) => messages[id] === source).map(([id]) => id);
    // Some words are the same in both (a "Demo" badge, "Tallybar"); most are not.
    expect(copied.length / worded.length, copied.join(', ')).toBeLessThan(0.1);
  });

  it('the pseudo-locale has every id, each one bracketed', () => {
    expect(Object.keys(pseudo).sort()).toEqual(Object.keys(english).sort());
    for (const [id, message] of Object.entries(pseudo)) {
      const ast = message as MessageFormatElement[];
      const first = ast[0];
      const last = ast.at(-1);
      expect(first?.type === TYPE.literal && first.value.startsWith('['), id).toBe(true);
      expect(last?.type === TYPE.literal && last.value.endsWith(']'), id).toBe(true);
    }
  });
});
