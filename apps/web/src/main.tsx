import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles.css';
import type { SessionResponse } from '@thuis/domain';
import { configureApi, isApiError } from './lib/api';
import { currentLocale, i18next, initI18n } from './i18n';
import { sessionKey } from './features/auth/hooks';
import { App } from './app/App';
import { startRegistrationSync } from './features/registrations/sync';
import { beforeAfterKeys } from './features/beforeAfter/hooks';
import { visitKeys } from './features/visits/hooks';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // 4xx answers do not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

configureApi({
  language: currentLocale,
  fallbackMessage: (key) => i18next.t(key),
  onUnauthenticated: () => {
    // The session ended (expired, logged out elsewhere): drop the user; <RequireUser> sends them to the log-in page.
    queryClient.setQueryData<SessionResponse>(sessionKey, (old) => (old ? { ...old, user: null } : old));
  },
});

await initI18n();

// Registrations made offline wait in this device's outbox; send them when there is a connection.
startRegistrationSync({
  onSaved: (entry) => void queryClient.invalidateQueries({ queryKey: visitKeys.all(entry.projectId) }),
  onMeasurementSettled: (entry) => void queryClient.invalidateQueries({ queryKey: beforeAfterKeys.all(entry.projectId) }),
});

// The service worker keeps the app and the data needed for a visit (list, form) available offline.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () =>
    void navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online.
    });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18next}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
