// Polls the incident feed endpoint while the map is shown (other screens, and the drill mode
// in particular, send nothing). Failures back off with full jitter (a random wait up to an
// exponentially growing cap), so a recovering server is not hit by every client at once. A
// hidden tab does not poll; it polls at once when shown again. The browser's HTTP cache
// revalidates with the ETag, so an unchanged feed costs a 304. Offline, the service worker
// (sw.js) answers with the last copy it kept, marked with OFFLINE_COPY_HEADER: that copy is
// shown as stale, never as fresh.
const MAX_BYTES = 8 * 1024 * 1024;  // the app refuses larger feeds too (core/feed.h)
const MAX_BACKOFF_MS = 5 * 60 * 1000;
export const OFFLINE_COPY_HEADER = 'Beredd-Offline-Copy';  // when the copy was fetched (ms)

export class FeedPoller {
  // `onFeed(text)` gets every successful response body and returns false when the app refused
  // it (it counts as a failure for the back-off); `onFailure(reason)` gets every failure;
  // `onOffline(copyText, fetchedMs)` when the network did not answer ('' and 0 without a copy).
  constructor(url, intervalMs, onFeed, onFailure, onOffline) {
    Object.assign(this, { url, intervalMs, onFeed, onFailure, onOffline });
    this.failures = 0;
    this.timer = null;
    this.inFlight = false;
    this.active = false;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.pollNow();
      else this.cancel();
    });
  }

  // Polls at once when the map is shown, and stops when it is left.
  setActive(active) {
    this.active = active;
    if (active) this.pollNow();
    else this.cancel();
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  pollNow() {
    this.cancel();
    if (this.active && !this.inFlight && document.visibilityState !== 'hidden') this.poll();
  }

  schedule() {
    this.cancel();
    if (!this.active || document.visibilityState === 'hidden') return;  // restarted when shown
    const cap = Math.min(MAX_BACKOFF_MS, this.intervalMs * 2 ** this.failures);
    const delay = this.failures === 0 ? this.intervalMs : Math.random() * cap;
    this.timer = setTimeout(() => this.poll(), delay);
  }

  async poll() {
    this.inFlight = true;
    try {
      const response = await fetch(this.url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
      const copiedAt = Number(response.headers.get(OFFLINE_COPY_HEADER) ?? 0);
      if (copiedAt > 0) {
        this.failures = Math.min(this.failures + 1, 16);
        this.onOffline(await response.text(), copiedAt);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const length = Number(response.headers.get('Content-Length') ?? 0);
      if (length > MAX_BYTES) throw new Error(`larger than 8 MB (${length} bytes)`);
      const text = await response.text();
      if (text.length > MAX_BYTES) throw new Error('larger than 8 MB');
      this.failures = this.onFeed(text) ? 0 : Math.min(this.failures + 1, 16);
    } catch (error) {
      this.failures = Math.min(this.failures + 1, 16);
      if (error instanceof TypeError) this.onOffline('', 0);  // no answer at all
      else this.onFailure(String(error.message ?? error));
    } finally {
      this.inFlight = false;
      this.schedule();
    }
  }
}
