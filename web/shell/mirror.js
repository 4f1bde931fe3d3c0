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
  // widget with that semantic id. `storage` is { get(key), set(key, value) }.
  constructor(root, app, storage) {
    this.regions = { banner: root.querySelector('header'), main: root.querySelector('main') };
    this.app = app;
    this.storage = storage;
    this.elements = new Map();  // semantic id -> element
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

  // The whole tree: creates, fills, orders and removes elements.
  update(nodes, page) {
    this.setPage(page);

    const focusedId = document.activeElement?.dataset?.sid;
    const seen = new Set();
    const lastPlaced = { banner: null, main: null };
    for (const node of nodes) {
      seen.add(node.id);
      let element = this.elements.get(node.id);
      if (!element || element.localName !== tagFor(node)) {
        element?.remove();
        element = this.create(node);
        this.elements.set(node.id, element);
      }
      this.fill(element, node);
      const region = node.region === 'banner' ? 'banner' : 'main';
      const parent = this.regions[region];
      const wanted = lastPlaced[region] ? lastPlaced[region].nextSibling : parent.firstChild;
      if (element !== wanted) parent.insertBefore(element, wanted);
      lastPlaced[region] = element;
    }
    for (const [id, element] of this.elements) {
      if (!seen.has(id)) {
        element.remove();
        this.elements.delete(id);
      }
    }
    // A new screen replaced the focused element: move focus to the new screen's heading, as
    // screen reader users expect after navigation, instead of losing it to <body>.
    if (focusedId && !seen.has(focusedId)) this.regions.main.querySelector('h1')?.focus();
  }

  // Only `nodes` changed, and the tree holds the same elements in the same order as before.
  patch(nodes, page) {
    this.setPage(page);
    for (const node of nodes) this.fill(this.elements.get(node.id), node);
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
      queueMicrotask(() => this.app.fieldChanged(node.id, draft));
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
