// The page around the canvas, as typed calls: boot.js's `beredd` shell object, the address bar
// and the browser's languages. Every JavaScript name the runner calls is spelled once, here or in
// web_platform.cpp. Layer: web (Emscripten only). Must not include ui views.
#pragma once

#include <emscripten/val.h>

#include <string>
#include <string_view>
#include <vector>

namespace beredd::web::page {

// The page's shell object (web/shell/boot.js).
emscripten::val Shell();

// The app cannot run ("fonts", "content", "webgl2"): the page keeps its plain-HTML numbers and
// says why.
void Fail(std::string_view reason);
void FirstFrame();                 // the app is on screen: the plain-HTML numbers step back
void CountFrame(double frames);    // frames drawn so far (tests read it: constant while idle)
void ContextLost();                // the plain-HTML numbers come back until the GL context does
void SetKiosk(bool enabled);       // the page's own kiosk behaviour (no context menu, no links)
void SetFeedActive(bool active);   // poll the feed (alerts show on every screen), or stop
// The feed's endpoint and interval changed (a served pack arrived): {endpoint, pollSeconds}.
void SetFeedSettings(const emscripten::val& settings);

// A new alert for the visitor's places: `text` is read out at once (an assertive live region),
// and with `notify` a notification shows `title` and `body` while the tab is hidden.
void AnnounceAlert(const std::string& text, const std::string& title, const std::string& body,
                   const std::string& alert_id, bool notify);
// The browser's Notification permission: "unsupported", "default", "granted" or "denied".
std::string NotificationPermission();
// Asks for it (from a tap); the answer comes back as App::NotificationPermissionChanged.
void RequestNotifications();
// Keep polling the feed while the tab is hidden (notifications are on), or not.
void SetPollWhileHidden(bool on);

// The map's host element in the accessibility mirror (null when the node has none yet), and
// wiping what visitors typed into the mirror's fields.
emscripten::val MirrorElement(const std::string& semantic_id);
void ClearMirrorFields();

// The address: the route is the hash ("#/cpr"), the query says "?kiosk=1".
std::string Hash();
std::string Query();
void SetHash(std::string_view hash);      // adds a history entry; the page calls RouteChanged
void ReplaceHash(std::string_view hash);  // without a history entry (a kiosk's next visitor)

// The browser's preferred languages, most preferred first ("sv-SE", "en").
std::vector<std::string> Languages();

}  // namespace beredd::web::page
