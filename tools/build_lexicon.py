"""Build reporter's English lexicon (``reporter/data/lexicon-en.txt.gz``) from WordNet 3.0.

    python tools/build_lexicon.py [--wordnet /usr/share/wordnet] [--out PATH]

The input is a WordNet 3.0 database in its distribution format (Debian: ``apt-get install
wordnet-base``, which puts it in ``/usr/share/wordnet``). The output keeps only what
``reporter.lexicon`` reads, for the lemmas of one or two words of nouns, verbs and adjectives:

* ``s`` lines, one per synset, numbered from 0 in file order: part of speech,
  lexicographer file (WordNet's ``lexnames``: 13 is ``noun.food``; ``i`` before it for
  an instance, a proper noun such as ``Orozco``), hypernyms (nouns and verbs, instance
  hypernyms included), antonyms, adjectives' similar-to links;
* ``w`` lines: a lemma, then per part of speech its SemCor tag count and its synsets in
  WordNet's sense order;
* an ``r`` line: the synset of physical entities, under which concrete things are;
* ``x`` lines: irregular forms (``mice`` -> ``mouse``) from the exception lists.

The file is gzip with a zero timestamp, so the same database gives the same bytes;
``tests/test_lexicon.py`` rebuilds it and compares when the database is installed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb", "a": "adj"}
SENSE_KEY_POS = {"1": "n", "2": "v", "3": "a", "5": "a"}
HEADER = (
    "# reporter English lexicon: derived from WordNet 3.0 by tools/build_lexicon.py.\n"
    "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n"
    "# Licence: reporter/data/WORDNET-LICENSE.\n"
)


Key = tuple[str, str]
"""A synset as (part of speech, byte offset in its data file)."""


def read_synsets(root: Path
                 ) -> tuple[list[Key], dict[Key, dict[str, list[Key]]], dict[Key, str]]:
    """Synset keys in file order, their pointers by kind, and their lexicographer file
    numbers (``13`` is ``noun.food``; WordNet's ``lexnames`` lists them)."""
    keys: list[Key] = []
    links: dict[Key, dict[str, list[Key]]] = {}
    files: dict[Key, str] = {}
    for pos, name in POS_FILES.items():
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue  # licence header
            fields = line.split(" | ")[0].split()
            offset, n_words = fields[0], int(fields[3], 16)
            at = 4 + 2 * n_words
            n_ptrs = int(fields[at])
            key = (pos, offset)
            keys.append(key)
            files[key] = str(int(fields[1]))
            instance = False
            kinds: dict[str, list[Key]] = {"@": [], "!": [], "&": []}
            for k in range(n_ptrs):
                symbol, target, tpos = fields[at + 1 + 4 * k: at + 4 + 4 * k]
                kind = "@" if symbol in ("@", "@i") else symbol
                instance = instance or symbol == "@i"
                tpos = "a" if tpos == "s" else tpos
                if kind in kinds and tpos in POS_FILES:
                    kinds[kind].append((tpos, target))
            links[key] = kinds
            if instance:
                files[key] = "i" + files[key]
    return keys, links, files


PHYSICAL = "physical_entity"
"""The root of concrete things, also written as an ``r`` line."""


def read_index(root: Path) -> dict[str, dict[str, list[Key]]]:
    """Lemma -> part of speech -> synsets in sense order, for words and two-word compounds
    (``oil_rig``)."""
    out: dict[str, dict[str, list[Key]]] = {}
    for pos, name in POS_FILES.items():
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, n_synsets, n_ptrs = fields[0], int(fields[2]), int(fields[3])
            if lemma.count("_") > 1:
                continue
            offsets = fields[4 + n_ptrs + 2:4 + n_ptrs + 2 + n_synsets]
            out.setdefault(lemma, {})[pos] = [(pos, o) for o in offsets]
    return out


def read_counts(root: Path) -> dict[tuple[str, str], int]:
    """(lemma, pos) -> SemCor tag count, summed over senses."""
    out: dict[tuple[str, str], int] = {}
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _sense, count = line.split()
        lemma, rest = key.split("%", 1)
        pos = SENSE_KEY_POS.get(rest[:1])
        if pos:
            out[(lemma, pos)] = out.get((lemma, pos), 0) + int(count)
    return out


def read_exceptions(root: Path, index: dict[str, dict[str, list[Key]]]
                    ) -> list[tuple[str, str, list[str]]]:
    out = []
    for pos, name in POS_FILES.items():
        for line in (root / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            bases = [b for b in bases if pos in index.get(b, {})]
            if bases and form.count("_") <= 1:
                out.append((pos, form, bases))
    return out


def build(root: Path) -> bytes:
    keys, links, files = read_synsets(root)
    number = {key: str(i) for i, key in enumerate(keys)}
    index = read_index(root)
    counts = read_counts(root)
    text = io.StringIO()
    text.write(HEADER)
    for key in keys:
        kinds = links[key]
        text.write(" ".join(["s", key[0], files[key]] + [
            ",".join(number[t] for t in kinds[kind]) or "-" for kind in ("@", "!", "&")
        ]) + "\n")
    text.write(f"r {PHYSICAL} {number[index[PHYSICAL]['n'][0]]}\n")
    for lemma in sorted(index):
        parts = [f"{pos}{counts.get((lemma, pos), 0)}:" + ",".join(number[s] for s in synsets)
                 for pos, synsets in sorted(index[lemma].items())]
        text.write(f"w {lemma} {' '.join(parts)}\n")
    for pos, form, bases in read_exceptions(root, index):
        text.write(f"x {pos} {form} {','.join(bases)}\n")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parents[1] / "reporter" / "data"
                        / "lexicon-en.txt.gz")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.noun").is_file():
        print(f"no WordNet 3.0 database in {args.wordnet} (Debian: apt-get install "
              "wordnet-base)", file=sys.stderr)
        return 2
    data = build(args.wordnet)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
