// Navigating the app through its ARIA mirror: mouse, keyboard, touch, history and deep links.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  eventually, expectCount, launchBrowser, saveScreenshot, startServer, waitForIdle, openApp,
} from './helpers.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const heading = (page, name) => page.getByRole('main').getByRole('heading', { level: 1, name, exact: true });

const open = (viewport = { width: 1280, height: 800 }, hash = '', options = {}) =>
  openApp(browser, server.url, { viewport, hash, ...options });

test('home offers a button per destination in the mirror', async () => {
  const { context, page, errors } = await open();
  const main = page.getByRole('main');
  for (const name of ['Nödnummer', 'HLR', 'Händelsekarta', 'Skolövning']) {
    await main.getByRole('button', { name, exact: true }).waitFor();
  }
  await heading(page, 'Beredd').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking CPR changes the screen and the URL hash; back and forward work', async () => {
  const { context, page, errors } = await open();
  await page.getByRole('button', { name: 'HLR', exact: true }).click();
  await page.waitForFunction(() => window.location.hash === '#/cpr');
  await heading(page, 'HLR').waitFor();
  assert.equal(await page.title(), 'HLR – Beredd');
  await expectCount(page.getByRole('button', { name: 'Skolövning', exact: true }), 0, 'home buttons gone');

  await page.goBack();
  await heading(page, 'Beredd').waitFor();
  assert.equal(await page.evaluate(() => window.location.hash), '');
  await page.goForward();
  await heading(page, 'HLR').waitFor();

  await page.getByRole('button', { name: 'Till start' }).click();
  await heading(page, 'Beredd').waitFor();
  assert.equal(await page.evaluate(() => window.location.hash), '#/');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Enter and Space on a focused mirror button navigate, focus moves to the new heading', async () => {
  const { context, page } = await open();
  await page.getByRole('button', { name: 'Händelsekarta' }).focus();
  await waitForIdle(page);
  await saveScreenshot(page, 'focus-ring-desktop');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash === '#/map');
  await heading(page, 'Händelsekarta').waitFor();
  await page.waitForFunction(() => document.activeElement?.localName === 'h1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Händelsekarta');

  await page.getByRole('button', { name: 'Till start' }).focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.location.hash === '#/');
  await context.close();
});

test('deep links open the right screen, unknown ones say so', async () => {
  const { context, page } = await open(undefined, '#/drill');
  await heading(page, 'Skolövning').waitFor();
  await page.goto(`${server.url}#/finns-inte`);
  await page.getByRole('status').filter({ hasText: '#/finns-inte' }).waitFor();
  await heading(page, 'Beredd').waitFor();  // falls back to home
  await context.close();
});

test('a single touch tap on a home button navigates', async () => {
  const { context, page, errors } = await open({ width: 390, height: 844 }, '',
    { hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  const box = await page.getByRole('button', { name: 'HLR', exact: true }).boundingBox();
  assert.ok(box, 'HLR button has a box');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => window.location.hash === '#/cpr', null, { timeout: 5000 });
  await heading(page, 'HLR').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Tab leaves the canvas and the mirror: no keyboard trap', async () => {
  const { context, page } = await open();
  await page.locator('#canvas').focus();
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id !== 'canvas');

  await eventually(() => page.locator('#mirror a, #mirror button').count(), (n) => n >= 8,
    'the mirror has the numbers and the home buttons');
  await page.locator('#mirror button').last().focus();
  await page.keyboard.press('Tab');
  // Focus left the app after its last element.
  await page.waitForFunction(() => !document.getElementById('app').contains(document.activeElement));
  await context.close();
});

test('on a phone, a swipe scrolls without dialling, focus reveals what is below, a tap dials', async () => {
  const { context, page, errors } = await open({ width: 390, height: 844 }, '#/numbers',
    { hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await page.evaluate(() => {
    window.openedUrls = [];
    window.beredd.openUrl = (url) => window.openedUrls.push(url);
  });
  const main = page.getByRole('main');
  const last = main.getByRole('link', { name: /Olyckor och kriser/ });
  const first = await main.getByRole('link', { name: /Nödnummer/ }).boundingBox();
  // Below the fold, the last card's mirror element is a strip on the edge, out of pointer reach.
  const before = await last.boundingBox();
  assert.ok(before.y >= 843 && await last.evaluate((e) => e.classList.contains('clipped')),
    `the last card is below the fold (${before.y})`);
  await saveScreenshot(page, 'numbers-phone');

  const swipe = async (fromY, toY) => {
    const cdp = await context.newCDPSession(page);
    const x = first.x + first.width / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
    for (let i = 1; i <= 10; i++) {
      const y = fromY + ((toY - fromY) * i) / 10;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await waitForIdle(page);
  };
  await swipe(first.y + first.height / 2 + 200, first.y + first.height / 2 - 100);
  const scrolled = await last.boundingBox();
  // A 300 px swipe is more than the screen's overflow: it scrolls to the end, where the last
  // card is fully visible.
  assert.ok(scrolled.y < before.y - 100, `swipe scrolled the screen (${before.y} -> ${scrolled.y})`);
  assert.ok(scrolled.y + scrolled.height <= 844 + 1 && scrolled.height > 40, `scrolled to the end (${scrolled.y})`);
  assert.deepEqual(await page.evaluate(() => window.openedUrls), [], 'a swipe dials nothing');

  await swipe(first.y + 50, first.y + 500);  // back to the top
  const top = await last.boundingBox();
  assert.ok(Math.abs(top.y - before.y) < 2, `scrolled back to the top (${top.y})`);
  await last.focus();
  await waitForIdle(page);
  const revealed = await last.boundingBox();
  assert.ok(revealed.y >= 0 && revealed.y + revealed.height <= 844 + 1,
    `focus scrolled the card into view (${revealed.y})`);
  assert.equal(await page.evaluate(() => document.getElementById('app').scrollTop), 0,
    'the mirror itself never scrolls away from the canvas');

  const box = await page.getByRole('banner').getByRole('link', { name: '1177' }).boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => window.openedUrls.length > 0, null, { timeout: 5000 });
  assert.deepEqual(await page.evaluate(() => window.openedUrls), ['tel:1177']);
  assert.deepEqual(errors, []);
  await context.close();
});
