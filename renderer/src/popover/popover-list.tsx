// The popover's titled lists (coins, exchanges): arrow keys move between the
// rows, and every row is a button that opens the details window on its tab.
import type { ReactNode } from 'react';
import type { DetailsTab } from '../../../common/contract';
import { onListArrowKeys } from '../shared/use-arrow-keys';
import { openDetails } from './open-details';

interface ListProps {
  /** The heading's id, which names the section. */
  headingId: string;
  title: string;
  className: string;
  /** Beside the heading, on its line (the allocation bar): it costs the list no height. */
  aside?: ReactNode;
  children: ReactNode;
}

export function PopoverList({ headingId, title, className, aside, children }: ListProps) {
  return (
    // The section's class lets the layout size it: coins take what exchanges leave.
    <section aria-labelledby={headingId} className={`${className}-section`}>
      <div className="section-head">
        <h2 id={headingId} className="section-title">
          {title}
        </h2>
        {aside}
      </div>
      <ul className={className} onKeyDown={onListArrowKeys}>
        {children}
      </ul>
    </section>
  );
}

interface RowProps {
  className: string;
  /** The details tab the row opens. */
  tab: DetailsTab;
  testId?: string;
  /** Tooltip, and the row's accessible description. */
  title?: string | undefined;
  children: ReactNode;
}

export function PopoverRow({ className, tab, testId, title, children }: RowProps) {
  return (
    <li>
      <button type="button" className={className} data-nav-item="" data-testid={testId} title={title} onClick={() => openDetails(tab)}>
        {children}
      </button>
    </li>
  );
}
