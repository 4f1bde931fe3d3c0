// The last incident feed the app accepted, kept in this browser (IndexedDB) so that offline,
// after a reload, the map shows what it last saw, marked stale. Only a feed the app validated
// is kept: a broken answer never replaces the copy. Public data only; nothing is sent anywhere.
const DB_NAME = 'beredd-feed';
// Key: the feed's URL; value: { bytes (Uint8Array, as fetched), fetchedMs }. Copies kept before
// 2026-12-05 hold { text, fetchedMs } instead and are still read.
const STORE = 'copies';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class FeedCopy {
  constructor() {
    this.db = null;
    this.lastKept = new Map();  // url -> the bytes stored last, so an unchanged feed is not written again
  }

  async open() {
    if (this.db) return this.db;
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const opening = indexedDB.open(DB_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    this.db = await request(opening);
    return this.db;
  }

  // Keeps `bytes` (fetched at `fetchedMs`) as the feed at `url`. Failing to keep them only
  // loses the offline copy, never the data on screen.
  async keep(url, bytes, fetchedMs) {
    const last = this.lastKept.get(url);
    if (last !== undefined && sameBytes(last, bytes)) return;
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put({ bytes, fetchedMs }, url);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
    });
    this.lastKept.set(url, bytes);
  }

  // { bytes, fetchedMs } of the copy kept for `url`, or null.
  async read(url) {
    const db = await this.open();
    const copy = await request(db.transaction(STORE).objectStore(STORE).get(url));
    if (copy?.bytes instanceof Uint8Array) return copy;
    if (typeof copy?.text === 'string') return { bytes: new TextEncoder().encode(copy.text), fetchedMs: copy.fetchedMs };
    return null;
  }
}

// Whether two byte arrays hold the same bytes: four at a time where both are aligned (a poll's
// bytes start at 0 in their own buffer), so a 6 MB feed compares in a few ms.
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  let i = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (; i < words; i++) if (wa[i] !== wb[i]) return false;
    i = words << 2;
  }
  for (; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
