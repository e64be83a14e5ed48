/*
 * Thuis service worker: the app opens without a connection, with what a home visit needs.
 * - The app shell (index.html and the built files it names) and the door pages' files are cached on install.
 * - /assets/* (hashed file names): cache first.
 * - Page loads: network first, falling back to the cached index.html.
 * - A few API answers, network first with the last answer as fallback: the session, the project,
 *   its visit lists, its registration form and whether it measures before and after (so the
 *   measurement form also shows offline). No other API answer is ever cached (personal data).
 * - Logging in or out empties the API cache.
 */
const VERSION = 'v1';
const SHELL = `thuis-shell-${VERSION}`;
const API = `thuis-api-${VERSION}`;

/** Files of the app outside /assets/ that it needs to open and to show as an installed app. */
const staticFiles = ['/manifest.webmanifest', '/favicon.svg', '/apple-touch-icon.png', '/icon-192.png', '/icon-512.png', '/icon-maskable-512.png'];

/** The lazily loaded files of the door pages (visits, registration, signals), filled in by the build (vite.config.ts). */
const doorAssets = [];

const cachedApi = [
  /^\/api\/auth\/session$/,
  /^\/api\/projects\/[^/]+$/,
  /^\/api\/projects\/[^/]+\/registration-form$/,
  /^\/api\/projects\/[^/]+\/visits(\/[^/]*)*$/,
  /^\/api\/projects\/[^/]+\/before-after\/settings$/,
];

async function precacheShell() {
  const cache = await caches.open(SHELL);
  const response = await fetch('/index.html', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/index.html', response);
  const files = new Set([...staticFiles, ...doorAssets]);
  for (const m of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) files.add(m[1]);
  await Promise.all(
    [...files].map((url) =>
      fetch(url)
        .then((r) => (r.ok ? cache.put(url, r) : undefined))
        .catch(() => undefined),
    ),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('thuis-') && k !== SHELL && k !== API).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, cacheKey) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(cacheKey ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/api/')) {
    if (request.method !== 'GET') {
      // Another user may log in on this device: forget the cached answers of the last one.
      if (url.pathname === '/api/auth/logout' || url.pathname === '/api/auth/login') event.waitUntil(caches.delete(API));
      return;
    }
    if (cachedApi.some((pattern) => pattern.test(url.pathname))) event.respondWith(networkFirst(request, API));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          // Every page of the app is index.html; keep the newest.
          if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
            const cache = await caches.open(SHELL);
            await cache.put('/index.html', response.clone());
          }
          return response;
        })
        .catch(async () => (await caches.match('/index.html', { cacheName: SHELL })) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/') || staticFiles.includes(url.pathname)) {
    event.respondWith(cacheFirst(request));
  }
});
