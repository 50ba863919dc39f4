// What a connection card asks main to do beyond its forms: test the keys
// (the outcome kept for the card to show) and remove the connection.
import { useState } from 'react';
import { t } from '../../../common/i18n';
import type { ConnectionView, PlainError } from '../../../common/types';
import { announce, run, useBusy, useError } from '../shared/app-store';
import type { UiError } from '../shared/api';
import { inCurrentWords } from '../shared/error-text';
import type { Formatters } from '../shared/formatters';

// The outcome, not its text: it is worded when shown, so privacy mode turned on
// later masks the total and a language switch rewords the sentence, the
// error's own words included (from its facts, when main sent them).
type TestOutcome = { totalUsd: number } | { failed: PlainError };

export interface ConnectionTest {
  testing: boolean;
  error: UiError | undefined;
  /** The last test's outcome in words, or null before the first one (and while one runs). */
  resultText: string | null;
  test: () => Promise<void>;
}

export function useConnectionTest(c: ConnectionView, fmt: Formatters): ConnectionTest {
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const testing = useBusy(`test:${c.id}`);
  const error = useError(`test:${c.id}`);
  const textOf = (o: TestOutcome): string => {
    if (!('failed' in o)) return t('exchanges.test.works', { name: c.name, total: fmt.money(o.totalUsd) });
    const { message, action } = inCurrentWords(o.failed);
    return action ? t('exchanges.test.failedWithAction', { name: c.name, message, action }) : t('exchanges.test.failed', { name: c.name, message });
  };

  const test = async (): Promise<void> => {
    setOutcome(null);
    const result = await run(`test:${c.id}`, 'testConnection', { id: c.id });
    if (!result.ok) return;
    const next = result.value.ok
      ? { totalUsd: result.value.totalUsd }
      : { failed: result.value.error };
    setOutcome(next);
    announce(textOf(next));
  };

  return { testing, error, resultText: outcome && textOf(outcome), test };
}

export interface ConnectionRemoval {
  removing: boolean;
  error: UiError | undefined;
  remove: () => Promise<void>;
}

export function useConnectionRemoval(c: ConnectionView, onRemoved: (() => void) | undefined): ConnectionRemoval {
  const removing = useBusy(`remove:${c.id}`);
  const error = useError(`remove:${c.id}`);
  const remove = async (): Promise<void> => {
    const result = await run(`remove:${c.id}`, 'removeConnection', { id: c.id });
    if (!result.ok) return;
    announce(t('exchanges.remove.announced', { name: c.name }));
    onRemoved?.();
  };
  return { removing, error, remove };
}
