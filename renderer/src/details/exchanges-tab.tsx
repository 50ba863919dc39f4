// Exchanges: each connection with its total, status and last error, and the
// way to add another.
import { useState } from 'react';
import { useAppStore } from '../shared/app-store';
import { AddExchangeForm } from '../shared/add-exchange-form';
import { SecretsBlocked } from '../shared/secrets-blocked';
import { onListArrowKeys } from '../shared/use-arrow-keys';
import { ConnectionCard } from './connection-card';

export function ExchangesTab() {
  const connections = useAppStore((s) => s.snapshot?.connections);
  const [adding, setAdding] = useState(false);
  if (!connections) return null;
  return (
    <div className="exchanges">
      <SecretsBlocked />
      <div className="toolbar">
        <h2 className="section-title">Connected exchanges</h2>
        <span className="spacer" />
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add exchange
          </button>
        )}
      </div>
      {adding && (
        <section className="card" aria-label="Add exchange">
          <AddExchangeForm onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </section>
      )}
      {connections.length === 0 ? (
        <p className="muted empty">No exchange connected yet.</p>
      ) : (
        <ul className="connection-list" onKeyDown={onListArrowKeys}>
          {connections.map((c) => (
            <ConnectionCard key={c.id} connection={c} />
          ))}
        </ul>
      )}
    </div>
  );
}
