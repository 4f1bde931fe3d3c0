// The CPR practice trainer in the browser: a trainee presses Space on the pad at 110/min for
// 10 s and sees "good"; too fast shows as too fast; the summary follows the session; a touch
// tap on the pad counts too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually, launchBrowser, openApp, saveScreenshot, shareOfColour, startServer } from './helpers.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The first number `pattern` finds in the one element `locator` matches (NaN while none does).
async function numberIn(locator, pattern = /(\d+)/) {
  if (await locator.count() !== 1) return NaN;
  return Number(pattern.exec(await locator.textContent())?.[1]);
}

const pad = (page) => page.getByRole('button', { name: 'Tryck här vid varje kompression' });

// Presses `key` on the focused pad at `rate` per minute for `seconds`, on a fixed grid from the
// start (not "sleep then press", which would drift by each press's own duration). Returns how
// many presses it made.
async function pressAt(page, rate, seconds, key = 'Space') {
  const interval = 60000 / rate;
  const start = Date.now();
  let presses = 0;
  for (; presses * interval <= seconds * 1000; presses++) {
    const wait = start + presses * interval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await page.keyboard.press(key);
  }
  return presses;
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
  await eventually(() => numberIn(page.getByText(/^Din takt: \d+ per minut$/)), (n) => n >= 105 && n <= 115,
    'the live rate');
  // 19 presses: the count is at 19 (or 20) of 30.
  await page.getByText(/^(19|20) \/ 30$/).waitFor();
  const shot = await saveScreenshot(page, 'practice-good');
  assert.ok(shareOfColour(shot.image, await pad(page).boundingBox(), [0xff, 0xff, 0xff], 1, 60) > 0.3,
    'the pad is drawn');

  await page.getByRole('button', { name: 'Avsluta träningen' }).click();
  await page.getByRole('heading', { name: 'Sammanfattning' }).waitFor();
  assert.equal(await page.evaluate(() => window.beredd.metronome.running), false);
  await page.getByText(/^Kompressioner: (19|20) \(0 hela omgångar\)$/).waitFor();
  await eventually(() => numberIn(page.getByText(/^I rätt takt/), /(\d+) %/), (n) => n >= 90, 'the share in range');
  await eventually(() => numberIn(page.getByText(/^Medeltakt/)), (n) => n >= 105 && n <= 115, 'the mean rate');
  await saveScreenshot(page, 'practice-summary');
  await context.close();
  assert.deepEqual(errors, []);
});

test('too fast shows as too fast, and a touch tap on the pad counts', async () => {
  const { context, page, errors } = await startPractice({ width: 390, height: 844 }, { hasTouch: true, isMobile: true });
  const presses = await pressAt(page, 140, 4, 'k');  // any key, not only Space
  await page.getByRole('status').filter({ hasText: 'För snabbt – tryck lugnare' }).waitFor({ timeout: 1000 });
  // Every press counted before the tap: the last one reaches the mirror a frame later.
  const before = `${presses} / 30`;
  await page.getByText(before, { exact: true }).waitFor();
  const box = await pad(page).boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction((text) => [...document.querySelectorAll('#mirror p')]
    .some((p) => /^\d+ \/ 30$/.test(p.textContent) && p.textContent !== text), before);
  await eventually(() => numberIn(page.getByText(/^\d+ \/ 30$/)), (n) => n === Number(/^(\d+)/.exec(before)[1]) + 1,
    'the tap counted once');
  await context.close();
  assert.deepEqual(errors, []);
});
