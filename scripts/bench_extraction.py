#!/usr/bin/env python3
"""Measures the article extractor (`overlap extract`) against trafilatura.

    python scripts/bench_extraction.py [options] DIR

scripts/bench-extraction.sh runs it (it builds overlap, makes the text captures and the
venv); run it directly to re-score after a change without those steps. Every input is a
local copy kept outside the repository; nothing is downloaded.

--set scrapinghub (the default): DIR is a copy of scrapinghub/article-extraction-benchmark
(html/*.html.gz, ground-truth.json, evaluate.py). Three runs over its 181 pages:
  overlap html      `overlap extract` on the pages (gunzipped to a temporary folder);
  overlap text      `overlap extract` on their text captures (CAPTURES/ID.txt, made by
                    e2e/bench/text-captures.mjs: a browser's "select all, copy");
  trafilatura html  trafilatura.extract(html, output_format='txt', include_comments=False),
                    the call of the benchmark's extractors/run_trafilatura.py (all else at
                    trafilatura's defaults), on the page decoded as UTF-8 as it does.
Every output is scored by the benchmark's own evaluate.py, imported from DIR: its
evaluate() gives F1, precision, recall and accuracy as the means it publishes, with its
bootstrap standard deviation (random seed 0).

--set trafilatura: DIR is a copy of adbar/trafilatura (or of its tests/ folder): the
pages of tests/evaldata.json (or tests/evaldata.py's EVAL_PAGES) found in tests/cache/
or tests/eval/, scored with their "with"/"without" strings as trafilatura's own
benchmark does (tests/eval_common.py's count_item when it imports, else the same rule
here: a "with" string found in the output is a true positive, one missing a false
negative; a "without" string found is a false positive, one missing a true negative;
strings and output whitespace-normalized). It is a TUNING set, not the benchmark:
tune on it, report the scrapinghub figures.

Speed is MB/s = the sum of input bytes / the sum of extraction seconds (MB = 10^6 bytes)
over the pages without error: overlap's seconds are its own `seconds` field per page,
trafilatura's are timed around each extract() call in this process.

Run it with the venv's Python (trafilatura imported from it), or pass --no-trafilatura.
"""

import argparse
import gzip
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BATCH = 100  # files per `overlap extract` call
BATCH_TIMEOUT_S = 900


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join(__doc__.split("\n\n")[2:]),
    )
    parser.add_argument("dir", type=Path, help="local copy of the benchmark (or of trafilatura with --set trafilatura)")
    parser.add_argument("--set", choices=["scrapinghub", "trafilatura"], default="scrapinghub")
    parser.add_argument("--overlap", type=Path, default=REPO / "target" / "release" / "overlap",
                        help="the overlap binary (default: target/release/overlap)")
    parser.add_argument("--captures", type=Path,
                        help="folder of NAME.txt text captures (default: /tmp/bench/captures/SET)")
    parser.add_argument("--dump", type=Path, metavar="DIR",
                        help="write each page's overlap body to DIR/NAME.html.out and DIR/NAME.txt.out "
                             "(and trafilatura's to DIR/NAME.trafilatura.out)")
    parser.add_argument("--forms", default="html,text", help="overlap's inputs to run: html, text or both (default)")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura (quicker while tuning)")
    parser.add_argument("--bootstrap", type=int, default=1000,
                        help="bootstrap resamples for evaluate.py's ± (default 1000, 0 for none)")
    parser.add_argument("--worst", type=int, default=10, help="how many worst pages to list per run (default 10)")
    args = parser.parse_args()

    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    if not forms or any(f not in ("html", "text") for f in forms):
        parser.error("--forms takes html, text or html,text")
    if not args.overlap.is_file():
        parser.error(f"no overlap binary at {args.overlap} (cargo build --release -p overlap-core --bin overlap)")
    captures = args.captures or Path("/tmp/bench/captures") / args.set
    traf = None if args.no_trafilatura else import_trafilatura()

    if args.set == "scrapinghub":
        pages, score = scrapinghub_set(args.dir, args.bootstrap)
    else:
        pages, score = trafilatura_set(args.dir)

    runs = []  # (system, form, {name: result})
    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as tmp:
        for form in forms:
            inputs = {}
            missing = {}
            for page in pages:
                if form == "html":
                    inputs[page.name] = page.html_path(Path(tmp))
                else:
                    path = captures / f"{page.name}.txt"
                    if path.is_file():
                        inputs[page.name] = path
                    else:
                        missing[page.name] = {"error": f"no text capture {path}"}
            if missing:
                print(f"warning: {len(missing)} of {len(pages)} pages have no text capture in {captures}; "
                      "they count as empty output", file=sys.stderr)
            started = time.perf_counter()
            results = run_overlap(args.overlap, inputs)
            results.update(missing)
            wrong = [n for n, r in results.items() if r.get("form") not in (None, form)]
            if wrong:
                print(f"warning: overlap read {len(wrong)} {form} inputs as another form, e.g. {wrong[0]}",
                      file=sys.stderr)
            print(f"overlap {form}: {len(pages)} pages in {time.perf_counter() - started:.1f} s wall",
                  file=sys.stderr)
            runs.append(("overlap", form, results))
        if traf is not None:
            started = time.perf_counter()
            runs.append(("trafilatura", "html", run_trafilatura(traf, pages)))
            print(f"trafilatura html: {len(pages)} pages in {time.perf_counter() - started:.1f} s wall",
                  file=sys.stderr)

    if args.dump:
        dump(args.dump, runs)
    score(runs, args.worst, traf_version() if traf is not None else None)
    return 0


# --- running the extractors -------------------------------------------------------------


def run_overlap(binary: Path, inputs: dict) -> dict:
    """{name: result} from `overlap extract`, a result being the JSON line it printed
    (with `body`, `bytes`, `seconds`) or {"error": ...}. A batch that dies is run
    again from the page after the one it died on, so that a crash costs only its own page."""
    by_path = {str(path): name for name, path in inputs.items()}
    paths = list(by_path)
    out = {}
    for start in range(0, len(paths), BATCH):
        todo = paths[start:start + BATCH]
        while todo:
            got, failure = overlap_batch(binary, todo)
            for path, result in got.items():
                out[by_path[path]] = result
            missing = [path for path in todo if path not in got]
            if not missing:
                break
            # Lines come in order, so the first file without one is the likely culprit:
            # run it alone, then the rest again.
            first = missing[0]
            if len(todo) > 1:
                one, one_failure = overlap_batch(binary, [first])
                failure = one_failure or failure
                if first in one:
                    out[by_path[first]] = one[first]
            out.setdefault(by_path[first], {"error": failure or "no output line"})
            todo = missing[1:]
    return out


def overlap_batch(binary: Path, batch: list):
    """({path: result}, failure message or None) for one `overlap extract` call."""
    try:
        proc = subprocess.run([str(binary), "extract", *batch], capture_output=True,
                              encoding="utf-8", errors="replace", timeout=BATCH_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {}, f"timed out after {BATCH_TIMEOUT_S} s"
    lines, junk = [], None
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict):
            lines.append(obj)
        else:
            junk = junk or line
    got = {}
    for i, obj in enumerate(lines):
        path = obj.get("file")
        if path not in batch and i < len(batch):
            path = batch[i]  # a path printed differently: the contract keeps the order
        got[path] = obj
    failure = None
    if proc.returncode != 0 or len(got) < len(batch):
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:]) or "no message"
        status = f"killed by signal {-proc.returncode}" if proc.returncode < 0 else f"exit {proc.returncode}"
        failure = f"{status}: {tail}"
    if junk is not None:
        failure = f"{failure or 'exit 0'}; printed a line that is not a JSON object: {junk[:120]!r}"
    return got, failure


def body_of(result: dict) -> str:
    if not result or "error" in result:
        return ""
    body = result.get("body") or ""
    if isinstance(body, list):  # tolerate a list of paragraphs
        body = "\n\n".join(body)
    return body


def import_trafilatura():
    try:
        import trafilatura
    except ImportError:
        sys.exit("trafilatura does not import: run this with the venv's Python "
                 "(scripts/bench-extraction.sh makes it), or pass --no-trafilatura")
    return trafilatura


def traf_version():
    try:
        from importlib.metadata import version
        return version("trafilatura")
    except Exception:
        return None


def run_trafilatura(traf, pages) -> dict:
    out = {}
    for page in pages:
        data = page.traf_input()
        size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
        started = time.perf_counter()
        try:
            body = traf.extract(data, output_format="txt", include_comments=False)
        except Exception as err:  # a crash is an empty output, as both benchmarks count it
            out[page.name] = {"error": f"{type(err).__name__}: {err}"}
            continue
        seconds = time.perf_counter() - started
        out[page.name] = {"body": body or "", "bytes": size, "seconds": seconds}
    return out


def dump(folder: Path, runs) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for system, form, results in runs:
        suffix = f"{form}.out" if system == "overlap" else f"{system}.out"
        for name, result in results.items():
            text = f"ERROR: {result['error']}\n" if "error" in result else body_of(result)
            (folder / f"{name}.{suffix}").write_text(text, encoding="utf-8")
    print(f"bodies written to {folder}/NAME.{{html,txt,trafilatura}}.out", file=sys.stderr)


def throughput(results: dict):
    ok = [r for r in results.values() if "error" not in r and r.get("seconds") is not None]
    size = sum(r.get("bytes") or 0 for r in ok)
    seconds = sum(r["seconds"] for r in ok)
    return (size / 1e6 / seconds) if seconds > 0 else float("nan"), size


def errors_of(results: dict) -> list:
    return [(name, r["error"]) for name, r in results.items() if "error" in r]


def print_errors(runs) -> None:
    for system, form, results in runs:
        errors = errors_of(results)
        if errors:
            print(f"\n{system} {form}: {len(errors)} errors, e.g.")
            for name, message in errors[:5]:
                print(f"  {name}: {message[:160]}")


# --- scrapinghub article-extraction-benchmark --------------------------------------------


class ScrapinghubPage:
    def __init__(self, name: str, gz: Path):
        self.name = name
        self.gz = gz

    def raw(self) -> bytes:
        with gzip.open(self.gz, "rb") as f:
            return f.read()

    def html_path(self, tmp: Path) -> Path:
        path = tmp / f"{self.name}.html"
        if not path.exists():
            path.write_bytes(self.raw())
        return path

    def traf_input(self):
        # as extractors/run_trafilatura.py reads it: gzip.open(path, 'rt', encoding='utf8')
        return self.raw().decode("utf-8")


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scrapinghub_set(bench: Path, n_bootstrap: int):
    for need in ("evaluate.py", "ground-truth.json", "html"):
        if not (bench / need).exists():
            sys.exit(f"{bench} is not a copy of scrapinghub/article-extraction-benchmark: no {need}")
    ev = load_module(bench / "evaluate.py", "aeb_evaluate")
    truth = ev.load_json(bench / "ground-truth.json")
    pages = []
    for name in truth:
        gz = bench / "html" / f"{name}.html.gz"
        if not gz.is_file():
            sys.exit(f"no page {gz} for ground-truth id {name}")
        pages.append(ScrapinghubPage(name, gz))

    def score(runs, worst: int, version) -> None:
        print(f"\nscrapinghub article-extraction-benchmark: {len(truth)} pages, scored by its evaluate.py "
              f"(means over pages; ± bootstrap std, {n_bootstrap} resamples)")
        if version:
            print(f"trafilatura {version}: extract(html, output_format='txt', include_comments=False)")
        header = (f"{'system':<12} {'form':<5} {'F1':<14} {'precision':<14} {'recall':<14} "
                  f"{'accuracy':<9} {'MB/s':>7} {'MB':>6} {'F1<0.5':>6} {'errors':>6}")
        print(header)
        print("-" * len(header))
        details = []
        for system, form, results in runs:
            prediction = {name: {"articleBody": body_of(results.get(name))} for name in truth}
            ev.random.seed(0)
            m = ev.evaluate(truth, prediction, n_bootstrap)
            per_page = []
            for name, (tp, fp, fn) in zip(truth, m["tp_fp_fns"]):
                p, r = ev.precision_score(tp, fp, fn), ev.recall_score(tp, fp, fn)
                per_page.append((2 * p * r / (p + r) if p + r else 0.0, p, r, name))
            low = sum(1 for f1, *_ in per_page if f1 < 0.5)
            speed, size = throughput(results)

            def pm(key):
                std = m.get(f"{key}_std")
                return f"{m[key]:.3f}" + (f" ± {std:.3f}" if std is not None else "")

            print(f"{system:<12} {form:<5} {pm('f1'):<14} {pm('precision'):<14} {pm('recall'):<14} "
                  f"{m['accuracy']:<9.3f} {speed:>7.2f} {size / 1e6:>6.1f} {low:>6} {len(errors_of(results)):>6}")
            details.append((system, form, sorted(per_page)[:worst]))
        for system, form, rows in details if worst > 0 else []:
            print(f"\n{system} {form}: the {len(rows)} worst pages (F1 precision recall id url)")
            for f1, p, r, name in rows:
                print(f"  {f1:.3f} {p:.3f} {r:.3f} {name} {truth[name].get('url', '')}")
        print_errors(runs)

    return pages, score


# --- trafilatura's evaluation pages (tuning set) -----------------------------------------


class TrafilaturaPage:
    def __init__(self, name: str, path: Path, item: dict):
        self.name = name
        self.path = path
        self.item = item

    def html_path(self, tmp: Path) -> Path:
        if self.path.suffix.lower() in (".html", ".htm"):
            return self.path
        link = tmp / f"{self.name}.html"
        if not link.exists():
            link.symlink_to(self.path.resolve())
        return link

    def traf_input(self):
        return self.path.read_bytes()  # bytes, as trafilatura's own benchmark passes them


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def count_item(item: dict, result) -> tuple:
    """(tp, fp, fn, tn): the rule of trafilatura's tests/eval_common.py count_item."""
    if isinstance(result, str):
        text = norm(result)
        tp = sum(1 for w in item["with"] if norm(w) in text)
        fp = sum(1 for w in item["without"] if norm(w) in text)
    else:
        tp = fp = 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def trafilatura_set(root: Path):
    tests = root / "tests" if (root / "tests").is_dir() else root
    if (tests / "evaldata.json").is_file():
        evaldata = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
        source = "tests/evaldata.json"
    elif (tests / "evaldata.py").is_file():
        evaldata = load_module(tests / "evaldata.py", "traf_evaldata").EVAL_PAGES
        source = "tests/evaldata.py"
    else:
        sys.exit(f"{root} is not a copy of trafilatura: no tests/evaldata.json or tests/evaldata.py")
    counter, scorer = count_item, "the same rule as tests/eval_common.py, reimplemented here"
    if (tests / "eval_common.py").is_file():
        try:
            counter = load_module(tests / "eval_common.py", "traf_eval_common").count_item
            scorer = "tests/eval_common.py count_item"
        except Exception as err:
            print(f"note: tests/eval_common.py does not import ({err}); scoring with {scorer}", file=sys.stderr)

    pages, absent = [], []
    names = set()
    for url in sorted(evaldata):
        item = evaldata[url]
        path = next((tests / sub / item["file"] for sub in ("cache", "eval")
                     if (tests / sub / item["file"]).is_file()), None)
        if path is None:
            absent.append(item["file"])
            continue
        name = re.sub(r"\.html?$", "", item["file"], flags=re.I)
        if name in names:
            continue
        names.add(name)
        pages.append(TrafilaturaPage(name, path, item))
    if absent:
        print(f"warning: {len(absent)} annotated files are in neither tests/cache nor tests/eval, e.g. "
              f"{absent[0]}; left out", file=sys.stderr)

    def score(runs, worst: int, version) -> None:
        withs = sum(len(p.item["with"]) for p in pages)
        withouts = sum(len(p.item["without"]) for p in pages)
        print(f"\ntrafilatura's evaluation pages ({source}): {len(pages)} pages, {withs} 'with' and "
              f"{withouts} 'without' strings; scored by {scorer}. A TUNING set, not the benchmark.")
        if version:
            print(f"trafilatura {version}: extract(html bytes, output_format='txt', include_comments=False)")
        header = (f"{'system':<12} {'form':<5} {'F1':>6} {'precision':>9} {'recall':>6} {'accuracy':>8} "
                  f"{'MB/s':>7} {'MB':>6} {'pages<all':>9} {'errors':>6}")
        print(header)
        print("-" * len(header))
        details = []
        for system, form, results in runs:
            tp = fp = fn = tn = 0
            per_page = []
            for page in pages:
                result = results.get(page.name) or {"error": "no result"}
                text = None if "error" in result else body_of(result)
                c = counter(page.item, text)
                tp, fp, fn, tn = tp + c[0], fp + c[1], fn + c[2], tn + c[3]
                per_page.append((c[1] + c[2], page, text))
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
            accuracy = (tp + tn) / (tp + fp + fn + tn) if tp + fp + fn + tn else 0.0
            imperfect = sum(1 for misses, *_ in per_page if misses)
            speed, size = throughput(results)
            print(f"{system:<12} {form:<5} {f1:>6.3f} {precision:>9.3f} {recall:>6.3f} {accuracy:>8.3f} "
                  f"{speed:>7.2f} {size / 1e6:>6.1f} {imperfect:>9} {len(errors_of(results)):>6}")
            details.append((system, form, sorted(per_page, key=lambda x: (-x[0], x[1].name))[:worst]))
        print("(pages<all: pages with at least one string wrong)")
        for system, form, rows in details if worst > 0 else []:
            print(f"\n{system} {form}: the {len(rows)} pages with most strings wrong")
            for misses, page, text in rows:
                t = norm(text or "")
                lost = [w for w in page.item["with"] if norm(w) not in t]
                kept = [w for w in page.item["without"] if norm(w) in t]
                first = (f"missing {lost[0][:50]!r}" if lost else f"has {kept[0][:50]!r}") if misses else ""
                print(f"  {misses:>2} wrong  {page.name}  {first}")
        print_errors(runs)

    return pages, score


if __name__ == "__main__":
    sys.exit(main())
