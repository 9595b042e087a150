"""Build reporter's French -> English word list (``reporter/data/bilingual-fr-en.txt.gz``)
from FreeDict's French-English and English-French dictionaries.

    python tools/build_bilingual.py [--dictd /usr/share/dictd] [--out PATH]

The input is the two dictionaries in dictd format (Debian: ``apt-get install
dict-freedict-fra-eng dict-freedict-eng-fra``, which puts ``freedict-fra-eng.index`` and
``freedict-fra-eng.dict.dz`` and their English-French pair in ``/usr/share/dictd``). The
output has one line per French headword: the headword, a tab, its English translations
joined by commas — from fra-eng, plus every English headword of eng-fra that gives it as
a translation. Both sides are folded as ``reporter.normalize.fold`` folds article text
(``séisme`` -> ``seisme``), so a folded word is looked up as it is.

Only plain words are kept: letters, with hyphens or apostrophes inside (``faire-part``);
English of one or two words (``daily paper``), as WordNet's extract keeps, and French of
up to three, since French joins its compounds with ``de`` (``tremblement de terre``).
Affixes (``-able``), gapped phrases (``ne ... que``), questions, abbreviations (``Mr.``)
and usage examples go; a domain label (``[cul]``) or a parenthesised word beside the
translation (``(male) nurse``) is dropped and the rest kept.

The file is gzip with a zero timestamp and sorted lines, so the same dictionaries give the
same bytes; ``tests/test_bilingual.py`` rebuilds it and compares when they are installed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from reporter.normalize import fold

HEADER = (
    "# reporter French-English word list: derived from FreeDict fra-eng and eng-fra\n"
    "# (2000-2022 FreeDict contributors, GNU GPL version 2 or later) by\n"
    "# tools/build_bilingual.py. Licence: reporter/data/FREEDICT-LICENSE.\n"
)

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_SENSE = re.compile(r"\d+\.(?: |$)")
_LABEL = re.compile(r"\[[^]]*\]")
_ASIDE = re.compile(r"(?:^|\s)\([^()]*\)(?=\s|$)")
_PLAIN = re.compile(r"[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*)*")
MAX_WORDS = {"en": 2, "fr": 3}


def _number(field: str) -> int:
    """A dictd index offset or length: base 64, most significant digit first."""
    out = 0
    for ch in field:
        out = out * 64 + _B64.index(ch)
    return out


def read_dictd(root: Path, name: str) -> Iterator[tuple[str, list[str]]]:
    """Each entry of ``freedict-NAME`` once, in index order: its headword as written on
    the entry's first line (the index folds some away: ``abatjour``) and its translation
    lines, sense numbers removed, usage examples (indented) skipped."""
    data = gzip.decompress((root / f"freedict-{name}.dict.dz").read_bytes())
    seen: set[int] = set()
    for line in (root / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")
        at = _number(offset)
        if head.startswith("00database") or at in seen:
            continue
        seen.add(at)
        first, *rest = data[at:at + _number(length)].decode("utf-8").splitlines()
        senses = [_SENSE.sub("", sense, count=1) for sense in rest]
        yield first.split(" /", 1)[0], [s for s in senses if s and not s[0].isspace()]


def plain(text: str, lang: str) -> str | None:
    """``text`` folded, when it is a plain word or short compound; else None."""
    text = _ASIDE.sub(" ", _LABEL.sub(" ", fold(text)))
    text = " ".join(text.split())
    if _PLAIN.fullmatch(text) and text.count(" ") < MAX_WORDS[lang]:
        return text
    return None


def translations(root: Path) -> dict[str, set[str]]:
    """Folded French word -> folded English translations, from both dictionaries."""
    out: dict[str, set[str]] = {}

    def add(french: str | None, english: str | None) -> None:
        if french and english:
            out.setdefault(french, set()).add(english)

    for head, senses in read_dictd(root, "fra-eng"):
        french = plain(head, "fr")
        for sense in senses:
            for text in sense.split(","):
                add(french, plain(text, "en"))
    for head, senses in read_dictd(root, "eng-fra"):
        english = plain(head, "en")
        for sense in senses:
            for text in sense.split(","):
                add(plain(text, "fr"), english)
    return out


def build(root: Path) -> bytes:
    text = HEADER + "".join(f"{french}\t{','.join(sorted(english))}\n"
                            for french, english in sorted(translations(root).items()))
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictd", type=Path, default=Path("/usr/share/dictd"))
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parents[1] / "reporter" / "data"
                        / "bilingual-fr-en.txt.gz")
    args = parser.parse_args(argv)
    missing = [name for name in ("fra-eng", "eng-fra")
               if not (args.dictd / f"freedict-{name}.dict.dz").is_file()]
    if missing:
        print(f"no FreeDict {' or '.join(missing)} in {args.dictd} (Debian: apt-get install "
              "dict-freedict-fra-eng dict-freedict-eng-fra)", file=sys.stderr)
        return 2
    data = build(args.dictd)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
