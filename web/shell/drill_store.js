// The drill log in durable browser storage. Each event is written the moment it happens, in
// an IndexedDB transaction with durability 'strict' (the browser confirms it reached disk),
// and only then reported as saved. A finished drill moves to the history in one transaction,
// so it is in exactly one of the two stores whatever happens. Where IndexedDB is unavailable
// (some private modes), localStorage keeps both instead. Nothing here touches the network.

const DB_NAME = 'beredd';
const DB_VERSION = 2;  // 1: drill_events; 2: + drill_history
const STORE = 'drill_events';
const HISTORY = 'drill_history';
const FALLBACK_KEY = 'beredd.drill.events';
const FALLBACK_HISTORY_KEY = 'beredd.drill.history';

function readFallback(key) {
  try {
    const records = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return Array.isArray(records) ? records : [];
  } catch {
    return [];
  }
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function completion(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
    transaction.onerror = () => reject(transaction.error);
  });
}

export class DrillStore {
  constructor() {
    this.ready = this.open();
  }

  async open() {
    try {
      const opening = indexedDB.open(DB_NAME, DB_VERSION);
      opening.onupgradeneeded = () => {
        const db = opening.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { autoIncrement: true });
        if (!db.objectStoreNames.contains(HISTORY)) db.createObjectStore(HISTORY, { autoIncrement: true });
      };
      return await request(opening);
    } catch {
      return null;  // fall back to localStorage
    }
  }

  // Resolves once `record` is durably stored; rejects if it could not be.
  async append(record) {
    const db = await this.ready;
    if (db) {
      const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      transaction.objectStore(STORE).add(record);
      return completion(transaction);
    }
    const records = readFallback(FALLBACK_KEY);
    records.push(record);
    window.localStorage.setItem(FALLBACK_KEY, JSON.stringify(records));
    return undefined;
  }

  // Every stored record, in the order they were appended.
  async load() {
    const db = await this.ready;
    if (db) return request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
    return readFallback(FALLBACK_KEY);
  }

  // Every finished drill, oldest first: { events: [records] }.
  async loadHistory() {
    const db = await this.ready;
    if (db) return request(db.transaction(HISTORY, 'readonly').objectStore(HISTORY).getAll());
    return readFallback(FALLBACK_HISTORY_KEY);
  }

  // Moves the current drill's log into the history: added there and cleared here, atomically.
  async archive() {
    const db = await this.ready;
    if (db) {
      const transaction = db.transaction([STORE, HISTORY], 'readwrite', { durability: 'strict' });
      const events = transaction.objectStore(STORE);
      const reading = events.getAll();
      reading.onsuccess = () => {
        if (reading.result.length > 0) transaction.objectStore(HISTORY).add({ events: reading.result });
        events.clear();
      };
      return completion(transaction);
    }
    const history = readFallback(FALLBACK_HISTORY_KEY);
    const events = readFallback(FALLBACK_KEY);
    if (events.length > 0) history.push({ events });
    window.localStorage.setItem(FALLBACK_HISTORY_KEY, JSON.stringify(history));
    window.localStorage.removeItem(FALLBACK_KEY);
    return undefined;
  }

}
