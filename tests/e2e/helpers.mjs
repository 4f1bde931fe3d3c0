// Shared pieces of the browser tests: start serve.py on a free port, launch Debian's Chromium
// through playwright-core, wait for the app, save screenshots, and read pixels back.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const REPO = process.env.BEREDD_REPO ?? resolve(import.meta.dirname, '../..');
export const SITE = process.env.BEREDD_SITE_DIR ?? join(REPO, 'build/web/site');
// A Swedish visitor: the app follows the browser's language on a first visit, and headless
// Chromium would otherwise report en-US.
export const SWEDISH = 'sv-SE';
export const ENGLISH = 'en-GB';
export const ARTIFACTS = process.env.BEREDD_ARTIFACTS ?? join(REPO, 'build/screenshots');

// Headless Chromium as root on a closed network, with WebGL through SwiftShader
// (../shared/TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run', '--disable-default-apps',
];

// Starts `python3 serve.py --no-build` on a free port; resolves to { url, requests(), stop() }.
// With { logRequests: true }, serve.py logs each request and `requests()` returns them so far,
// as { method, path, status, bytes } (bytes: the body sent).
export async function startServer(extraArgs = [], { logRequests = false } = {}) {
  const child = spawn('python3', [join(REPO, 'serve.py'), '--no-build', ...(logRequests ? [] : ['--quiet']),
    '--port', '0', '--root', SITE, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.py did not start:\n${output}`)), 15000);
    const onData = (chunk) => {
      output += chunk;
      const match = /on (http:\/\/\S+)/.exec(output);
      if (match) { clearTimeout(timer); resolveUrl(match[1]); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.py exited ${code}:\n${output}`)); });
  });
  return {
    url,
    requests: () => [...output.matchAll(/"(\w+) (\S+) HTTP\/[\d.]+" (\d{3}) (\d+)$/gm)]
      .map(([, method, path, status, bytes]) => ({ method, path, status: Number(status), bytes: Number(bytes) })),
    stop: () => new Promise((done) => {
      // A child killed by a signal has signalCode set and exitCode null: stop() may run twice.
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Collects page errors and console errors so a test can assert the page ran cleanly.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

// Opens the app at `hash` in a new browser context and waits until it has settled. `before`
// runs on the page before navigation (routes, init scripts). Resolves to { context, page, errors }.
export async function openApp(browser, url, {
  locale = SWEDISH, viewport = { width: 1280, height: 800 }, hash = '', before, ...options
} = {}) {
  const context = await browser.newContext({ locale, viewport, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (before) await before(page);
  await page.goto(url + hash);
  await waitForApp(page);
  await waitForIdle(page);
  return { context, page, errors };
}

// Activates a button below the fold the way a keyboard or screen-reader user reaches it: focus
// scrolls the app to the element, then it is clicked. A string `name` matches exactly.
export async function press(page, name) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await waitForIdle(page);
  await button.click();
}

// Waits until the app drew its first frame and the mirror holds the home screen.
export async function waitForApp(page) {
  await page.waitForFunction(() => window.beredd?.ready === true || window.beredd?.failure,
    null, { timeout: 30000 });
  const failure = await page.evaluate(() => window.beredd.failure);
  if (failure) throw new Error(`app failed to start: ${failure}`);
}

// When each of the four numbers in index.html was painted (Element Timing, ms since navigation),
// and when boot.js marked the app's start (null before it). The buffered entries come in an
// observer task that a busy main thread can hold up: this waits for all four, up to `waitMs`,
// then gives what it has.
export async function readNumberPaints(page, waitMs = 5000) {
  return page.evaluate((bound) => new Promise((resolve) => {
    const numbers = [];
    const report = () => resolve({
      numbers, appStartsMs: performance.getEntriesByName('beredd:app-starts')[0]?.startTime ?? null,
    });
    const timer = setTimeout(report, bound);
    new PerformanceObserver((list, observer) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === 'number') numbers.push(entry.renderTime || entry.loadTime);
      }
      if (numbers.length < 4) return;
      observer.disconnect();
      clearTimeout(timer);
      report();
    }).observe({ type: 'element', buffered: true });
  }), waitMs);
}

// Waits until no frame has been drawn for `quietMs` (the app has settled).
// `timeoutMs` is for the benchmark, whose frames with 20,000 incidents take seconds.
export async function waitForIdle(page, quietMs = 500, timeoutMs = 15000) {
  await waitForAsync(page, async (quiet) => {
    const before = window.beredd.frames;
    await new Promise((r) => setTimeout(r, quiet));
    return window.beredd.frames === before;
  }, quietMs, { timeoutMs, why: `no frame for ${quietMs} ms`, pollMs: 0 });
}

// Waits until the async `predicate(arg)`, run in the page, resolves truthy; resolves to its
// value. page.waitForFunction cannot do this: Playwright 1.65 does not await a predicate's
// promise, takes the promise itself as truthy and stops waiting at once (found 2026-12-03: every
// async wait of this suite had been a no-op). A navigation that replaces the page while a
// probe runs counts as "not yet".
export async function waitForAsync(page, predicate, arg, { timeoutMs = 30000, why = 'page condition', pollMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await page.evaluate(predicate, arg);
      if (last) return last;
    } catch (error) {
      if (!/Execution context was destroyed|navigation/i.test(String(error?.message))) throw error;
      last = String(error.message).split('\n')[0];
    }
    if (Date.now() >= deadline) assert.fail(`${why}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    if (pollMs > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

// After an action the app needs a frame (or a storage write) before the mirror shows its
// result, so a state is never read once: `read()` is polled until `check` accepts its value,
// and the assertion fails with `why` and the last value seen after `timeoutMs`.
export async function eventually(read, check, why, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() >= deadline) assert.fail(`${why}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Polls the feed now and waits until the app has taken the answer (a good poll counted).
export async function pollFeedAndWait(page) {
  const loads = () => page.evaluate(() => window.beredd.feedTimings()?.loads ?? 0);
  const before = await loads();
  await page.evaluate(() => window.beredd.feedPollers.pollNow());
  await eventually(loads, (n) => n > before, 'the poll answered');
}

// Waits until `locator` matches exactly `expected` elements.
export function expectCount(locator, expected, why, timeoutMs = 10000) {
  return eventually(() => locator.count(), (count) => count === expected,
    `${why} (expected ${expected})`, timeoutMs);
}

export async function saveScreenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  const png = await page.screenshot({ path });
  return { path, image: decodePng(png) };
}

// Minimal PNG reader for Chromium's screenshots (8-bit RGB/RGBA, not interlaced): enough to
// check that pixels under an element are really drawn, so no test passes on a blank canvas.
export function decodePng(buffer) {
  let offset = 8;
  let width = 0; let height = 0; let channels = 0;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('unsupported PNG');
      channels = { 2: 3, 6: 4 }[data[9]];
      if (!channels) throw new Error(`unsupported PNG colour type ${data[9]}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c; const pa = Math.abs(p - a); const pb = Math.abs(p - b); const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return {
    width, height,
    pixel(x, y) {
      const i = Math.round(y) * stride + Math.round(x) * channels;
      return [pixels[i], pixels[i + 1], pixels[i + 2]];
    },
  };
}

// The share of pixels inside `box` (CSS px; `scale` = devicePixelRatio) close to `rgb`.
export function shareOfColour(image, box, rgb, scale = 1, tolerance = 40) {
  let hits = 0; let total = 0;
  for (let y = box.y * scale; y < (box.y + box.height) * scale; y += 2) {
    for (let x = box.x * scale; x < (box.x + box.width) * scale; x += 2) {
      const [r, g, b] = image.pixel(x, y);
      total++;
      if (Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]) <= tolerance) hits++;
    }
  }
  return total ? hits / total : 0;
}

// axe-core's violations on the page, one line each ("id: help (targets)"); [] when clean.
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

// Types into the field named `name` the way a keyboard user reaches it: focus scrolls the app
// to it, then the text is filled in.
export async function type(page, name, text) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.focus();
  await waitForIdle(page);
  await field.fill(text);
}
