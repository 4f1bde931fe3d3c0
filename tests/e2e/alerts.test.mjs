// Alerts on every screen: a VMA from a CAP feed (Sveriges Radio's shape) shows in the bar under
// the numbers on the start, preparedness and drill screens (there marked as real, not the
// exercise), never its exercise twin; a tap shows it on the map. The feed is polled on any
// screen: an Update replaces the text where the visitor is, a poll that changes nothing draws
// no frame, and a Cancel shows "VMA upphävt" with its time until closed. On a kiosk a VMA
// interrupts the attract loop.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { cap, ISO, writeCapFeed } from './cap_feed.mjs';
import {
  eventually, launchBrowser, openApp, pollFeedAndWait, saveScreenshot, startServer, waitForAsync, waitForIdle,
} from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'beredd-alerts-'));
const feedFile = join(dir, 'feed.json');
let server; let browser;

const SENT = Date.now() - 10 * 60000;
const REF = `sr.se,SR-1,${ISO(SENT)}`;

const VMA = cap('SR-1', 'Alert', SENT, 'Brand i Örebro');
const EXERCISE = cap('SR-9', 'Alert', SENT, 'Övningslarm i Örebro', { status: 'Exercise' });
const UPDATE = cap('SR-1b', 'Update', SENT + 60000, 'Brand i Örebro: rök mot centrum', { references: REF });
const CANCEL = { ...cap('SR-1c', 'Cancel', SENT + 120000, ''), references: `${REF} sr.se,SR-1b,${ISO(SENT + 60000)}` };
const writeFeed = (alerts) => writeCapFeed(feedFile, alerts);

before(async () => {
  writeFeed([VMA, EXERCISE]);
  server = await startServer(['--feed-file', feedFile]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
const alertButton = (page, name) => page.getByRole('banner').getByRole('button', { name, exact: true });
test('a VMA shows on every screen, opens on the map, follows updates and says when it is cancelled', async () => {
  writeFeed([VMA, EXERCISE]);
  const { context, page, errors } = await openApp(browser, server.url, {
    viewport: { width: 390, height: 844 }, before: offlineTiles,
  });
  await alertButton(page, 'VMA: Brand i Örebro').waitFor();
  assert.equal(await page.getByRole('button', { name: /Övningslarm/ }).count(), 0, 'an exercise never shows');
  const card = alertButton(page, 'VMA: Brand i Örebro');
  assert.match(await card.getAttribute('aria-description'), /^Örebro kommun · utfärdat \d{4}-\d\d-\d\d \d\d:\d\d · Sveriges Radio\nGör så här: Gå inomhus/);
  await waitForIdle(page);
  await saveScreenshot(page, 'alert-home-phone');
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'the start screen with an alert');

  for (const hash of ['#/prepare', '#/cpr']) {
    await page.evaluate((h) => { window.location.hash = h; }, hash);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Beredd' }).waitFor();
    await alertButton(page, 'VMA: Brand i Örebro').waitFor();
  }
  // A drill screen: the real alert says it is not the exercise.
  await page.evaluate(() => { window.location.hash = '#/drill'; });
  await alertButton(page, 'VERKLIGT LARM – INTE ÖVNINGEN. VMA: Brand i Örebro').waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'alert-drill-phone');

  // The feed is polled here too: an Update replaces the text without leaving the screen.
  await page.evaluate(() => { window.location.hash = '#/prepare'; });
  await page.getByRole('heading', { level: 1, name: 'Hemberedskap' }).waitFor();
  writeFeed([VMA, UPDATE, EXERCISE]);
  await pollFeedAndWait(page);
  await alertButton(page, 'VMA: Brand i Örebro: rök mot centrum').waitFor();
  // A poll that changes nothing draws nothing.
  await waitForIdle(page);
  const frames = await page.evaluate(() => window.beredd.frames);
  await pollFeedAndWait(page);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.beredd.frames), frames, 'an unchanged poll is not a frame');

  // One tap: the alert on the map, chosen in the list.
  await alertButton(page, 'VMA: Brand i Örebro: rök mot centrum').click();
  await waitForAsync(page, () => window.location.hash === '#/map', null, { why: 'the map opened' });
  await page.getByRole('main').getByRole('button', { name: /^Brand i Örebro: rök mot centrum/ }).first().waitFor();
  await eventually(() => page.getByRole('main').locator('[aria-current="page"]').allTextContents(),
    (texts) => texts.some((t) => t.startsWith('Brand i Örebro: rök mot centrum')), 'the alert chosen in the list');
  // Its details: the map's popup says what to do, as the bar did.
  const popup = page.locator('.incident-popup');
  await popup.waitFor();
  assert.match(await popup.textContent(), /Gör så här: Gå inomhus och stäng dörrar, fönster och ventilation\./);
  await waitForIdle(page);
  await saveScreenshot(page, 'alert-detail-phone');

  // Cancelled: gone from the bar, "VMA upphävt" with its time until closed.
  await page.evaluate(() => { window.location.hash = '#/'; });
  writeFeed([VMA, UPDATE, CANCEL, EXERCISE]);
  await pollFeedAndWait(page);
  const notice = page.getByRole('banner').getByText(/^VMA upphävt \d{4}-\d\d-\d\d \d\d:\d\d: Brand i Örebro: rök mot centrum$/);
  await notice.waitFor();
  assert.equal(await alertButton(page, 'VMA: Brand i Örebro: rök mot centrum').count(), 0);
  await waitForIdle(page);
  await saveScreenshot(page, 'alert-cancelled-phone');
  await page.getByRole('banner').getByRole('button', { name: /^Stäng: VMA upphävt/ }).click();
  await notice.waitFor({ state: 'detached' });
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('on a kiosk a VMA interrupts the attract loop', async () => {
  writeFeed([]);
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '?kiosk=1', viewport: { width: 1080, height: 1920 }, hasTouch: true, before: offlineTiles,
  });
  const start = page.getByRole('button', { name: 'Tryck för att börja' });
  await start.waitFor();
  writeFeed([VMA]);
  await pollFeedAndWait(page);
  await alertButton(page, 'VMA: Brand i Örebro').waitFor();
  await start.waitFor({ state: 'detached' });
  await waitForIdle(page);
  await saveScreenshot(page, 'alert-kiosk');
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});
