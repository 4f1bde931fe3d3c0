// Beredd's service worker: the app boots and every screen works without a network.
// - This build's files (precache.json: HTML, JS, wasm with its fonts, CSS, content packs,
//   Leaflet, Sweden's outline, icons) are cached at install, in a cache named after the build
//   (the ?v= of this script's URL). Activating deletes every other build's cache.
// - Shell files are served from that cache first: they only change with a new build.
// - Content packs are network-first (an organisation may edit them without a new build), with
//   the cached copy when the network is slow or gone.
// - Anything else of this origin (the incident feed) is network-first with a short timeout;
//   the last good answer is kept, and served when the network fails, marked with the header
//   OFFLINE_COPY_HEADER so the app shows it as stale.
// Map tiles come from another origin and are left to the browser.

const VERSION = new URL(self.location.href).searchParams.get('v') ?? 'dev';
const SHELL_CACHE = `beredd-shell-${VERSION}`;
const SHELL_PREFIX = 'beredd-shell-';
const DATA_CACHE = 'beredd-data';  // the feed's last good answer; not tied to a build
const NETWORK_TIMEOUT_MS = 4000;
const OFFLINE_COPY_HEADER = 'Beredd-Offline-Copy';  // the copy's fetch time (ms since 1970)
const FETCHED_HEADER = 'Beredd-Fetched';
const NEVER_CACHED = ['precache.json', 'sw.js'];

const scopeUrl = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const response = await fetch(scopeUrl('precache.json'), { cache: 'no-store' });
    if (!response.ok) throw new Error(`precache.json: HTTP ${response.status}`);
    const precache = await response.json();
    // The list must be the one this worker was registered for: a deploy between the page's
    // fetch and this one would otherwise mix two builds in one cache.
    if (precache.version !== VERSION) throw new Error(`precache.json is ${precache.version}, not ${VERSION}`);
    const cache = await caches.open(SHELL_CACHE);
    await cache.addAll(precache.files.map((file) => new Request(scopeUrl(file), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  if (NEVER_CACHED.includes(path)) return;
  if (request.mode === 'navigate') {
    event.respondWith(shellFirst(new Request(scopeUrl('./')), request));
  } else if (path.startsWith('content/')) {
    event.respondWith(networkFirst(fetch(request),
      () => caches.match(request, { cacheName: SHELL_CACHE, ignoreSearch: true })));
  } else {
    event.respondWith(caches.match(request, { cacheName: SHELL_CACHE, ignoreSearch: true })
      .then((cached) => cached ?? dataFirst(event)));
  }
});

// index.html for any navigation (?kiosk=1 included), from this build's cache.
async function shellFirst(cacheKey, request) {
  return (await caches.match(cacheKey, { cacheName: SHELL_CACHE })) ?? fetch(request);
}

// The `network`'s answer within NETWORK_TIMEOUT_MS, else `fallback()`'s, else the network's
// late answer or its error.
async function networkFirst(network, fallback) {
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  try {
    const answer = await Promise.race([network, timeout]);
    if (answer) return answer;
  } catch {
    // no network: the fallback below
  }
  return (await fallback()) ?? network;
}

// The feed (and anything else not in the shell): fresh when the network answers, and kept;
// the kept copy, marked, when it does not. Keeping the copy extends the event's lifetime, so
// the browser does not stop the worker while the copy is being written.
async function dataFirst(event) {
  const request = event.request;
  const cache = await caches.open(DATA_CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) event.waitUntil(keep(cache, request.url, response.clone()));
    return response;
  });
  return networkFirst(network, async () => {
    const kept = await newestCopy(cache, request.url);
    if (!kept) return null;
    const headers = new Headers(kept.headers);
    headers.set(OFFLINE_COPY_HEADER, kept.headers.get(FETCHED_HEADER) ?? '1');
    return new Response(await kept.blob(), { status: 200, headers });
  });
}

// Copies are keyed by their URL plus when they were fetched, and only copies older than one
// just stored are deleted: replacing one entry in place, or two polls deleting each other's
// copies, could leave no copy at all. The request's headers play no part.
const copyPrefix = (url) => `${url}${url.includes('?') ? '&' : '?'}beredd-copy=`;

async function keep(cache, url, response) {
  const fetched = Date.now();
  const headers = new Headers(response.headers);
  headers.set(FETCHED_HEADER, String(fetched));
  const key = copyPrefix(url) + fetched;
  await cache.put(key, new Response(await response.blob(), { status: 200, headers }));
  for (const old of await cache.keys()) {
    const at = old.url.startsWith(copyPrefix(url)) ? Number(old.url.slice(copyPrefix(url).length)) : Infinity;
    if (at < fetched) await cache.delete(old);
  }
}

async function newestCopy(cache, url) {
  const copies = (await cache.keys()).map((key) => key.url).filter((key) => key.startsWith(copyPrefix(url)));
  if (copies.length === 0) return null;
  const newest = copies.reduce((a, b) => (Number(a.slice(copyPrefix(url).length)) >= Number(b.slice(copyPrefix(url).length)) ? a : b));
  return cache.match(newest);
}
