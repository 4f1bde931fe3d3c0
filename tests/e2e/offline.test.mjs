// Offline use: after one visit the service worker holds the whole build. With serve.py
// stopped, a reload boots the app, the four numbers and the CPR coach work, every screen opens,
// and the map shows the incidents it last saw with the stale banner. A new build replaces the
// old cache. Also: the manifest makes the app installable.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, REPO, saveScreenshot, SITE, startServer, waitForApp, watchErrors, SWEDISH } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'beredd-offline-'));
const feedFile = join(dir, 'feed.json');
let browser;

before(async () => {
  const features = [['o1', 'Brand i Malmö', 13.0, 55.6], ['o2', 'Trafikolycka i Umeå', 20.26, 63.83]]
    .map(([id, title, lon, lat]) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { id, title, category: 'Brand', time: new Date().toISOString(), source: 'Testkälla' },
    }));
  writeFileSync(feedFile, JSON.stringify({ type: 'FeatureCollection', features }));
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); });

const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
// Offline, only what has no copy fails: map tiles (another origin) and precache.json (never cached).
const unexpected = (errors) => errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|ERR_CONNECTION_REFUSED|offline use not set up/.test(e));

// Waits until this page is controlled by the service worker and its build cache is complete.
async function waitForOfflineReady(page) {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const precache = await (await fetch('precache.json', { cache: 'no-store' })).json();
    const cache = await caches.open(`beredd-shell-${precache.version}`);
    return (await cache.keys()).length === precache.files.length;
  }, null, { timeout: 30000, polling: 250 });
}

test('after one visit the app boots and works with the server stopped', async () => {
  const server = await startServer(['--feed-file', feedFile]);
  const context = await browser.newContext({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await offlineTiles(page);
  await page.goto(`${server.url}#/map`);
  await waitForApp(page);
  await waitForOfflineReady(page);
  // A poll through the worker keeps the feed's copy. (2026-11-22: in headless Chromium 156 a
  // copy written in the first second after the worker took over is sometimes gone again a
  // moment later; the test waits until one has stayed, and the closing note of issue #6 says so.)
  await page.waitForFunction(async () => {
    const copies = async () => (await (await caches.open('beredd-data')).keys()).length;
    if (await copies() === 0) {
      window.beredd.feedPoller.pollNow();
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return await copies() > 0;
  }, null, { timeout: 30000, polling: 500 });
  await page.getByRole('button', { name: 'Brand i Malmö' }).last().waitFor();

  await server.stop();
  await page.reload();
  await waitForApp(page);
  // The map: the incidents it last saw, with the stale banner, Leaflet and Sweden's outline.
  await page.getByRole('heading', { level: 1, name: 'Händelsekarta' }).waitFor();
  const banner = page.getByRole('status').filter({ hasText: 'Inaktuell sedan' });
  // The worker waits up to 4 s for a network that may hang (a dead keep-alive socket) first.
  await banner.waitFor({ timeout: 30000 });
  assert.match(await banner.textContent(), /ingen nätverksanslutning\. Visar händelserna från \d\d:\d\d/);
  await page.getByRole('heading', { name: 'Händelser (2)' }).waitFor();
  await page.waitForFunction(() => window.beredd.mapLayerCount() === 2 && window.beredd.basemap !== null);
  await saveScreenshot(page, 'offline-map');

  // The four numbers, and every screen.
  for (const number of ['112', '114 14', '1177', '113 13']) {
    assert.equal(await page.getByRole('banner').getByRole('link', { name: number }).count(), 1, number);
  }
  for (const screen of ['Nödnummer', 'HLR-träning', 'Skolövning', 'HLR']) {
    await page.getByRole('button', { name: 'Till start' }).click();
    await page.getByRole('button', { name: screen, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: screen }).waitFor();
  }
  // The CPR coach: the metronome starts and the count runs.
  await page.getByRole('button', { name: 'Starta takten' }).click();
  await page.getByRole('button', { name: 'Stoppa takten' }).waitFor();
  await page.getByText(/^[1-9]\d* \/ 30$/).waitFor();
  assert.equal(await page.evaluate(() => window.beredd.metronome.running), true);
  await page.getByRole('button', { name: 'Stoppa takten' }).click();
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('a new build replaces the old cache, and the manifest makes the app installable', async () => {
  // A copy of the site that can be "deployed" again with a changed file.
  const site = join(dir, 'site');
  cpSync(SITE, site, { recursive: true });
  const server = await startServer(['--root', site]);
  const context = await browser.newContext({ locale: SWEDISH });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await waitForApp(page);
  await waitForOfflineReady(page);
  const shellCaches = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('beredd-shell-')));
  const first = await shellCaches();
  assert.equal(first.length, 1);

  // The manifest: a name, a start URL and an icon of at least 192 px, all served.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.short_name, 'Beredd');
  assert.equal(manifest.display, 'standalone');
  const icon = manifest.icons.find((i) => i.sizes === '512x512');
  assert.equal(await page.evaluate(async (src) => (await fetch(src)).headers.get('Content-Type'), icon.src), 'image/png');

  // Deploy: one file changes, and with it the build's version.
  appendFileSync(join(site, 'style.css'), '\n/* deploy 2 */\n');
  execFileSync('python3', [join(REPO, 'web/tools/precache_list.py'), site]);
  await page.reload();
  await waitForApp(page);
  // The new build's worker takes over this page and only the new build's cache is left.
  await page.waitForFunction(async (old) => {
    const controller = navigator.serviceWorker.controller;
    const names = (await caches.keys()).filter((name) => name.startsWith('beredd-shell-'));
    return controller !== null && !controller.scriptURL.endsWith(`?v=${old}`) &&
      names.length === 1 && names[0] !== `beredd-shell-${old}`;
  }, first[0].slice('beredd-shell-'.length), { timeout: 30000, polling: 250 });
  await waitForOfflineReady(page);
  // The next load is the new build's, from the new cache.
  await page.reload();
  await waitForApp(page);
  const css = await page.evaluate(async () => (await fetch('style.css')).text());
  assert.match(css, /deploy 2/, 'the new build\'s file is what the cache serves');
  await context.close();
  await server.stop();
  assert.deepEqual(unexpected(errors), []);
});
