// The benchmark's browser half: cold loads, idle cost, frame times, map updates, feed ingest in
// wasm, metronome timing and a 24-hour kiosk soak, in Debian's headless Chromium against the
// release build. Each figure with a reference measures the reference in the same run.
//   node tests/bench/browser.mjs OUT_JSON FEEDS_DIR BENCH_SITE [section ...]
// Sections: load idle frames map scaling ingest metronome soak (all when none is named).
// Run by tests/bench/run, which builds everything first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SWEDISH, launchBrowser, readNumberPaints, saveScreenshot, startServer, waitForApp, waitForIdle,
} from '../e2e/helpers.mjs';

const [outPath, feedsDir, benchSite, ...onlySections] = process.argv.slice(2);
const COLD_LOADS = Number(process.env.BEREDD_BENCH_COLD_LOADS ?? 7);
// Fresh pages per map measure: an update's time to the next frame varies 80-125 ms from page to
// page here, and with 3 the median moved by more than the margin to its target.
const MAP_RUNS = 7;
// The steady update is the map's sixth poll: the load, then update, first, update, first, update.
const STEADY_POLLS = 6;
const IDLE_S = 10;
const SETTLE_MS = 3000;  // after loading, before the idle window
const NUMBERS_WAIT_MS = 5000;  // for the numbers' Element Timing entries after the first frame
const METRONOME_S = 60;
const SOAK_HOURS = Number(process.env.BEREDD_BENCH_SOAK_HOURS ?? 24);
const SOAK_SPEEDUP = Number(process.env.BEREDD_BENCH_SOAK_SPEEDUP ?? 400);
const VIEWPORT = { width: 1280, height: 800 };
// Frames with thousands of incidents take seconds in software GL: waits for quiet are long.
const SETTLE_TIMEOUT_MS = 180000;

const feed = (name) => readFileSync(join(feedsDir, name), 'utf8');
const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (rank - low);
}
const round = (value, digits = 2) => (value === null ? null : Number(value.toFixed(digits)));
const log = (...args) => console.log('[bench]', ...args);

// A fresh profile each time: cold HTTP cache, no service worker (a worker would serve the
// second load from its cache and the map's feed from its copy).
async function newPage(browser, { viewport = VIEWPORT, feedText = null } = {}) {
  const context = await browser.newContext({ locale: SWEDISH, viewport, serviceWorkers: 'block' });
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (feedText !== null) {
    // The map's endpoint answers with whatever `feed.current` holds at that moment.
    const state = { current: feedText };
    await page.route('**/api/incidents', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: state.current,
    }));
    return { context, page, errors, feed: state };
  }
  return { context, page, errors };
}

// The four numbers' first paint (Element Timing on each number in index.html), the wasm's
// arrival, the moment the app starts running (boot.js marks it) and the first app frame, all in
// ms since navigation.
async function readAppLoad(page) {
  const { numbers, appStartsMs } = await readNumberPaints(page, NUMBERS_WAIT_MS);
  return page.evaluate(({ numbers, appStartsMs }) => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/beredd.wasm'));
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    return {
      numbersPainted: numbers.length,
      numbersPaintMs: numbers.length === 4 ? Math.max(...numbers) : null,
      fcpMs: fcp?.startTime ?? null,
      wasmRequestMs: wasm?.requestStart || wasm?.startTime || null,
      wasmResponseEndMs: wasm?.responseEnd ?? null,
      appStartsMs,
      firstFrameMs: window.beredd.firstFrameMs,
    };
  }, { numbers, appStartsMs });
}

// The served content packs the page asked for after its first frame: an unedited pack answers
// 304 to the built-in pack's ETag and is not downloaded (its body bytes: 0).
const PACK_URL = '/content/\\w+\\.json$';
async function readPackFetches(page) {
  await page.waitForFunction((pattern) => performance.getEntriesByType('resource')
    .filter((entry) => new RegExp(pattern).test(entry.name) && entry.responseEnd > 0).length >= 2,
  PACK_URL, { timeout: 30000 });
  return page.evaluate((pattern) => performance.getEntriesByType('resource')
    .filter((entry) => new RegExp(pattern).test(entry.name))
    .map((entry) => ({ file: new URL(entry.name).pathname, status: entry.responseStatus, bodyBytes: entry.encodedBodySize })),
  PACK_URL);
}

async function measureLoads(browser, appUrl, helloUrl) {
  const app = []; const hello = [];
  for (let run = 0; run < COLD_LOADS; run++) {
    {  // interleaved, so both see the same drift in machine load
      const { context, page } = await newPage(browser);
      await page.goto(appUrl);
      await waitForApp(page);
      app.push({ ...await readAppLoad(page), packs: await readPackFetches(page) });
      if (run === 0) await saveScreenshot(page, 'bench-first-frame-app');
      await context.close();
    }
    {
      const { context, page } = await newPage(browser);
      await page.goto(helloUrl);
      await page.waitForFunction(() => window.helloFirstFrameMs !== undefined, null, { timeout: 30000 });
      hello.push(await page.evaluate(() => window.helloFirstFrameMs));
      if (run === 0) await saveScreenshot(page, 'bench-first-frame-hello');
      await context.close();
    }
  }
  // The wasm downloads alongside the first paint; nothing of the app may run before it.
  const numbersBeforeApp = app.filter((l) => l.numbersPaintMs !== null && l.appStartsMs !== null &&
    l.numbersPaintMs < l.appStartsMs).length;
  const appFrame = median(app.map((l) => l.firstFrameMs));
  const helloFrame = median(hello);
  return {
    cold_loads: COLD_LOADS,
    first_paint: {
      numbers_paint_ms: round(median(app.map((l) => l.numbersPaintMs))),
      first_contentful_paint_ms: round(median(app.map((l) => l.fcpMs))),
      wasm_request_ms: round(median(app.map((l) => l.wasmRequestMs))),
      wasm_response_end_ms: round(median(app.map((l) => l.wasmResponseEndMs))),
      loads_with_all_four_numbers_painted: app.filter((l) => l.numbersPainted === 4).length,
      app_starts_ms: round(median(app.map((l) => l.appStartsMs))),
      loads_with_numbers_painted_before_the_app_started: numbersBeforeApp,
      per_load: app.map(({ numbersPaintMs, wasmResponseEndMs, appStartsMs }) => ({
        numbers_paint_ms: round(numbersPaintMs), wasm_response_end_ms: round(wasmResponseEndMs),
        app_starts_ms: round(appStartsMs) })),
    },
    content_packs: {
      loads_with_packs_not_downloaded: app.filter((l) => l.packs.length > 0 &&
        l.packs.every((p) => p.status === 304 && p.bodyBytes === 0)).length,
      per_load: app.map((l) => l.packs),
    },
    first_frame: {
      app_ms: round(appFrame),
      hello_imgui_ms: round(helloFrame),
      ratio: round(appFrame / helloFrame, 3),
      app_per_load_ms: app.map((l) => round(l.firstFrameMs)),
      hello_per_load_ms: hello.map((ms) => round(ms)),
    },
  };
}

// Main-thread task time and renderer CPU time over IDLE_S seconds of doing nothing.
async function idleCost(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics
    .map((m) => [m.name, m.value]));
  const frames = () => page.evaluate(() => window.beredd?.frames ?? 0);
  const before = await read(); const framesBefore = await frames();
  await page.waitForTimeout(IDLE_S * 1000);
  const after = await read(); const framesAfter = await frames();
  await cdp.detach();
  return {
    frames: framesAfter - framesBefore,
    task_ms: (after.TaskDuration - before.TaskDuration) * 1000,
    process_cpu_ms: (after.ProcessTime - before.ProcessTime) * 1000,
  };
}

async function measureIdle(browser, appUrl, staticUrl) {
  const app = []; const statics = [];
  for (let run = 0; run < 3; run++) {
    {
      const { context, page } = await newPage(browser);
      await page.goto(appUrl);
      await waitForApp(page);
      await waitForIdle(page, 1000);
      await page.waitForTimeout(SETTLE_MS);
      app.push(await idleCost(page));
      await context.close();
    }
    {
      const { context, page } = await newPage(browser);
      await page.goto(staticUrl);
      await page.waitForLoadState('load');
      await page.waitForTimeout(SETTLE_MS);
      statics.push(await idleCost(page));
      await context.close();
    }
  }
  // The ratio uses the main thread's task time (CDP TaskDuration, microsecond resolution); the
  // renderer's process CPU time comes in 10 ms ticks, too coarse for an idle page.
  const appTask = median(app.map((r) => r.task_ms));
  const staticTask = median(statics.map((r) => r.task_ms));
  return {
    seconds: IDLE_S,
    runs: app.length,
    app_frames: Math.max(...app.map((r) => r.frames)),
    app_task_ms: round(appTask),
    static_task_ms: round(staticTask),
    cpu_ratio: round(appTask / staticTask, 3),
    app_process_cpu_ms: round(median(app.map((r) => r.process_cpu_ms))),
    static_process_cpu_ms: round(median(statics.map((r) => r.process_cpu_ms))),
    per_run: { app, static: statics },
  };
}

// The incident list's heading, "Händelser (N)", in the mirror.
const listHeading = (page) => page.getByRole('heading', { name: /^Händelser \(\d+\)$/ });

async function waitForIncidents(page, count) {
  await page.waitForFunction((n) => window.beredd.feedTimings()?.incidents === n, count,
    { timeout: 120000, polling: 200 });
}

// 90 mouse-wheel notches over the list, down then up, about one a frame; the draw callback's
// time of each frame drawn meanwhile.
async function scrollListFrames(page) {
  await waitForIdle(page, 2000, SETTLE_TIMEOUT_MS);  // the frames that first show the list are not scrolling
  const box = await listHeading(page).boundingBox();
  await page.evaluate(() => window.beredd.takeFrameTimes());  // only the scrolling's frames
  // Over the list's pane (its heading's column), in the viewport: the whole pane scrolls.
  await page.mouse.move(box.x + box.width / 2, VIEWPORT.height * 0.75);
  const started = Date.now();
  for (let notch = 0; notch < 90; notch++) {
    await page.mouse.wheel(0, notch < 60 ? 240 : -240);
    await page.waitForTimeout(16);
  }
  const scrollMs = Date.now() - started;
  await waitForIdle(page, 500, SETTLE_TIMEOUT_MS);
  const times = await page.evaluate(() => Array.from(window.beredd.takeFrameTimes()));
  if (times.length === 0) throw new Error('no frame was drawn while scrolling the list');
  return { times, scrollMs };
}

async function measureFrames(browser) {
  const text = feed('polisen-10k.json');
  const { context, page } = await newPage(browser, { feedText: text });
  await page.goto(`${SITE_URL}#/map`);
  await waitForApp(page);
  const incidents = JSON.parse(text).filter((e) => !e.type.startsWith('Sammanfattning')).length;
  await waitForIncidents(page, incidents);
  const { times, scrollMs } = await scrollListFrames(page);
  const shown = await listHeading(page).textContent();
  await saveScreenshot(page, 'bench-frames-10k');
  await context.close();
  return {
    incidents, heading: shown, frames: times.length, scroll_ms: scrollMs,
    p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)),
    max_ms: round(Math.max(...times)),
  };
}

// Hands a feed to the app as the poller would, and times it until the next frame was drawn.
async function deliverFeed(page, text) {
  return page.evaluate(async (text) => {
    const body = new TextEncoder().encode(text);  // a poll hands over the bytes it fetched
    const started = performance.now();
    const accepted = window.beredd.feedPollers.pollers[0].onFeed(body);
    const returned = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { accepted, callMs: returned - started, toPaintMs: performance.now() - started,
      timings: window.beredd.feedTimings() };
  }, text);
}

// The map screen after its first poll brought an empty feed: nothing drawn yet.
async function openEmptyMap(browser) {
  const opened = await newPage(browser, { feedText: '[]' });
  await opened.page.goto(`${SITE_URL}#/map`);
  await waitForApp(opened.page);
  await opened.page.waitForFunction(() => window.beredd.feedTimings()?.loads >= 1 && window.beredd.mapLayerCount() === 0);
  await waitForIdle(opened.page, 500, SETTLE_TIMEOUT_MS);
  return opened;
}

// A 20,000-incident load, then a poll in which 10 % differ, median of MAP_RUNS fresh pages; then
// the same change as the map's STEADY_POLLS-th poll (back and forth between the two feeds): the
// first update runs code V8 has not optimised yet (a function is optimised after it has run),
// which a map that has been polling has.
async function measureMapFeeds(browser, firstFile, updateFile, screenshot) {
  const first = feed(firstFile);
  const update = feed(updateFile);
  const runs = [];
  for (let run = 0; run < MAP_RUNS; run++) {
    const { context, page, feed: endpoint } = await openEmptyMap(browser);
    const poll = async (text) => {
      endpoint.current = text;  // a poll in between brings the same feed: nothing changes
      const timed = await deliverFeed(page, text);
      await waitForIdle(page, 1000, SETTLE_TIMEOUT_MS);
      return timed;
    };
    const load = await poll(first);
    const changed = await poll(update);
    if (run === 0) await saveScreenshot(page, screenshot);
    const layers = await page.evaluate(() => window.beredd.mapLayerCount());
    const marks = await page.evaluate(() => window.beredd.mapMarkCount());
    let steady;
    for (let polls = 2; polls < STEADY_POLLS; polls += 2) {  // two so far: the load and the update
      await poll(first);
      steady = await poll(update);
    }
    runs.push({ load, changed, steady, layers, marks });
    await context.close();
  }
  const field = (which, key) => round(median(runs.map((r) => (key in r[which] ? r[which][key] : r[which].timings[key]))));
  return {
    runs: runs.length,
    incidents: runs[0].load.timings.incidents,
    layers: runs[0].layers,
    marks: runs[0].marks,
    first_load: { map_apply_ms: field('load', 'mapMs'), ingest_and_apply_ms: field('load', 'feedMs'),
      to_next_frame_ms: field('load', 'toPaintMs') },
    update_10_percent: { map_apply_ms: field('changed', 'mapMs'), ingest_and_apply_ms: field('changed', 'feedMs'),
      to_next_frame_ms: field('changed', 'toPaintMs') },
    update_10_percent_steady: { polls_before: STEADY_POLLS - 1, map_apply_ms: field('steady', 'mapMs'),
      ingest_and_apply_ms: field('steady', 'feedMs'), to_next_frame_ms: field('steady', 'toPaintMs') },
    accepted: runs.every((r) => r.load.accepted && r.changed.accepted && r.steady.accepted),
  };
}

// Police events (area incidents: rings by place), and the same events as exact spots (clustered).
async function measureMap(browser) {
  const areas = await measureMapFeeds(browser, 'polisen-20k.json', 'polisen-20k-update.json', 'bench-map-20k');
  const spots = await measureMapFeeds(browser, 'points-20k.json', 'points-20k-update.json', 'bench-map-20k-spots');
  return { ...areas, exact_spots: spots };
}

// Least-squares slope of ys on xs.
function slope(xs, ys) {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const cov = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const varX = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return cov / varX;
}

// The same feed shape at 1k, 5k, 10k and 20k events: the map's load to the next painted frame,
// then the list's frame times while scrolling, each in a fresh page. The slopes say how each
// grows with the feed.
async function measureScaling(browser) {
  const steps = [];
  for (const name of ['polisen-1k.json', 'polisen-5k.json', 'polisen-10k.json', 'polisen-20k.json']) {
    const text = feed(name);
    const { context, page, feed: endpoint } = await openEmptyMap(browser);
    endpoint.current = text;  // a poll in between brings the same feed: nothing changes
    const load = await deliverFeed(page, text);
    if (!load.accepted) throw new Error(`${name} was refused`);
    const { times } = await scrollListFrames(page);
    await context.close();
    steps.push({ feed: name, incidents: load.timings.incidents, load_to_next_frame_ms: round(load.toPaintMs),
      map_apply_ms: round(load.timings.mapMs), frames: times.length,
      frame_p50_ms: round(percentile(times, 50)), frame_p95_ms: round(percentile(times, 95)) });
  }
  const counts = steps.map((s) => s.incidents);
  return {
    steps,
    load_ms_per_1000: round(slope(counts, steps.map((s) => s.load_to_next_frame_ms)) * 1000, 3),
    frame_p95_ms_per_1000: round(slope(counts, steps.map((s) => s.frame_p95_ms)) * 1000, 3),
  };
}

async function measureWasmIngest(browser) {
  const { context, page } = await newPage(browser);
  await page.goto(BENCH_URL + 'ingest.html');
  const result = await page.evaluate(async ({ text, previous }) => {
    const module = await window.createIngestBench();
    module.run(text, previous, 2);  // warm-up: the first calls compile and grow the heap
    return module.run(text, previous, 10);
  }, { text: feed('polisen-10k.json'), previous: feed('polisen-10k-previous.json') });
  await context.close();
  if (result.error) throw new Error(`wasm ingest: ${result.error}`);
  const ingest = median(result.ingestMs); const parse = median(result.parseMs);
  const firstPoll = median(result.firstPollMs);
  return {
    bytes: Buffer.byteLength(feed('polisen-10k.json')),
    incidents: result.incidents, differences: result.changed, iterations: result.ingestMs.length,
    ingest_ms: round(ingest), plain_parse_ms: round(parse), parse_over_ingest: round(parse / ingest, 3),
    first_poll_ms: round(firstPoll), parse_over_first_poll: round(parse / firstPoll, 3),
  };
}

// Every click the metronome hands to the audio clock: when it was asked to sound, and what
// the audio clock said at that moment (a click scheduled in the past sounds late, at once).
function recordClicks() {
  window.scheduledClicks = [];
  const start = AudioScheduledSourceNode.prototype.start;
  AudioScheduledSourceNode.prototype.start = function (when = 0, ...rest) {
    if (this instanceof OscillatorNode) window.scheduledClicks.push({ when, at: this.context.currentTime });
    return start.call(this, when, ...rest);
  };
}

async function measureMetronome(browser) {
  const { context, page } = await newPage(browser);
  await page.addInitScript(recordClicks);
  await page.goto(`${SITE_URL}#/cpr`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Vuxen, bara tryck' }).click();
  await page.getByRole('button', { name: 'Starta takten' }).click();
  await page.waitForFunction(() => window.beredd.metronome.running);
  const audioStart = await page.evaluate(() => window.beredd.metronome.context.currentTime);
  await page.waitForFunction((until) => window.beredd.metronome.context.currentTime >= until,
    audioStart + METRONOME_S + 0.5, { timeout: (METRONOME_S + 30) * 1000, polling: 250 });
  const clicks = await page.evaluate(() => window.scheduledClicks.slice());
  await context.close();
  const rate = 110;
  const interval = 60 / rate;
  const first = clicks[0].when;
  const inWindow = clicks.filter((c) => c.when - first < METRONOME_S);
  // Where each click really sounds: at `when`, or at once when `when` had already passed.
  const errors = inWindow.map((c, i) => Math.abs(Math.max(c.when, c.at) - (first + i * interval)) * 1000);
  const leads = inWindow.map((c) => (c.when - c.at) * 1000);
  return {
    rate_per_min: rate, seconds: METRONOME_S, beats: inWindow.length,
    expected_beats: Math.round((METRONOME_S * rate) / 60),  // in [0, 60 s)
    mean_error_ms: round(errors.reduce((a, b) => a + b, 0) / errors.length, 6),
    max_error_ms: round(Math.max(...errors), 6),
    min_schedule_lead_ms: round(Math.min(...leads), 1),
  };
}

// An accelerated clock: performance.now, Date.now, timers and animation frames all run
// `speedup` times faster, so the app's idle clock, slides, warning, resets and feed polls
// happen as in a day, compressed.
function accelerateClock(speedup) {
  const realNow = performance.now.bind(performance);
  const realDateNow = Date.now;
  const origin = realNow(); const dateOrigin = realDateNow();
  const now = () => origin + (realNow() - origin) * speedup;
  Object.defineProperty(performance, 'now', { value: now, configurable: true });
  Date.now = () => dateOrigin + (realDateNow() - dateOrigin) * speedup;
  const { setTimeout: realSetTimeout, setInterval: realSetInterval, requestAnimationFrame: realFrame } = window;
  window.setTimeout = (fn, ms = 0, ...args) => realSetTimeout(fn, ms / speedup, ...args);
  window.setInterval = (fn, ms = 0, ...args) => realSetInterval(fn, ms / speedup, ...args);
  window.requestAnimationFrame = (fn) => realFrame(() => fn(now()));
}

// Runs in the page: a day of 30-second feed polls (the 48 soak feeds in turn) and a visitor
// every `visitEveryPolls` polls, who taps the attract screen and opens the map, then leaves;
// the kiosk warns and resets on its own.
async function runSoakDay({ feeds, polls, visitEveryPolls, warmupPolls }) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));  // simulated ms
  const attractButton = () => [...document.querySelectorAll('#mirror button')]
    .find((b) => b.textContent.includes('Tryck för att börja'));
  const feedBytes = feeds.map((text) => new TextEncoder().encode(text));  // as a poll hands them over
  const readings = { boot: window.beredd.heapStats(), series: [] };
  const pollsPerHour = 120;
  const framesAtStart = window.beredd.frames;
  window.beredd.takeFrameTimes();
  let visits = 0; let resetsSeen = 0; let accepted = 0;
  const dayStart = performance.now();
  for (let poll = 0; poll < polls; poll++) {
    // Poll n is due at n × 30 s of the day. A slow frame holds the page while the clock runs
    // on, and the polls that fell due meanwhile follow at once, as a poller catching up would.
    const due = dayStart + poll * 30000;
    if (performance.now() < due) await sleep(due - performance.now());
    if (window.beredd.feedPollers.pollers[0].onFeed(feedBytes[poll % feedBytes.length])) accepted++;
    if (poll % visitEveryPolls === 0) {
      const button = attractButton();
      if (button) {
        resetsSeen++;
        document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        button.click();
        await sleep(2000);
        window.location.hash = '#/map';
        visits++;
      }
    }
    // After the warm-up, a reading every simulated hour: the trend, not two points.
    if (poll + 1 >= warmupPolls && (poll + 1 - warmupPolls) % pollsPerHour === 0) {
      readings.series.push({ hour: ((poll + 1) * 30) / 3600, ...window.beredd.heapStats() });
    }
  }
  if (readings.series.at(-1)?.hour !== (polls * 30) / 3600) {
    readings.series.push({ hour: (polls * 30) / 3600, ...window.beredd.heapStats() });
  }
  const frameTimes = Array.from(window.beredd.takeFrameTimes()).sort((a, b) => a - b);
  return { readings, visits, resetsSeen, accepted, frames: window.beredd.frames - framesAtStart,
    medianFrameMs: frameTimes[Math.floor(frameTimes.length / 2)] };
}

async function measureSoak(browser) {
  const feeds = Array.from({ length: 48 }, (_, i) => feed(`soak-${String(i).padStart(2, '0')}.json`));
  const { context, page, errors } = await newPage(browser, { viewport: { width: 540, height: 960 }, feedText: feeds[0] });
  await page.addInitScript(accelerateClock, SOAK_SPEEDUP);
  await page.goto(`${SITE_URL}?kiosk=1`);
  await waitForApp(page);
  const polls = Math.round((SOAK_HOURS * 3600) / 30);
  const started = Date.now();
  const day = await page.evaluate(runSoakDay, { feeds, polls, visitEveryPolls: 20, warmupPolls: Math.min(120, Math.floor(polls / 4)) });
  const realS = (Date.now() - started) / 1000;
  await saveScreenshot(page, 'bench-soak-end');
  await context.close();
  const { boot, series } = day.readings;
  const start = series[0]; const end = series[series.length - 1];
  const percentOfStart = (reading, key) => ((reading[key] - start[key]) / start[key]) * 100;
  // The least-squares trend of the bytes in use, in % of the first reading per simulated hour.
  const usedTrend = slope(series.map((r) => r.hour), series.map((r) => percentOfStart(r, 'usedBytes')));
  return {
    simulated_hours: SOAK_HOURS, speedup: SOAK_SPEEDUP, real_seconds: round(realS, 1), feed_polls: polls,
    feed_polls_accepted: day.accepted, frames: day.frames, median_frame_ms: round(day.medianFrameMs),
    visits: day.visits, idle_resets_seen: day.resetsSeen,
    heap_bytes: { boot: boot.heapBytes, start: start.heapBytes, end: end.heapBytes },
    used_bytes: { boot: boot.usedBytes, start: start.usedBytes, end: end.usedBytes },
    used_change_percent: round(((end.usedBytes - start.usedBytes) / start.usedBytes) * 100, 3),
    heap_change_percent: round(((end.heapBytes - start.heapBytes) / start.heapBytes) * 100, 3),
    warmup_hours: round(start.hour, 2), readings: series.length,
    used_trend_percent_per_hour: round(usedTrend, 4),
    used_max_growth_percent: round(Math.max(...series.map((r) => percentOfStart(r, 'usedBytes'))), 3),
    heap_max_growth_percent: round(Math.max(...series.map((r) => percentOfStart(r, 'heapBytes'))), 3),
    used_max_deviation_percent: round(Math.max(...series.map((r) => Math.abs(percentOfStart(r, 'usedBytes')))), 3),
    heap_max_deviation_percent: round(Math.max(...series.map((r) => Math.abs(percentOfStart(r, 'heapBytes')))), 3),
    series: series.map((r) => ({ hour: round(r.hour, 2), used_bytes: r.usedBytes, heap_bytes: r.heapBytes })),
    page_errors: errors,
  };
}

const appServer = await startServer();
const benchServer = await startServer(['--root', benchSite]);
const SITE_URL = `${appServer.url}/`;
const BENCH_URL = `${benchServer.url}/`;
const SECTIONS = {
  load: (browser) => measureLoads(browser, SITE_URL, `${BENCH_URL}hello.html`),
  idle: (browser) => measureIdle(browser, SITE_URL, BENCH_URL),  // the static page is its index.html
  frames: measureFrames,
  map: measureMap,
  scaling: measureScaling,
  ingest: measureWasmIngest,
  metronome: measureMetronome,
  soak: measureSoak,
};

const browser = await launchBrowser();
const results = { chromium: browser.version() };
try {
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (onlySections.length > 0 && !onlySections.includes(name)) continue;
    const started = Date.now();
    log(`${name} …`);
    try {
      results[name] = await run(browser);
    } catch (error) {  // the other figures are still measured; the report lists this one as failed
      results[name] = { error: String(error.message ?? error).split('\n')[0] };
      process.exitCode = 1;
    }
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s:`, JSON.stringify(results[name]).slice(0, 400));
  }
} finally {
  await browser.close();
  await appServer.stop();
  await benchServer.stop();
}
writeFileSync(outPath, JSON.stringify(results, null, 2));
