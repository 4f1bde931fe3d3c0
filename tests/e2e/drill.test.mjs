// School drills in the browser, driven through the ARIA mirror: a drill with steps, roll call
// and a note survives 20 reloads with every entry and exports every event; the EXERCISE banner
// is on every drill screen; no request leaves the page during a drill; axe finds nothing; and
// the runner is saved at projector and tablet sizes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeViolations, eventually, expectCount, launchBrowser, openApp, REPO, saveScreenshot, startServer, type, waitForApp, waitForAsync, waitForIdle,
} from './helpers.mjs';

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

// Steps below the fold are reached the way a keyboard or screen-reader user reaches them:
// focus scrolls the app to the element, then it is activated.
async function press(page, name) {
  const button = page.getByRole('button', { name });
  await button.focus();
  await waitForIdle(page);
  await button.click();
}

// Waits until storage has confirmed `events` events of the running drill (scripted injects,
// which fall due with time, not counted) and the runner says so. "Sparat" alone could still be
// on screen from the save before.
async function saved(page, events) {
  await waitForAsync(page, async (n) => {
    const records = await window.beredd.drillStore.load();
    return records.filter((record) => record.type !== 'inject').length === n;
  }, events, { timeoutMs: 10000, why: `${events} events stored` });
  await page.getByRole('main').getByRole('status').filter({ hasText: /^Sparat$/ }).waitFor({ timeout: 10000 });
}

const NOTE = 'Dörr 3 var låst; <b>larmet</b> hördes inte i matsalen';
const summary = (page, text) => page.getByRole('main').getByText(text, { exact: true });
const CLASS_4B = '4B: 24 av 25 redovisade, 0 skadade, 1 saknas, 0 ej rapporterade';
const CLASS_5A = '5A: 2 av 28 redovisade, 1 skadade, 0 saknas, 25 ej rapporterade';

async function addClass(page, name, size) {
  await type(page, 'Klassens namn', name);
  await type(page, 'Antal elever', size);
  await press(page, 'Lägg till klass');
  await summary(page, `${name}: ${size} elever`).waitFor();
}

// Everything the drill has recorded, as the mirror shows it.
async function expectEntries(page, why) {
  await expectCount(doneSteps(page), 3, `${why}: three steps`);
  for (const text of [CLASS_4B, CLASS_5A]) {
    await expectCount(summary(page, text), 1, `${why}: ${text}`);
  }
  await expectCount(page.getByRole('main').getByText(NOTE), 1, `${why}: the note`);
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, name)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a drill with steps, roll call and a note survives 20 reloads and exports every event', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/drill', viewport: { width: 1024, height: 768 }, acceptDownloads: true,
  });
  await banner(page).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'scenario list');
  // Entered once: the classes are remembered for every later drill.
  await addClass(page, '4B', '25');
  await addClass(page, '5A', '28');
  await type(page, 'Klassens namn', '4b');
  await type(page, 'Antal elever', '0');
  await press(page, 'Lägg till klass');
  await page.getByRole('status').filter({ hasText: 'Det finns redan en klass med det namnet.' }).waitFor();
  await page.reload();
  await waitForApp(page);
  await summary(page, '5A: 28 elever').waitFor();

  await page.getByRole('button', { name: 'Utrymning vid brand' }).click();
  await summary(page, '4B: 0 av 25 redovisade, 0 skadade, 0 saknas, 25 ej rapporterade').waitFor();
  // Stored so far: the start and each class's roster.
  await saved(page, 3);
  for (const [i, step] of [/^Larmet går/, /^Läraren leder ut/, /^Alla klasser är på/].entries()) {
    await press(page, step);
    await doneSteps(page).nth(i).waitFor();  // the app has the event ...
    await saved(page, 4 + i);                // ... and storage has confirmed it
  }
  await press(page, '4B: alla redovisade');
  await press(page, '4B Saknade +1');
  await summary(page, CLASS_4B).waitFor();
  await saved(page, 8);
  for (const [i, name] of ['5A Redovisade +1', '5A Redovisade +1', '5A Skadade +1'].entries()) {
    await press(page, name);
    await saved(page, 9 + i);
  }
  await summary(page, CLASS_5A).waitFor();
  await summary(page, 'Totalt: 26 av 53 redovisade, 1 skadade, 1 saknas, 25 ej rapporterade').waitFor();
  await type(page, 'Anteckning', NOTE);
  await press(page, 'Spara anteckning');
  await saved(page, 12);
  await expectEntries(page, 'before reloading');
  await eventually(() => page.getByRole('textbox', { name: 'Anteckning' }).inputValue(),
    (value) => value === '', 'a saved note leaves the field');
  await bannerOnScreen(page, 'after scrolling down the runner');
  assert.deepEqual(await axeViolations(page), [], 'runner with roll call and notes');
  await saveScreenshot(page, 'drill-runner-tablet');

  // A note typed but not saved is kept when the page is hidden (here: by the reload).
  await type(page, 'Anteckning', 'Utkast: samlingsplatsen behöver skyltas');
  for (let reload = 1; reload <= 20; reload++) {
    await page.reload();
    await waitForApp(page);
    await expectEntries(page, `reload ${reload}`);
    await bannerOnScreen(page, `reload ${reload}`);
  }
  await eventually(() => page.getByRole('textbox', { name: 'Anteckning' }).inputValue(),
    (value) => value === 'Utkast: samlingsplatsen behöver skyltas', 'the unsaved draft came back');

  await press(page, 'Avsluta övning');
  await press(page, 'Fortsätt övningen');
  await press(page, 'Avsluta övning');
  await press(page, 'Ja, avsluta övningen');
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Övningen är avslutad.' }).waitFor();
  await saved(page, 13);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Övningen är avslutad.' }).waitFor();
  await page.getByRole('main').getByText(/^\d+:\d\d {2}Övningen avslutades$/).waitFor();
  await bannerOnScreen(page, 'the report');
  assert.deepEqual(await axeViolations(page), [], 'report');
  await saveScreenshot(page, 'drill-report-tablet');

  // The exports carry every event: start, the two roster classes, three steps, five roll-call
  // changes, the note and the end.
  const json = await download(page, 'Ladda ner rapport (JSON)');
  assert.match(json.name, /^beredd-ovning-fire_evacuation-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const report = JSON.parse(json.text);
  assert.equal(report.status, 'Exercise');
  const kinds = report.events.map((e) => e.type);
  // The scenario's injects fall due 60 s and more into the drill. On a loaded machine this test
  // runs that long, and then they are in the log as well: each at or after its scripted time.
  assert.deepEqual(kinds.filter((kind) => kind !== 'inject'), ['start', 'roll_call', 'roll_call',
    'step', 'step', 'step', 'roll_call', 'roll_call', 'roll_call', 'roll_call', 'roll_call', 'note', 'end']);
  const scenario = JSON.parse(readFileSync(join(REPO, 'content/sv.json'), 'utf8')).drills
    .find((drill) => drill.id === 'fire_evacuation');
  for (const inject of report.events.filter((e) => e.type === 'inject')) {
    const scripted = scenario.injects.find((i) => i.id === inject.ref);
    assert.ok(scripted && inject.offset_s >= scripted.at_s, `inject ${inject.ref} at ${inject.offset_s} s`);
  }
  assert.deepEqual(report.events.filter((e) => e.type === 'step').map((e) => e.ref), ['alarm', 'leave', 'assembly']);
  assert.equal(report.notes[0].text, NOTE);
  const classes = Object.fromEntries(report.roll_call.classes.map((c) => [c.class, c]));
  assert.deepEqual([classes['4B'].accounted, classes['4B'].missing], [24, 1]);
  assert.deepEqual([classes['5A'].accounted, classes['5A'].injured, classes['5A'].unreported], [2, 1, 25]);
  const csv = await download(page, 'Ladda ner händelser (CSV)');
  const rows = csv.text.trim().split('\r\n');
  assert.equal(rows[0], 'offset_s,time_utc,event,ref,text,expected,accounted,injured,missing');
  assert.deepEqual(rows.slice(1).map((row) => row.split(',')[2]), kinds, 'one CSV row per event');
  assert.ok(csv.text.includes(`"${NOTE}"`) || csv.text.includes(NOTE), 'the note is in the CSV');

  // Printing prints the mirror: the report as text, without the canvas or buttons.
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  await press(page, 'Skriv ut');
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: 'print' });
  await page.getByRole('main').getByText(`Anteckning: ${NOTE}`).waitFor({ state: 'visible' });
  await page.locator('#canvas').waitFor({ state: 'hidden' });  // no canvas on paper
  await saveScreenshot(page, 'drill-report-print');
  await page.emulateMedia({ media: 'screen' });

  // A new drill starts clean; the finished one is in the history and the plan.
  await press(page, 'Ny övning');
  await page.getByRole('button', { name: 'Utrymning vid brand' }).first().waitFor();
  await page.reload();
  await waitForApp(page);
  await page.getByRole('main').getByText(/^Utrymning vid brand: senast \d{4}-\d\d-\d\d, nästa enligt planen senast \d{4}-\d\d-\d\d$/).waitFor();
  // The scenario list with its history is on screen, and no drill was resumed.
  await expectCount(doneSteps(page), 0, 'a new drill starts clean');
  await expectCount(page.getByRole('button', { name: 'Avsluta övning' }), 0, 'no drill running');
  await page.getByRole('button', { name: /^\d{4}-\d\d-\d\d \d\d:\d\d – Utrymning vid brand$/ }).focus();
  await waitForIdle(page);
  assert.deepEqual(await axeViolations(page), [], 'scenario list with plan and history');
  await saveScreenshot(page, 'drill-plan-tablet');
  await press(page, /^\d{4}-\d\d-\d\d \d\d:\d\d – Utrymning vid brand$/);
  await page.getByRole('heading', { name: 'Rapport: Utrymning vid brand' }).waitFor();
  await bannerOnScreen(page, 'a past report');
  const again = await download(page, 'Ladda ner händelser (CSV)');
  assert.equal(again.text, csv.text, 'the past report exports the same events');
  await press(page, 'Tillbaka till övningarna');
  await page.getByRole('button', { name: 'Utrymning vid brand' }).first().waitFor();
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
  await saved(page, 1);
  await page.evaluate(() => window.restoreClock());
  await page.getByRole('main').getByRole('status').filter({ hasText: /Någon knackar på dörren/ })
    .waitFor({ timeout: 15000 });
  // The first step not yet done, large enough for the back row; Polisen's order in the list.
  const now = page.getByRole('main').getByRole('status').filter({ hasText: /^Nu: Beskedet når alla/ });
  await now.waitFor();
  await page.getByRole('main').getByRole('button', { name: /^Kan ni ta er bort från hotet säkert: fly/ }).waitFor();
  assert.ok((await now.boundingBox()).height >= 40, 'the current step is large on a projector');
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
