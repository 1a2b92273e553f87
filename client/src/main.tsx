import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { createI18n } from './i18n/createI18n.js';
import { readLanguagePreference } from './i18n/languagePreference.js';
import { AppUpdates } from './pwa/AppUpdates.js';
import { forgetStaleEvents } from './storage/deviceRetention.js';
import './styles/base.css';
import './styles/pages.css';
import './styles/board.css';
import './styles/session.css';
import './styles/dashboard.css';
import './styles/export.css';
import './styles/onPhone.css';

// Before anything opens a board: what this phone kept too long goes first (deleting is quick, it is not awaited).
void forgetStaleEvents();
const updates = new AppUpdates('/sw.js');
// The development server has no service worker (and must not keep an old shell around).
if (import.meta.env.PROD) updates.start();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Indonesian is bundled and ready within a microtask; an English preference waits for its catalog (precached).
void createI18n(readLanguagePreference() ?? 'id').then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App updates={updates} />
      </I18nextProvider>
    </StrictMode>,
  ),
);
