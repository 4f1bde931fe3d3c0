// The ARIA mirror: keeps real DOM elements in step with the app's semantic tree, each one
// transparent and positioned exactly over what the canvas draws, inside <header>/<main>
// landmarks. Screen readers, keyboard users and browser tests use these elements.
// Text is set with textContent only: names can come from content packs and feeds.
// Text fields are the exception to "transparent": the app reserves a box and the browser's own
// <input>/<textarea> is shown in it, so typing gets the platform's keyboard, input methods and
// spelling. Every change goes to the app at once (fieldChanged); the app's value wins when it
// differs (it empties a field after saving it). Unsaved drafts are kept on visibilitychange.
import { isOpenableUrl } from './url_policy.js';

const TAG_BY_ROLE = { button: 'button', link: 'a', text: 'p', status: 'p' };
const DRAFTS_KEY = 'beredd.drafts';
// Events the app's canvas input listens for on #app: a field or the map keeps them, so a tap
// focuses the field (the app's touch handling would prevent that), a drag selects text or pans
// the map, and the wheel zooms the map instead of scrolling the screen.
const FIELD_OWN_EVENTS = ['mousedown', 'mousemove', 'touchstart', 'touchmove', 'touchend',
  'touchcancel', 'wheel'];

function tagFor(node) {
  if (node.role === 'heading') return `h${Math.min(Math.max(node.level || 1, 1), 6)}`;
  if (node.role === 'textbox') return node.field === 'multiline' ? 'textarea' : 'input';
  if (node.role === 'region') return 'div';
  return TAG_BY_ROLE[node.role] ?? 'p';
}

function readDrafts(storage) {
  try {
    const drafts = JSON.parse(storage.get(DRAFTS_KEY) ?? '{}');
    return drafts && typeof drafts === 'object' && !Array.isArray(drafts) ? drafts : {};
  } catch {
    return {};
  }
}

function setAttribute(element, name, value) {
  if (value === null || value === undefined || value === '' || value === false) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== String(value)) {
    element.setAttribute(name, String(value));
  }
}

export class Mirror {
  // `app` is { activate(id), reveal(id), fieldChanged(id, value) }, each acting on the app's
  // widget with that semantic id, and revealPosition(list, position) for a long list's row the
  // app has not recorded. `storage` is { get(key), set(key, value) }.
  constructor(root, app, storage) {
    this.regions = { banner: root.querySelector('header'), main: root.querySelector('main') };
    this.app = app;
    this.storage = storage;
    this.elements = new Map();  // semantic id -> element
    this.lists = new Map();  // a long list's key -> its <div role="list">, holding its rows' items
    this.pendingFocus = null;  // { list, position }: a row to focus once the app has recorded it
    this.drafts = readDrafts(storage);  // typed before the page was hidden, not yet restored
    this.kiosk = false;  // a kiosk keeps nothing a visitor typed
    this.pressed = null;  // the element a mouse button went down on, until it is focused or released
    document.addEventListener('mouseup', () => { this.pressed = null; }, true);
    // Saved when the page is hidden (tab switched, phone locked, tab closed), not on unload,
    // which mobile browsers often never fire.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.saveDrafts();
    });
  }

  saveDrafts() {
    if (this.kiosk) return;
    const drafts = { ...this.drafts };
    for (const [id, element] of this.elements) {
      if (element.dataset.field && element.value.trim() !== '') drafts[id] = element.value;
    }
    this.storage.set(DRAFTS_KEY, JSON.stringify(drafts));
  }

  // The whole tree: creates, fills, orders and removes elements. What is gone is removed first,
  // so elements that stay keep their place and are never moved: moving the focused one would
  // drop its focus (a long list's window slides on as its rows are tabbed through).
  update(nodes, page) {
    this.setPage(page);

    const focusedId = document.activeElement?.dataset?.sid;
    const seen = new Set(nodes.map((node) => node.id));
    for (const [id, element] of this.elements) {
      if (!seen.has(id)) {
        (this.itemOf(element) ?? element).remove();
        this.elements.delete(id);
      }
    }
    const seenLists = new Set(nodes.filter((node) => node.list).map((node) => node.list));
    for (const [key, list] of this.lists) {
      if (!seenLists.has(key)) {
        list.remove();
        this.lists.delete(key);
      }
    }
    const lastPlaced = { banner: null, main: null };
    const lastItem = new Map();  // list key -> the item placed last in it
    for (const node of nodes) {
      let element = this.elements.get(node.id);
      if (!element || element.localName !== tagFor(node) || Boolean(this.itemOf(element)) !== Boolean(node.list)) {
        if (element) (this.itemOf(element) ?? element).remove();
        element = this.create(node);
        this.elements.set(node.id, element);
      }
      const region = node.region === 'banner' ? 'banner' : 'main';
      let placed = element;  // what the region holds: the element, or the list its item is in
      if (node.list) {
        placed = this.listFor(node.list);
        const item = this.itemOf(element) ?? this.wrapInItem(element);
        const previous = lastItem.get(node.list);
        const wantedItem = previous ? previous.nextSibling : placed.firstChild;
        if (item !== wantedItem) placed.insertBefore(item, wantedItem);
        lastItem.set(node.list, item);
      }
      this.fill(element, node);
      if (lastPlaced[region] === placed) continue;  // the list, placed with its first row
      const parent = this.regions[region];
      const wanted = lastPlaced[region] ? lastPlaced[region].nextSibling : parent.firstChild;
      if (placed !== wanted) parent.insertBefore(placed, wanted);
      lastPlaced[region] = placed;
    }
    // A new screen replaced the focused element: move focus to the new screen's heading, as
    // screen reader users expect after navigation, instead of losing it to <body>.
    if (focusedId && !seen.has(focusedId)) this.regions.main.querySelector('h1')?.focus();
    this.focusPending();
  }

  // A long list's container: a list named by the app, holding one item per recorded row. It
  // has no box of its own, so its rows are placed like every other element.
  listFor(key) {
    let list = this.lists.get(key);
    if (!list) {
      list = document.createElement('div');
      list.className = 'node-list';
      list.setAttribute('role', 'list');
      this.lists.set(key, list);
    }
    return list;
  }

  wrapInItem(element) {
    const item = document.createElement('div');
    item.className = 'node-item';
    item.setAttribute('role', 'listitem');
    item.append(element);
    return item;
  }

  itemOf(element) {
    const parent = element.parentElement;
    return parent?.classList.contains('node-item') ? parent : null;
  }

  // A row of a long list has keys of its own: Home and End go to the list's ends, Page Up and
  // Page Down ten rows on, the arrows one. The app records only the rows near those in view,
  // so a row further away is asked for by its place and focused once it is there.
  makeListKeys(element) {
    element.addEventListener('keydown', (event) => {
      const item = this.itemOf(element);
      if (!item || event.ctrlKey || event.metaKey || event.altKey) return;
      const size = Number(item.getAttribute('aria-setsize'));
      const position = Number(item.getAttribute('aria-posinset'));
      const moves = { Home: 1 - position, End: size - position, PageUp: -10, PageDown: 10, ArrowUp: -1, ArrowDown: 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      const target = Math.min(Math.max(position + moves[event.key], 1), size);
      if (target === position) return;
      this.pendingFocus = { list: this.listKeyOf(item), position: target };
      if (!this.focusPending()) this.app.revealPosition(this.pendingFocus.list, target);
    });
  }

  listKeyOf(item) {
    for (const [key, list] of this.lists) {
      if (list === item.parentElement) return key;
    }
    return null;
  }

  // Focuses the row asked for by its place, when the mirror holds it; true when it did.
  focusPending() {
    const pending = this.pendingFocus;
    const list = pending && this.lists.get(pending.list);
    if (!list) return false;
    for (const item of list.children) {
      if (Number(item.getAttribute('aria-posinset')) === pending.position) {
        this.pendingFocus = null;
        item.firstElementChild.focus();  // scrolled into view by the app (a focus not by pointer)
        return true;
      }
    }
    return false;
  }

  // Only `nodes` changed, and the tree holds the same elements in the same order as before.
  patch(nodes, page) {
    this.setPage(page);
    for (const node of nodes) this.fill(this.elements.get(node.id), node);
    this.focusPending();
  }

  setPage(page) {
    if (document.title !== page.title) document.title = page.title;
    setAttribute(document.documentElement, 'lang', page.lang);
    setAttribute(this.regions.banner, 'aria-label', page.bannerLabel);
  }

  create(node) {
    const element = document.createElement(tagFor(node));
    element.className = 'node';
    element.dataset.sid = node.id;
    if (node.role === 'textbox') this.makeField(element, node);
    if (node.role === 'region') this.makeHost(element);
    if (node.role === 'button') element.type = 'button';
    if (node.anyKey) this.makeAnyKeyTarget(element);
    if (node.role === 'status') element.setAttribute('role', 'status');
    if (node.role === 'heading') element.tabIndex = -1;
    if (node.role === 'button' || node.role === 'link') {
      element.addEventListener('click', (event) => this.onClick(event, element));
    }
    if (node.list) this.makeListKeys(element);
    // Keyboard or screen-reader focus may land on something scrolled out of view: the app
    // scrolls it in, and the element follows on the next update. Focus from a mouse press is
    // left alone: what was pressed is in view, and scrolling it now would move it from under
    // the pointer before the release, and the click would be lost.
    element.addEventListener('mousedown', () => { this.pressed = element; });
    element.addEventListener('focus', () => {
      const byPointer = this.pressed === element;
      this.pressed = null;
      if (!byPointer) this.app.reveal(element.dataset.sid);
    });
    return element;
  }

  // Empties every field and forgets every draft: the kiosk's next visitor starts clean.
  clearFields() {
    this.drafts = {};
    this.storage.set(DRAFTS_KEY, '{}');
    for (const element of this.elements.values()) {
      if (element.dataset.field) element.value = '';
    }
  }

  // A tap pad (the CPR practice trainer) counts every key press, at the moment it goes down.
  // Space and Enter would click the button as well (Enter on key down, Space on key up): both
  // are held back, so each press counts once.
  makeAnyKeyTarget(element) {
    element.addEventListener('keydown', (event) => {
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape'].includes(event.key)) return;
      event.preventDefault();
      this.app.activate(element.dataset.sid);
    });
    element.addEventListener('keyup', (event) => {
      if (event.key === ' ' || event.key === 'Enter') event.preventDefault();
    });
  }

  // The map's box: Leaflet lives in it (web/bridge/incident_map.cpp) and keeps its own input.
  makeHost(element) {
    element.setAttribute('role', 'region');
    element.classList.add('map-host');
    for (const type of FIELD_OWN_EVENTS) {
      element.addEventListener(type, (event) => event.stopPropagation(), { passive: true });
    }
  }

  // The element hosting the widget `id`, if it is on screen.
  element(id) {
    return this.elements.get(id) ?? null;
  }

  makeField(element, node) {
    element.dataset.field = node.field;
    element.classList.add('field');
    element.autocomplete = 'off';
    if (node.field === 'number') element.inputMode = 'numeric';
    if (node.field !== 'multiline') element.type = 'text';
    element.addEventListener('input', () => this.app.fieldChanged(node.id, element.value));
    for (const type of FIELD_OWN_EVENTS) {
      element.addEventListener(type, (event) => event.stopPropagation(), { passive: true });
    }
    const draft = this.drafts[node.id];
    if (typeof draft === 'string' && node.value === '') {
      delete this.drafts[node.id];
      // After this update (the app is drawing the frame that called it); the next frame shows it.
      // The element holds it at once, so a page hidden before that frame still keeps it.
      queueMicrotask(() => {
        element.value = draft;
        this.app.fieldChanged(node.id, draft);
      });
    }
  }

  fill(element, node) {
    if (node.role === 'region') {
      setAttribute(element, 'aria-label', node.name);  // its content is the map's own DOM
    } else if (node.role === 'textbox') {
      setAttribute(element, 'aria-label', node.name);
      // The app's value only differs from the element's when the app changed it: every
      // keystroke reaches the app before the next frame is drawn.
      if (element.value !== node.value) element.value = node.value;
    } else if (element.textContent !== node.name) {
      element.textContent = node.name;
    }
    setAttribute(element, 'aria-description', node.description);
    const item = node.list ? this.itemOf(element) : null;
    if (item) {
      setAttribute(item, 'aria-setsize', node.setSize);
      setAttribute(item, 'aria-posinset', node.posInSet);
      setAttribute(item.parentElement, 'aria-label', node.listName);
    }
    setAttribute(element, 'aria-current', node.current ? 'page' : null);
    setAttribute(element, 'aria-pressed', node.toggle === 'none' ? null : String(node.toggle === 'on'));
    if (node.role === 'link') setAttribute(element, 'href', isOpenableUrl(node.href) ? node.href : null);
    this.place(element, node);
  }

  // Every element covers only the part of its widget that can be seen (the app cuts away what
  // is scrolled under a pinned bar or out of view), so a pointer on it can only reach that
  // widget. One with nothing in view stays in the tree for screen readers, as a strip on the
  // edge it left by, out of pointer reach. The map keeps its full size, so Leaflet does not
  // re-lay itself out on every scroll, and is clipped instead.
  place(element, node) {
    const isMap = node.role === 'region';
    const box = isMap ? { x: node.x, y: node.y, w: node.w, h: node.h }
      : { x: node.vx, y: node.vy, w: node.vw, h: node.vh };
    const style = element.style;
    const px = (value) => `${Math.round(value * 100) / 100}px`;
    if (style.left !== px(box.x)) style.left = px(box.x);
    if (style.top !== px(box.y)) style.top = px(box.y);
    if (style.width !== px(box.w)) style.width = px(box.w);
    if (style.height !== px(box.h)) style.height = px(box.h);
    element.classList.toggle('clipped', Boolean(node.hidden));
    if (isMap) {
      const inset = node.hidden ? 'inset(50%)'
        : `inset(${px(node.vy - node.y)} ${px(node.x + node.w - node.vx - node.vw)} ` +
          `${px(node.y + node.h - node.vy - node.vh)} ${px(node.vx - node.x)})`;
      if (style.clipPath !== inset) style.clipPath = inset;
    }
  }

  onClick(event, element) {
    // A pointer click (detail >= 1) already reached the app through the canvas' own input, and
    // acting on it twice would double every action. Clicks without a pointer (Enter or Space
    // on a focused element, a screen reader's activation) are forwarded. A link's default
    // action (tel:) is the same as the app's, so keyboard activation of a link stays native.
    if (event.detail > 0) {
      event.preventDefault();
      return;
    }
    if (element.localName === 'a') return;
    this.app.activate(element.dataset.sid);
  }
}
