// A sample of the VMA warning signal's tone ("Viktigt meddelande": 7 s of tone, then 14 s of
// silence, MSB), played only from a tap on the VMA guide, at a moderate volume, through the
// page's one AudioContext (the metronome's, unlocked by that tap). It also sounds, shortly, for
// a new alert for the visitor's places when they chose that (the "Mina platser" screen). Nothing
// else starts it: not on load, not on a kiosk's attract screen.

const VOLUME = 0.15;   // a sample to recognise the signal by, not an alarm
const FREQUENCY_HZ = 440;
const RAMP_S = 0.05;   // fade in and out: no click

export class SignalSample {
  // `audio()` unlocks and returns the page's AudioContext, or null when there is no audio.
  constructor(audio) {
    this.audio = audio;
    this.oscillator = null;
    this.playing = false;  // tests read it
  }

  play(seconds) {
    const context = this.audio();
    if (!context) return;
    this.stop();
    const start = context.currentTime;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(VOLUME, start + RAMP_S);
    gain.gain.setValueAtTime(VOLUME, start + seconds - RAMP_S);
    gain.gain.linearRampToValueAtTime(0, start + seconds);
    const oscillator = context.createOscillator();
    oscillator.frequency.value = FREQUENCY_HZ;
    oscillator.connect(gain).connect(context.destination);
    oscillator.onended = () => {
      if (this.oscillator === oscillator) this.finish();
    };
    oscillator.start(start);
    oscillator.stop(start + seconds);
    this.oscillator = oscillator;
    this.playing = true;
  }

  stop() {
    if (!this.oscillator) return;
    const oscillator = this.oscillator;
    this.finish();
    oscillator.stop();
  }

  finish() {
    this.oscillator = null;
    this.playing = false;
  }
}
