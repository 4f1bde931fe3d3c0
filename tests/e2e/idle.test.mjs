// Event-driven rendering: no frames while nothing changes, frames again on input.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SWEDISH, launchBrowser, startServer, waitForApp, waitForIdle } from './helpers.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const frames = (page) => page.evaluate(() => window.beredd.frames);

test('the frame counter stays still for 3 s without input, and moves on input', async () => {
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await waitForApp(page);
  // What comes after the first frame has come: Leaflet, Sweden's outline and the first poll
  // (each may bring a frame: the feed's alerts show on every screen).
  await page.waitForFunction(() => window.L !== undefined && window.beredd.basemap !== null &&
    window.beredd.feedTimings()?.loads >= 1, null, { timeout: 20000 });
  await waitForIdle(page);

  const settled = await frames(page);
  assert.ok(settled > 0, 'frames were drawn');
  await page.waitForTimeout(3000);
  assert.equal(await frames(page), settled, 'no frames drawn while idle');

  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.waitForFunction((before) => window.beredd.frames > before, settled, { timeout: 5000 });
  await waitForIdle(page);
  const afterInput = await frames(page);
  await page.waitForTimeout(1000);
  assert.equal(await frames(page), afterInput, 'idle again after the input settled');

  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForFunction((before) => window.beredd.frames > before, afterInput, { timeout: 5000 });
  await page.close();
});
