// Boots Beredd: the plain-HTML numbers are already on screen; this loads the wasm app over them
// and, if the browser cannot run it or it fails to load, says so plainly while the numbers stay.

// Index of this file:
// [SECTION] The shell object the app calls (beredd.*)
// [SECTION] Starting the app, or saying why it cannot run
// [SECTION] Offline: the service worker and taking over a new build
// [SECTION] Loading: first paint, content packs, audio, activity
// [SECTION] Boot

import { AlertNotice } from './alert_notice.js';
import { DrillStore } from './drill_store.js';
import { FeedCopy } from './feed_copy.js';
import { FeedPoller, FeedPollers } from './feed_poller.js';
import { Metronome } from './metronome.js';
import { Mirror } from './mirror.js';
import { PointLayer } from './point_layer.js';
import { SignalSample } from './signal_sample.js';
import { isOpenableUrl } from './url_policy.js';

const MESSAGES = {
  'no-wasm': 'Din webbläsare kan inte köra WebAssembly, så den interaktiva delen av Beredd kan inte visas.',
  'webgl2': 'Din webbläsare eller dator saknar WebGL 2, så den interaktiva delen av Beredd kan inte visas.',
  'load': 'Den interaktiva delen av Beredd kunde inte laddas. Kontrollera nätverket och ladda om sidan.',
  'fonts': 'Typsnitten för Beredd kunde inte laddas. Ladda om sidan.',
  'content': 'Innehållet i Beredd kunde inte läsas. Ladda om sidan.',
  'crash': 'Den interaktiva delen av Beredd stannade på grund av ett fel. Ladda om sidan.',
};
const SLOW_LOAD_MS = 15000;
const FIRST_PAINT_WAIT_MS = 3000;
const WORKER_ANSWER_MS = 3000;
// How long a page that asked a new build to take over waits for it before reloading anyway.
const TAKE_OVER_MS = 10000;
// This page's build (web/tools/precache_list.py writes it): its service worker is this build's.
const BUILD = document.querySelector('meta[name="beredd-build"]')?.content ?? '';

// Leaflet and supercluster, which only the map needs: loaded after the app's first frame, so
// they never hold up the numbers or the app.
const LEAFLET_STYLES = ['leaflet/leaflet.css'];
const LEAFLET_SCRIPTS = ['leaflet/leaflet.js', 'leaflet/supercluster.min.js'];

const status = document.getElementById('status');
const appElement = document.getElementById('app');
let wasmModule = null;
let wasmCompiled = null;  // the app's compiled wasm (a promise), from the start of boot.js
let firstFrameDrawn;      // resolves when the app has drawn its first frame
const firstFrame = new Promise((resolve) => { firstFrameDrawn = resolve; });

// -----------------------------------------------------------------------------
// [SECTION] The shell object the app calls (beredd.*)
// -----------------------------------------------------------------------------

const beredd = {
  frames: 0,       // frames rendered by the app; stays constant while idle
  ready: false,    // the first app frame has been drawn
  failure: null,   // why the app is not running, if it is not
  metronome: new Metronome(),
  drillStore: new DrillStore(),
  // The app hands over each drill event as JSON; it hears back once it is durably stored.
  saveDrillEvent(recordJson) {
    beredd.drillStore.append(JSON.parse(recordJson)).then(
      () => wasmModule?.drillEventSaved(),
      (error) => wasmModule?.drillEventNotSaved(String(error?.message ?? error)));
  },
  // The ended drill moves to the history; the app hears whether that was stored.
  archiveDrill() {
    beredd.drillStore.archive().then(
      () => wasmModule?.drillArchived(true, ''),
      (error) => wasmModule?.drillArchived(false, String(error?.message ?? error)));
  },
  // A file the user asked for (the drill report), made here: nothing goes over the network.
  download(filename, mimeType, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
  serviceWorker: null,  // the registration, once offline use is set up
  build: BUILD,
  updateWaiting: false,  // a newer build is installed and starts with the next page load
  // What a service worker ('active' or 'waiting') has cached, as it reports it itself: reading
  // Cache Storage from the page would risk creating the very caches being checked.
  offlineStatus(which = 'active') {
    const worker = which === 'waiting' ? beredd.serviceWorker?.waiting : beredd.serviceWorker?.active;
    return worker ? askWorker(worker, { type: 'status' }) : Promise.resolve(null);
  },
  // Sweden's outline (GeoJSON), drawn under the map tiles; null until fetched.
  basemap: null,
  // The app says whether to poll the feed (it does on every screen: alerts show everywhere).
  feedActive: false,
  setFeedActive(active) {
    beredd.feedActive = active;
    beredd.feedPollers?.setActive(active);
  },
  // A served pack names other sources or another interval: the pollers follow from now on.
  setFeedSettings(settings) {
    beredd.feedPollers?.configure(settings.sources, settings.pollSeconds * 1000);
  },
  // A new alert for the visitor's places (the app decides which, and says it once).
  announceAlert(text, title, body, alertId, notify) {
    beredd.alertNotice.announce(text, title, body, alertId, notify);
  },
  notificationPermission: () => beredd.alertNotice.permission(),
  // Notifications are on: the feed is polled in a hidden tab too.
  pollWhileHidden: false,
  setPollWhileHidden(on) {
    beredd.pollWhileHidden = on;
    beredd.feedPollers?.setWhileHidden(on);
  },
  requestNotifications() {
    beredd.alertNotice.request((permission) => wasmModule?.notificationPermission(permission));
  },
  // "Near me": the browser asks the user before it shares the position.
  locate() {
    if (!navigator.geolocation) {
      wasmModule?.locationFailed(2);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => wasmModule?.located(position.coords.latitude, position.coords.longitude),
      (error) => wasmModule?.locationFailed(error.code),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 });
  },
  // "Var är jag?": the position is followed while that screen is open, high accuracy (a caller
  // in a forest needs GPS, not a Wi-Fi guess). Asked only after the user's tap, in the app.
  positionWatch: null,
  watchPosition() {
    if (!navigator.geolocation) {
      wasmModule?.positionWatchFailed(2);
      return;
    }
    if (beredd.positionWatch !== null) return;
    beredd.positionWatch = navigator.geolocation.watchPosition(
      (position) => wasmModule?.positionWatched(position.coords.latitude, position.coords.longitude,
                                                position.coords.accuracy, position.timestamp),
      (error) => wasmModule?.positionWatchFailed(error.code),
      { enableHighAccuracy: true, timeout: 30000, maximumAge: 0 });
  },
  stopWatchingPosition() {
    if (beredd.positionWatch === null) return;
    navigator.geolocation.clearWatch(beredd.positionWatch);
    beredd.positionWatch = null;
  },
  // Copy and read aloud, from a tap in the app (both need a user gesture; the tap is one).
  copyText(text) {
    navigator.clipboard?.writeText(text).catch((error) => console.warn('copy failed:', error));
  },
  speak(text, lang) {
    if (!('speechSynthesis' in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
    if (voice) utterance.voice = voice;
    speechSynthesis.cancel();  // a second tap starts again instead of queueing
    speechSynthesis.speak(utterance);
  },
  // Kiosk mode (the app decides: content pack or ?kiosk=1). A kiosk cannot call and links
  // nowhere, so the plain-HTML numbers lose their tel: links too, and the first tap goes full
  // screen.
  kiosk: false,
  setKiosk(enabled) {
    beredd.kiosk = enabled;
    document.documentElement.classList.toggle('kiosk', enabled);
    beredd.mirror.kiosk = enabled;
    if (enabled) unlinkFallbackNumbers();
  },
  // Incidents on the map (tests and the benchmark read it).
  mapLayerCount: () => wasmModule?.mapLayerCount() ?? 0,
  mapAreaCount: () => wasmModule?.mapAreaCount() ?? 0,
  mapMarkCount: () => wasmModule?.mapMarkCount() ?? 0,
  mapZoom: () => wasmModule?.mapZoom() ?? -1,
  // The benchmark's readings (tests/bench): the last poll's timings, frame CPU times, the heap.
  feedTimings: () => wasmModule?.feedTimings() ?? null,
  takeFrameTimes: () => wasmModule?.takeFrameTimes() ?? [],
  heapStats: () => wasmModule?.heapStats() ?? null,
  firstFrameMs: null,  // performance.now() when the first app frame had been drawn
  // Prints the mirror of the screen (style.css @media print), which holds every text as DOM.
  printPage() {
    window.print();
  },
  // localStorage can throw (private modes, blocked storage): losing a preference is fine.
  storage: {
    get(key) { try { return window.localStorage.getItem(key); } catch { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch { /* not kept */ } },
    remove(key) { try { window.localStorage.removeItem(key); } catch { /* nothing kept */ } },
  },
  mirror: null,  // set below, once `storage` exists
  // The map's exact spots, clustered (web/bridge/incident_map.cpp makes one per map).
  pointLayer(map, hooks) {
    return new PointLayer(map, hooks);
  },
  fail(reason) {
    beredd.failure = reason;
    status.hidden = true;
    document.getElementById('problem-text').textContent = MESSAGES[reason] ?? MESSAGES.crash;
    document.getElementById('problem').hidden = false;
    document.body.classList.remove('app-ready');
    appElement.hidden = true;
  },
  onFirstFrame() {
    beredd.firstFrameMs ??= performance.now();
    firstFrameDrawn();
    beredd.ready = true;
    status.hidden = true;
    appElement.classList.remove('booting');
    document.body.classList.add('app-ready');
  },
  // The GPU context was lost: show the plain-HTML numbers until the app draws again.
  onContextLost() {
    beredd.ready = false;
    status.textContent = 'Grafiken startas om …';
    status.hidden = false;
    appElement.classList.add('booting');
    document.body.classList.remove('app-ready');
  },
  startMetronome() {
    return beredd.metronome.start((from, to) => wasmModule.cprBeatsBetween(from, to));
  },
  // Only phone calls and https pages are opened; the app checks this too (core/url_policy).
  openUrl(url) {
    if (!isOpenableUrl(url)) return;
    if (url.startsWith('tel:')) window.location.href = url;
    else window.open(url, '_blank', 'noopener,noreferrer');
  },
};
beredd.signalSample = new SignalSample(() => {
  beredd.metronome.unlock();
  return beredd.metronome.context ?? null;
});
beredd.alertNotice = new AlertNotice(document.getElementById('alert-live'), (id) => wasmModule?.openAlert(id));
beredd.mirror = new Mirror(document.getElementById('mirror'), {
  activate: (id) => wasmModule?.activate(id),
  reveal: (id) => wasmModule?.reveal(id),
  revealPosition: (list, position) => wasmModule?.revealPosition(list, position),
  fieldChanged: (id, value) => wasmModule?.fieldChanged(id, value),
}, beredd.storage);
window.beredd = beredd;

// -----------------------------------------------------------------------------
// [SECTION] Starting the app, or saying why it cannot run
// -----------------------------------------------------------------------------

// The fallback's numbers as text: "call from your phone" instead of tel: links.
function unlinkFallbackNumbers() {
  for (const link of document.querySelectorAll('#fallback a[href]')) {
    const text = document.createElement('span');
    text.className = 'call-from-phone';
    text.append(...link.childNodes);
    link.replaceWith(text);
  }
}

function canRunApp() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    return 'no-wasm';
  }
  if (typeof WebGL2RenderingContext === 'undefined') return 'webgl2';
  return null;  // context creation itself is checked by the app, which reports 'webgl2'
}

// Fetches and compiles the app's wasm. Streaming compilation runs off the main thread while the
// numbers paint and the app's script loads; nothing of the wasm runs before the first paint
// (instantiateWasm waits for it). The fetch takes over index.html's preload of the wasm (same
// URL and credentials), so it is downloaded once. A server that sends the wasm with another MIME
// type gets a second, plain fetch.
function compileWasm() {
  const fetchWasm = () => fetch('beredd.wasm', { credentials: 'same-origin' });
  const compileBytes = () => fetchWasm()
    .then((response) => {
      if (!response.ok) throw new Error(`beredd.wasm: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes));
  if (typeof WebAssembly.compileStreaming !== 'function') return compileBytes();
  return WebAssembly.compileStreaming(fetchWasm()).catch(compileBytes);
}

function start() {
  const slow = setTimeout(() => {
    status.textContent = 'Det tar längre tid än vanligt att ladda Beredd …';
  }, SLOW_LOAD_MS);
  window.createBeredd({
    canvas: document.getElementById('canvas'),
    onAbort: () => beredd.fail(beredd.ready ? 'crash' : 'load'),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    // Emscripten's hook: the wasm compiled since boot.js started is instantiated here.
    instantiateWasm(imports, receiveInstance) {
      performance.mark('beredd:app-starts');  // tests check the numbers were painted before this
      wasmCompiled
        .then((compiled) => WebAssembly.instantiate(compiled, imports))
        .then((instance) => receiveInstance(instance), (error) => {
          console.error('the app could not be loaded:', error);
          clearTimeout(slow);
          if (!beredd.failure) beredd.fail('load');
        });
      return {};  // the exports come later, through receiveInstance
    },
  }).then((module) => {
    clearTimeout(slow);
    wasmModule = module;
    window.addEventListener('hashchange', () => module.routeChanged(window.location.hash));
    module.routeChanged(window.location.hash);  // in case it changed while loading
    // What the first frame does not need comes after it: the served packs (the built-in ones
    // are drawn first), Leaflet and Sweden's outline for the map.
    firstFrame.then(() => {
      fetchContentPacks(module);
      loadLeaflet().then(() => module.mapPartsArrived(), (error) => console.warn('map not loaded:', error.message));
      fetch('sweden.geojson').then((response) => (response.ok ? response.json() : null))
        .then((outline) => { beredd.basemap = outline; module.mapPartsArrived(); }, () => {});
    });
    // Polling starts now, so the first poll's alerts can be in the first frame.
    startFeedPolling(module);
    // Offline use is set up right after the first frame: the service worker's install
    // revalidates every file of the build. A hidden tab draws no frames: there it starts at once.
    afterFirstFrameOrHidden().then(() => {
      setUpOfflineUse().catch((error) => console.warn('offline use not set up:', String(error?.message ?? error)));
    });
    // Printing hides the canvas (style.css) and prints the mirror, which then holds every row
    // of a long list; draw again once the canvas is back.
    window.addEventListener('beforeprint', () => module.printing(true));
    window.addEventListener('afterprint', () => module.printing(false));
    window.matchMedia('print').addEventListener('change', () => module.redraw());
    // A drill that was running when the page closed, crashed or reloaded carries on.
    beredd.drillStore.loadHistory().then((drills) => {
      if (drills.length > 0) module.loadDrillHistory(JSON.stringify(drills));
    }, (error) => console.error('drill history not read:', error));
    beredd.drillStore.load().then((records) => {
      if (records.length > 0) module.resumeDrill(JSON.stringify(records));
    }, (error) => console.error('drill log not read:', error));
  }, () => {
    clearTimeout(slow);
    if (!beredd.failure) beredd.fail('load');
  });
}

// -----------------------------------------------------------------------------
// [SECTION] Offline: the service worker and taking over a new build
// -----------------------------------------------------------------------------

// Offline use: sw.js keeps this build's files (precache.json lists them, with a version made
// from their contents). The version is in the worker's URL, so a new deploy is a new worker.
// Offline, precache.json cannot be fetched and the installed worker simply stays.
async function setUpOfflineUse() {
  if (!('serviceWorker' in navigator) || !BUILD) return;
  const response = await fetch('precache.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`precache.json: HTTP ${response.status}`);
  const served = (await response.json()).version;
  const registration = await navigator.serviceWorker.register(
    `sw.js?v=${encodeURIComponent(served)}`, { scope: './', updateViaCache: 'none' });
  beredd.serviceWorker = registration;
  if (served !== BUILD) {
    // The server has a newer build: its worker installs now and waits. This page goes on with
    // its own build; the next page load starts the new one (startWaitingBuild).
    beredd.updateWaiting = true;
    return;
  }
  if (!navigator.serviceWorker.controller) {
    // Loaded from the network: once this build's worker is active, it looks after this page
    // too (it never claims pages on its own, which could be of another build).
    const active = await activeWorker(registration);
    await askWorker(active, { type: 'claim' });
  }
}

// The registration's active worker, once it is activated.
function activeWorker(registration) {
  return new Promise((resolve) => {
    const check = () => {
      if (registration.active?.state === 'activated') resolve(registration.active);
    };
    const watch = (worker) => worker?.addEventListener('statechange', check);
    [registration.installing, registration.waiting, registration.active].forEach(watch);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    check();
  });
}

// Sends `message` to a service worker and resolves to its answer (null after WORKER_ANSWER_MS).
function askWorker(worker, message) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), WORKER_ANSWER_MS);
    channel.port1.onmessage = (event) => { clearTimeout(timer); resolve(event.data); };
    worker.postMessage(message, [channel.port2]);
  });
}

// At the start of a page, before anything of its own build has loaded: if a newer build's
// worker is waiting, and this is the only page open, it takes over and the page reloads from
// the new build. Resolves to true when the page is reloading. A page never mixes two builds,
// and nothing that runs (a drill, a metronome, a kiosk session) is cut short: they only run
// after this point. The worker takes over only once this page has confirmed (sw.js): a page
// that gave up waiting for an answer goes on with its own build and no worker changes under it.
async function startWaitingBuild() {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return false;
  const registration = await navigator.serviceWorker.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) return false;
  const changed = new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
  });
  const asked = await askWorker(waiting, { type: 'take-over?' });
  const taken = asked?.agreed ? await askWorker(waiting, { type: 'take-over' }) : asked;
  if (!asked?.agreed || taken?.taken === false) {
    const why = taken ? `${taken.pages} pages are open` : 'its worker did not answer';
    console.info(`a new build waits: ${why}`);
    return false;
  }
  // No answer may still mean a take-over on its way: this page does not start the old build.
  await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, TAKE_OVER_MS))]);
  if (!taken) console.warn('the new build did not answer its take-over; reloading');
  window.location.reload();
  return true;
}

// -----------------------------------------------------------------------------
// [SECTION] Loading: first paint, content packs, audio, activity
// -----------------------------------------------------------------------------

// Resolves once the numbers have been painted (first-contentful-paint). On a fast local load
// the app's script could otherwise be fetched before the first paint, and the HTML numbers must
// always come first. The bound is only a safety net: a cold browser can take about a second to
// paint (measured 2026-11-22 in headless Chromium 156), and a hidden tab never paints at all.
function afterFirstPaint() {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    if (typeof PerformanceObserver !== 'function' ||
        !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));  // after at least one frame
      return;
    }
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
    new PerformanceObserver((list, observer) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
        observer.disconnect();
        resolve();
      }
    }).observe({ type: 'paint', buffered: true });
  });
}

// The incident feed's pollers: the endpoints and interval come from the content pack, the size
// limit from the app.
function startFeedPolling(module) {
  const feed = module.feedSettings();
  const copy = new FeedCopy();
  beredd.feedPollers = new FeedPollers((source, intervalMs) => new FeedPoller(
    source.endpoint, intervalMs, feed.maxBytes,
    (bytes) => module.feedReceived(source.id, toInbox(module, bytes)), (reason) => module.feedFailed(source.id, reason),
    (kept, fetchedMs) => module.feedOffline(source.id, toInbox(module, kept), fetchedMs), copy));
  beredd.feedPollers.setWhileHidden(beredd.pollWhileHidden);
  beredd.feedPollers.setActive(beredd.feedActive);
  beredd.feedPollers.configure(feed.sources, feed.pollSeconds * 1000);
}

// Resolves once the app has drawn its first frame, or at once in a hidden tab.
function afterFirstFrameOrHidden() {
  return new Promise((resolve) => {
    const whenHidden = () => {
      if (document.visibilityState !== 'hidden') return;
      document.removeEventListener('visibilitychange', whenHidden);
      resolve();
    };
    document.addEventListener('visibilitychange', whenHidden);
    whenHidden();
    firstFrame.then(() => {
      document.removeEventListener('visibilitychange', whenHidden);
      resolve();
    });
  });
}

// A poll's bytes go into the app's inbox in one native copy (embind's string conversion walks
// a string in JavaScript: ~105 ms for a 20,000-event poll). Returns how many.
function toInbox(module, bytes) {
  module.feedInbox(bytes.length).set(bytes);
  return bytes.length;
}

// The served packs (content/<locale>.json) replace the built-in ones when they validate; the
// app reports a broken or missing one and keeps its built-in pack. Each is asked for with the
// ETag of the pack built into the app: an unedited one answers 304 and is not downloaded
// (serve.py tags files by their content; another server sends the pack, which the app then
// finds equal to its own).
function fetchContentPacks(module) {
  for (const locale of module.packLocales()) {
    const url = `content/${locale}.json`;
    const builtIn = module.builtInPackTag(url);
    fetch(url, { cache: 'no-store', headers: builtIn ? { 'If-None-Match': builtIn } : {} })
      .then((response) => {
        if (response.status === 304) return null;  // the built-in pack is the served one
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => { if (text !== null) module.loadPack(url, text); },
        (error) => module.packUnavailable(url, String(error.message ?? error)));
  }
}

// Audio may only start from a user gesture, but the app handles a tap a frame later: unlock
// audio during any gesture on the CPR screens and the VMA guide, so "Start" can start the
// metronome and the signal's sample can play.
for (const type of ['pointerdown', 'keydown', 'touchend']) {
  document.addEventListener(type, () => {
    const hash = window.location.hash;
    if (hash.startsWith('#/cpr') || hash.startsWith('#/practice') || hash.startsWith('#/guide/')) {
      beredd.metronome.unlock();
    }
    // A kiosk fills the screen from the first tap (a user gesture is required for that too).
    if (beredd.kiosk && document.fullscreenEnabled && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  }, { capture: true, passive: true });
}

// Someone is using the page, wherever they touch it (the map keeps its own events from the
// app): the kiosk's idle clock starts again.
for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
  document.addEventListener(type, () => wasmModule?.userActive(), { capture: true, passive: true });
}

// Adds a script or style sheet to the page; resolves once it has loaded.
function addToHead(element, what) {
  return new Promise((resolve, reject) => {
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${what} could not be loaded`));
    document.head.append(element);
  });
}

function addScript(src) {
  const script = document.createElement('script');
  script.src = src;
  script.async = false;  // run in the order added
  return addToHead(script, src);
}

// Leaflet, supercluster and Leaflet's styles. Without them the list still works: the app only
// attaches a map when Leaflet is there (web/bridge/incident_map.cpp).
function loadLeaflet() {
  const styles = LEAFLET_STYLES.map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return addToHead(link, href);
  });
  return Promise.all([...styles, ...LEAFLET_SCRIPTS.map(addScript)]);
}

function loadApp() {
  addScript('beredd.js').then(start, () => beredd.fail('load'));
}

// -----------------------------------------------------------------------------
// [SECTION] Boot
// -----------------------------------------------------------------------------

// Before the app can say so: a kiosk URL never shows a tel: link, not even while loading.
if (new URLSearchParams(window.location.search).get('kiosk') === '1') unlinkFallbackNumbers();

const problem = canRunApp();
if (problem) beredd.fail(problem);
else {
  // The download starts now, alongside the first paint: on a slow network it is most of the
  // wait. Running the app (its script, then the wasm) waits for the paint.
  wasmCompiled = compileWasm();
  wasmCompiled.catch(() => {});  // reported when the app instantiates it
  afterFirstPaint()
    .then(() => startWaitingBuild().catch(() => false))
    .then((reloading) => { if (!reloading) loadApp(); });
}
