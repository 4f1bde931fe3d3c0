// 20,000 exact spots on the map (web/shell/point_layer.js, supercluster): only what is in view
// becomes DOM, clusters are buttons named by their count that zoom in, a spot chosen in the list
// is shown alone with its popup, and a poll that changes a tenth of them keeps the map in step.
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeViolations, eventually, launchBrowser, openApp, saveScreenshot, startServer,
} from './helpers.mjs';

const COUNT = 20000;
const dir = mkdtempSync(join(tmpdir(), 'beredd-map-clusters-'));
const feedFile = join(dir, 'feed.json');
let server; let browser;

// Spread over southern Sweden on a fixed grid (no two on one spot), newest first: "Punkt 1" is
// the list's first row.
function spot(i, now, title = `Punkt ${i + 1}`) {
  const lon = 12 + (i % 200) * 0.04;
  const lat = 55.5 + Math.floor(i / 200) * 0.04;
  return {
    type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id: `p${i + 1}`, title, category: 'Test', area: 'Testort',
      time: new Date(now - 60000 - i * 1000).toISOString(), source: 'Testkälla' },
  };
}

function writeFeed(features) {
  writeFileSync(`${feedFile}.tmp`, JSON.stringify({ type: 'FeatureCollection', features }));
  renameSync(`${feedFile}.tmp`, feedFile);
}

const now = Date.now();
const SPOTS = Array.from({ length: COUNT }, (_, i) => spot(i, now));

before(async () => {
  writeFeed(SPOTS);
  server = await startServer(['--feed-file', feedFile]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
const markers = (page) => page.locator('.map-host .leaflet-marker-icon');
const clusters = (page) => page.locator('.map-host').getByRole('button', { name: /^\d+ händelser här, zooma in$/ });
const rows = (page) => page.getByRole('main').getByRole('button').and(page.locator('[aria-description]'));
const zoom = (page) => page.evaluate(() => window.beredd.mapZoom());

const clusterOf = (page, count) => page.locator('.map-host')
  .getByRole('button', { name: `${count} händelser här, zooma in`, exact: true });

// The map with the feed written, once its `count` spots are all on it.
async function openMap(count = COUNT) {
  const opened = await openApp(browser, server.url, { hash: '#/map', before: offlineTiles, serviceWorkers: 'block' });
  await opened.page.getByRole('heading', { name: `Händelser (${count})` }).waitFor({ timeout: 30000 });
  await eventually(() => opened.page.evaluate(() => window.beredd.mapLayerCount()), (n) => n === count,
    'every spot is on the map');
  await clusters(opened.page).first().waitFor();
  return opened;
}

// The clusters' counts (from their names: the icon says 999+ above that) and the lone pins in
// view add up to the spots in view.
const spotsShown = (page) => page.evaluate(() => {
  let total = 0;
  for (const icon of document.querySelectorAll('.map-host .leaflet-marker-icon')) {
    total += icon.classList.contains('incident-cluster') ? Number.parseInt(icon.title, 10) : 1;
  }
  return total;
});

test('20,000 spots: a few clusters in the DOM, named buttons that zoom in where they split', async () => {
  const { context, page, errors } = await openMap();
  const shown = await markers(page).count();
  assert.ok(shown > 0 && shown < 300, `clusters for what is in view, not a marker per spot: ${shown}`);
  // Every spot is counted once: the whole grid is in view at Sweden's zoom.
  await eventually(() => spotsShown(page), (n) => n === COUNT, 'the clusters\' counts add up to every spot');
  assert.deepEqual(await axeViolations(page), []);
  await saveScreenshot(page, 'map-clusters');

  const before = await zoom(page);
  const cluster = clusters(page).first();
  const name = await cluster.getAttribute('title');
  await cluster.click();
  await eventually(() => zoom(page), (z) => z > before, `clicking "${name}" zooms in`);
  await eventually(() => markers(page).count(), (n) => n > 0 && n < 300, 'still only what is in view');
  assert.deepEqual(unexpected(errors), []);
  await context.close();
});

test('a spot chosen in the list is shown alone with its popup; a 10 % poll keeps the map in step', async () => {
  const { context, page, errors } = await openMap();
  const popup = page.locator('.leaflet-popup-content');
  await rows(page).filter({ hasText: /^Punkt 1$/ }).click();
  await popup.filter({ hasText: 'Punkt 1' }).filter({ hasText: 'Källa: Testkälla' }).waitFor();
  // The popup is as wide as its texts (up to 260 px): none of these short lines wraps.
  const linesOfEach = await popup.locator('p').evaluateAll((paragraphs) => paragraphs.map((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    return `${p.textContent}: ${range.getClientRects().length}`;
  }));
  assert.deepEqual(linesOfEach, ['Test · Testort: 1', 'Källa: Testkälla: 1']);
  const pin = page.locator('.map-host').getByRole('button', { name: 'Punkt 1', exact: true });
  await pin.waitFor();
  assert.ok(await zoom(page) > 6, 'zoomed in to where the spot stands alone');
  await saveScreenshot(page, 'map-cluster-spot');

  // A tenth changes: 1,000 renamed, 500 gone, 500 new; Punkt 1 is renamed while its popup is open.
  const next = SPOTS.slice(500).map((f, i) => (i < 1000 ? spot(500 + i, now, `Ändrad ${501 + i}`) : f));
  next.unshift(spot(0, now, 'Punkt 1, ändrad'));
  for (let i = 0; i < 499; i++) next.push(spot(COUNT + i, now));
  writeFeed(next);
  await page.evaluate(() => window.beredd.feedPollers.pollNow());
  await page.getByRole('heading', { name: `Händelser (${COUNT})` }).waitFor();
  await eventually(() => page.evaluate(() => window.beredd.mapLayerCount()), (n) => n === COUNT, 'every spot still on the map');
  await popup.filter({ hasText: 'Punkt 1, ändrad' }).waitFor();
  await page.locator('.map-host').getByRole('button', { name: 'Punkt 1, ändrad', exact: true }).waitFor();
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  writeFeed(SPOTS);
});

test('a poll that leaves a cluster alone keeps its marker, and the keyboard focus on it', async () => {
  // Two groups far apart, one cluster each at Sweden's zoom that splits a few zooms in: 120
  // spots near Malmö, 80 near Luleå. The poll removes Malmö's first spot, which renumbers every
  // cluster in supercluster.
  const group = (count, first, lon, lat) => Array.from({ length: count }, (_, i) => {
    const feature = spot(first + i, now);
    feature.geometry.coordinates = [lon + (i % 10) * 0.05, lat + Math.floor(i / 10) * 0.025];
    return feature;
  });
  const malmo = group(120, 0, 13.0, 55.6);
  const lulea = group(80, 120, 22.1, 65.5);
  writeFeed([...malmo, ...lulea]);
  const { context, page, errors } = await openMap(200);
  await clusterOf(page, 120).waitFor();
  const luleaCluster = await clusterOf(page, 80).elementHandle();
  await luleaCluster.focus();
  assert.equal(await luleaCluster.evaluate((el) => document.activeElement === el), true);

  writeFeed([...malmo.slice(1), ...lulea]);
  await page.evaluate(() => window.beredd.feedPollers.pollNow());
  await page.getByRole('heading', { name: 'Händelser (199)' }).waitFor();
  await clusterOf(page, 119).waitFor();
  assert.equal(await luleaCluster.evaluate((el) => el.isConnected && document.activeElement === el), true,
    'the Luleå cluster is the same button, still focused');
  // It zooms in to where its own spots, as numbered after the poll, split.
  const before = await zoom(page);
  await clusterOf(page, 80).click();
  await eventually(() => zoom(page), (z) => z > before, 'clicking the kept cluster zooms in');
  await eventually(() => markers(page).count(), (n) => n > 1, 'the Luleå cluster splits');
  await eventually(() => spotsShown(page), (n) => n === 80, 'the Luleå spots, and only they, are in view');
  assert.deepEqual(unexpected(errors), []);
  await context.close();
  writeFeed(SPOTS);
});
