// Exchange picker: a combobox (type to search, arrows to move, Enter to pick)
// over `/exchange/support`, following the WAI-ARIA combobox pattern.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SupportedExchange } from '../../../main/core/types';
import { CoinIcon } from './coin-icon';

export function ExchangePicker({
  exchanges,
  onPick,
}: {
  exchanges: SupportedExchange[];
  onPick: (exchange: SupportedExchange) => void;
}) {
  const baseId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return exchanges;
    return exchanges.filter((e) => e.name.toLowerCase().includes(q) || e.connectionId.toLowerCase().includes(q));
  }, [exchanges, query]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (i: number): string => `${baseId}-option-${i}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(activeIndex + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      const exchange = matches[activeIndex];
      if (exchange) {
        event.preventDefault();
        onPick(exchange);
      }
    }
  };

  return (
    <div className="picker">
      <label htmlFor={`${baseId}-search`}>Exchange</label>
      <input
        id={`${baseId}-search`}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${baseId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={matches.length > 0 ? optionId(activeIndex) : undefined}
        placeholder="Search exchanges"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="picker-list" id={`${baseId}-list`} role="listbox" aria-label="Supported exchanges">
        {matches.map((exchange, i) => (
          <li
            key={exchange.connectionId}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'picker-option active' : 'picker-option'}
            onClick={() => onPick(exchange)}
            onMouseMove={() => setActive(i)}
          >
            <CoinIcon src={exchange.icon} label={exchange.name} />
            <span>{exchange.name}</span>
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="muted">No supported exchange matches “{query}”.</p>}
    </div>
  );
}
