// Home preparedness in the browser: the calculator's amounts, ticks and the plan kept in this
// browser across a reload, the JSON export, the printable plan on one A4 page, "forget
// everything" emptying storage, 0 axe violations in both languages, and screenshots on a
// desktop and a phone. Offline use is in offline.test.mjs, the kiosk reset in kiosk.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  axeViolations, ENGLISH, eventually, launchBrowser, openApp, press, saveScreenshot, startServer, type, waitForApp, waitForIdle,
} from './helpers.mjs';

let server; let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const CASH = 'Kontanter i mindre valörer hemma.';
const MEETING = 'Mötesplats om vi inte kan vara hemma eller inte når varandra';
const STORAGE_KEY = 'beredd.preparedness';

const stored = (page) => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test('ticks, the household and the plan are kept across a reload, exported, printed on one page and forgotten', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/prepare', viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
  await page.getByRole('heading', { level: 1, name: 'Hemberedskap' }).waitFor();
  assert.equal(await stored(page), null, 'nothing is stored before the visitor does something');
  await page.getByText('Vatten: 21 liter (3 liter per person och dygn). Dunkar à 10 liter: 3.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the checklist in Swedish');

  await press(page, 'Vuxna +1');
  await page.getByText('Vuxna: 2', { exact: true }).waitFor();
  await press(page, 'Barn (1–17 år) +1');
  await page.getByText('Vatten: 63 liter (3 liter per person och dygn). Dunkar à 10 liter: 7.').waitFor();
  await page.getByText('Mat: 21 persondygn (alla i hushållet gånger antalet dygn).').waitFor();
  await press(page, CASH);
  await page.getByRole('button', { name: CASH, pressed: true }).waitFor();
  await page.getByText(`Senast kontrollerad ${localToday()}.`).first().waitFor();
  await type(page, MEETING, 'Kyrkan vid torget');
  await eventually(() => stored(page), (text) => text !== null && JSON.parse(text).plan?.meeting_place === 'Kyrkan vid torget',
    'the plan reaches storage');
  await waitForIdle(page);
  await saveScreenshot(page, 'prepare-desktop');

  // A reload brings everything back from this browser's storage.
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: CASH, pressed: true }).waitFor();
  await page.getByText('Vuxna: 2', { exact: true }).waitFor();
  await eventually(() => page.getByRole('textbox', { name: MEETING, exact: true }).inputValue(),
    (value) => value === 'Kyrkan vid torget', 'the plan after a reload');
  await page.getByRole('button', { name: 'Betalning: kontrollerad nu' }).waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'prepare-desktop-calculator');  // the top: household and amounts

  // The export: the same record as a file, with the amounts.
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, 'Spara som fil (JSON)')]);
  assert.equal(file.suggestedFilename(), 'hemberedskap.json');
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.deepEqual(exported.checked, ['pay_cash']);
  assert.equal(exported.amounts.water_litres, 63);
  assert.equal(exported.plan.meeting_place, 'Kyrkan vid torget');

  // The printable plan: text on one A4 page.
  await press(page, 'Visa planen för utskrift');
  await page.getByRole('heading', { name: 'Hemberedskap – vår plan' }).waitFor();
  await page.getByText(`${MEETING}: Kyrkan vid torget`).waitFor();
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  await press(page, 'Skriv ut');
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: 'print' });
  await page.locator('#canvas').waitFor({ state: 'hidden' });
  await saveScreenshot(page, 'prepare-plan-print');
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  assert.equal(pages.length, 1, 'the plan prints on one A4 page');
  await page.emulateMedia({ media: 'screen' });
  await press(page, 'Tillbaka till checklistan');

  // Forget everything: two taps, then nothing is kept.
  await press(page, 'Glöm allt');
  await press(page, 'Tryck igen för att glömma allt som sparats här');
  await page.getByRole('button', { name: CASH, pressed: false }).waitFor();
  await eventually(() => stored(page), (text) => text === null, 'storage emptied');
  await eventually(() => page.getByRole('textbox', { name: MEETING, exact: true }).inputValue(),
    (value) => value === '', 'the plan field emptied');
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: CASH, pressed: false }).waitFor();
  await page.getByText('Vuxna: 1', { exact: true }).waitFor();
  await context.close();
  assert.deepEqual(errors, []);
});

test('on a phone and in English the screen has no axe violations', async () => {
  const phone = await openApp(browser, server.url, { hash: '#/prepare', viewport: { width: 390, height: 844 } });
  await phone.page.getByRole('heading', { level: 1, name: 'Hemberedskap' }).waitFor();
  await waitForIdle(phone.page);
  const shot = await saveScreenshot(phone.page, 'prepare-phone');
  assert.ok(shot.image.width > 0);
  assert.deepEqual(await axeViolations(phone.page), [], 'phone, Swedish');
  // The calculator's amounts on a phone: focus brings them into view, as for a keyboard user.
  await phone.page.getByRole('button', { name: /^Dricksvatten för hela hushållet/ }).focus();
  await phone.page.getByText('Mat: 7 persondygn (alla i hushållet gånger antalet dygn).').waitFor();
  await waitForIdle(phone.page);
  await saveScreenshot(phone.page, 'prepare-phone-calculator');
  await press(phone.page, 'Visa planen för utskrift');
  await phone.page.getByRole('heading', { name: 'Hemberedskap – vår plan' }).waitFor();
  assert.deepEqual(await axeViolations(phone.page), [], 'the printable plan');
  await phone.context.close();
  assert.deepEqual(phone.errors, []);

  const english = await openApp(browser, server.url, { hash: '#/prepare', locale: ENGLISH, viewport: { width: 1280, height: 800 } });
  await english.page.getByRole('heading', { level: 1, name: 'Home preparedness' }).waitFor();
  await english.page.getByText('Water: 21 litres (3 litres per person and day). Jugs of 10 litres: 3.').waitFor();
  assert.deepEqual(await axeViolations(english.page), [], 'English');
  await saveScreenshot(english.page, 'prepare-english');
  await english.context.close();
  assert.deepEqual(english.errors, []);
});
