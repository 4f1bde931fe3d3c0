// The mirror under a pointer (a mouse, a finger, a screen reader's explore-by-touch, Playwright's
// click): on every screen, scrolled any distance, no mirror element lies over the pinned top bar
// or the drill's EXERCISE banner; a pointer at an element's centre reaches that element and
// performs its action; and activations fired together are all applied, in order (issue #14).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, press, saveScreenshot, startServer, waitForIdle } from './helpers.mjs';

const BANNER = 'ÖVNING – EXERCISE – ÖVNING';
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 1024, height: 768 };
let server; let browser;
// Map tiles come from another origin, which tests never reach: the map shows Sweden's outline.
const offlineTiles = (page) => page.route(/tile\.openstreetmap\.org/, (route) => route.abort('blockedbyclient'));
const unexpected = (errors) => errors.filter((e) => !e.includes('net::ERR_BLOCKED_BY_CLIENT'));
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// Inside the page: the pinned elements (the top bar's, and the drill's EXERCISE banner) and
// every way a scrolled mirror element could lie over them. Returns a list of problems.
function pinnedProblems(banner) {
  const area = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const name = (element) => `${element.localName} "${element.textContent || element.getAttribute('aria-label')}"`;
  const nodes = [...document.querySelectorAll('#mirror .node')];
  const pinned = nodes.filter((e) => e.closest('header') || e.textContent === banner);
  const problems = [];
  for (const element of nodes) {
    if (pinned.includes(element) || element.classList.contains('clipped')) continue;
    const rect = element.getBoundingClientRect();
    for (const bar of pinned) {
      // The map keeps its full box and is clipped with clip-path: hit-testing below decides.
      if (!element.classList.contains('map-host') && area(rect, bar.getBoundingClientRect()) > 0.5) {
        problems.push(`${name(element)} overlaps ${name(bar)}`);
      }
    }
  }
  // A pointer anywhere on a pinned button or link reaches that element and nothing else.
  for (const bar of pinned.filter((e) => e.matches('a, button'))) {
    const r = bar.getBoundingClientRect();
    for (const [x, y] of [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
      [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]]) {
      const hit = document.elementFromPoint(x, y);
      if (hit !== bar && !bar.contains(hit)) problems.push(`${name(bar)} at ${x},${y} is covered by ${hit && name(hit)}`);
    }
  }
  // A pointer at the centre of any button or link in view reaches that element itself.
  for (const element of nodes.filter((e) => e.matches('a, button') && !e.classList.contains('clipped'))) {
    const r = element.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom < 0 || r.top > window.innerHeight) continue;
    const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    if (hit !== element) problems.push(`the centre of ${name(element)} reaches ${hit && name(hit)}`);
  }
  return problems;
}

// Scrolls the screen down in `step` px wheel turns (over the left margin, never the map) and
// checks the pinned bars at every position, until the screen stops moving.
async function scrollAndCheck(page, where, step = 200) {
  let checked = 0;
  let previous = null;
  for (let turn = 0; turn < 40; turn++) {
    await waitForIdle(page, 300);
    assert.deepEqual(await page.evaluate(pinnedProblems, BANNER), [], `${where}, scrolled ${turn * step} px`);
    checked++;
    const positions = await page.evaluate(() => [...document.querySelectorAll('#mirror main .node')]
      .map((e) => Math.round(e.getBoundingClientRect().top)).join());
    if (positions === previous) break;  // the end of the screen
    previous = positions;
    await page.mouse.move(4, page.viewportSize().height - 40);
    await page.mouse.wheel(0, step);
  }
  return checked;
}

test('on every screen, scrolled, no mirror element lies over a pinned bar', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    const { context, page, errors } = await openApp(browser, server.url, { viewport, before: offlineTiles });
    for (const hash of ['#/', '#/numbers', '#/cpr', '#/practice', '#/map', '#/drill']) {
      await page.goto(`${server.url}${hash}`);
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      const positions = await scrollAndCheck(page, `${size} ${hash}`);
      // On a phone every screen is taller than the window: the check really saw it scrolled.
      if (size === 'phone') assert.ok(positions > 1, `${size} ${hash} scrolled (${positions} positions)`);
    }
    // The drill runner and its report, with the EXERCISE banner pinned too.
    await press(page, 'Inomhus vid VMA');
    await page.getByRole('button', { name: /^Stäng dörrar och fönster\.$/ }).waitFor();
    assert.ok(await scrollAndCheck(page, `${size} drill runner`) > 1);
    await saveScreenshot(page, `mirror-pinned-runner-${size}`);
    await press(page, 'Avsluta övning');
    await press(page, 'Ja, avsluta övningen');
    await page.getByRole('main').getByRole('status').filter({ hasText: 'Övningen är avslutad.' }).waitFor();
    assert.ok(await scrollAndCheck(page, `${size} drill report`) > 1);
    await press(page, 'Ny övning');
    await page.getByRole('button', { name: 'Inomhus vid VMA', exact: true }).waitFor();
    assert.deepEqual(unexpected(errors), []);
    await context.close();
  }
});

test('a pointer click on a step scrolled half under the top bar checks that step, and dials nothing', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/drill', viewport: TABLET });
  await page.evaluate(() => {
    window.openedUrls = [];
    window.beredd.openUrl = (url) => window.openedUrls.push(url);
  });
  await press(page, 'Inomhus vid VMA');
  const step = page.getByRole('button', { name: /^Stäng dörrar och fönster\.$/ });
  await step.waitFor();
  await waitForIdle(page);
  const whole = await step.boundingBox();
  // Scroll until the step is cut by the pinned bars above it: most of it hidden, some in view.
  let box = whole;
  for (let turn = 0; turn < 200 && !(box.height < whole.height * 0.6); turn++) {
    await page.mouse.move(4, TABLET.height - 40);
    await page.mouse.wheel(0, 10);
    await waitForIdle(page, 200);
    box = await step.boundingBox();
  }
  assert.ok(box.height >= 8 && box.height < whole.height * 0.6, `the step is partly in view (${box.height} of ${whole.height} px)`);
  await saveScreenshot(page, 'mirror-step-under-bar');
  await step.click();  // at the centre of what is in view, as a pointer would
  await page.getByRole('button', { name: /^Klart \d+:\d\d – Stäng dörrar och fönster\.$/ }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.openedUrls), [], 'no number was dialled');
  assert.deepEqual(errors, []);
  await context.close();
});

test('activations fired in one task are all applied: the same +1 twice counts twice', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/drill', viewport: TABLET });
  for (const [name, value] of [['Klassens namn', '7C'], ['Antal elever', '20']]) {
    const field = page.getByRole('textbox', { name, exact: true });
    await field.focus();
    await field.fill(value);
  }
  await press(page, 'Lägg till klass');
  await page.getByRole('main').getByText('7C: 20 elever', { exact: true }).waitFor();
  await press(page, 'Inomhus vid VMA');
  const summary = (text) => page.getByRole('main').getByText(text, { exact: true });
  await summary('7C: 0 av 20 redovisade, 0 skadade, 0 saknas, 20 ej rapporterade').waitFor();
  await waitForIdle(page);

  // Three activations in one task, before the app draws its next frame: as a screen reader or
  // a fast double tap can deliver them.
  const accounted = await page.getByRole('button', { name: '7C Redovisade +1' }).elementHandle();
  const injured = await page.getByRole('button', { name: '7C Skadade +1' }).elementHandle();
  const framesBefore = await page.evaluate(() => window.beredd.frames);
  const framesBetween = await page.evaluate(([a, b]) => {
    const frames = window.beredd.frames;
    a.click();
    a.click();
    b.click();
    return window.beredd.frames - frames;
  }, [accounted, injured]);
  assert.equal(framesBetween, 0, 'all three arrived before a frame was drawn');
  await summary('7C: 2 av 20 redovisade, 1 skadade, 0 saknas, 17 ej rapporterade').waitFor();
  assert.ok(await page.evaluate(() => window.beredd.frames) > framesBefore);
  assert.deepEqual(errors, []);
  await context.close();
});
