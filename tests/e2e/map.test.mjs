// The incident map in the browser, against serve.py --feed-file (and the demo feed): every placed
// incident on the map (area incidents as one ring per place), updates without a reload, feed text shown literally and never run, the
// last good incidents kept with a stale banner when the endpoint fails, selection shared by the
// list and the map, axe, and screenshots at desktop and phone sizes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  REPO, eventually, expectCount, launchBrowser, openApp, saveScreenshot, startServer, waitForIdle,
} from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'beredd-map-'));
const feedFile = join(dir, 'feed.json');
let server; let browser;

function feature(id, title, lon, lat, extra = {}) {
  return {
    type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id, title, summary: `Sammanfattning ${id}`, category: 'Brand', area: 'Testort',
      time: new Date(Date.now() - 60000 * Number(id.replace(/\D/g, ''))).toISOString(),
      source: 'Testkälla', ...extra },
  };
}

const INCIDENTS = [
  feature('f1', 'Brand i Malmö', 13.0, 55.6),
  feature('f2', 'Brand i Kiruna', 20.22, 67.85),
  feature('f3', 'Trafikolycka i Umeå', 20.26, 63.83, { category: 'Trafikolycka' }),
  feature('f4', 'Vattenläcka i Sundsvall', 17.3, 62.39, { category: 'Vatten' }),  // far from Malmö: not clustered with it
  feature('f5', 'Strömavbrott i Gävle', 17.14, 60.67, { precision: 'area', category: 'El' }),
  feature('f6', 'Träd över vägen i Falun', 15.63, 60.61, { precision: 'area', category: 'Väder' }),
  feature('f7', 'Övning: brand i Uppsala', 17.64, 59.86, { status: 'Exercise' }),
];

// Replaces the feed file atomically, as a real writer should.
function writeFeed(features) {
  writeFileSync(`${feedFile}.tmp`, JSON.stringify({ type: 'FeatureCollection', features }));
  renameSync(`${feedFile}.tmp`, feedFile);
}

before(async () => {
  writeFeed(INCIDENTS);
  server = await startServer(['--feed-file', feedFile]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

// Tiles come from the internet, which tests do not have: they fail, as offline, and Sweden's
// bundled outline is the map. Only those failures are expected on the console.
const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));

// List rows are the buttons that carry a description (time, category, place, source).
const rows = (page) => page.getByRole('main').getByRole('button').and(page.locator('[aria-description]'));
const heading = (page, count) => page.getByRole('heading', { name: `Händelser (${count})` });
const poll = (page) => page.evaluate(() => window.beredd.feedPollers.pollNow());
const expectLayers = (page, count, why) =>
  eventually(() => page.evaluate(() => window.beredd.mapLayerCount()), (n) => n === count, why);

async function openMap(viewport = { width: 1280, height: 800 }, url = server.url) {
  // The service worker would answer the feed requests itself, out of page.route's reach; its
  // offline behaviour has its own test (offline.test.mjs).
  const opened = await openApp(browser, url, { hash: '#/map', viewport, before: offlineTiles, serviceWorkers: 'block' });
  await opened.page.getByRole('status').filter({ hasText: /^Uppdaterad \d\d:\d\d$/ }).waitFor({ timeout: 15000 });
  return opened;
}

test('one layer per live incident; exercises never shown; updates arrive without a reload', async () => {
  const { context, page, errors } = await openMap();
  await heading(page, 6).waitFor();
  await expectCount(rows(page), 6, 'six live incidents listed (the exercise is not)');
  await expectLayers(page, 6, 'one map layer each');
  await eventually(() => page.evaluate(() => window.beredd.mapAreaCount()), (n) => n === 2, 'two areas drawn as areas');
  // An area incident is a dashed ring at its place (one DOM element per place, with the count
  // of incidents there), never a pin on a spot.
  await expectCount(page.locator('.map-host .incident-place'), 2, 'one ring per place');
  await expectCount(page.getByText('Övning: brand i Uppsala'), 0, 'the exercise is not shown');
  assert.deepEqual(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id)), []);
  await saveScreenshot(page, 'map-desktop');

  // Rewritten on disk: one changed, one gone, one new. The page is not reloaded.
  const changed = INCIDENTS.filter((f) => f.properties.id !== 'f4').map((f) => structuredClone(f));
  changed[0].properties.title = 'Brand i Malmö, släckt';
  changed.push(feature('f8', 'Ny brand i Luleå', 22.15, 65.58));
  writeFeed(changed);
  await poll(page);
  await rows(page).filter({ hasText: 'Brand i Malmö, släckt' }).waitFor();
  await heading(page, 6).waitFor();
  await expectCount(page.getByRole('button', { name: 'Vattenläcka i Sundsvall' }), 0, 'gone from list and map');
  await expectLayers(page, 6, 'one map layer each after the update');
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  writeFeed(INCIDENTS);
});

test('a served pack\'s feed settings take effect: the map polls the endpoint it names', async () => {
  // The served sv.json points the map elsewhere, as an organisation adapting the portal would.
  const pack = JSON.parse(readFileSync(join(REPO, 'content/sv.json'), 'utf8'));
  pack.feed = { ...pack.feed, endpoint: '/api/incidents?source=served-pack', poll_seconds: 20 };
  // Watched from the start: the served pack can arrive, and its endpoint be polled, before the
  // app is ready to be looked at.
  const polled = [];
  const servedPack = async (page) => {
    await offlineTiles(page);
    page.on('request', (request) => polled.push(request.url()));
    await page.route('**/content/sv.json', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: JSON.stringify(pack) }));
  };
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/map', before: servedPack, serviceWorkers: 'block' });
  await eventually(() => page.evaluate(() => [window.beredd.feedPollers.pollers[0].url, window.beredd.feedPollers.pollers[0].intervalMs]),
    ([url, interval]) => url === '/api/incidents?source=served-pack' && interval === 20000,
    'the poller follows the served pack');
  await eventually(() => polled.filter((url) => url.includes('source=served-pack')).length,
    (count) => count >= 1, 'polled at once from the new endpoint');
  await heading(page, 6).waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test('an alert that cannot be placed is listed with its area, never dropped, and not drawn', async () => {
  const unplaced = { type: 'Feature', geometry: null, properties: {
    id: 'u1', title: 'Gasutsläpp vid hamnen', category: 'Gas', area: 'Hamnområdet i Norrsundet',
    precision: 'none', time: new Date(Date.now() - 30000).toISOString(), source: 'Testkälla' } };
  writeFeed([...INCIDENTS, unplaced]);
  const { context, page, errors } = await openMap();
  await heading(page, 7).waitFor();
  await rows(page).filter({ hasText: /^Gasutsläpp vid hamnen$/ })
    .and(page.locator('[aria-description*="Hamnområdet i Norrsundet (visas inte på kartan)"]')).waitFor();
  await expectLayers(page, 6, 'a layer for each placed incident, none for the unplaced one');
  await rows(page).filter({ hasText: /^Gasutsläpp vid hamnen$/ }).click();  // selecting it opens nothing
  await rows(page).and(page.locator('[aria-current="page"]')).filter({ hasText: /^Gasutsläpp vid hamnen$/ }).waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  writeFeed(INCIDENTS);
});

test('the list and the map share the selection', async () => {
  const { context, page, errors } = await openMap();
  const popup = page.locator('.leaflet-popup-content');
  // From the map: a marker is a button named by its title (Leaflet's keyboard-accessible pin).
  await page.locator('.map-host').getByRole('button', { name: 'Brand i Malmö' }).click();
  await popup.filter({ hasText: 'Brand i Malmö' }).waitFor();
  await rows(page).and(page.locator('[aria-current="page"]')).filter({ hasText: 'Brand i Malmö' }).waitFor();
  // From the list: the map opens that incident's popup.
  await rows(page).filter({ hasText: 'Brand i Kiruna' }).click();
  await popup.filter({ hasText: 'Brand i Kiruna' }).filter({ hasText: 'Källa: Testkälla' }).waitFor();
  const selected = rows(page).and(page.locator('[aria-current="page"]'));
  await selected.filter({ hasText: /^Brand i Kiruna$/ }).waitFor();
  await expectCount(selected, 1, 'one incident selected');
  // The region filter: the map now shows Kiruna close up, and the list follows it.
  await page.getByRole('button', { name: 'Bara kartans område' }).click();
  await heading(page, 1).waitFor();
  await rows(page).filter({ hasText: /^Brand i Kiruna$/ }).waitFor();
  await expectCount(rows(page), 1, 'only Kiruna listed');
  await page.getByRole('button', { name: 'Bara kartans område' }).click();
  await heading(page, 6).waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test('area incidents at one place share a ring with their count; its popup lists them all', async () => {
  const gavle = { precision: 'area', area: 'Gävle' };
  writeFeed([...INCIDENTS.filter((f) => f.properties.id !== 'f5'),
    feature('f5', 'Strömavbrott i Gävle', 17.14, 60.67, { ...gavle, category: 'El' }),
    feature('f9', 'Översvämning i Gävle', 17.14, 60.67, { ...gavle, category: 'Vatten' }),
    feature('f10', 'Rån i Gävle', 17.14, 60.67, { ...gavle, category: 'Rån' })]);
  const { context, page, errors } = await openMap();
  await heading(page, 8).waitFor();
  await expectLayers(page, 8, 'every placed incident is on the map');
  await expectCount(page.locator('.map-host .incident-place'), 2, 'Gävle\'s three share one ring; Falun has its own');
  const ring = page.locator('.map-host').getByRole('button', { name: 'Gävle: 3 händelser' });
  await ring.waitFor();
  assert.equal(await ring.textContent(), '3', 'the count is on the ring');
  await ring.click();
  // The newest there first, in full, and the others as choices.
  const popup = page.locator('.incident-popup');
  await popup.filter({ hasText: 'Gävle: 3 händelser' }).filter({ hasText: 'Strömavbrott i Gävle' }).waitFor();
  await rows(page).and(page.locator('[aria-current="page"]')).filter({ hasText: /^Strömavbrott i Gävle$/ }).waitFor();
  await expectCount(popup.getByRole('button'), 2, 'the two others are listed');
  await popup.getByRole('button', { name: 'Rån i Gävle' }).click();
  await rows(page).and(page.locator('[aria-current="page"]')).filter({ hasText: /^Rån i Gävle$/ }).waitFor();
  await eventually(() => popup.locator('strong').textContent(), (t) => t === 'Rån i Gävle', 'the popup tells the chosen one');
  await expectCount(popup.getByRole('button', { name: 'Strömavbrott i Gävle' }), 1, 'and lists the one shown before');
  await saveScreenshot(page, 'map-place-popup');
  // From the list: another incident at the place opens the same ring's popup on that one.
  await rows(page).filter({ hasText: /^Översvämning i Gävle$/ }).click();
  await eventually(() => popup.locator('strong').textContent(), (t) => t === 'Översvämning i Gävle', 'chosen in the list');
  assert.deepEqual(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id)), []);
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  writeFeed(INCIDENTS);
});

test('feed text is shown literally and never runs', async () => {
  writeFeed([feature('x1', '<img src=x onerror="window.__xss=1">', 18.06, 59.33, {
    summary: '<script>window.__xss=2</script><b>fet</b>', source: '<svg onload="window.__xss=3">',
    url: 'javascript:window.__xss=4' })]);
  const { context, page, errors } = await openMap();
  const row = page.getByRole('button', { name: '<img src=x onerror="window.__xss=1">' }).first();
  await row.waitFor();
  await row.click();
  const popup = page.locator('.leaflet-popup-content');
  await popup.filter({ hasText: '<script>window.__xss=2</script><b>fet</b>' }).waitFor();
  await popup.filter({ hasText: '<img src=x onerror="window.__xss=1">' }).waitFor();
  await expectCount(popup.locator('img, script, svg, b, a'), 0, 'no element made from feed text');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing ran');
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  writeFeed(INCIDENTS);
});

test('when the endpoint fails the last good incidents stay and the banner says since when', async () => {
  const { context, page, errors } = await openMap();
  await heading(page, 6).waitFor();
  await page.route('**/api/incidents', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await poll(page);
  const stale = page.getByRole('status').filter({ hasText: /^Inaktuell sedan \d\d:\d\d: HTTP 500\./ });
  await stale.waitFor();
  await expectCount(rows(page), 6, 'the last good incidents stay');
  await expectLayers(page, 6, 'and stay on the map');
  // A body that is not a feed is no better: still stale, nothing lost.
  await page.unroute('**/api/incidents');
  await page.route('**/api/incidents', (route) => route.fulfill({ status: 200, body: '<html>502</html>' }));
  await poll(page);
  await page.getByRole('status').filter({ hasText: /an HTML or XML page/ }).waitFor();
  await expectCount(rows(page), 6, 'an HTML page replaces nothing');
  // A source that sends items but none that can be read is broken, not quiet: refused whole.
  await page.unroute('**/api/incidents');
  const unreadable = [{ name: 42 }, { datetime: 5 }, { location: 'Solna' }, { summary: [] }]
    .map((wrong, i) => ({ id: i + 1, datetime: '2026-12-03 7:32:06 +01:00', name: 'Brand', summary: 's',
      url: '/x', type: 'Brand', location: { name: 'Solna', gps: '59.36,18.0' }, ...wrong }));
  await page.route('**/api/incidents', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(unreadable) }));
  await poll(page);
  await page.getByRole('status')
    .filter({ hasText: /^Inaktuell sedan \d\d:\d\d: .*none of its 4 items could be read \(first: \/0: name: expected a string/ })
    .waitFor();
  await heading(page, 6).waitFor();
  await expectCount(rows(page), 6, 'an all-invalid feed replaces nothing');
  await expectLayers(page, 6, 'an all-invalid feed removes nothing from the map');
  await saveScreenshot(page, 'map-all-invalid-feed');
  // 100,000 levels of nesting would crash nlohmann in wasm: refused before parsing, app alive.
  await page.unroute('**/api/incidents');
  await page.route('**/api/incidents', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: '['.repeat(100000) + ']'.repeat(100000) }));
  await poll(page);
  await page.getByRole('status').filter({ hasText: /line 1, column 65: nested deeper than 64 levels/ }).waitFor();
  await expectCount(rows(page), 6, 'a deeply nested body replaces nothing');
  assert.equal(await page.evaluate(() => window.beredd.failure), null, 'the app is still running');
  await page.unroute('**/api/incidents');
  await poll(page);
  await page.getByRole('status').filter({ hasText: /^Uppdaterad \d\d:\d\d$/ }).waitFor();
  assert.deepEqual(unexpected(errors).filter((e) => !e.includes('500')), []);
  await context.close();
});

test('near me uses the position the user allows, and says so when it is refused', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/map', before: offlineTiles, permissions: ['geolocation'],
    geolocation: { latitude: 55.59, longitude: 13.0 },  // Malmö
  });
  await heading(page, 6).waitFor();
  await page.getByRole('button', { name: 'Nära mig (25 km)' }).click();
  await heading(page, 1).waitFor();
  await rows(page).filter({ hasText: /^Brand i Malmö$/ }).and(page.locator('[aria-description*="· 1 km bort ·"]')).waitFor();
  await expectCount(rows(page), 1, 'only Malmö is near');
  await page.getByRole('button', { name: 'Nära mig (25 km)' }).click();
  await heading(page, 6).waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();

  const denied = await openMap();  // no permission granted: the browser refuses
  await denied.page.getByRole('button', { name: 'Nära mig (25 km)' }).click();
  await denied.page.getByRole('status').filter({ hasText: 'Nära mig behöver din position' }).waitFor();
  await heading(denied.page, 6).waitFor();
  await denied.context.close();
});

test('on a phone the map sits above the list', async () => {
  const { context, page, errors } = await openMap({ width: 390, height: 844 });
  await heading(page, 6).waitFor();
  const map = await page.locator('.map-host').boundingBox();
  const first = await rows(page).first().boundingBox();
  assert.ok(map.y + map.height <= first.y, `map above the list (${JSON.stringify(map)} ${JSON.stringify(first)})`);
  await saveScreenshot(page, 'map-phone');
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test('the demo feed shows a new incident arriving within a minute', async () => {
  const demo = await startServer();
  try {
    const { context, page } = await openMap({ width: 1280, height: 800 }, demo.url);
    const names = async () => new Set(await rows(page).evaluateAll((els) => els.map((e) => e.textContent)));
    const first = await names();
    assert.ok(first.size >= 10);
    const deadline = Date.now() + 60000;
    let fresh = [];
    while (fresh.length === 0 && Date.now() < deadline) {
      await page.waitForTimeout(5000);
      await poll(page);
      await waitForIdle(page);
      fresh = [...await names()].filter((name) => !first.has(name));
    }
    assert.ok(fresh.length >= 1, 'a new incident arrived');
    await context.close();
  } finally {
    await demo.stop();
  }
});
