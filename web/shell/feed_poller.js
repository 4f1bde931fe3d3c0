// Polls the incident feed endpoint while the app asks for it (alerts show on every screen).
// Failures back off with full jitter (a random wait up to an
// exponentially growing cap), so a recovering server is not hit by every client at once. A
// hidden tab does not poll, unless the visitor chose notifications of new alerts (the only way
// they can come without a push server); it polls at once when shown again. The browser's HTTP cache
// revalidates with the ETag, so an unchanged feed costs a 304. Every feed the app accepts is
// kept (feed_copy.js); when the network does not answer, that copy is handed over as offline,
// shown stale, never as fresh.
const MAX_BACKOFF_MS = 5 * 60 * 1000;
// A network that hangs (a dead keep-alive socket, a captive portal) counts as no network.
const NETWORK_TIMEOUT_MS = 10000;

export class FeedPoller {
  // `maxBytes` is the app's own limit (core/feed/feed.h, passed in by the app), so a larger body is
  // refused before it is read. `onFeed(bytes)` gets every successful response body as bytes
  // (a Uint8Array) and returns false when the app refused it (it counts as a failure for the
  // back-off); `onFailure(reason)` gets every failure; `onOffline(copyBytes, fetchedMs)` when the
  // network did not answer (no bytes and 0 without a copy). `copy` is a FeedCopy.
  constructor(url, intervalMs, maxBytes, onFeed, onFailure, onOffline, copy) {
    Object.assign(this, { url, intervalMs, maxBytes, onFeed, onFailure, onOffline, copy });
    this.failures = 0;
    this.timer = null;
    this.inFlight = false;
    this.active = false;
    this.whileHidden = false;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.pollNow();
      else if (!this.whileHidden) this.cancel();
    });
  }

  // Polls at once when the map is shown, and stops when it is left.
  setActive(active) {
    this.active = active;
    if (active) this.pollNow();
    else this.cancel();
  }

  // Keeps polling in a hidden tab (notifications are on) or not.
  setWhileHidden(whileHidden) {
    this.whileHidden = whileHidden;
    if (whileHidden && this.timer === null && !this.inFlight) this.schedule();
  }

  // Whether a poll may run now: a hidden tab polls only for notifications.
  mayPoll() {
    return this.active && (this.whileHidden || document.visibilityState !== 'hidden');
  }

  // Another endpoint (polled at once, with a fresh back-off) or interval (from the next wait).
  configure(url, intervalMs) {
    if (url === this.url && intervalMs === this.intervalMs) return;
    const moved = url !== this.url;
    Object.assign(this, { url, intervalMs });
    if (moved) {
      this.failures = 0;
      this.pollNow();
    } else if (this.timer !== null) {
      this.schedule();
    }
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  pollNow() {
    this.cancel();
    if (this.mayPoll() && !this.inFlight) this.poll();
  }

  schedule() {
    this.cancel();
    if (!this.mayPoll()) return;  // restarted when shown
    const cap = Math.min(MAX_BACKOFF_MS, this.intervalMs * 2 ** this.failures);
    const delay = this.failures === 0 ? this.intervalMs : Math.random() * cap;
    this.timer = setTimeout(() => this.poll(), delay);
  }

  async poll() {
    this.inFlight = true;
    try {
      let response;
      try {
        response = await fetch(this.url, {
          cache: 'no-cache', headers: { Accept: 'application/json' },
          signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS),
        });
      } catch {
        await this.offline();  // no answer at all
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const tooLarge = (bytes) => new Error(`larger than ${this.maxBytes} bytes (${bytes} bytes)`);
      const length = Number(response.headers.get('Content-Length') ?? 0);
      if (length > this.maxBytes) throw tooLarge(length);
      // Counted in bytes (a body without Content-Length, or a wrong one). The app reads the
      // bytes as they came (invalid UTF-8 is its to repair and report): decoding 6 MB to a
      // string and encoding it again for the wasm cost ~160 ms on the main thread.
      const body = await response.arrayBuffer();
      if (body.byteLength > this.maxBytes) throw tooLarge(body.byteLength);
      const bytes = new Uint8Array(body);
      if (this.onFeed(bytes)) {
        this.failures = 0;
        this.copy.keep(this.url, bytes, Date.now())
          .catch((error) => console.warn('feed copy not kept:', String(error?.message ?? error)));
      } else {
        this.failures = Math.min(this.failures + 1, 16);
      }
    } catch (error) {
      this.failures = Math.min(this.failures + 1, 16);
      this.onFailure(String(error.message ?? error));
    } finally {
      this.inFlight = false;
      this.schedule();
    }
  }

  // The network did not answer: the app gets the copy it last accepted, if this browser has one.
  async offline() {
    this.failures = Math.min(this.failures + 1, 16);
    const copy = await this.copy.read(this.url).catch(() => null);
    this.onOffline(copy?.bytes ?? new Uint8Array(0), copy?.fetchedMs ?? 0);
  }
}

// One FeedPoller per source the pack lists (police events, VMA, Krisinformation, SMHI), each
// with its own back-off: one source failing never slows or hides another.
export class FeedPollers {
  // `make(source, intervalMs)` makes a FeedPoller for {id, endpoint}.
  constructor(make) {
    this.make = make;
    this.pollers = [];
    this.active = false;
    this.whileHidden = false;
  }

  // The pack's sources and interval: pollers for the same endpoints are kept (their back-off
  // and ETags too), the rest are stopped and new ones made.
  configure(sources, intervalMs) {
    const same = sources.length === this.pollers.length &&
      sources.every((s, i) => s.id === this.pollers[i].source && s.endpoint === this.pollers[i].url);
    if (same) {
      for (const poller of this.pollers) poller.configure(poller.url, intervalMs);
      return;
    }
    for (const poller of this.pollers) poller.setActive(false);
    this.pollers = sources.map((source) => {
      const poller = this.make(source, intervalMs);
      poller.source = source.id;
      poller.setWhileHidden(this.whileHidden);
      poller.setActive(this.active);
      return poller;
    });
  }

  setActive(active) {
    this.active = active;
    for (const poller of this.pollers) poller.setActive(active);
  }

  setWhileHidden(whileHidden) {
    this.whileHidden = whileHidden;
    for (const poller of this.pollers) poller.setWhileHidden(whileHidden);
  }

  pollNow() {
    for (const poller of this.pollers) poller.pollNow();
  }
}
