// A lost WebGL context (a phone in the background, a GPU reset on a kiosk) never leaves a
// blank page: the plain-HTML numbers return while it is lost, and the app draws again once the
// browser restores the context.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openApp, saveScreenshot, shareOfColour, startServer, waitForIdle } from './helpers.mjs';

const EMERGENCY_RED = [0xb3, 0x0b, 0x1e];
let server; let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('numbers show while the GL context is lost, and the app comes back when restored', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { hash: '#/numbers' });
  await page.evaluate(() => {
    window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  await page.waitForFunction(() => window.beredd.ready === false);
  for (const href of ['tel:112', 'tel:11414', 'tel:1177', 'tel:11313']) {
    await page.locator(`#fallback a[href="${href}"]`).waitFor({ state: 'visible' });  // while lost
  }
  await page.getByText('Grafiken startas om').waitFor({ state: 'visible' });

  await page.evaluate(() => window.loseContext.restoreContext());
  await page.waitForFunction(() => window.beredd.ready === true, null, { timeout: 15000 });
  await waitForIdle(page);
  await page.locator('#fallback').waitFor({ state: 'hidden' });  // the app took over again
  // On the same screen.
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Nödnummer' }).waitFor();
  const box = await page.getByRole('banner').getByRole('link', { name: '112' }).boundingBox();
  const { image } = await saveScreenshot(page, 'after-context-restore');
  assert.ok(shareOfColour(image, box, EMERGENCY_RED) > 0.5, 'the canvas is drawn again, not blank');
  assert.deepEqual(errors, []);
  await context.close();
});
