// Every language's catalogue has English's ids (the build checks that), and
// here: each message parses as ICU and takes the same arguments as English's,
// so a translation can neither drop a figure nor ask for a value nobody passes.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../common/i18n';
import de from '../../common/locales/de';
import en from '../../common/locales/en';
import es from '../../common/locales/es';
import fr from '../../common/locales/fr';
import ja from '../../common/locales/ja';
import zhHans from '../../common/locales/zh-Hans';

const CATALOGUES: Record<(typeof LANGUAGES)[number], Record<string, string>> = { en, de, es, fr, ja, 'zh-Hans': zhHans };

/** The argument names a message uses, at any depth (inside plurals and selects too). */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('catalogues', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every message parses and takes English's arguments`, () => {
      const catalogue = CATALOGUES[language];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [id, message] of Object.entries(catalogue)) {
        const english = argumentsOf(parse((en as Record<string, string>)[id]!));
        expect([...argumentsOf(parse(message))].sort(), `${language} ${id}`).toEqual([...english].sort());
      }
    });
  }

  it('every id starts with its namespace', () => {
    for (const id of Object.keys(en)) expect(id).toMatch(/^[a-z][A-Za-z]*\.[A-Za-z0-9.]+$/);
  });
});
