// The drill log in durable browser storage. Each event is written the moment it happens, in
// an IndexedDB transaction with durability 'strict' (the browser confirms it reached disk),
// and only then reported as saved. Where IndexedDB is unavailable (some private modes),
// localStorage keeps the log instead. Nothing here ever touches the network.

const DB_NAME = 'beredd';
const STORE = 'drill_events';
const FALLBACK_KEY = 'beredd.drill.events';

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
      const opening = indexedDB.open(DB_NAME, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { autoIncrement: true });
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
    const records = JSON.parse(window.localStorage.getItem(FALLBACK_KEY) ?? '[]');
    records.push(record);
    window.localStorage.setItem(FALLBACK_KEY, JSON.stringify(records));
    return undefined;
  }

  // Every stored record, in the order they were appended.
  async load() {
    const db = await this.ready;
    if (db) return request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
    try {
      return JSON.parse(window.localStorage.getItem(FALLBACK_KEY) ?? '[]');
    } catch {
      return [];
    }
  }

  async clear() {
    const db = await this.ready;
    if (db) {
      const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      transaction.objectStore(STORE).clear();
      return completion(transaction);
    }
    window.localStorage.removeItem(FALLBACK_KEY);
    return undefined;
  }
}
