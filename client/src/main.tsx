import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { createI18n } from './i18n/createI18n.js';
import { readLanguagePreference } from './i18n/languagePreference.js';
import './styles/base.css';
import './styles/pages.css';
import './styles/board.css';
import './styles/session.css';
import './styles/dashboard.css';
import './styles/export.css';

const i18n = createI18n(readLanguagePreference() ?? 'id');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
