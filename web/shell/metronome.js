// The CPR metronome on the audio clock, after Chris Wilson's "A Tale of Two Clocks": a timer
// wakes every 50 ms and schedules every click due within the next second at an exact
// AudioContext time. Timers and frames jitter; the audio clock does not. The lookahead is long
// because the page's main thread can be busy for hundreds of milliseconds (a long list drawn on
// a slow machine: the benchmark saw a click 38 ms late with 120 ms, 2026-11-22); clicks already
// handed to the audio clock are cancelled on stop, so stopping is still immediate.
// The beat times come from the app (core/cpr_timeline), which reads the same clock through
// now() for the visual pulse and the count, so sound and picture cannot drift apart.

const TICK_MS = 50;
const LOOKAHEAD_S = 1.0;
const START_DELAY_S = 0.15;  // room to schedule the first click before it is due
const CLICK_S = 0.04;

export class Metronome {
  constructor() {
    this.context = null;
    this.running = false;
    this.origin = 0;        // AudioContext time of beat time 0
    this.scheduledUntil = 0;
    this.scheduled = [];    // beat times handed to the audio clock (s from start), for tests
    this.pending = [];      // clicks handed to the audio clock that may not have sounded yet
    this.timer = 0;
    this.wakeLock = null;
    document.addEventListener('visibilitychange', () => {
      if (this.running && document.visibilityState === 'visible') this.holdWakeLock();
    });
  }

  // Browsers start audio only from a user gesture: called from the first tap or key press.
  unlock() {
    if (!this.context) {
      const AudioContextClass = window.AudioContext ?? window.webkitAudioContext;
      if (!AudioContextClass) return;
      this.context = new AudioContextClass({ latencyHint: 'interactive' });
    }
    if (this.context.state === 'suspended') this.context.resume();
  }

  // `beatsBetween(from, to)` returns the beat times (s from start) in [from, to).
  start(beatsBetween) {
    this.unlock();
    if (!this.context) return false;
    this.stop();
    this.beatsBetween = beatsBetween;
    this.origin = this.context.currentTime + START_DELAY_S;
    this.scheduledUntil = -START_DELAY_S;
    this.scheduled = [];
    this.running = true;
    this.schedule();
    this.timer = setInterval(() => this.schedule(), TICK_MS);
    this.holdWakeLock();
    return true;
  }

  stop() {
    clearInterval(this.timer);
    this.timer = 0;
    this.running = false;
    for (const { oscillator } of this.pending) oscillator.stop();  // silences it at once
    this.pending = [];
    this.wakeLock?.release().catch(() => {});
    this.wakeLock = null;
  }

  // Seconds since beat time 0 on the audio clock (negative just before the first beat).
  now() {
    return this.running ? this.context.currentTime - this.origin : 0;
  }

  schedule() {
    const now = this.context.currentTime;
    this.pending = this.pending.filter((click) => click.ends > now);
    const horizon = now - this.origin + LOOKAHEAD_S;
    for (const t of this.beatsBetween(this.scheduledUntil, horizon)) {
      this.click(this.origin + t);
      this.scheduled.push(t);
    }
    this.scheduledUntil = horizon;
  }

  click(when) {
    const oscillator = this.context.createOscillator();
    const gain = this.context.createGain();
    oscillator.frequency.value = 1200;
    gain.gain.setValueAtTime(0.7, when);
    gain.gain.exponentialRampToValueAtTime(0.001, when + CLICK_S);
    oscillator.connect(gain).connect(this.context.destination);
    oscillator.start(when);
    oscillator.stop(when + CLICK_S);
    this.pending.push({ oscillator, ends: when + CLICK_S });
  }

  // Keeps the screen on during CPR; not every browser has the Wake Lock API.
  holdWakeLock() {
    if (!navigator.wakeLock || this.wakeLock) return;
    navigator.wakeLock.request('screen').then((lock) => {
      if (this.running) this.wakeLock = lock;
      else lock.release();
    }, () => {});
  }
}
