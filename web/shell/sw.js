// Beredd's service worker: the app boots and every screen works without a network.
// - This build's files (precache.json: HTML, JS, wasm with its fonts and built-in packs, CSS,
//   Leaflet, Sweden's outline, icons) are cached at install, in a cache named after the build
//   (the ?v= of this script's URL).
// - Shell files are served from that cache first: they only change with a new build.
// - Served content packs are shipped once (issue 18): the app has its packs built in, so a
//   served pack is downloaded only when an organisation has edited it. At install each is asked
//   for with the built-in pack's ETag (precache.json's packs) and the answer kept: the edited
//   pack, or the server's 304 saying the built-in one is current. Pages ask network-first (an
//   organisation may edit a pack without a new build), each answer replaces the kept one, and
//   the kept answer stands in when the network is slow or gone.
// - Anything else (the incident feed, map tiles) goes to the network as it would without a
//   worker: the page keeps the last feed the app accepted itself (feed_copy.js).
//
// A page never runs with files from two builds (issue #14):
// - a new build's worker installs and then waits: no skipWaiting() at install, and no
//   clients.claim() of pages it did not serve;
// - it takes over only when no page of the old build is left, or when a page asks at its very
//   start (boot.js, before it has loaded anything of its own), is the only page open, and
//   confirms; that page then reloads whole from the new build;
// - only then is the old build's cache deleted.

const VERSION = new URL(self.location.href).searchParams.get('v') ?? 'dev';
const SHELL_CACHE = `beredd-shell-${VERSION}`;
const SHELL_PREFIX = 'beredd-shell-';
const RETIRED_CACHES = ['beredd-data'];  // the feed copy lived here until 2026-12 (issue #14)
const NETWORK_TIMEOUT_MS = 4000;
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
    // Revalidated, not fetched again: what the page has just downloaded answers 304 to its ETag
    // (a content hash with serve.py), so a first visit does not download the app twice.
    await cache.addAll(precache.files.map((file) => new Request(scopeUrl(file), { cache: 'no-cache' })));
    for (const [file, builtInTag] of Object.entries(precache.packs)) {
      const request = new Request(scopeUrl(file), { cache: 'no-store', headers: { 'If-None-Match': builtInTag } });
      await keepPackAnswer(cache, request, await fetch(request));
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      const otherBuild = name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE;
      if (otherBuild || RETIRED_CACHES.includes(name)) await caches.delete(name);
    }
  })());
});

// Messages from pages, each answered on the port it brings:
// - 'take-over?': a page at its start asks whether this waiting worker could take over now.
//   Yes only when it is the only page open: any other one still runs the old build.
// - 'take-over': the page that was told yes confirms; still the only page, this worker takes over.
//   Two steps, because a page that gave up waiting for the answer goes on with the old build,
//   and a worker that took over then would serve it the new build's files.
// - 'claim': a page of this worker's own build, loaded from the network, asks to be looked after.
// - 'status': what is cached (status() below) and how many pages are open, for the page (and
//   tests) to read without touching any cache.
self.addEventListener('message', (event) => {
  const reply = (answer) => event.ports[0]?.postMessage(answer);
  const type = event.data?.type;
  if (type === 'take-over?') {
    event.waitUntil(openPages().then((pages) => reply({ agreed: pages <= 1, pages })));
  } else if (type === 'take-over') {
    event.waitUntil((async () => {
      const pages = await openPages();  // a page may have opened since the question
      if (pages > 1) return reply({ taken: false, pages });
      await self.skipWaiting();
      reply({ taken: true });
    })());
  } else if (type === 'claim') {
    event.waitUntil(self.clients.claim().then(() => reply({ claimed: true })));
  } else if (type === 'status') {
    event.waitUntil(status().then(reply));
  }
});

async function openPages() {
  return (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).length;
}

// What is cached: the number of this build's files, and for each served pack the status of the
// answer kept for it (200: an edited pack; 304: the built-in one is current).
async function status() {
  const names = await caches.keys();
  const cache = names.includes(SHELL_CACHE) ? await caches.open(SHELL_CACHE) : null;
  const packsPath = new URL(scopeUrl('content/')).pathname;
  const packs = {};
  let cached = 0;
  for (const request of cache ? await cache.keys() : []) {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(packsPath)) {
      cached += 1;
    } else {
      packs[`content/${path.slice(packsPath.length)}`] = (await cache.match(request)).status;
    }
  }
  return {
    version: VERSION, state: self.serviceWorker?.state ?? 'unknown', cached, packs, caches: names,
    pages: await openPages(),
  };
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  if (NEVER_CACHED.includes(path)) return;
  if (request.mode === 'navigate') {
    event.respondWith(shellFirst(new Request(scopeUrl('./')), request));
  } else if (path.startsWith('content/')) {
    event.respondWith(networkFirst(fetch(request).then((answer) => passOnKeeping(request, answer)),
      () => keptAnswerTo(request)));
  } else {
    event.respondWith(caches.match(request, { cacheName: SHELL_CACHE, ignoreSearch: true })
      .then((cached) => cached ?? fetch(request)));
  }
});

// index.html for any navigation (?kiosk=1 included), from this build's cache.
async function shellFirst(cacheKey, request) {
  return (await caches.match(cacheKey, { cacheName: SHELL_CACHE })) ?? fetch(request);
}

// [SECTION] Served content packs

// Keeps the server's answer to a pack request: the pack itself (200) or, for 304, a note of the
// built-in pack's tag it confirmed. Any other answer (an error, a missing pack) leaves what was
// kept: the page reports it, and offline the last good answer still stands.
async function keepPackAnswer(cache, request, answer) {
  const key = packKey(request);
  if (answer.status === 200) {
    await cache.put(key, answer.clone());
  } else if (answer.status === 304) {
    const confirmed = request.headers.get('If-None-Match') ?? '';
    await cache.put(key, new Response(null, { status: 304, headers: { ETag: confirmed } }));
  }
}

// A page's answer, kept on the way: a cache that cannot keep it (storage full) must not keep the
// answer from the page.
async function passOnKeeping(request, answer) {
  try {
    await keepPackAnswer(await caches.open(SHELL_CACHE), request, answer);
  } catch (error) {
    console.warn(`${packKey(request)}: the answer could not be kept for offline use:`, error);
  }
  return answer;
}

// The kept answer to this request: the edited pack, or 304 when the built-in pack this page has
// is the one the server confirmed. A note for another built-in pack (or none) answers nothing.
async function keptAnswerTo(request) {
  const kept = await caches.match(packKey(request), { cacheName: SHELL_CACHE });
  if (!kept || kept.status === 200) return kept;
  const asked = request.headers.get('If-None-Match');
  return asked !== null && asked === kept.headers.get('ETag') ? kept : undefined;
}

const packKey = (request) => {
  const url = new URL(request.url);
  url.search = '';
  return url.href;
};

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
