import { StrictMode } from 'react';
import { config as configureZod } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

// The CSP forbids eval; without this zod probes `new Function` and the browser logs a violation.
configureZod({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
