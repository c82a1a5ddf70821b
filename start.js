// Starts the app: loads the wasm-bindgen module and its WebAssembly, whose hashed names
// trunk writes on this script's element (Trunk.toml, `pattern_script`). A file rather
// than trunk's inline loader, so that the page runs under a Content-Security-Policy
// without 'unsafe-inline' (README, Hosting).
const { js, wasm } = document.querySelector('script[data-wasm]').dataset;
const { default: init } = await import(js);
await init({ module_or_path: wasm });
