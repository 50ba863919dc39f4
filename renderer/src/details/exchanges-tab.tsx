// Exchanges: each connection with its total, status and last error, and the
// way to add another. It also decides where keyboard focus lands when a card
// appears or disappears, so focus is never dropped onto <body>.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../common/i18n';
import type { ConnectionView } from '../../../common/types';
import { useAppStore, useLanguage } from '../shared/app-store';
import { AddExchangeForm } from '../shared/add-exchange-form';
import { DemoKeysNote, useDemo } from '../shared/demo-badge';
import { ErrorPlaceProvider } from '../shared/error-text';
import { SecretsBlocked } from '../shared/secrets-blocked';
import { onListArrowKeys } from '../shared/use-arrow-keys';
import { ConnectionCard } from './connection-card';

const ADD = 'add';

export function ExchangesTab() {
  const connections = useAppStore((s) => s.snapshot?.connections);
  const demo = useDemo();
  // Its words follow the language even when a push changes nothing else it reads.
  useLanguage();
  const [adding, setAdding] = useState(false);
  // A connection id, or 'add' for the "Add exchange" button; applied once it is on screen.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    const target =
      focusTarget === ADD
        ? addRef.current
        : ([...(listRef.current?.querySelectorAll<HTMLElement>('[data-connection-id]') ?? [])]
            .find((card) => card.dataset.connectionId === focusTarget)
            ?.querySelector<HTMLElement>('.card-actions button') ?? null);
    if (!target) return; // not rendered yet: the next snapshot push runs this again
    target.focus();
    setFocusTarget(null);
  }, [focusTarget, connections, adding]);

  if (!connections) return null;
  const onAdded = (c: ConnectionView): void => {
    setAdding(false);
    setFocusTarget(c.id);
  };
  const onCancelAdd = (): void => {
    setAdding(false);
    setFocusTarget(ADD);
  };
  // Error advice names the controls at hand: the form being filled in, or the card's Replace keys.
  return (
    <ErrorPlaceProvider value="exchanges">
      <div className="exchanges">
        <SecretsBlocked />
        <div className="toolbar">
          <h2 className="section-title">{t('exchanges.title')}</h2>
          <span className="spacer" />
          {!adding && (
            <button type="button" className="primary" ref={addRef} onClick={() => setAdding(true)} disabled={demo}>
              {t('exchanges.add')}
            </button>
          )}
        </div>
        {!adding && <DemoKeysNote />}
        {adding && (
          <section className="card" aria-label={t('exchanges.add')}>
            <ErrorPlaceProvider value="add-exchange">
              <AddExchangeForm onDone={onAdded} onCancel={onCancelAdd} />
            </ErrorPlaceProvider>
          </section>
        )}
        {connections.length === 0 ? (
          <p className="muted empty">{t('exchanges.empty')}</p>
        ) : (
          <ul className="connection-list" ref={listRef} onKeyDown={onListArrowKeys}>
            {connections.map((c, i) => (
              // The next card is worked out now, while the removed one is still listed.
              <ConnectionCard key={c.id} connection={c} onRemoved={() => setFocusTarget(connections[i + 1]?.id ?? ADD)} />
            ))}
          </ul>
        )}
      </div>
    </ErrorPlaceProvider>
  );
}
