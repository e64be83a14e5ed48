import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when it is first opened, so a tablet at the door does not download the office pages
 * (reports, imports, the picture of the neighbourhood). The pages of the door (visits, registration,
 * signals) stay in the main bundle, which the service worker keeps for work without a connection.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
