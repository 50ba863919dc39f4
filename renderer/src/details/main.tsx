import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/theme.css';
import './details.css';
import { DETAILS_TABS, type DetailsTab } from '../../../common/contract';
import { DetailsApp } from './details-app';

// Main may open the window on a tab (`details.html#settings`).
const wanted = window.location.hash.slice(1);
const initialTab = (DETAILS_TABS as readonly string[]).includes(wanted) ? (wanted as DetailsTab) : 'holdings';

const root = document.getElementById('root');
if (!root) throw new Error('details.html lacks its #root element');
createRoot(root).render(
  <StrictMode>
    <DetailsApp initialTab={initialTab} />
  </StrictMode>,
);
