// Languages: the first visit follows the browser, the switch changes every text and is
// remembered, both languages pass axe on the numbers and CPR screens, and a broken served
// pack keeps the built-in content with a visible error.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeViolations, ENGLISH, expectCount, launchBrowser, openApp, REPO, saveScreenshot, startServer, SWEDISH, waitForApp,
  waitForIdle,
} from './helpers.mjs';

let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const h1 = (page) => page.getByRole('main').getByRole('heading', { level: 1 });

const visit = (locale, hash) => openApp(browser, server.url, { locale, hash });

test('switching to English and back changes the texts; axe is clean on both screens in both', async () => {
  const { context, page, errors } = await visit(SWEDISH, '#/numbers');
  await h1(page).filter({ hasText: /^Nödnummer$/ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  await page.getByRole('link', { name: '114 14 Polisen' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'numbers, Swedish');
  await saveScreenshot(page, 'numbers-desktop-sv');

  await page.getByRole('button', { name: 'In English' }).click();
  await h1(page).filter({ hasText: 'Emergency numbers' }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('link', { name: '114 14 Police' }).waitFor();
  await page.getByText('112 works across the EU.').waitFor();
  await page.getByText(/^Texting 112 is for people who are deaf/).waitFor();
  await page.getByRole('banner').locator('[aria-description="Emergency"]')
    .and(page.getByRole('link', { name: '112' })).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'numbers, English');
  await saveScreenshot(page, 'numbers-desktop-en');

  await page.goto(`${server.url}#/cpr`);
  await h1(page).filter({ hasText: 'CPR' }).waitFor();
  await page.getByRole('button', { name: 'Start the beat' }).waitFor();
  await waitForIdle(page);
  assert.deepEqual(await axeViolations(page), [], 'CPR, English');

  // Remembered across a reload, although the browser says Swedish.
  await page.reload();
  await waitForApp(page);
  await h1(page).filter({ hasText: 'CPR' }).waitFor();

  await page.getByRole('button', { name: 'På svenska' }).click();
  await h1(page).filter({ hasText: 'HLR' }).waitFor();
  await page.getByRole('button', { name: 'Starta takten' }).waitFor();
  await waitForIdle(page);
  assert.deepEqual(await axeViolations(page), [], 'CPR, Swedish');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first visit follows the browser language and falls back to Swedish', async () => {
  for (const [locale, heading] of [[ENGLISH, 'Emergency numbers'], ['de-DE', 'Nödnummer'], ['sv-SE', 'Nödnummer']]) {
    const { context, page } = await visit(locale, '#/numbers');
    await h1(page).filter({ hasText: new RegExp(`^${heading}$`) }).waitFor();
    await expectCount(h1(page), 1, `${locale}: one main heading`);
    await context.close();
  }
});

test('an unedited served pack is not downloaded again: it answers 304 to the built-in pack\'s tag', async () => {
  const tagOf = (file) => `"${createHash('sha256').update(readFileSync(join(REPO, file))).digest('hex').slice(0, 32)}"`;
  const context = await browser.newContext({ locale: SWEDISH, serviceWorkers: 'block' });
  const page = await context.newPage();
  const packs = [];
  page.on('response', (response) => {
    if (/\/content\/\w+\.json$/.test(response.url())) packs.push(response);
  });
  await page.goto(server.url);
  await waitForApp(page);
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .filter((entry) => /\/content\/\w+\.json$/.test(entry.name)).length === 2);
  await expectCount(page.getByRole('status').filter({ hasText: 'content/' }), 0, 'no pack reported');
  const seen = await Promise.all(packs.map(async (response) => ({
    file: new URL(response.url()).pathname.slice(1),
    status: response.status(),
    asked: await response.request().headerValue('if-none-match'),
  })));
  seen.sort((a, b) => a.file.localeCompare(b.file));
  assert.deepEqual(seen, [
    { file: 'content/en.json', status: 304, asked: tagOf('content/en.json') },
    { file: 'content/sv.json', status: 304, asked: tagOf('content/sv.json') },
  ]);
  await context.close();
});

test('a broken served pack keeps the built-in content and says what is wrong', async () => {
  const context = await browser.newContext({ locale: SWEDISH, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.route('**/content/sv.json', async (route) => {
    // Without the built-in pack's tag, which would get a 304 and no body.
    const headers = { ...route.request().headers() };
    delete headers['if-none-match'];
    const pack = JSON.parse(await (await route.fetch({ headers })).text());
    pack.numbers[2].tel = 'not-a-number';
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) });
  });
  await page.goto(`${server.url}#/numbers`);
  await waitForApp(page);
  const notice = page.getByRole('status').filter({ hasText: 'content/sv.json: /numbers/2/tel' });
  await notice.filter({ hasText: /not a phone number/ }).waitFor({ timeout: 10000 });
  // The built-in numbers stay.
  await page.locator('[href="tel:1177"]').and(page.getByRole('link', { name: '1177 Sjukvårdsrådgivning' })).first().waitFor();
  await waitForIdle(page);
  await saveScreenshot(page, 'broken-pack-phone');
  await context.close();
});

test('a served pack that cannot be fetched is reported, the app keeps working', async () => {
  const context = await browser.newContext({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/content/en.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('status').filter({ hasText: 'content/en.json: could not be fetched (HTTP 500)' }).waitFor();
  await page.getByRole('button', { name: 'In English' }).click();
  // "Beredd" is the title in both languages: wait for a text only English has.
  await page.getByRole('button', { name: 'Emergency numbers' }).waitFor({ timeout: 5000 });
  await page.getByRole('button', { name: 'På svenska' }).waitFor();  // the built-in English
  await context.close();
});
