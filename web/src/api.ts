// The app's whole data layer: the published SDK, the generated query options, one QueryClient.
import { createClient } from '@specloom/taskboard-sdk';
import { QueryClient } from '@tanstack/react-query';
import { createQueries } from './generated/query.js';

declare global {
  interface Window {
    /** Deploy-time settings, from `/config.js` (see public/config.js). */
    taskboardConfig?: { apiBaseUrl?: string };
  }
}

/** The API's base URL: `/config.js` at deploy time, else `VITE_API_URL` at build time, else the local API. */
export const apiBaseUrl =
  window.taskboardConfig?.apiBaseUrl ?? import.meta.env.VITE_API_URL ?? 'http://127.0.0.1:3000';

const signedOut = new EventTarget();
/** Runs `listener` whenever the session ends for good (a 401 no refresh can fix). */
export const onSignedOut = (listener: () => void) => signedOut.addEventListener('signed-out', listener);

export const api = createClient({
  baseUrl: apiBaseUrl,
  auth: { onUnauthenticated: () => signedOut.dispatchEvent(new Event('signed-out')) },
});

export const queries = createQueries(api);

export const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } });
