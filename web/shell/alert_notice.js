// A new alert for the visitor's places, told without waiting for them to look: read out at
// once by screen readers (an assertive live region outside the mirror, so a redraw never
// replaces it), and, when they chose it and the tab is hidden, a notification through the
// Notification API. There is no push server: notifications come only while the page is open.

const SETTLE_MS = 100;  // an emptied region, then the text: read again even when unchanged

export class AlertNotice {
  // `openAlert(id)`: a click on a notification shows that alert in the app.
  constructor(liveRegion, openAlert) {
    this.live = liveRegion;
    this.openAlert = openAlert;
    this.pending = [];  // the texts of one poll, read as one announcement
    this.notifications = 0;  // shown so far (tests read it)
  }

  announce(text, title, body, alertId, notify) {
    this.pending.push(text);
    if (this.pending.length === 1) {
      this.live.textContent = '';
      setTimeout(() => {
        this.live.textContent = this.pending.join(' ');
        this.pending = [];
      }, SETTLE_MS);
    }
    if (notify && document.visibilityState === 'hidden' && this.permission() === 'granted') this.notify(title, body, alertId);
  }

  notify(title, body, alertId) {
    // `tag`: an update of the same alert replaces its notification instead of adding one.
    const notification = new Notification(title, { body, tag: alertId, lang: document.documentElement.lang });
    notification.onclick = () => {
      window.focus();
      this.openAlert(alertId);
      notification.close();
    };
    this.notifications += 1;
  }

  permission() {
    return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
  }

  // From a tap: browsers ask the visitor only after a gesture. `answer` gets the permission.
  request(answer) {
    if (this.permission() === 'unsupported') {
      answer('unsupported');
      return;
    }
    Notification.requestPermission().then(answer, () => answer(this.permission()));
  }
}
