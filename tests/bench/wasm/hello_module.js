// Emscripten's Module for the hello page (serve.py's CSP allows no inline script).
var Module = { canvas: document.getElementById('canvas') };
