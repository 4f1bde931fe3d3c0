// A list of 10,000 incidents through the mirror: only the rows near those in view are in the
// DOM, each an item of a named list saying its place (aria-posinset of aria-setsize); keyboard
// focus reaches the 10,000th row and comes back; printing puts every row in the page.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeViolations, eventually, launchBrowser, openApp, saveScreenshot, startServer, waitForAsync,
} from './helpers.mjs';

const COUNT = 10000;
const dir = mkdtempSync(join(tmpdir(), 'beredd-long-list-'));
const feedFile = join(dir, 'feed.json');
let server; let browser;

// Newest first, a second apart, in 20 places (as Police events sit on municipalities): "Händelse
// 1" is at the top, "Händelse 10000" at the bottom.
function features() {
  const now = Date.now();
  return Array.from({ length: COUNT }, (_, i) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [13 + (i % 20) * 0.4, 56 + (i % 20) * 0.6] },
    properties: { id: `n${i + 1}`, title: `Händelse ${i + 1}`, category: 'Test', area: 'Testort', precision: 'area',
      time: new Date(now - 60000 - i * 1000).toISOString(), source: 'Testkälla' },
  }));
}

before(async () => {
  writeFileSync(feedFile, JSON.stringify({ type: 'FeatureCollection', features: features() }));
  server = await startServer(['--feed-file', feedFile]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
const list = (page) => page.getByRole('list', { name: `Händelser (${COUNT})` });

// The focused row: its name, its place and whether the app drew it (not a 1 px strip).
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  const item = element?.parentElement;
  return { name: element?.textContent, position: Number(item?.getAttribute('aria-posinset')),
    size: Number(item?.getAttribute('aria-setsize')), role: item?.getAttribute('role'),
    drawn: element?.getBoundingClientRect().height > 1 };
});

async function openList() {
  const opened = await openApp(browser, server.url, { hash: '#/map', before: offlineTiles, serviceWorkers: 'block' });
  // The list has no box of its own (its rows are placed one by one): attached, not "visible".
  await list(opened.page).waitFor({ state: 'attached', timeout: 30000 });
  return opened;
}

test('only the rows near those in view are in the DOM, and keyboard focus reaches the 10,000th', async () => {
  const { context, page, errors } = await openList();
  const items = list(page).getByRole('listitem');
  const inDom = await items.count();
  assert.ok(inDom > 25 && inDom < 80, `the rows in view and a margin, not ${COUNT}: ${inDom}`);
  const first = items.first();
  assert.equal(await first.getAttribute('aria-posinset'), '1');
  assert.equal(await first.getAttribute('aria-setsize'), String(COUNT));

  await first.getByRole('button').focus();
  await page.keyboard.press('End');
  await eventually(() => focused(page), (f) => f.position === COUNT && f.drawn,
    'End moves focus to the last row, drawn in view');
  const last = await focused(page);
  assert.deepEqual(last, { name: `Händelse ${COUNT}`, position: COUNT, size: COUNT, role: 'listitem', drawn: true });
  await saveScreenshot(page, 'long-list-last-row');
  // From there, the arrows and Tab go on as in any list.
  await page.keyboard.press('ArrowUp');
  await eventually(() => focused(page), (f) => f.name === `Händelse ${COUNT - 1}` && f.position === COUNT - 1, 'up one');
  await page.keyboard.press('PageUp');
  await eventually(() => focused(page), (f) => f.name === `Händelse ${COUNT - 11}` && f.drawn, 'up a page');
  await page.keyboard.press('Tab');
  await eventually(() => focused(page), (f) => f.name === `Händelse ${COUNT - 10}` && f.drawn, 'Tab to the next row');
  // Enter selects it, as a click would.
  await page.keyboard.press('Enter');
  await page.locator(`[aria-current="page"]`).filter({ hasText: `Händelse ${COUNT - 10}` }).waitFor();
  await page.keyboard.press('Home');
  await eventually(() => focused(page), (f) => f.name === 'Händelse 1' && f.position === 1 && f.drawn, 'Home: the first row');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT')), []);
  await context.close();
});

test('printing the list puts every row in the page, and afterwards only those near the view', async () => {
  const { context, page, errors } = await openList();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await waitForAsync(page, (count) => document.querySelectorAll('#mirror [role=listitem]').length === count, COUNT,
    { why: 'every row in the page while printing' });
  const lastItem = list(page).getByRole('listitem').last();
  assert.equal(await lastItem.getAttribute('aria-posinset'), String(COUNT));
  assert.equal(await lastItem.textContent(), `Händelse ${COUNT}`);
  assert.ok(await lastItem.isVisible(), 'printed, not hidden like other buttons');
  await saveScreenshot(page, 'long-list-print');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await waitForAsync(page, () => document.querySelectorAll('#mirror [role=listitem]').length < 80, undefined,
    { why: 'back to the rows near the view' });
  assert.deepEqual(errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT')), []);
  await context.close();
});
