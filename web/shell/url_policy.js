// Which URLs the page may open or link to: phone calls and https pages only, like
// core/base/url_policy.cpp, which the app checks first. Feeds and packs are untrusted: this is the
// last gate before the DOM.
const OPENABLE = /^(tel:\+?[0-9]{2,15}|https:\/\/[^\s/?#@\\]+([/?#][^\s\\]*)?)$/;

export function isOpenableUrl(url) {
  return typeof url === 'string' && OPENABLE.test(url);
}
