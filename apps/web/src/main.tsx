import '@mantine/core/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no #root element');
}

// The language (and with it the text direction) is settled before the first render, so that an
// Arabic page never flashes left-to-right.
void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
