// What a CoinStats answer got wrong, as facts, and the words for them
// (catalogue part `answers`). main/coinstats/schemas.ts finds the problem; it
// travels in an invalid_response error and with each refused balance row, and
// is worded wherever it is read, in the language of the moment. The field
// path ("result[3].price") and what was found there are data, shown as they are.
import { t } from './i18n';

/** What a field should have held (each schema in main/coinstats/schemas.ts says one). */
export const EXPECTATIONS = [
  'number_at_least_0',
  'number',
  'number_above_0',
  'text',
  'non_empty_text',
  'coin_id_length',
  'coin_id_characters',
  'object',
  'array',
] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** What was at the field instead, briefly: enough to debug, too short to leak much. */
export type Found =
  | { kind: 'missing' }
  | { kind: 'nothing' }
  | { kind: 'null' }
  | { kind: 'array' }
  | { kind: 'object' }
  | { kind: 'boolean' }
  | { kind: 'number'; text: string }
  /** Quoted only because it looks like a number: other text could echo a request. */
  | { kind: 'numeric_text'; text: string }
  | { kind: 'text'; length: number }
  | { kind: 'other' };

export type AnswerProblem =
  | { id: 'field'; path: string; expected: Expectation; found: Found; max?: number }
  | { id: 'rows_total'; path: string }
  | { id: 'row_value' }
  | { id: 'not_a_row' }
  | { id: 'shape'; path?: string }
  | { id: 'html_page' }
  | { id: 'cut_off'; bytes: number }
  | { id: 'other_exchange'; connectionId: string }
  | { id: 'portfolio_changed'; was: string; now: string };

function foundText(found: Found): string {
  return t('answers.found', {
    kind: found.kind,
    text: 'text' in found ? found.text : '',
    length: 'length' in found ? found.length : 0,
  });
}

const WORDS: { [P in AnswerProblem as P['id']]: (problem: P) => string } = {
  field: (p) =>
    t('answers.field', {
      path: p.path,
      expected: t('answers.expected', { expected: p.expected, max: p.max ?? 0 }),
      found: foundText(p.found),
    }),
  rows_total: (p) => t('answers.rowsTotal', { path: p.path }),
  row_value: () => t('answers.rowValue'),
  not_a_row: () => t('answers.notARow'),
  shape: (p) => (p.path ? t('answers.shapeAt', { path: p.path }) : t('answers.shape')),
  html_page: () => t('answers.htmlPage'),
  cut_off: (p) => t('answers.cutOff', { bytes: p.bytes }),
  other_exchange: (p) => t('answers.otherExchange', { connectionId: p.connectionId }),
  portfolio_changed: (p) => t('answers.portfolioChanged', { was: p.was, now: p.now }),
};

/**
 * "price: expected a finite number ≥ 0, got null", in the current language.
 * A refused row kept by a version before problems were facts holds its words
 * as a string: those are shown as they are.
 */
export function answerProblemText(problem: AnswerProblem | string): string {
  if (typeof problem === 'string') return problem;
  const words = WORDS[problem.id] as ((p: AnswerProblem) => string) | undefined;
  try {
    return words ? words(problem) : t('answers.shape');
  } catch {
    // A refused row read back from disk is not checked field by field: one that no longer makes a sentence is said plainly.
    return t('answers.shape');
  }
}
