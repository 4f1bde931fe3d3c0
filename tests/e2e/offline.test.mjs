// Offline use: after one visit the service worker holds the whole build. With serve.py
// stopped, a reload boots the app, the four numbers and the CPR coach work, every screen opens,
// the map shows the incidents it last saw with the stale banner, and the preparedness
// checklist keeps its ticks. A first visit downloads each file once, the worker's install
// included; a served pack is downloaded only when it was edited (the app has the packs built
// in), and an edited one is kept for offline use. A new build installs and
// waits, and takes over only at a page's start with no other page of the old build open, so no
// page ever runs with files from two builds. Also: the manifest makes the app installable.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  launchBrowser, press, REPO, saveScreenshot, SITE, startServer, waitForApp, waitForAsync, watchErrors, SWEDISH,
} from './helpers.mjs';

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

const CASH = 'Kontanter i mindre valörer hemma.';
const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
// Offline, only what has no copy fails: map tiles (another origin), precache.json (never
// cached) and the feed (the app shows the copy it kept).
const unexpected = (errors) => errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|ERR_CONNECTION_REFUSED|ERR_FAILED|offline use not set up/.test(e));

// Waits until this page is controlled by its build's service worker and that worker's cache
// holds every file of precache.json. The worker reports what it has cached itself: a probe
// that opened Cache Storage could create the very cache it checks.
async function waitForOfflineReady(page) {
  await waitForAsync(page, async () => {
    const controller = navigator.serviceWorker.controller;
    if (!controller) return false;
    const precache = await (await fetch('precache.json', { cache: 'no-store' })).json();
    const status = await window.beredd.offlineStatus();
    return status?.version === window.beredd.build && status.version === precache.version &&
      status.state === 'activated' && status.cached === precache.files.length &&
      Object.keys(status.packs).length === Object.keys(precache.packs).length &&
      controller.scriptURL.endsWith(`?v=${window.beredd.build}`);
  }, null, { timeoutMs: 30000, why: 'offline use ready' });
}

// Waits until the page in `page` runs build `version`, across the reloads a new build's start
// makes (a probe's context may be destroyed by one of them).
async function waitForBuild(page, version) {
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      await page.waitForFunction((v) => window.beredd?.ready === true && window.beredd.build === v,
        version, { timeout: 2000, polling: 100 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

test('after one visit the app boots and works with the server stopped', async (t) => {
  const server = await startServer(['--feed-file', feedFile]);
  t.after(() => server.stop());
  const context = await browser.newContext({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await offlineTiles(page);
  const onlineAnswers = packAnswersTo(page);
  await page.goto(`${server.url}#/map`);
  await waitForApp(page);
  // Answered before the server stops: a request still open then would be aborted by the reload.
  assert.deepEqual(await onlineAnswers, { 'content/en.json': 304, 'content/sv.json': 304 });
  await waitForOfflineReady(page);
  await page.getByRole('button', { name: 'Brand i Malmö' }).last().waitFor();
  // The feed the app accepted is kept in this browser (read through the app's own store).
  await waitForAsync(page, async () => {
    const poller = window.beredd.feedPollers.pollers[0];
    const copy = await poller.copy.read(poller.url);
    return copy !== null && new TextDecoder().decode(copy.bytes).includes('Brand i Malmö') && copy.fetchedMs > 0;
  }, null, { timeoutMs: 30000, why: 'the feed copy kept' });
  // A copy kept as text (before copies were bytes, 2026-12-05) is still read, as bytes.
  const legacy = await page.evaluate(async () => {
    const store = window.beredd.feedPollers.pollers[0].copy;
    const db = await store.open();
    const transaction = db.transaction('copies', 'readwrite');
    transaction.objectStore('copies').put({ text: '[{"name": "Äldre kopia"}]', fetchedMs: 5 }, 'legacy-url');
    await new Promise((resolve) => { transaction.oncomplete = resolve; });
    const copy = await store.read('legacy-url');
    return { text: new TextDecoder().decode(copy.bytes), fetchedMs: copy.fetchedMs };
  });
  assert.deepEqual(legacy, { text: '[{"name": "Äldre kopia"}]', fetchedMs: 5 });

  // Home preparedness: a tick made online is still there offline.
  await page.evaluate(() => { window.location.hash = '#/prepare'; });
  await page.getByRole('heading', { level: 1, name: 'Hemberedskap' }).waitFor();
  await press(page, CASH);
  await page.getByRole('button', { name: CASH, pressed: true }).waitFor();
  await waitForAsync(page, (key) => window.localStorage.getItem(key)?.includes('pay_cash'), 'beredd.preparedness',
    { why: 'the tick stored' });
  await page.evaluate(() => { window.location.hash = '#/map'; });
  await page.getByRole('heading', { level: 1, name: 'Händelsekarta' }).waitFor();

  // The packs are built into the app and unedited here: the worker kept the server's 304 to
  // each built-in pack's tag, and downloaded neither (issue 18: the packs shipped once).
  // Offline it answers the packs with those 304s: no "could not be fetched".
  await reloadOfflineWithPacks(page, server, { 'content/en.json': 304, 'content/sv.json': 304 });
  // The map: the incidents it last saw, with the stale banner, Leaflet and Sweden's outline.
  await page.getByRole('heading', { level: 1, name: 'Händelsekarta' }).waitFor();
  const banner = page.getByRole('status').filter({ hasText: 'Inaktuell sedan' });
  await banner.waitFor({ timeout: 30000 });
  assert.match(await banner.textContent(), /ingen nätverksanslutning\. Visar händelserna från \d\d:\d\d/);
  await page.getByRole('heading', { name: 'Händelser (2)' }).waitFor();
  await page.waitForFunction(() => window.beredd.mapLayerCount() === 2 && window.beredd.basemap !== null);
  await saveScreenshot(page, 'offline-map');

  // The four numbers, and every screen.
  for (const number of ['112', '114 14', '1177', '113 13']) {
    await page.getByRole('banner').getByRole('link', { name: number }).waitFor();
  }
  await page.getByRole('button', { name: 'Till start' }).click();
  await page.getByRole('button', { name: 'Hemberedskap', exact: true }).click();
  await page.getByRole('button', { name: CASH, pressed: true }).waitFor();
  for (const screen of ['Nödnummer', 'HLR-träning', 'Skolövning', 'HLR']) {
    await page.getByRole('button', { name: 'Till start' }).click();
    await page.getByRole('button', { name: screen, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: screen }).waitFor();
  }
  // The CPR coach: the metronome starts and the count runs.
  await page.getByRole('button', { name: 'Starta takten' }).click();
  await page.getByRole('button', { name: 'Stoppa takten' }).waitFor();
  await page.getByText(/^[1-9]\d* \/ 30$/).waitFor();
  await page.waitForFunction(() => window.beredd.metronome.running === true);
  await page.getByRole('button', { name: 'Stoppa takten' }).click();
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

// The page's answer to each pack request ({ 'content/sv.json': 304, … }, or 'failed: …' for a
// request that got none, with why), once both packs have been asked for.
function packAnswersTo(page) {
  const answers = {};
  return new Promise((resolve) => {
    const record = (url, answer) => {
      const match = /\/(content\/\w+\.json)$/.exec(new URL(url).pathname);
      // The first outcome counts: Chromium reports a 304, whose empty body the page never reads,
      // as failed (net::ERR_ABORTED) right after its response.
      if (!match || match[1] in answers) return;
      answers[match[1]] = answer;
      if (Object.keys(answers).length < 2) return;
      page.off('response', onResponse);
      page.off('requestfailed', onFailure);
      resolve(answers);
    };
    const onResponse = (response) => record(response.url(), response.status());
    const onFailure = (request) => record(request.url(), `failed: ${request.failure()?.errorText}`);
    page.on('response', onResponse);
    page.on('requestfailed', onFailure);
  });
}

// With the server at `server` stopped, reloads `page`: the worker has kept an answer for each
// pack (`expected`: 304 for a built-in pack the server confirmed, 200 for an edited one), and
// answers the reloaded page's pack requests with them.
async function reloadOfflineWithPacks(page, server, expected) {
  assert.deepEqual((await page.evaluate(() => window.beredd.offlineStatus())).packs, expected);
  await server.stop();
  const offlineAnswers = packAnswersTo(page);
  await page.reload();
  await waitForApp(page);
  assert.deepEqual(await offlineAnswers, expected);
}

test('an edited served pack is downloaded, used and kept for offline use; the unedited one is not', async (t) => {
  const site = join(dir, 'site-edited-pack');
  cpSync(SITE, site, { recursive: true });
  const packFile = join(site, 'content/sv.json');
  const pack = JSON.parse(readFileSync(packFile, 'utf8'));
  pack.numbers.find((number) => number.id === 'crisis_info').name = 'Olyckor och kriser (kommunens text)';
  const edited = (page) => page.getByRole('link', { name: '113 13 Olyckor och kriser (kommunens text)' }).first();
  writeFileSync(packFile, JSON.stringify(pack));
  const server = await startServer(['--root', site]);
  t.after(() => server.stop());
  const context = await browser.newContext({ locale: SWEDISH });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const onlineAnswers = packAnswersTo(page);
  await page.goto(`${server.url}#/numbers`);
  await waitForApp(page);
  assert.deepEqual(await onlineAnswers, { 'content/en.json': 304, 'content/sv.json': 200 });
  await edited(page).waitFor();
  await waitForOfflineReady(page);
  await reloadOfflineWithPacks(page, server, { 'content/en.json': 304, 'content/sv.json': 200 });
  await edited(page).waitFor();
  await saveScreenshot(page, 'offline-edited-pack');
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

// Each file of the build crosses the network once on a first visit, the service worker's
// install included (it revalidates what the page has just downloaded), and an unedited served
// pack never does. Counted by serve.py itself: every request it answered with a whole body.
test('a first visit downloads each file of the build once and no unedited pack', async (t) => {
  const server = await startServer([], { logRequests: true });
  t.after(() => server.stop());
  const context = await browser.newContext({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await offlineTiles(page);
  await page.goto(`${server.url}#/map`);  // the map's own files (Leaflet, the outline) too
  await waitForApp(page);
  await page.waitForFunction(() => window.L !== undefined && window.beredd.basemap !== null);
  await waitForOfflineReady(page);
  const precache = await page.evaluate(async () => (await fetch('precache.json', { cache: 'no-store' })).json());
  const whole = new Map();  // path -> [bytes of each 200]
  for (const { method, path, status, bytes } of server.requests()) {
    if (method !== 'GET' || status !== 200) continue;
    const file = new URL(path, server.url).pathname;
    whole.set(file, [...(whole.get(file) ?? []), bytes]);
  }
  const build = precache.files.map((file) => new URL(file, server.url).pathname);
  const downloadedTwice = build.filter((file) => (whole.get(file)?.length ?? 0) > 1);
  assert.deepEqual(downloadedTwice, [], 'files of the build downloaded more than once');
  assert.deepEqual(build.filter((file) => !whole.has(file)), [], 'files of the build never downloaded');
  for (const pack of Object.keys(precache.packs)) {
    assert.equal(whole.get(`/${pack}`), undefined, `${pack} is the built-in pack: never downloaded`);
  }
  // Beside the build: its file list and worker (asked again on purpose) and the incident feed.
  const others = [...whole.keys()].filter((file) => !build.includes(file)).sort();
  assert.deepEqual(others, ['/api/incidents', '/precache.json', '/sw.js']);
  const bytes = build.reduce((sum, file) => sum + whole.get(file)[0], 0);
  t.diagnostic(`first visit: ${build.length} files of the build, ${(bytes / 1024).toFixed(1)} KB as sent (no compression)`);
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('a new build takes over only at a page start with no other page open, never mixing builds', async (t) => {
  // A copy of the site that can be "deployed" again with a changed file.
  const site = join(dir, 'site');
  cpSync(SITE, site, { recursive: true });
  const server = await startServer(['--root', site]);
  t.after(() => server.stop());
  const context = await browser.newContext({ locale: SWEDISH });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await waitForApp(page);
  await waitForOfflineReady(page);
  const oldBuild = await page.evaluate(() => window.beredd.build);
  const cssOf = (p) => p.evaluate(async () => (await fetch('style.css')).text());

  // The manifest: a name, a start URL and an icon of at least 192 px, all served.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.short_name, 'Beredd');
  assert.equal(manifest.display, 'standalone');
  const icon = manifest.icons.find((i) => i.sizes === '512x512');
  assert.equal(await page.evaluate(async (src) => (await fetch(src)).headers.get('Content-Type'), icon.src), 'image/png');

  // A second page of the old build is open.
  const other = await context.newPage();
  await other.goto(server.url);
  await waitForApp(other);

  // Deploy: one file changes, and with it the build's version.
  appendFileSync(join(site, 'style.css'), '\n/* deploy 2 */\n');
  execFileSync('python3', [join(REPO, 'web/tools/precache_list.py'), site]);
  const newBuild = JSON.parse(readFileSync(join(site, 'precache.json'), 'utf8')).version;
  assert.notEqual(newBuild, oldBuild);
  assert.doesNotMatch(await cssOf(page), /deploy 2/, 'a running page keeps its own build\'s files');

  // The next load still runs the old build whole, and installs the new one, which waits.
  await page.reload();
  await waitForBuild(page, oldBuild);
  await waitForAsync(page, async (v) => {
    const status = await window.beredd.offlineStatus('waiting');
    const precache = await (await fetch('precache.json', { cache: 'no-store' })).json();
    return window.beredd.updateWaiting && status?.version === v && status.cached === precache.files.length &&
      Object.keys(status.packs).length === Object.keys(precache.packs).length;
  }, newBuild, { timeoutMs: 30000, why: 'the new build installed and waiting' });
  assert.doesNotMatch(await cssOf(page), /deploy 2/);
  // Cache Storage is shared by the page and its workers, but one context sees another's new
  // cache a moment later (Chromium 156, 2026-12-03): wait for the state, never read it once.
  await waitForAsync(page, async (expected) => {
    const names = (await window.beredd.offlineStatus())?.caches ?? [];
    return expected.every((name) => names.includes(name));
  }, [`beredd-shell-${oldBuild}`, `beredd-shell-${newBuild}`], { timeoutMs: 30000, why: 'both builds cached' });

  // With another page of the old build open, a start does not take over.
  await page.reload();
  await waitForBuild(page, oldBuild);
  assert.doesNotMatch(await cssOf(page), /deploy 2/);

  // Alone, the next start takes over: the page reloads from the new build, whole.
  await other.close();
  // The worker learns that a page closed a moment later: wait until it counts only this one.
  await waitForAsync(page, async () => (await window.beredd.offlineStatus('waiting'))?.pages === 1,
    null, { timeoutMs: 30000, why: 'the new build\'s worker sees one page open' });
  await page.reload();
  await waitForBuild(page, newBuild);
  await waitForOfflineReady(page);
  await waitForAsync(page, async (only) => {
    const names = (await window.beredd.offlineStatus())?.caches ?? [];
    return names.filter((name) => name.startsWith('beredd-shell-')).join() === only;
  }, `beredd-shell-${newBuild}`, { timeoutMs: 30000, why: 'only the new build cached' });
  assert.match(await cssOf(page), /deploy 2/, 'the new build\'s file is what the cache serves');
  assert.equal(await page.evaluate(() => document.querySelector('meta[name="beredd-build"]').content), newBuild);
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});
