// Starts the app: loads the wasm-bindgen module and its WebAssembly, whose hashed names
// trunk writes on this script's element (Trunk.toml, `pattern_script`), and the bundled
// articles (bundled.json, written by the build) and the lexicon (lexicon.txt: places,
// given names, common words), all four in parallel. A file rather
// than trunk's inline loader, so that the page runs under a Content-Security-Policy
// without 'unsafe-inline' (README, Hosting).
const { js, wasm } = document.querySelector('script[data-wasm]').dataset;
const wasmResponse = fetch(wasm);
const bundled = fetch('bundled.json')
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .catch((e) => ({ error: String(e && e.message ? e.message : e) }));
const lexicon = fetch('lexicon.txt')
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .catch((e) => ({ error: String(e && e.message ? e.message : e) }));
const [data, words, { default: init }] = await Promise.all([bundled, lexicon, import(js)]);
globalThis.overlapBundled = data;
globalThis.overlapLexicon = words;
await init({ module_or_path: wasmResponse });
