// "Mina platser" in Chromium: a municipality found by typing and saved (kept across a reload);
// then its VMA takes the alert bar on the CPR and drill screens while one for another place
// stays on the map behind a link; a new alert for the place is read out at once (role=alert),
// shown as a notification while the tab is hidden (when chosen), and sounds (when chosen); an
// exercise never shows, and a Cancel removes it.
//
// Chromium cannot show a notification headless, and a test cannot hide its tab: an init script
// puts a recording Notification class and a switchable document.visibilityState in their place,
// so what is checked is what the app asks of the browser.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cap, ISO, KIRUNA, writeCapFeed } from './cap_feed.mjs';
import {
  axeViolations, eventually, launchBrowser, openApp, pollFeedAndWait, press, saveScreenshot, startServer,
  type, waitForAsync, waitForIdle,
} from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'beredd-places-'));
const feedFile = join(dir, 'feed.json');
let server; let browser;

const SENT = Date.now() - 10 * 60000;
const OREBRO_VMA = cap('SR-1', 'Alert', SENT, 'Brand i Örebro');
const KIRUNA_VMA = cap('SR-2', 'Alert', SENT, 'Ras i Kiruna', { area: KIRUNA });
const EXERCISE = cap('SR-9', 'Alert', SENT, 'Övningslarm i Örebro', { status: 'Exercise' });
const GAS = cap('SR-3', 'Alert', SENT + 60000, 'Gasläcka i Örebro');
const KIRUNA_LATER = cap('SR-4', 'Alert', SENT + 60000, 'Skogsbrand vid Kiruna', { area: KIRUNA });
const CANCEL_GAS = { ...cap('SR-3c', 'Cancel', SENT + 120000, ''), references: `sr.se,SR-3,${ISO(SENT + 60000)}` };
const writeFeed = (alerts) => writeCapFeed(feedFile, alerts);

before(async () => {
  writeFeed([OREBRO_VMA, KIRUNA_VMA, EXERCISE]);
  server = await startServer(['--feed-file', feedFile]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
const inBar = (page, name) => page.getByRole('banner').getByRole('button', { name, exact: true });
const announcement = (page) => page.getByRole('alert').filter({ hasText: /VMA/ });

async function fakeNotificationsAndVisibility(page) {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
  await page.addInitScript(() => {
    window.testNotifications = [];
    window.testHidden = false;
    // The browser keeps a granted permission across reloads; so does this stand-in.
    class RecordingNotification {
      static get permission() { return sessionStorage.getItem('test-permission') ?? 'default'; }
      static requestPermission() {
        sessionStorage.setItem('test-permission', 'granted');
        return Promise.resolve('granted');
      }
      constructor(title, options) { window.testNotifications.push({ title, ...options }); }
      close() {}
    }
    window.Notification = RecordingNotification;
    Object.defineProperty(Document.prototype, 'visibilityState', {
      configurable: true, get: () => (window.testHidden ? 'hidden' : 'visible'),
    });
  });
}

test('a saved place takes the alert bar on every screen and a new alert for it is announced', async () => {
  writeFeed([OREBRO_VMA, KIRUNA_VMA, EXERCISE]);
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/places', viewport: { width: 390, height: 844 }, before: fakeNotificationsAndVisibility,
  });
  // No place yet: every alert is in the bar.
  await inBar(page, 'VMA: Ras i Kiruna').waitFor();
  await inBar(page, 'VMA: Brand i Örebro').waitFor();

  await type(page, 'Sök kommun', 'öre');
  await press(page, 'Lägg till Örebro kommun');
  await page.getByRole('button', { name: 'Ta bort Örebro kommun', exact: true }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Sök kommun' }).inputValue(), '', 'the search is emptied');
  // Kiruna's alert leaves the bar for the map, one link away.
  await inBar(page, 'Varningar för andra platser: 1 – visa på kartan').waitFor();
  await inBar(page, 'VMA: Ras i Kiruna').waitFor({ state: 'detached' });
  await inBar(page, 'VMA: Brand i Örebro').waitFor();
  assert.equal(await page.getByRole('button', { name: /Övningslarm/ }).count(), 0, 'an exercise never shows');

  // Notification and sound, each by the visitor's own tap.
  const notify = page.getByRole('button', { name: 'Avisering när Beredd ligger i bakgrunden' });
  await press(page, 'Avisering när Beredd ligger i bakgrunden');
  await eventually(() => notify.getAttribute('aria-pressed'), (v) => v === 'true', 'notifications on once granted');
  const sound = page.getByRole('button', { name: 'Ljudsignal vid ny varning' });
  await press(page, 'Ljudsignal vid ny varning');
  await eventually(() => sound.getAttribute('aria-pressed'), (v) => v === 'true', 'sound chosen');
  await waitForAsync(page, () => window.beredd.signalSample.playing, null, { why: 'the chosen sound played once' });
  await waitForIdle(page);
  await saveScreenshot(page, 'places-choices-phone');
  assert.deepEqual(await axeViolations(page), [], 'the places screen');

  // Kept in this browser.
  await page.reload();
  await page.getByRole('button', { name: 'Ta bort Örebro kommun', exact: true }).waitFor();
  await eventually(() => sound.getAttribute('aria-pressed'), (v) => v === 'true', 'the sound choice is kept');
  await eventually(() => notify.getAttribute('aria-pressed'), (v) => v === 'true', 'and notifications');
  await waitForIdle(page);
  await saveScreenshot(page, 'places-saved-phone');

  // The CPR and drill screens: Örebro's VMA in the bar, Kiruna's not.
  await page.evaluate(() => { window.location.hash = '#/cpr'; });
  await page.getByRole('heading', { level: 1, name: 'HLR' }).waitFor();
  await inBar(page, 'VMA: Brand i Örebro').waitFor();
  assert.equal(await inBar(page, 'VMA: Ras i Kiruna').count(), 0);
  await page.evaluate(() => { window.location.hash = '#/drill'; });
  await inBar(page, 'VERKLIGT LARM – INTE ÖVNINGEN. VMA: Brand i Örebro').waitFor();
  assert.equal(await inBar(page, 'VERKLIGT LARM – INTE ÖVNINGEN. VMA: Ras i Kiruna').count(), 0);
  await waitForIdle(page);
  await saveScreenshot(page, 'places-alert-drill-phone');

  // The tab is hidden; a new alert for Örebro comes, and one for Kiruna.
  await page.evaluate(() => { window.testHidden = true; });
  await waitForAsync(page, () => !window.beredd.signalSample.playing, null, { why: 'the first sound ended' });
  writeFeed([OREBRO_VMA, KIRUNA_VMA, GAS, KIRUNA_LATER, EXERCISE]);
  await pollFeedAndWait(page);
  await inBar(page, 'VERKLIGT LARM – INTE ÖVNINGEN. VMA: Gasläcka i Örebro').waitFor();
  await eventually(() => announcement(page).textContent(), (t) => t.includes('VMA: Gasläcka i Örebro. Örebro kommun'),
    'read out at once');
  assert.doesNotMatch(await announcement(page).textContent(), /Skogsbrand/, 'another place is not announced');
  const shown = await waitForAsync(page, () => window.testNotifications.length > 0 && window.testNotifications, null,
    { why: 'a notification while hidden' });
  assert.deepEqual(shown.map((n) => [n.title, n.tag]), [['VMA: Gasläcka i Örebro', 'SR-3']]);
  assert.match(shown[0].body, /^Örebro kommun\nGör så här: Gå inomhus/);
  await waitForAsync(page, () => window.beredd.signalSample.playing, null, { why: 'the new alert sounded' });
  await inBar(page, 'Varningar för andra platser: 2 – visa på kartan').waitFor();

  // Cancelled: gone from the bar, with "VMA upphävt".
  writeFeed([OREBRO_VMA, KIRUNA_VMA, GAS, CANCEL_GAS, KIRUNA_LATER]);
  await pollFeedAndWait(page);
  await inBar(page, 'VERKLIGT LARM – INTE ÖVNINGEN. VMA: Gasläcka i Örebro').waitFor({ state: 'detached' });
  await page.getByRole('banner').getByText(/^VMA upphävt \d{4}-\d\d-\d\d \d\d:\d\d: Gasläcka i Örebro$/).waitFor();

  // The link shows the other places' alerts on the map.
  await inBar(page, 'Varningar för andra platser: 2 – visa på kartan').click();
  await waitForAsync(page, () => window.location.hash === '#/map', null, { why: 'the map opened' });
  await page.getByRole('main').getByRole('button', { name: /^Skogsbrand vid Kiruna/ }).first().waitFor();
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('where I am now is asked only after a tap, and a refusal is explained', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/places', viewport: { width: 1280, height: 800 },
    before: async (p) => {
      await fakeNotificationsAndVisibility(p);
      await p.addInitScript(() => {
        window.testLocateCalls = 0;
        const answers = [
          (ok) => ok({ coords: { latitude: 67.8558, longitude: 20.2253, accuracy: 30 }, timestamp: Date.now() }),
          (ok, fail) => fail({ code: 1 }),
        ];
        navigator.geolocation.getCurrentPosition = (ok, fail) => answers[window.testLocateCalls++](ok, fail);
      });
    },
  });
  await page.getByRole('button', { name: 'Där jag är nu', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => window.testLocateCalls), 0, 'not asked before the tap');
  await press(page, 'Där jag är nu');
  await page.getByText('Kiruna kommun (där du var)', { exact: true }).waitFor();
  await press(page, 'Där jag är nu');
  await page.getByText(/^Webbläsaren får inte visa din position/).waitFor();
  assert.equal(await page.evaluate(() => window.testLocateCalls), 2);
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('a tab that opens hidden, with notifications on, polls the feed though it draws no frame', async () => {
  writeFeed([OREBRO_VMA]);
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await fakeNotificationsAndVisibility(page);
  await page.addInitScript(() => {
    // A background tab (a restored session): hidden from the start, and no animation frames.
    window.testHidden = true;
    window.requestAnimationFrame = () => 0;
    sessionStorage.setItem('test-permission', 'granted');
    localStorage.setItem('beredd.places', JSON.stringify({ version: 1, places: [], notify: true, sound: false }));
  });
  const polled = page.waitForRequest(/\/api\/incidents/, { timeout: 20000 });
  await page.goto(server.url);
  await polled;
  // The poll came without a frame: the feed does not wait for one in a hidden tab.
  assert.equal(await page.evaluate(() => window.beredd.frames), 0);
  assert.equal(await page.evaluate(() => window.beredd.ready), false);
  await context.close();
});
