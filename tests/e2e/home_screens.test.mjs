// The home screen at desktop and phone size: axe finds no violations, the screenshots are saved
// for a person to look at, and the pixels under the mirror's elements are really drawn.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  launchBrowser, saveScreenshot, shareOfColour, startServer, waitForApp, waitForIdle,
  SWEDISH,
} from './helpers.mjs';

const EMERGENCY_RED = [0xb3, 0x0b, 0x1e];
const CARD_WHITE = [0xff, 0xff, 0xff];
const INK = [0x16, 0x16, 0x16];
let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

for (const size of [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, scale: 1 },
  { name: 'phone', viewport: { width: 390, height: 844 }, scale: 3, mobile: true },
]) {
  test(`home at ${size.name} size: drawn, readable, 0 axe violations`, async () => {
    const context = await browser.newContext({
      locale: SWEDISH,
      viewport: size.viewport, deviceScaleFactor: size.scale, isMobile: !!size.mobile,
      hasTouch: !!size.mobile,
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await waitForIdle(page);

    const { image } = await saveScreenshot(page, `home-${size.name}`);
    assert.equal(image.width, size.viewport.width * size.scale, 'screenshot at device resolution');
    const emergency = await page.getByRole('link', { name: '112', exact: true }).boundingBox();
    assert.ok(shareOfColour(image, emergency, EMERGENCY_RED, size.scale) > 0.5,
      'the 112 box is drawn red under its mirror link');
    const cpr = await page.getByRole('button', { name: 'HLR', exact: true }).boundingBox();
    assert.ok(shareOfColour(image, cpr, CARD_WHITE, size.scale, 10) > 0.5, 'the HLR card is drawn');
    assert.ok(shareOfColour(image, cpr, INK, size.scale, 60) > 0.01, 'the HLR card has text');

    // Every mirror element in view lies within the viewport and none overlap. (One scrolled
    // wholly out of view is a 1 px strip at the edge it left by, out of pointer reach.)
    const boxes = await page.locator('#mirror .node:not(.clipped)').evaluateAll((nodes) => nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { name: n.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
    }));
    for (const [i, a] of boxes.entries()) {
      assert.ok(a.x >= 0 && a.x + a.w <= size.viewport.width + 0.5, `${a.name} fits horizontally`);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `${a.name} overlaps ${b.name}`);
      }
    }

    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
    assert.deepEqual(summary, [], 'axe violations');
    assert.ok(results.passes.length > 10, 'axe really ran');
    await context.close();
  });
}
