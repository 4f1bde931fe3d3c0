// The last incident feed the app accepted, kept in this browser (IndexedDB) so that offline,
// after a reload, the map shows what it last saw, marked stale. Only a feed the app validated
// is kept: a broken answer never replaces the copy. Public data only; nothing is sent anywhere.
const DB_NAME = 'beredd-feed';
const STORE = 'copies';  // key: the feed's URL; value: { text, fetchedMs }

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class FeedCopy {
  constructor() {
    this.db = null;
    this.lastText = null;  // what was stored last, so an unchanged feed is not written again
  }

  async open() {
    if (this.db) return this.db;
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const opening = indexedDB.open(DB_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    this.db = await request(opening);
    return this.db;
  }

  // Keeps `text` (fetched at `fetchedMs`) as the feed at `url`. Failing to keep it only
  // loses the offline copy, never the data on screen.
  async keep(url, text, fetchedMs) {
    if (text === this.lastText) return;
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put({ text, fetchedMs }, url);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
    });
    this.lastText = text;
  }

  // { text, fetchedMs } of the copy kept for `url`, or null.
  async read(url) {
    const db = await this.open();
    const copy = await request(db.transaction(STORE).objectStore(STORE).get(url));
    return copy && typeof copy.text === 'string' ? copy : null;
  }
}
