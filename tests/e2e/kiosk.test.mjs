// Kiosk mode in the browser (?kiosk=1 with a short idle time): the attract screen, no tel: or
// outside links anywhere in the DOM or the mirror, the idle warning that a tap dismisses, the
// reset that wipes the session, and no reset while the CPR metronome runs. Screenshots of the
// attract screen and the warning at kiosk sizes.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  expectCount, launchBrowser, press, saveScreenshot, shareOfColour, startServer, waitForApp, waitForIdle, watchErrors,
  SWEDISH,
} from './helpers.mjs';

// 5 s without a touch resets; the warning covers the last 3 s. (Packs cannot go under 20 s of
// warning: ?idle and ?warning exist for tests and demonstrations.)
const IDLE_S = 5;
const KIOSK = `/?kiosk=1&idle=${IDLE_S}&warning=3`;
const PORTRAIT = { width: 1080, height: 1920 };
const ACCENT = [0x0b, 0x4f, 0x9c];  // buttons
const WHITE = [0xff, 0xff, 0xff];   // cards
const LANDSCAPE = { width: 1920, height: 1080 };
const CASH_EN = 'Cash in small denominations at home.';

const dir = mkdtempSync(join(tmpdir(), 'beredd-kiosk-'));
const feedFile = join(dir, 'feed.json');
let server; let browser;

before(async () => {
  // Incidents with links to their source pages: on a kiosk the popups must not link there.
  const features = [['k1', 'Brand i Malmö', 13.0, 55.6], ['k2', 'Trafikolycka i Umeå', 20.26, 63.83]]
    .map(([id, title, lon, lat]) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { id, title, summary: 'Sammanfattning', category: 'Brand', time: new Date().toISOString(),
        source: 'Testkälla', url: `https://polisen.se/aktuellt/handelser/${id}` },
    }));
  writeFileSync(feedFile, JSON.stringify({ type: 'FeatureCollection', features }));
  server = await startServer(['--feed-file', feedFile]);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
const startButton = (page) => page.getByRole('button', { name: 'Tryck för att börja' });
const warning = (page) => page.getByRole('heading', { name: 'Är du kvar?' });

async function openKiosk(viewport, query = KIOSK) {
  const context = await browser.newContext({ locale: SWEDISH, viewport, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await offlineTiles(page);
  await page.goto(server.url + query);
  await waitForApp(page);
  return { context, page, errors };
}

// Every link-like attribute in the document (the mirror is part of it): none may dial or leave.
async function outsideLinks(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const element of document.querySelectorAll('[href], [action], [formaction]')) {
      const value = element.getAttribute('href') ?? element.getAttribute('action') ?? element.getAttribute('formaction');
      const target = new URL(value, document.baseURI);
      if (target.protocol === 'tel:' || target.origin !== window.location.origin) {
        bad.push(`${element.localName}: ${value}`);
      }
    }
    return bad;
  });
}

test('the attract screen shows at kiosk sizes, and no element links to tel: or another origin', async () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
    const { context, page, errors } = await openKiosk(viewport);
    await assert.doesNotReject(startButton(page).waitFor());
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('kiosk')), true);
    assert.deepEqual(await outsideLinks(page), [], 'attract screen');
    // The numbers are text, with "call from your phone".
    await expectCount(page.getByRole('link'), 0, 'no link on a kiosk');
    await page.getByText('Ring från din mobil', { exact: true }).first().waitFor();
    await waitForIdle(page);
    const shot = await saveScreenshot(page, `kiosk-attract-${name}`);
    assert.ok(shot.image.width === viewport.width, 'screenshot at the kiosk size');
    // Drawn, not a blank canvas: the start button is blue, the slide's card white.
    assert.ok(shareOfColour(shot.image, await startButton(page).boundingBox(), ACCENT) > 0.5, 'start button drawn');
    const slide = await page.getByRole('button', { name: 'Viktiga nummer' }).boundingBox();
    assert.ok(shareOfColour(shot.image, slide, WHITE) > 0.2, 'slide drawn');
    // The slides rotate: the practice slide follows the numbers.
    await page.getByRole('button', { name: 'Testa HLR-träning' }).waitFor({ timeout: 12000 });
    await expectCount(page.getByRole('button', { name: 'Viktiga nummer' }), 0, 'the numbers slide has gone');
    await context.close();
    assert.deepEqual(unexpected(errors), []);
  }

  // Every screen a visitor can reach, with a map popup open: still no link out.
  const { context, page, errors } = await openKiosk(LANDSCAPE, '/?kiosk=1');
  await startButton(page).click();
  let onHome = true;  // the start button leads to the home screen
  for (const screen of ['Nödnummer', 'HLR', 'HLR-träning', 'Skolövning', 'Händelsekarta']) {
    if (!onHome) await page.getByRole('button', { name: 'Till start' }).click();
    onHome = false;
    await page.getByRole('button', { name: screen, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: screen }).waitFor();
    await waitForIdle(page);
    await expectCount(page.getByRole('textbox'), 0, `no text field needing a keyboard on ${screen}`);
    assert.deepEqual(await outsideLinks(page), [], screen);
  }
  await page.getByRole('button', { name: 'Brand i Malmö' }).last().click();
  await page.locator('.incident-popup').filter({ hasText: 'Brand i Malmö' }).first().waitFor();
  await expectCount(page.locator('.incident-popup a'), 0, 'no "read more" link in a kiosk popup');
  assert.deepEqual(await outsideLinks(page), [], 'map with a popup and its attribution');
  // Kiosk targets: the map's zoom buttons are as large as the rest.
  const zoom = await page.getByRole('button', { name: 'Zoom in' }).boundingBox();
  assert.ok(zoom.width >= 44 && zoom.height >= 44, `zoom button ${zoom.width}x${zoom.height}`);
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('the idle warning appears and a tap extends the session', async () => {
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
    const { context, page, errors } = await openKiosk(viewport);
    await startButton(page).click();
    await page.getByRole('button', { name: 'HLR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'HLR' }).waitFor();
    await warning(page).waitFor({ timeout: 5000 });
    const countdown = page.getByRole('status').filter({ hasText: /Skärmen startar om om [1-3] s/ });
    await countdown.waitFor();
    await waitForIdle(page, 300);
    const shot = await saveScreenshot(page, `kiosk-warning-${name}`);
    const button = await page.getByRole('button', { name: 'Fortsätt' }).boundingBox();
    assert.ok(shareOfColour(shot.image, button, ACCENT) > 0.5, 'the warning card is drawn over the dimmed screen');
    // A touch on the dimmed screen, anywhere (here over the countdown text), continues.
    const box = await countdown.boundingBox();
    await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
    await warning(page).waitFor({ state: 'detached', timeout: 3000 });
    await expectCount(page.getByRole('heading', { level: 1, name: 'HLR' }), 1, 'still on the same screen');
    await expectCount(startButton(page), 0, 'not reset');
    // And the button continues too.
    await warning(page).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await warning(page).waitFor({ state: 'detached', timeout: 3000 });
    await expectCount(page.getByRole('heading', { level: 1, name: 'HLR' }), 1, 'still on the same screen');
    await context.close();
    assert.deepEqual(unexpected(errors), []);
  }
});

test('without a tap the session is reset to the attract screen and its state is gone', async () => {
  // A longer idle time than the other tests: the visitor's steps below must all land before
  // the reset, also on a loaded machine (run 2 of a busy-core repeat once took over 5 s between
  // two of them, and the reset cleared the filter before it was checked).
  const { context, page, errors } = await openKiosk(LANDSCAPE, '/?kiosk=1&idle=15&warning=3');
  await startButton(page).click();
  // A visitor switches to English, filters the map and zooms in.
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'Incident map', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Incident map' }).waitFor();
  await page.getByRole('button', { name: 'Last hour' }).click();
  await page.getByRole('button', { name: 'Last hour', pressed: true }).waitFor();
  await page.waitForFunction(() => window.beredd.mapZoom() >= 0);
  const startZoom = await page.evaluate(() => window.beredd.mapZoom());
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction((z) => window.beredd.mapZoom() > z, startZoom);
  // ... and ticks an item of the preparedness checklist, which a kiosk never stores.
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Home preparedness', exact: true }).click();
  await press(page, CASH_EN);
  await page.getByRole('button', { name: CASH_EN, pressed: true }).waitFor();
  assert.equal(await page.evaluate(() => window.localStorage.getItem('beredd.preparedness')), null,
    'a kiosk stores no preparedness');

  // Nobody touches it: the English warning (12 s after the last input), then the reset.
  await page.getByRole('heading', { name: 'Are you still there?' }).waitFor({ timeout: 20000 });
  await startButton(page).waitFor({ timeout: 6000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv', 'back in Swedish');
  assert.equal(await page.evaluate(() => window.location.hash), '#/');
  assert.equal(await page.evaluate(() => window.localStorage.getItem('beredd.locale')), null,
    'the visitor\'s language is not remembered');

  // The next visitor finds the map as it starts: no filter, the starting view.
  await startButton(page).click();
  await page.getByRole('button', { name: 'Händelsekarta', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Händelsekarta' }).waitFor();
  await page.waitForFunction(() => window.beredd.mapZoom() >= 0);
  assert.equal(await page.evaluate(() => window.beredd.mapZoom()), startZoom);
  await page.getByRole('button', { name: 'All tid', pressed: true }).waitFor();
  await page.getByRole('button', { name: 'Senaste timmen', pressed: false }).waitFor();
  // ... and the checklist without the last visitor's tick.
  await page.getByRole('button', { name: 'Till start' }).click();
  await page.getByRole('button', { name: 'Hemberedskap', exact: true }).click();
  await page.getByRole('button', { name: 'Kontanter i mindre valörer hemma.', pressed: false }).waitFor();
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});

test('while the CPR metronome runs there is no warning and no reset for 3x the idle time', async () => {
  const { context, page, errors } = await openKiosk(LANDSCAPE);
  await startButton(page).click();
  await page.getByRole('button', { name: 'HLR', exact: true }).click();
  await page.getByRole('button', { name: 'Starta takten' }).click();
  await page.getByRole('button', { name: 'Stoppa takten' }).waitFor();
  const started = Date.now();
  // Nobody touches the screen during compressions. What must never appear is sampled over the
  // whole period (a wait for it would pass at the first absent reading).
  while (Date.now() - started < 3 * IDLE_S * 1000) {
    await page.waitForTimeout(500);
    assert.equal(await warning(page).count(), 0, `no warning after ${Date.now() - started} ms`);
    assert.equal(await startButton(page).count(), 0, 'no reset');
  }
  assert.equal(await page.evaluate(() => window.beredd.metronome.running), true, 'the metronome still runs');
  // Once it stops, the idle clock starts again from then.
  await page.getByRole('button', { name: 'Stoppa takten' }).click();
  const stopped = Date.now();
  await warning(page).waitFor({ timeout: 5000 });
  assert.ok(Date.now() - stopped >= 1500, 'the warning comes a full idle period after the stop');
  await startButton(page).waitFor({ timeout: 6000 });
  await context.close();
  assert.deepEqual(unexpected(errors), []);
});
