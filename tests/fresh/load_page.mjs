// Loads a served Beredd page in Debian's Chromium and waits until the app has drawn its first
// frame and the four numbers are in the accessibility mirror; saves a screenshot.
// Usage: node tests/fresh/load_page.mjs URL
import { launchBrowser, saveScreenshot, waitForApp, SWEDISH } from '../e2e/helpers.mjs';

const url = process.argv[2];
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ locale: SWEDISH, viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await waitForApp(page);
  for (const number of ['112', '114 14', '1177', '113 13']) {
    await page.getByRole('banner').getByRole('link', { name: number }).waitFor({ timeout: 10000 });
  }
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const { path } = await saveScreenshot(page, 'fresh-clone-serve');
  console.log(`the app booted in Chromium at ${url}: the four numbers are in the mirror (${path})`);
} finally {
  await browser.close();
}
