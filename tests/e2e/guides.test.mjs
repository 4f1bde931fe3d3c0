// First-aid and VMA guides in the browser, through the mirror: choking from the home screen,
// the recovery position from the CPR screen, the VMA guide with its next test date (under a
// fixed clock) and its signal sample played from a tap, each in Swedish and English with 0 axe
// violations, a number to call as a tel: link, and an unknown guide reported as an unknown
// address.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  launchBrowser, openApp, press, saveScreenshot, startServer, waitForAsync, waitForIdle,
} from './helpers.mjs';

let server; let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); });

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function expectNoAxeViolations(page, where) {
  await waitForIdle(page);
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], where);
}

async function switchToEnglish(page) {
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'På svenska' }).waitFor();
}

test('choking from the home screen, in Swedish and English (phone)', async () => {
  const { context, page, errors } = await openApp(browser, server.url, PHONE);
  await press(page, 'Luftvägsstopp');
  await page.getByRole('heading', { level: 1, name: 'Luftvägsstopp' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/guide/choking');
  await page.getByRole('heading', { name: 'Spädbarn under 1 år' }).waitFor();
  await page.getByText(/^2\. 5 ryggslag: /).first().waitFor();
  await page.getByText(/^3\. 5 brösttryck: .*Ge aldrig buktryck till ett spädbarn\.$/).waitFor();
  await page.getByText(/^Källa: ERC och HLR-rådet, .*\(2021\)\.$/).waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'guide-choking-phone');
  await expectNoAxeViolations(page, 'choking, sv');

  await switchToEnglish(page);
  await page.getByRole('heading', { level: 1, name: 'Choking' }).waitFor();
  await page.getByRole('heading', { name: 'Infants under 1 year' }).waitFor();
  await page.getByText(/^3\. 5 chest thrusts: .*Never give abdominal thrusts to an infant\.$/).waitFor();
  await expectNoAxeViolations(page, 'choking, en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the recovery position from the CPR screen, in Swedish and English', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/cpr' });
  await press(page, 'Medvetslös men andas');
  await page.getByRole('heading', { level: 1, name: 'Medvetslös men andas' }).waitFor();
  await page.getByText(/^3\. Stabilt sidoläge: /).waitFor();
  await expectNoAxeViolations(page, 'recovery position, sv');
  await switchToEnglish(page);
  await page.getByRole('heading', { level: 1, name: 'Unresponsive but breathing' }).waitFor();
  await page.getByText(/^3\. Recovery position: /).waitFor();
  await expectNoAxeViolations(page, 'recovery position, en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the VMA guide gives the next test date, in Swedish and English (desktop)', async () => {
  // Friday 4 December 2026, 11:00 in Stockholm: the next test is Monday 7 December.
  const { context, page, errors } = await openApp(browser, server.url, {
    hash: '#/guide/vma', viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Stockholm',
    before: (p) => p.clock.setFixedTime(new Date('2026-12-04T10:00:00Z')),
  });
  await page.getByRole('heading', { level: 1, name: 'Viktigt meddelande till allmänheten (VMA)' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Nästa provlarm: måndag 2026-12-07 kl. 15.00.' }).waitFor();
  await page.getByText('2. Faran över: En sammanhängande signal i 30 sekunder.').waitFor();
  await page.getByText(/^3\. Ring inte 112 för information: Ring 113 13/).waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'guide-vma-desktop');
  await expectNoAxeViolations(page, 'VMA, sv');
  // The sample plays only from a tap, and stops when the guide closes.
  assert.equal(await page.evaluate(() => window.beredd.signalSample.playing), false, 'silent until asked');
  await press(page, 'Spela ett prov på signalen');
  await waitForAsync(page, () => window.beredd.signalSample.playing, null, { why: 'the sample plays' });
  await press(page, 'Till start');
  await waitForAsync(page, () => !window.beredd.signalSample.playing, null, { why: 'the sample stopped' });
  await page.evaluate(() => { location.hash = '#/guide/vma'; });
  await switchToEnglish(page);
  await page.getByRole('heading', { level: 1, name: 'Important Public Announcement (VMA)' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Next test: Monday 2026-12-07 at 15:00.' }).waitFor();
  await expectNoAxeViolations(page, 'VMA, en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('poisoning offers its numbers as tel: links; an unknown guide is an unknown address', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/guide/poisoning' });
  const call = page.getByRole('link', { name: 'Ring 010-456 67 00' });
  await call.waitFor();
  assert.equal(await call.getAttribute('href'), 'tel:0104566700');
  await page.evaluate(() => { location.hash = '#/guide/nope'; });
  await page.getByText(/#\/guide\/nope/).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Beredd' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
