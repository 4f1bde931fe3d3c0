// Several sources at once, in Chromium: serve.py serves a VMA feed and an SMHI feed from files
// (--feed-file vma=... smhi=...), and the served pack lists both (feed.sources). Both sources'
// alerts take the bar; when the SMHI file goes (503), only SMHI is marked stale on the map, its
// last warnings stay, and the VMA source goes on: a new VMA still arrives.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cap, writeCapFeed } from './cap_feed.mjs';
import {
  REPO, eventually, launchBrowser, openApp, pollFeedAndWait, saveScreenshot, startServer, waitForIdle,
} from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'beredd-sources-'));
const vmaFile = join(dir, 'vma.json');
const smhiFile = join(dir, 'smhi.json');
// What the built-in pack polls until the served pack, which lists the two sources, arrives.
const startFile = join(dir, 'start.json');
let server; let browser;

const NOW = Date.now();
const VMA = cap('SR-1', 'Alert', NOW - 10 * 60000, 'Brand i Örebro');
const LATER_VMA = cap('SR-2', 'Alert', NOW - 5 * 60000, 'Gasläcka i Örebro');

// One orange SMHI warning for Gotland that applies from an hour ago for a day.
const smhiWarning = () => [{
  id: 4001, event: { sv: 'Vind', en: 'Wind', code: 'WIND' },
  warningAreas: [{
    id: 10012, published: new Date(NOW - 3600000).toISOString(),
    approximateStart: new Date(NOW - 3600000).toISOString(), approximateEnd: new Date(NOW + 86400000).toISOString(),
    areaName: { sv: 'Gotland', en: 'Gotland' },
    warningLevel: { sv: 'Orange', en: 'Orange', code: 'ORANGE' },
    eventDescription: { sv: 'Mycket kraftig vind', en: 'Very strong wind', code: 'WIND' },
    affectedAreas: [{ id: 9, sv: 'Gotlands län', en: 'Gotland County' }],
    descriptions: [{ title: { sv: 'Händelsebeskrivning', en: 'Description', code: 'INCIDENT' },
      text: { sv: 'Vindbyar upp till 30 m/s.', en: 'Gusts of up to 30 m/s.' } }],
    area: { type: 'Feature', geometry: { type: 'Polygon',
      coordinates: [[[18.1, 56.9], [19.0, 56.9], [19.0, 57.9], [18.1, 57.9], [18.1, 56.9]]] } },
  }],
}];

const pack = JSON.parse(readFileSync(join(REPO, 'content/sv.json'), 'utf8'));
pack.feed = { ...pack.feed, sources: [
  { id: 'vma', name: 'Sveriges Radio (VMA)', endpoint: '/api/feeds/vma' },
  { id: 'smhi', name: 'SMHI', endpoint: '/api/feeds/smhi' },
] };

before(async () => {
  writeCapFeed(vmaFile, [VMA]);
  writeFileSync(smhiFile, JSON.stringify(smhiWarning()));
  writeFileSync(startFile, JSON.stringify({ type: 'FeatureCollection', features: [] }));
  server = await startServer(['--feed-file', startFile, '--feed-file', `vma=${vmaFile}`, '--feed-file', `smhi=${smhiFile}`]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT') &&
  !e.includes('503 (Service Unavailable)'));  // the SMHI file removed on purpose
const inBar = (page, name) => page.getByRole('banner').getByRole('button', { name, exact: true });

test('one failing source is marked stale alone and the other goes on', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/map', before: async (p) => {
      await p.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
      await p.route('**/content/sv.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
    },
  });
  await inBar(page, 'VMA: Brand i Örebro').waitFor();
  await inBar(page, 'Orange varning: Mycket kraftig vind').waitFor();
  const main = page.getByRole('main');
  await main.getByRole('status').filter({ hasText: /^Sveriges Radio \(VMA\): Uppdaterad \d\d:\d\d$/ }).waitFor();
  await main.getByRole('status').filter({ hasText: /^SMHI: Uppdaterad \d\d:\d\d$/ }).waitFor();
  // Each item says where it came from.
  const warning = main.getByRole('button', { name: /^Orange varning: Mycket kraftig vind/ }).first();
  assert.match(await warning.getAttribute('aria-description'), /Källa: SMHI/);

  // The SMHI file goes: only SMHI is stale, its warning stays.
  rmSync(smhiFile);
  await page.evaluate(() => window.beredd.feedPollers.pollNow());
  await main.getByRole('status').filter({ hasText: /^SMHI: Inaktuell sedan \d\d:\d\d: HTTP 503\./ }).waitFor();
  assert.equal(await main.getByRole('status').filter({ hasText: /^Sveriges Radio \(VMA\): Inaktuell/ }).count(), 0,
    'the VMA source is not marked stale');
  await inBar(page, 'Orange varning: Mycket kraftig vind').waitFor();

  // The VMA source goes on: a new alert arrives while SMHI still fails.
  writeCapFeed(vmaFile, [VMA, LATER_VMA]);
  await pollFeedAndWait(page);
  await inBar(page, 'VMA: Gasläcka i Örebro').waitFor();
  await eventually(() => main.getByRole('status').filter({ hasText: /^SMHI: Inaktuell/ }).count(), (n) => n === 1,
    'SMHI still marked stale');
  await waitForIdle(page);
  await saveScreenshot(page, 'sources-one-stale');
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});
