// The CPR coach in the browser: started through the mirror, its metronome schedules beats on
// the AudioContext clock at the right rate and exactly on the ideal grid, the count runs with
// frames while it plays, and it stops.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  launchBrowser, saveScreenshot, startServer, waitForIdle, openApp,
} from './helpers.mjs';

const RATE = 110;  // content/sv.json cpr.rate_per_min
const RECORD_S = 10;
let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// Headless Chromium has no screen to keep awake: record what the coach asks for instead.
function recordWakeLocks() {
  window.wakeLocks = { requested: 0, released: 0 };
  Object.defineProperty(navigator, 'wakeLock', {
    value: {
      request: async (type) => {
        if (type === 'screen') window.wakeLocks.requested++;
        return { release: async () => { window.wakeLocks.released++; } };
      },
    },
  });
}

// What really reaches the audio clock: each click's start time, the audio clock's time when it
// was handed over (a click handed over late sounds late), and any stop that cut it short.
function recordClicks() {
  window.clicks = [];
  const { start, stop } = AudioScheduledSourceNode.prototype;
  AudioScheduledSourceNode.prototype.start = function (when = 0, ...rest) {
    if (this instanceof OscillatorNode) {
      this.record = { when, handedAt: this.context.currentTime, stops: [] };
      window.clicks.push(this.record);
    }
    return start.call(this, when, ...rest);
  };
  AudioScheduledSourceNode.prototype.stop = function (when = 0) {
    this.record?.stops.push(Math.max(when, this.context.currentTime));
    return stop.call(this, when);
  };
}

const openCoach = (viewport, options = {}) => openApp(browser, server.url, {
  viewport, hash: '#/cpr', ...options,
  before: async (page) => { await page.addInitScript(recordWakeLocks); await page.addInitScript(recordClicks); },
});

test(`the metronome schedules ${RATE}/min on the audio clock, within 1 ms of the ideal grid`, async (t) => {
  const { context, page, errors } = await openCoach({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Starta takten' }).click();
  await page.waitForFunction(() => window.beredd.metronome.running);
  const audioStart = await page.evaluate(() => window.beredd.metronome.context.currentTime);
  // Record for 10 s of the audio clock itself, not of the test's timers.
  await page.waitForFunction((until) => window.beredd.metronome.context.currentTime >= until,
    audioStart + RECORD_S, { timeout: 30000, polling: 100 });
  const { beats, state } = await page.evaluate(() => ({
    beats: window.beredd.metronome.scheduled.slice(), state: window.beredd.metronome.context.state,
  }));
  assert.equal(state, 'running', 'the tap unlocked audio');
  assert.deepEqual(await page.evaluate(() => window.wakeLocks), { requested: 1, released: 0 },
    'the screen is kept awake while the metronome runs');
  const inWindow = beats.filter((t) => t >= 0 && t < RECORD_S);
  const expected = (RATE * RECORD_S) / 60;
  assert.ok(Math.abs(inWindow.length - expected) <= 1,
    `${inWindow.length} beats in ${RECORD_S} s, expected ${expected.toFixed(1)} ± 1`);
  const interval = 60 / RATE;
  const worst = Math.max(...inWindow.map((t, i) => Math.abs(t - (inWindow[0] + i * interval))));
  t.diagnostic(`${inWindow.length} beats in ${RECORD_S} s of audio clock (expected ` +
    `${expected.toFixed(1)}), largest deviation from the ideal grid ${(worst * 1000).toFixed(6)} ms`);
  assert.ok(worst <= 0.001, `largest deviation from the ideal grid: ${(worst * 1000).toFixed(3)} ms`);
  assert.deepEqual(beats, [...new Set(beats)].sort((a, b) => a - b), 'each beat scheduled once, in order');
  // On the audio clock itself: every click was handed over before it was due, on the grid.
  const clicks = await page.evaluate(() => window.clicks.map(({ when, handedAt }) => ({ when, handedAt })));
  const late = clicks.filter((c) => c.when < c.handedAt);
  assert.deepEqual(late, [], 'no click handed to the audio clock after it was due');
  const audioWorst = Math.max(...clicks.map((c, i) => Math.abs(c.when - (clicks[0].when + i * interval))));
  assert.ok(audioWorst <= 0.001, `audio clock: largest deviation ${(audioWorst * 1000).toFixed(3)} ms`);

  // With no input at all, the count on screen keeps advancing: frames are drawn while the
  // metronome runs (compare values, not frame rates: a loaded machine draws fewer frames).
  const shownCount = () => page.evaluate(() => [...document.querySelectorAll('#mirror-main p')]
    .map((p) => p.textContent).find((text) => /^\d+ \/ 30$/.test(text)) ?? null);
  const seen = new Set();
  for (let i = 0; i < 100 && seen.size < 3; i++) {
    const count = await shownCount();
    if (count) seen.add(count);
    await page.waitForTimeout(100);
  }
  assert.ok(seen.size >= 3, `the count advanced without input (saw ${[...seen].join(', ')})`);
  await saveScreenshot(page, 'cpr-running-desktop');

  await page.getByRole('button', { name: 'Stoppa takten' }).click();
  await page.waitForFunction(() => !window.beredd.metronome.running);
  const scheduledAtStop = await page.evaluate(() => window.beredd.metronome.scheduled.length);
  const stoppedAt = await page.evaluate(() => window.beredd.metronome.context.currentTime);
  // Clicks handed over ahead of time (the lookahead) are silenced by the stop, not played.
  const playingOn = await page.evaluate((at) => window.clicks
    .filter((c) => c.when > at && !c.stops.some((s) => s <= c.when)).length, stoppedAt);
  assert.equal(playingOn, 0, 'no click sounds after stopping');
  await waitForIdle(page);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.beredd.metronome.scheduled.length), scheduledAtStop,
    'no beats after stopping');
  await page.getByRole('button', { name: 'Starta takten' }).waitFor();
  await page.waitForFunction(() => window.wakeLocks.released > 0);
  assert.deepEqual(await page.evaluate(() => window.wakeLocks), { requested: 1, released: 1 },
    'the wake lock is released on stop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('child mode starts with five rescue breaths, then counts to 15 (phone)', async () => {
  const { context, page, errors } = await openCoach({ width: 390, height: 844 },
    { hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const child = page.getByRole('button', { name: 'Barn (1–18 år)' });
  await child.click();
  await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]')?.textContent.startsWith('Barn'));
  const start = await page.getByRole('button', { name: 'Starta takten' }).boundingBox();
  await page.touchscreen.tap(start.x + start.width / 2, start.y + start.height / 2);
  await page.getByRole('status').filter({ hasText: 'Ge 5 inblåsningar först' }).waitFor({ timeout: 5000 });
  await saveScreenshot(page, 'cpr-child-breaths-phone');
  await page.getByText(/^\d+ \/ 15$/).waitFor({ timeout: 20000 });
  const count = page.getByText(/^\d+ \/ 15$/);
  const box = await count.boundingBox();
  assert.ok(box.y + box.height <= 844, 'the count is on screen while pushing');
  await saveScreenshot(page, 'cpr-running-phone');
  await page.getByRole('button', { name: 'Stoppa takten' }).click();
  assert.deepEqual(errors, []);
  await context.close();
});

test('infant mode shows the infant\'s own steps and no adult depth or ratio (phone)', async () => {
  const { context, page, errors } = await openCoach({ width: 390, height: 844 },
    { hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await page.getByRole('button', { name: 'Spädbarn (under 1 år)' }).click();
  await page.getByRole('button', { name: 'Spädbarn (under 1 år)', pressed: true }).waitFor();
  await page.getByText('Djup: en tredjedel av bröstkorgens djup, ungefär 4 cm').waitFor();
  await page.getByText(/^6\. Tryck: Tryck med två fingertoppar/).waitFor();
  await page.getByText(/^Källa: ERC och HLR-rådet, .*Paediatric Life Support/).waitFor();
  const mirror = await page.locator('#mirror').evaluate((element) => element.textContent);
  for (const adult of ['5–6 cm', '30:2', 'handloven']) {
    assert.ok(!mirror.includes(adult), `infant mode shows "${adult}"`);
  }
  await saveScreenshot(page, 'cpr-infant-phone');
  assert.deepEqual(errors, []);
  await context.close();
});
