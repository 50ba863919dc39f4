// A connection's keys: when they were set and last worked, the reminder that
// they are due for replacing, the "worked until" sentence when the exchange
// now refuses keys that long worked, and what matters when making new ones
// for this exchange. Only ages and words: the hints stay on the sync line.
import { t } from '../../../common/i18n';
import { keyAgeText, keyGuidance, rotationDueCountText, rotationDueText, workedUntilText } from '../../../common/key-words';
import type { ConnectionView } from '../../../common/types';
import { useAppStore } from '../shared/app-store';
import { useNow } from '../shared/use-now';

/** On the Exchanges tab: how many connections have keys due, seen as a count and heard as a sentence. */
export function RotationBadge() {
  const due = useAppStore((s) => s.snapshot?.connections.filter((c) => c.keys.rotationDue).length ?? 0);
  if (due === 0) return null;
  return (
    <>
      <span className="chip chip-warn tab-badge" aria-hidden="true" data-testid="rotation-badge">
        {due}
      </span>
      <span className="visually-hidden">, {rotationDueCountText(due)}</span>
    </>
  );
}

/**
 * The card's error when the exchange refuses keys that long worked: said as
 * what most likely happened (revoked, expired), not as a possible typo.
 */
export function WorkedUntil({ at }: { at: number }) {
  const now = useNow();
  return (
    <p className="error-text" role="alert" data-testid="worked-until">
      {workedUntilText(at, now)}
    </p>
  );
}

export function KeyCard({ connection: c }: { connection: ConnectionView }) {
  const now = useNow();
  const { keys } = c;
  return (
    <section className="key-card" aria-label={t('keys.card.label', { name: c.name })} data-testid="key-card">
      <p className="muted small key-line">
        <span>{keyAgeText(keys.setAt, c.lastSyncAt, now)}</span>
        {keys.rotationDue && <span className="chip chip-warn">{rotationDueText()}</span>}
      </p>
      <details className="key-guidance">
        <summary>{t('keys.card.making', { exchange: c.exchangeName })}</summary>
        <ul className="small">
          {keyGuidance(c.exchangeId).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
