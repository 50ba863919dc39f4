// One connection: total, status, last sync, last error with what to do, its
// keys' health (key-card.tsx), and its actions (test, rename inline, replace keys, remove with confirmation).
import { t } from '../../../common/i18n';
import type { ConnectionView } from '../../../common/types';
import { useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import { ConfirmStep } from '../shared/confirm-step';
import { flaggedText, notInTotalText } from '../../../common/standing-words';
import { ErrorText } from '../shared/error-text';
import { Spinner } from '../shared/spinner';
import { StatusChip } from '../shared/status-chip';
import { useNow } from '../shared/use-now';
import { useStep } from '../shared/use-step';
import { useSupportedExchanges } from '../shared/use-supported-exchanges';
import { ConnectionActions, type CardStep } from './connection-actions';
import { credentialHintText } from './credential-hints';
import { KeyCard, WorkedUntil } from './key-card';
import { RenameForm } from './rename-form';
import { ReplaceKeysForm } from './replace-keys-form';
import { useConnectionRemoval, useConnectionTest } from './use-connection-commands';

export function ConnectionCard({ connection: c, onRemoved }: { connection: ConnectionView; onRemoved?: () => void }) {
  const fmt = useFormatters();
  // Closing a form or the confirmation returns focus to the button that opened it.
  const steps = useStep<CardStep>();
  const test = useConnectionTest(c, fmt);
  const removal = useConnectionRemoval(c, onRemoved);
  const shownError = c.state === 'error' ? c.lastError : null;

  return (
    <li className="card connection" data-testid="exchange-row" data-connection-id={c.id} aria-label={c.name}>
      <div className="connection-head">
        <CoinIcon src={c.exchangeIcon} label={c.exchangeName} size={28} />
        {steps.step === 'rename' ? (
          <RenameForm connection={c} onDone={steps.close} />
        ) : (
          <div className="connection-title">
            <h3 className="connection-name ellipsis" title={c.name}>
              {c.name}
            </h3>
            {c.name !== c.exchangeName && (
              <span className="muted ellipsis" title={c.exchangeName}>
                {c.exchangeName}
              </span>
            )}
          </div>
        )}
        <span className="spacer" />
        {!c.countInTotal && <span className="chip chip-idle">{notInTotalText()}</span>}
        <span className="connection-total">{fmt.money(c.totalUsd)}</span>
        {/* The reason is printed in full below, with its advice: the chip keeps only its label. */}
        <StatusChip connection={c} reasonShownElsewhere={Boolean(shownError)} />
      </div>
      <SyncLine connection={c} />
      {shownError && c.keys.workedUntil !== null ? (
        <WorkedUntil at={c.keys.workedUntil} />
      ) : (
        <ErrorText error={shownError} exchangeName={c.exchangeName} />
      )}
      <KeyCard connection={c} />
      {c.flagged.map((row, i) => (
        <p key={i} className="flagged-row">
          {flaggedText(row)}
        </p>
      ))}
      {test.resultText && <p className="small">{test.resultText}</p>}
      <ErrorText error={test.error ?? removal.error} />
      {steps.step === 'replace' && <ReplaceKeysForm connection={c} onDone={steps.close} />}
      {steps.step === 'confirm-remove' ? (
        <ConfirmStep
          label={t('exchanges.remove.label', { name: c.name })}
          question={t('exchanges.remove.question', { name: c.name })}
          action={<>{removal.removing && <Spinner />} {t('exchanges.remove.confirm')}</>}
          busy={removal.removing}
          onConfirm={() => void removal.remove()}
          onCancel={steps.close}
        />
      ) : (
        steps.step === null && <ConnectionActions connection={c} steps={steps} test={test} />
      )}
    </li>
  );
}

/** "Last sync: 5 min ago · API Key ••••d8e2 · API Secret ••••ee99". */
function SyncLine({ connection: c }: { connection: ConnectionView }) {
  const fmt = useFormatters();
  const now = useNow();
  // The window's one cached /exchange/support answer (the add and replace forms read it too).
  const { exchanges } = useSupportedExchanges();
  const exchange = exchanges?.find((e) => e.connectionId === c.exchangeId);
  const hasHints = Object.keys(c.credentialHints).length > 0;
  return (
    <p className="muted small">
      {t('exchanges.lastSync', { age: fmt.age(c.lastSyncAt, now) })}
      {hasHints && (
        <>
          {' · '}
          <span data-testid="credential-hints">{credentialHintText(c.credentialHints, exchange)}</span>
        </>
      )}
    </p>
  );
}
