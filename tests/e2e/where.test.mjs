// "Var är jag?" in the browser: asked only after the tap, the position in WGS84 and SWEREF 99 TM
// (the figures PROJ gives), following the device while the screen is open and stopping when it
// closes, copy to the clipboard, the words when the browser refuses, and the way there from the
// numbers and CPR screens.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  ENGLISH, launchBrowser, openApp, press, REPO, saveScreenshot, startServer, waitForAsync, waitForIdle,
} from './helpers.mjs';

let server; let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

// Sergels torg, Stockholm. PROJ (cs2cs EPSG:4326 EPSG:3006): N 6580743.0083, E 674571.8664.
const STOCKHOLM = { latitude: 59.3293, longitude: 18.0686, accuracy: 8 };
// Kiruna church: N 7536069.9699, E 719583.1230.
const KIRUNA = { latitude: 67.8558, longitude: 20.2253, accuracy: 8 };
// Stortorget, Malmö: N 6163926.5534, E 374243.7585 (west of the central meridian, 15° E).
const MALMO = { latitude: 55.6050, longitude: 13.0038, accuracy: 30 };

// Records what the app puts on the clipboard (headless Chromium has no system clipboard).
const recordClipboard = (page) => page.addInitScript(() => {
  window.copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: (text) => { window.copied.push(text); return Promise.resolve(); } },
  });
});

test('the position is asked for after a tap, shown in both grids, and follows the device', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/where', viewport: { width: 390, height: 844 }, permissions: ['geolocation'],
    geolocation: STOCKHOLM, before: recordClipboard,
  });
  await page.getByRole('heading', { name: 'Var är jag?' }).waitFor();
  assert.equal(await page.evaluate(() => window.beredd.positionWatch), null, 'nothing asked before the tap');
  await page.getByRole('button', { name: 'Visa min position' }).click();
  await page.getByRole('heading', { name: 'N 6 580 743' }).waitFor();
  await page.getByRole('heading', { name: 'E 674 572' }).waitFor();
  await page.getByRole('heading', { name: '59,32930° N' }).waitFor();
  await page.getByRole('heading', { name: '18,06860° Ö' }).waitFor();
  await page.getByText('Noggrannhet: ungefär 8 m').waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'where-phone');
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);

  await press(page, 'Kopiera positionen');
  await waitForAsync(page, () => window.copied.length === 1, null, { why: 'the position copied' });
  assert.equal(await page.evaluate(() => window.copied[0]),
    'Latitud 59,32930 grader N, longitud 18,06860 grader Ö. SWEREF 99 TM: N 6 580 743, E 674 572.');

  await context.setGeolocation(KIRUNA);  // the caller moves: the figures follow
  await page.getByRole('heading', { name: 'N 7 536 070' }).waitFor();
  await page.getByRole('heading', { name: 'E 719 583' }).waitFor();

  await press(page, 'Till start');
  await waitForAsync(page, () => window.beredd.positionWatch === null, null, { why: 'the watch stopped' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('without permission it says so and what to tell the operator instead', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/where' });
  await page.getByRole('button', { name: 'Visa min position' }).click();
  await page.getByRole('status').filter({ hasText: 'Webbläsaren får inte visa din position' }).waitFor();
  await page.getByText(/beskriv för operatören var du är/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Kopiera positionen' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the numbers and CPR screens lead to it', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/numbers' });
  for (const hash of ['#/numbers', '#/cpr']) {
    await page.evaluate((h) => { window.location.hash = h; }, hash);
    await page.getByRole('button', { name: 'Var är jag? Visa min position' }).waitFor();
    await press(page, 'Var är jag? Visa min position');
    await page.getByRole('button', { name: 'Visa min position', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => window.location.hash), '#/where');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Malmö and in English it shows the grid west of 15° E, without axe violations', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/where', locale: ENGLISH, viewport: { width: 390, height: 844 }, permissions: ['geolocation'],
    geolocation: MALMO,
  });
  await page.getByRole('heading', { level: 1, name: 'Where am I?' }).waitFor();
  await page.getByRole('button', { name: 'Show my position' }).click();
  await page.getByRole('heading', { name: 'N 6 163 927' }).waitFor();
  await page.getByRole('heading', { name: 'E 374 244' }).waitFor();
  await waitForIdle(page);
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a kiosk it shows where the kiosk stands, from the pack, and never asks for a position', async () => {
  // The served Swedish pack as an NGO would set it: kiosk mode with the screen's own address.
  const pack = JSON.parse(readFileSync(join(REPO, 'content/sv.json'), 'utf8'));
  pack.kiosk = { enabled: true, idle_seconds: 300, warning_seconds: 20,
    location: { address: 'Stadsbiblioteket, Sveavägen 73, Stockholm', lat: 59.3431, lon: 18.0547 } };
  const { context, page, errors } = await openApp(browser, server.url, {
    viewport: { width: 1080, height: 1920 }, hasTouch: true,
    before: async (p) => {
      await p.route('**/content/sv.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
      await p.addInitScript(() => {
        window.geolocationCalls = 0;
        const asked = () => { window.geolocationCalls += 1; return 1; };
        Object.defineProperty(navigator, 'geolocation', {
          value: { getCurrentPosition: asked, watchPosition: asked, clearWatch() {} },
        });
      });
    },
  });
  await page.getByRole('button', { name: 'Tryck för att börja' }).click();
  await press(page, /^Var är jag\?/);
  await page.getByRole('heading', { level: 1, name: 'Var är jag?' }).waitFor();
  await page.getByRole('heading', { name: 'Stadsbiblioteket, Sveavägen 73, Stockholm' }).waitFor();
  // PROJ (cs2cs EPSG:4326 EPSG:3006): N 6582242.3155, E 673710.9670.
  await page.getByRole('heading', { name: 'N 6 582 242' }).waitFor();
  await page.getByRole('heading', { name: 'E 673 711' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Visa min position' }).count(), 0, 'nothing to ask for');
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.geolocationCalls), 0, 'the visitor\'s position is never asked for');
  await saveScreenshot(page, 'where-kiosk');
  assert.deepEqual(errors, []);
  await context.close();
});
