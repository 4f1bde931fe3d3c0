// The CPR practice trainer in the browser: a trainee presses Space on the pad at 110/min for
// 10 s and sees "good"; too fast shows as too fast; the summary follows the session; a touch
// tap on the pad counts too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, saveScreenshot, shareOfColour, startServer } from './helpers.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const pad = (page) => page.getByRole('button', { name: 'Tryck här vid varje kompression' });

// Presses `key` on the focused pad at `rate` per minute for `seconds`, on a fixed grid from the
// start (not "sleep then press", which would drift by each press's own duration).
async function pressAt(page, rate, seconds, key = 'Space') {
  const interval = 60000 / rate;
  const start = Date.now();
  for (let i = 0; i * interval <= seconds * 1000; i++) {
    const wait = start + i * interval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await page.keyboard.press(key);
  }
}

async function startPractice(viewport, options = {}) {
  const opened = await openApp(browser, server.url, { hash: '#/practice', viewport, ...options });
  await opened.page.getByRole('button', { name: 'Starta träningen' }).click();
  await pad(opened.page).waitFor();
  await pad(opened.page).focus();
  return opened;
}

test('pressing Space at 110/min for 10 s shows a good rate, then a summary', async () => {
  const { context, page, errors } = await startPractice({ width: 1280, height: 800 });
  assert.equal(await page.evaluate(() => window.beredd.metronome.running), true, 'the metronome to follow');
  await page.getByRole('status').filter({ hasText: 'Börja trycka i takt med klicken' }).waitFor();
  await pressAt(page, 110, 10);
  await page.getByRole('status').filter({ hasText: /^Bra takt$/ }).waitFor({ timeout: 1000 });
  const rate = await page.getByText(/^Din takt: \d+ per minut$/).textContent();
  const perMinute = Number(/(\d+)/.exec(rate)[1]);
  assert.ok(perMinute >= 105 && perMinute <= 115, `live rate ${perMinute}`);
  // 19 presses: the count is at 19 (or 20) of 30.
  assert.match(await page.getByText(/^\d+ \/ 30$/).textContent(), /^(19|20) \/ 30$/);
  const shot = await saveScreenshot(page, 'practice-good');
  assert.ok(shareOfColour(shot.image, await pad(page).boundingBox(), [0xff, 0xff, 0xff], 1, 60) > 0.3,
    'the pad is drawn');

  await page.getByRole('button', { name: 'Avsluta träningen' }).click();
  await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor();
  assert.equal(await page.evaluate(() => window.beredd.metronome.running), false);
  assert.match(await page.getByText(/^Kompressioner: /).textContent(), /^Kompressioner: (19|20) \(0 hela omgångar\)$/);
  const share = Number(/(\d+) %/.exec(await page.getByText(/^I rätt takt/).textContent())[1]);
  assert.ok(share >= 90, `${share} % in range`);
  const mean = Number(/(\d+)/.exec(await page.getByText(/^Medeltakt/).textContent())[1]);
  assert.ok(mean >= 105 && mean <= 115, `mean ${mean}`);
  await saveScreenshot(page, 'practice-summary');
  await context.close();
  assert.deepEqual(errors, []);
});

test('too fast shows as too fast, and a touch tap on the pad counts', async () => {
  const { context, page, errors } = await startPractice({ width: 390, height: 844 }, { hasTouch: true, isMobile: true });
  await pressAt(page, 140, 4, 'k');  // any key, not only Space
  await page.getByRole('status').filter({ hasText: 'För snabbt – tryck lugnare' }).waitFor({ timeout: 1000 });
  const before = await page.getByText(/^\d+ \/ 30$/).textContent();
  const box = await pad(page).boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction((text) => [...document.querySelectorAll('#mirror p')]
    .some((p) => /^\d+ \/ 30$/.test(p.textContent) && p.textContent !== text), before);
  assert.equal(Number(/^(\d+)/.exec(await page.getByText(/^\d+ \/ 30$/).textContent())[1]),
    Number(/^(\d+)/.exec(before)[1]) + 1);
  await context.close();
  assert.deepEqual(errors, []);
});
