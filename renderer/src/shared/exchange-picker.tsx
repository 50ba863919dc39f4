// Exchange picker: a combobox (type to search, arrows to move, Enter to pick)
// over `/exchange/support`, following the WAI-ARIA combobox pattern.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SupportedExchange } from '../../../common/types';
import { t } from '../../../common/i18n';
import { CoinIcon } from './coin-icon';
import { useInitialFocus } from './use-initial-focus';

interface PickerProps {
  exchanges: SupportedExchange[];
  onPick: (exchange: SupportedExchange) => void;
}

/** The search text, the exchanges it matches, and the active one among them. */
function useExchangeSearch(exchanges: SupportedExchange[]) {
  const [query, setQueryState] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return exchanges;
    return exchanges.filter((e) => e.name.toLowerCase().includes(q) || e.connectionId.toLowerCase().includes(q));
  }, [exchanges, query]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  // A new search starts again from the first match.
  const setQuery = (next: string): void => {
    setQueryState(next);
    setActive(0);
  };
  return { query, setQuery, matches, activeIndex, setActive };
}

export function ExchangePicker({ exchanges, onPick }: PickerProps) {
  const baseId = useId();
  const { query, setQuery, matches, activeIndex, setActive } = useExchangeSearch(exchanges);
  const optionId = (i: number): string => `${baseId}-option-${i}`;
  const expanded = matches.length > 0;
  const pickerRef = useInitialFocus<HTMLDivElement>();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(activeIndex + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Escape' && query !== '') {
      // First Escape clears the search; preventDefault tells the popover's
      // Escape-hides handler this key was used up here.
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'Enter') {
      const exchange = matches[activeIndex];
      if (exchange) {
        event.preventDefault();
        onPick(exchange);
      }
    }
  };

  return (
    <div ref={pickerRef} className="picker">
      <label htmlFor={`${baseId}-search`}>{t('shared.exchangeLabel')}</label>
      <input
        id={`${baseId}-search`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${baseId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        placeholder={t('shared.searchExchanges')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ExchangeOptions id={`${baseId}-list`} optionId={optionId} matches={matches} activeIndex={activeIndex} onActive={setActive} onPick={onPick} />
      {!expanded && <p className="muted">{t('shared.noExchangeMatches', { query })}</p>}
    </div>
  );
}

interface OptionsProps {
  id: string;
  optionId: (index: number) => string;
  matches: SupportedExchange[];
  activeIndex: number;
  onActive: (index: number) => void;
  onPick: (exchange: SupportedExchange) => void;
}

/** The listbox of matches; hidden when nothing matches. */
function ExchangeOptions({ id, optionId, matches, activeIndex, onActive, onPick }: OptionsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // aria-activedescendant moves no focus, so the browser does not scroll the
  // list for us: keep the active option visible as the arrow keys move it.
  useEffect(() => {
    const option = listRef.current?.children[activeIndex];
    // happy-dom and old engines lack scrollIntoView; nothing to keep in view there.
    if (option instanceof HTMLElement && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, matches]);
  return (
    <ul ref={listRef} className="picker-list" id={id} role="listbox" aria-label={t('shared.supportedExchanges')} hidden={matches.length === 0}>
      {matches.map((exchange, i) => (
        <li
          key={exchange.connectionId}
          id={optionId(i)}
          role="option"
          aria-selected={i === activeIndex}
          className={i === activeIndex ? 'picker-option active' : 'picker-option'}
          onClick={() => onPick(exchange)}
          onMouseMove={() => onActive(i)}
        >
          <CoinIcon src={exchange.icon} label={exchange.name} />
          <span>{exchange.name}</span>
        </li>
      ))}
    </ul>
  );
}
