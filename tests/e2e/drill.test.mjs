// School drills in the browser, driven through the ARIA mirror: a drill survives 20 reloads
// with every entry, the EXERCISE banner is on every drill screen, no request leaves the page
// during a drill, axe finds nothing, and the runner is saved at projector and tablet sizes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, openApp, saveScreenshot, startServer, waitForApp, waitForIdle } from './helpers.mjs';

const BANNER = 'ÖVNING – EXERCISE – ÖVNING';
let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const banner = (page) => page.getByRole('main').getByRole('status').filter({ hasText: BANNER });

// Not only in the DOM: inside the viewport, however far the screen has scrolled.
async function bannerOnScreen(page, why) {
  const box = await banner(page).boundingBox();
  const { height } = page.viewportSize();
  assert.ok(box && box.y >= 0 && box.y + box.height <= height, `${why}: banner on screen (${box?.y})`);
}
const doneSteps = (page) => page.getByRole('main').getByRole('button', { name: /^Klart / });

async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

// Steps below the fold are reached the way a keyboard or screen-reader user reaches them:
// focus scrolls the app to the element, then it is activated.
async function press(page, name) {
  const button = page.getByRole('button', { name });
  await button.focus();
  await waitForIdle(page);
  await button.click();
}

async function saved(page) {
  await page.getByRole('main').getByRole('status').filter({ hasText: /^Sparat$/ }).waitFor({ timeout: 10000 });
}

test('a drill resumes after 20 reloads with every entry, and ends only when confirmed', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/drill', viewport: { width: 1024, height: 768 },
  });
  await banner(page).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'scenario list');
  await page.getByRole('button', { name: 'Utrymning vid brand' }).click();
  for (const [i, step] of [/^Larmet går/, /^Läraren leder ut/, /^Alla klasser är på/].entries()) {
    await press(page, step);
    await doneSteps(page).nth(i).waitFor();  // the app has the event ...
    await saved(page);                       // ... and storage has confirmed it
  }
  assert.equal(await doneSteps(page).count(), 3);
  await bannerOnScreen(page, 'after scrolling to the third step');
  await saveScreenshot(page, 'drill-runner-tablet');

  for (let reload = 1; reload <= 20; reload++) {
    await page.reload();
    await waitForApp(page);
    await doneSteps(page).nth(2).waitFor({ timeout: 10000 });
    assert.equal(await doneSteps(page).count(), 3, `reload ${reload}: every step kept`);
    await bannerOnScreen(page, `reload ${reload}`);
  }

  await press(page, 'Avsluta övning');
  await press(page, 'Fortsätt övningen');
  await press(page, 'Avsluta övning');
  await press(page, 'Ja, avsluta övningen');
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Övningen är avslutad.' }).waitFor();
  await saved(page);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Övningen är avslutad.' }).waitFor();
  assert.equal(await doneSteps(page).count(), 3, 'the ended drill kept its steps');
  await press(page, 'Ny övning');
  await page.getByRole('button', { name: 'Utrymning vid brand' }).waitFor();
  await page.reload();
  await waitForApp(page);
  await waitForIdle(page);
  assert.equal(await doneSteps(page).count(), 0, 'a new drill starts clean');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the banner is on every drill screen, injects appear, and no request leaves the page', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/drill', viewport: { width: 1920, height: 1080 },
  });
  // The lockdown scenario's inject is due 90 s in. Start the drill 91 s in the past by moving
  // the page clock, rather than waiting a minute and a half.
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await banner(page).waitFor();
  await page.evaluate(() => {
    const realNow = Date.now.bind(Date);
    const offset = -91000;
    Date.now = () => realNow() + offset;
    window.restoreClock = () => { Date.now = realNow; };
  });
  await page.getByRole('button', { name: 'Inrymning vid pågående dödligt våld' }).click();
  await banner(page).waitFor();
  await saved(page);
  await page.evaluate(() => window.restoreClock());
  await page.getByRole('main').getByRole('status').filter({ hasText: /Någon knackar på dörren/ })
    .waitFor({ timeout: 15000 });
  assert.deepEqual(await axeViolations(page), [], 'runner');
  await saveScreenshot(page, 'drill-runner-projector');

  await press(page, 'Avsluta övning');
  await bannerOnScreen(page, 'while confirming the end');
  await press(page, 'Ja, avsluta övningen');
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Övningen är avslutad.' }).waitFor();
  await bannerOnScreen(page, 'on the ended drill');
  assert.deepEqual(requests, [], 'nothing was sent over the network during the drill');
  await press(page, 'Ny övning');
  assert.deepEqual(errors, []);
  await context.close();
});
