// One connection: total, status, last sync, last error with what to do, and
// its actions (test, rename inline, replace keys, remove with confirmation).
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../common/error-words';
import type { ConnectionView } from '../../../common/types';
import { announce, run, useAppStore, useBusy, useError, useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import { ErrorText } from '../shared/error-text';
import { Spinner } from '../shared/spinner';
import { StatusChip } from '../shared/status-chip';
import { useNow } from '../shared/use-now';
import { useSupportedExchanges } from '../shared/use-supported-exchanges';
import { credentialHintText } from './credential-hints';
import { RenameForm } from './rename-form';
import { ReplaceKeysForm } from './replace-keys-form';

type Mode = 'view' | 'rename' | 'replace' | 'confirm-remove';

export function ConnectionCard({ connection: c, onRemoved }: { connection: ConnectionView; onRemoved?: () => void }) {
  const fmt = useFormatters();
  const now = useNow();
  const [mode, setMode] = useState<Mode>('view');
  // Closing a form or the confirmation returns focus to the button that opened it.
  const returnTo = useRef<Mode | null>(null);
  const buttons = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  const open = (next: Mode): void => {
    returnTo.current = null;
    setMode(next);
  };
  const close = (): void => {
    returnTo.current = mode;
    setMode('view');
  };
  useEffect(() => {
    if (mode !== 'view' || returnTo.current === null) return;
    buttons.current[returnTo.current]?.focus();
    returnTo.current = null;
  }, [mode]);
  // The outcome, not its text: a total is formatted when shown, so privacy mode turned on later masks it.
  const [testResult, setTestResult] = useState<{ totalUsd: number } | { failed: string } | null>(null);
  const testing = useBusy(`test:${c.id}`);
  const testError = useError(`test:${c.id}`);
  const removing = useBusy(`remove:${c.id}`);
  const removeError = useError(`remove:${c.id}`);
  // Demo connections run on the double's demo keys: there are no real ones to replace.
  const keysLocked = useAppStore((s) => s.snapshot?.secretsAvailable.ok === false || s.snapshot?.demo === true);
  // The window's one cached /exchange/support answer (the add and replace forms read it too).
  const { exchanges } = useSupportedExchanges();
  const exchange = exchanges?.find((e) => e.connectionId === c.exchangeId);
  const hasHints = Object.keys(c.credentialHints).length > 0;
  const lastError = c.lastError
    ? { message: c.lastError.message, action: c.lastError.action ?? describeError(c.lastError.code, { exchangeName: c.exchangeName }).action }
    : null;
  const testResultText = (outcome: { totalUsd: number } | { failed: string }): string =>
    'failed' in outcome ? outcome.failed : `${c.name} works: ${fmt.money(outcome.totalUsd)}.`;

  const test = async (): Promise<void> => {
    setTestResult(null);
    const result = await run(`test:${c.id}`, 'testConnection', { id: c.id });
    if (!result.ok) return;
    const outcome = result.value.ok
      ? { totalUsd: result.value.totalUsd }
      : { failed: `${c.name} failed: ${result.value.error.message}${result.value.error.action ? ` ${result.value.error.action}` : ''}` };
    setTestResult(outcome);
    announce(testResultText(outcome));
  };

  const remove = async (): Promise<void> => {
    const result = await run(`remove:${c.id}`, 'removeConnection', { id: c.id });
    if (!result.ok) return;
    announce(`${c.name} removed; its keys were erased.`);
    onRemoved?.();
  };

  return (
    <li className="card connection" data-testid="exchange-row" data-connection-id={c.id} aria-label={c.name}>
      <div className="connection-head">
        <CoinIcon src={c.exchangeIcon} label={c.exchangeName} size={28} />
        {mode === 'rename' ? (
          <RenameForm connection={c} onDone={close} />
        ) : (
          <div className="connection-title">
            <h3 className="connection-name">{c.name}</h3>
            {c.name !== c.exchangeName && <span className="muted">{c.exchangeName}</span>}
          </div>
        )}
        <span className="spacer" />
        <span className="connection-total">{fmt.money(c.totalUsd)}</span>
        <StatusChip connection={c} />
      </div>
      <p className="muted small">
        Last sync: {fmt.age(c.lastSyncAt, now)}
        {hasHints && (
          <>
            {' · '}
            <span data-testid="credential-hints">{credentialHintText(c.credentialHints, exchange)}</span>
          </>
        )}
      </p>
      {lastError && c.state === 'error' && <ErrorText error={lastError} />}
      {testResult && <p className="small">{testResultText(testResult)}</p>}
      <ErrorText error={testError ?? removeError} />
      {mode === 'replace' && <ReplaceKeysForm connection={c} onDone={close} />}
      {mode === 'confirm-remove' ? (
        <div className="confirm" role="group" aria-label={`Remove ${c.name}?`}>
          <span>Remove {c.name}? Its keys are erased from this computer.</span>
          <button type="button" className="danger" onClick={() => void remove()} disabled={removing} aria-busy={removing}>
            {removing && <Spinner />} Remove
          </button>
          <button type="button" onClick={close} autoFocus>
            Cancel
          </button>
        </div>
      ) : (
        mode === 'view' && (
          <div className="card-actions">
            <button type="button" onClick={() => void test()} disabled={testing} aria-busy={testing} data-nav-item="">
              {testing && <Spinner />} Test
            </button>
            <button type="button" ref={(el) => void (buttons.current.rename = el)} onClick={() => open('rename')} aria-label={`Rename ${c.name}`}>
              Rename
            </button>
            <button
              type="button"
              ref={(el) => void (buttons.current.replace = el)}
              onClick={() => open('replace')}
              disabled={keysLocked}
              aria-label={`Replace keys of ${c.name}`}
            >
              Replace keys
            </button>
            <button
              type="button"
              className="danger"
              ref={(el) => void (buttons.current['confirm-remove'] = el)}
              onClick={() => open('confirm-remove')}
              aria-label={`Remove ${c.name}`}
            >
              Remove
            </button>
          </div>
        )
      )}
    </li>
  );
}
