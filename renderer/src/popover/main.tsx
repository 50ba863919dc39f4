import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/theme.css';
import './popover.css';
import { PopoverApp } from './popover-app';

const root = document.getElementById('root');
if (!root) throw new Error('popover.html lacks its #root element');
createRoot(root).render(
  <StrictMode>
    <PopoverApp />
  </StrictMode>,
);
