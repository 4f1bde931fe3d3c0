// The page before and without wasm: the four numbers are painted in plain HTML while the wasm
// downloads, before any of the app runs, and stay usable with a clear message when the app
// cannot run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  expectCount, launchBrowser, readNumberPaints, saveScreenshot, shareOfColour, startServer, waitForApp,
  watchErrors, REPO, SWEDISH,
} from './helpers.mjs';

const TEL_LINKS = ['tel:112', 'tel:11414', 'tel:1177', 'tel:11313'];
const EMERGENCY_RED = [0xb3, 0x0b, 0x1e];
let server; let browser;

before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The fallback's tel: links that are rendered and visible right now.
function visibleFallbackLinks(page) {
  return page.evaluate(() => [...document.querySelectorAll('#fallback a[href^="tel:"]')]
    .filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0)
    .map((a) => a.getAttribute('href')));
}

test('the four numbers are painted while the wasm is on its way, before any of the app runs', async () => {
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let wasmRequested = false;
  await page.route('**/*.wasm', async (route) => {
    wasmRequested = true;
    await held;  // the wasm stays in flight while the test looks at the page
    await route.continue();
  });
  await page.goto(server.url);
  // The download starts alongside the first paint, and the paint does not wait for it.
  await page.waitForFunction(() => performance.getEntriesByType('paint')
    .some((e) => e.name === 'first-contentful-paint'), null, { timeout: 15000 });
  while (!wasmRequested) await new Promise((r) => setTimeout(r, 20));
  for (const name of ['112', '114 14', '1177', '113 13']) {
    await page.getByRole('link', { name }).first().waitFor({ state: 'visible' });
  }
  assert.deepEqual(await visibleFallbackLinks(page), TEL_LINKS, 'numbers visible while the wasm is held');
  // The screenshot while the wasm is still held shows the red 112 box really painted.
  const box = await page.locator('#fallback li.emergency').boundingBox();
  const { image } = await saveScreenshot(page, 'first-paint-before-wasm');
  assert.ok(shareOfColour(image, box, EMERGENCY_RED) > 0.5, '112 box painted red');
  assert.equal(await page.evaluate(() => window.beredd.ready), false, 'app not yet running');

  release();
  await waitForApp(page);
  // Each number's own paint (Element Timing) came before the app started running.
  const order = await readNumberPaints(page, 15000);
  assert.equal(order.numbers.length, 4, 'all four numbers were painted');
  assert.notEqual(order.appStartsMs, null, 'boot.js marks when the app starts');
  for (const painted of order.numbers) {
    assert.ok(painted > 0 && painted < order.appStartsMs,
      `a number painted at ${painted} ms, the app started at ${order.appStartsMs} ms`);
  }
  await page.close();
});

test('the page asks for the wasm and each of boot.js\'s modules as it is parsed, and gets each once', async () => {
  const imported = [...readFileSync(join(REPO, 'web/shell/boot.js'), 'utf8')
    .matchAll(/^import .* from '\.\/([\w.]+)';$/gm)].map((match) => match[1]).sort();
  assert.ok(imported.length > 0, 'boot.js imports modules');
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  const requested = new Map();
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    requested.set(file, (requested.get(file) ?? 0) + 1);
  });
  await page.goto(server.url);
  const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')]
    .map((link) => link.getAttribute('href')).sort());
  assert.deepEqual(preloads, imported, 'index.html preloads exactly the modules boot.js imports');
  await waitForApp(page);
  // The wasm's fetch in boot.js took over the preload: one download, started by the page's link.
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('/beredd.wasm'))
    .map((entry) => entry.initiatorType));
  assert.deepEqual(wasm, ['link'], 'one download of the wasm, by the preload');
  for (const file of ['beredd.wasm', 'beredd.js', ...imported]) {
    assert.equal(requested.get(file), 1, `${file} requested once`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('with the wasm blocked, a clear message shows and the numbers stay', async () => {
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 390, height: 844 } });
  await page.route('**/*.wasm', (route) => route.abort('failed'));
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: /kunde inte laddas/ }).filter({ hasText: /ring 112/ })
    .waitFor({ state: 'visible', timeout: 20000 });
  assert.deepEqual(await visibleFallbackLinks(page), TEL_LINKS);
  assert.equal(await page.evaluate(() => window.beredd.failure), 'load');
  await page.getByRole('status').waitFor({ state: 'hidden' });  // the loading indicator has gone
  await saveScreenshot(page, 'wasm-blocked-phone');
  await page.close();
});

test('without WebGL2 the page says so and the numbers stay', async () => {
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  });
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: /WebGL 2/ }).waitFor({ state: 'visible', timeout: 20000 });
  assert.deepEqual(await visibleFallbackLinks(page), TEL_LINKS);
  await page.close();
});

test('the app shows the same numbers as the HTML first paint', async () => {
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(server.url);
  const htmlNumbers = await page.evaluate(() => [...document.querySelectorAll('#fallback li')]
    .map((li) => ({ href: li.querySelector('a').getAttribute('href'),
      number: li.querySelector('.number').textContent, name: li.querySelector('.name').textContent,
      when: li.querySelector('p').textContent })));
  await waitForApp(page);
  const banner = page.getByRole('banner', { name: 'Viktiga telefonnummer' });
  await expectCount(banner.getByRole('link'), 4, 'the app\'s four numbers');
  const appNumbers = [];
  for (const link of await banner.getByRole('link').all()) {
    appNumbers.push({ href: await link.getAttribute('href'), number: await link.textContent(),
      name: await link.getAttribute('aria-description') });
  }
  // "When to call" is on the numbers screen, as each card's description.
  await page.goto(`${server.url}#/numbers`);
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Nödnummer' }).waitFor();
  const cards = page.getByRole('main').getByRole('link');
  await expectCount(cards, 4, 'a card per number');
  for (const [i, number] of appNumbers.entries()) {
    number.when = await cards.nth(i).getAttribute('aria-description');
  }
  assert.deepEqual(appNumbers, htmlNumbers, 'index.html and content/sv.json say the same');
  await page.locator('#fallback').waitFor({ state: 'hidden' });  // hidden once the app runs
  assert.deepEqual(errors, []);
  await page.close();
});
