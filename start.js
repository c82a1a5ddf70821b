// Starts the app: loads the wasm-bindgen module and its WebAssembly, whose hashed names
// trunk writes on this script's element (Trunk.toml, `pattern_script`), and the
// corpus's index (corpus/index.json, written by the build), all three in parallel.
// An article's data is fetched by the app when it is opened. Only when the reader has
// saved articles of their own does the page need, at once, the lexicon (lexicon.txt:
// places, given names, common words) and the corpus's frequencies to analyse them:
// then they are fetched in parallel too. A file rather than trunk's inline loader, so
// that the page runs under a Content-Security-Policy without 'unsafe-inline' (README,
// Hosting).
const { js, wasm } = document.querySelector('script[data-wasm]').dataset;
const wasmResponse = fetch(wasm);
const text = (file) => fetch(file)
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the server answered ${r.status}`))))
  .catch((e) => ({ error: String(e && e.message ? e.message : e) }));
let saved = null;
try {
  saved = localStorage.getItem('overlap.own-articles.v1');
} catch {
  // Storage blocked: the app says so; the reader has no saved articles to analyse.
}
const own = saved !== null && saved !== '[]';
const [index, lexicon, frequencies, { default: init }] = await Promise.all([
  text('corpus/index.json'),
  own ? text('lexicon.txt') : undefined,
  own ? text('corpus/frequencies.json') : undefined,
  import(js),
]);
globalThis.overlapIndex = index;
if (own) {
  globalThis.overlapLexicon = lexicon;
  globalThis.overlapFrequencies = frequencies;
}
await init({ module_or_path: wasmResponse });
