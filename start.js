// Starts the app: loads the wasm-bindgen module and its WebAssembly, whose hashed names
// trunk writes on this script's element (Trunk.toml, `pattern_script`), and the corpus's
// index (corpus/index.json, written by the build), in parallel. The two articles the page
// opens first (named in the address, else the index's first two), and those the address
// compares at once (`set`), are fetched as soon as their ids are known, while the wasm
// starts; any other article is fetched by the app
// when it is opened. Only when the reader has saved articles of their own does the page
// need, at once, the lexicon (lexicon.txt: places, given names, common words) and the
// corpus's frequencies to analyse them: then they are fetched in parallel too. A file
// rather than trunk's inline loader, so that the page runs under a
// Content-Security-Policy without 'unsafe-inline' (README, Hosting).
const { js, wasm } = document.querySelector('script[data-wasm]').dataset;
const wasmResponse = fetch(wasm);
const message = (e) => String(e && e.message ? e.message : e);
const get = (file) => fetch(file)
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`the server answered ${r.status}`))));
const text = (file) => get(file).catch((e) => ({ error: message(e) }));

// The index is parsed here, by the browser: the wasm reads the parsed value.
const index = get('corpus/index.json').then(
  (t) => {
    try {
      return JSON.parse(t);
    } catch (e) {
      return { damaged: message(e) };
    }
  },
  (e) => ({ error: message(e) }),
);
const prefetched = {};
const prefetch = (id) => {
  if (typeof id !== 'string' || id in prefetched) return;
  prefetched[id] = get(`corpus/articles/${encodeURIComponent(id)}.json`);
  prefetched[id].catch(() => {}); // Reported by the app when it asks for it.
};
// Only ids the index has: a link may name an article that is gone, or one of the reader's.
index.then((i) => {
  const articles = Array.isArray(i && i.articles) ? i.articles : [];
  const ids = new Set(articles.map((a) => a && a.id));
  const query = new URLSearchParams(location.search);
  const [left, right] = [query.get('left'), query.get('right')].map((id) => (ids.has(id) ? id : null));
  const first = articles.slice(0, 2).map((a) => a.id);
  prefetch(left ?? first[0]);
  prefetch(right ?? first.find((id) => id !== (left ?? first[0])));
  // The articles compared at once, when the link names some (at most eight).
  (query.get('set') ?? '').split(',').filter((id) => ids.has(id)).slice(0, 8).forEach(prefetch);
});
globalThis.overlapPrefetched = prefetched;

let saved = null;
try {
  saved = localStorage.getItem('overlap.own-articles.v1');
} catch {
  // Storage blocked: the app says so; the reader has no saved articles to analyse.
}
const own = saved !== null && saved !== '[]';
const [parsed, lexicon, frequencies, { default: init }] = await Promise.all([
  index,
  own ? text('lexicon.txt') : undefined,
  own ? text('corpus/frequencies.json') : undefined,
  import(js),
]);
globalThis.overlapIndex = parsed;
if (own) {
  globalThis.overlapLexicon = lexicon;
  globalThis.overlapFrequencies = frequencies;
}
await init({ module_or_path: wasmResponse });
