"""French -> English word translations from FreeDict, for matching a French article's
words with an English one's.

``tués`` in one outlet and ``killed`` in another report one fact; without a bilingual
word list the two languages share only names and numbers. This module reads a compact
extract of FreeDict's French-English and English-French dictionaries
(``data/bilingual-fr-en.txt.gz``, built by ``tools/build_bilingual.py``; GNU GPL 2 or
later, see ``data/FREEDICT-LICENSE``) and answers :func:`english_of` and
:func:`french_of` on folded words (``reporter.normalize.fold``).

The dictionaries are small (8,081 French words in the extract; news words such as
``magnitude``, ``dead`` and ``tué`` are missing), so an empty answer says nothing, only a
non-empty one does. Loading the extract takes about 10 ms and 3.6 MB; the reverse table
for :func:`french_of`, built on its first call, 22 ms and 2.4 MB more (first calls timed
with ``time.perf_counter``, memory held measured with ``tracemalloc``).
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from reporter import lexicon
from reporter.normalize import fold

Table = Mapping[str, frozenset[str]]

_PLURAL = (("aux", "al"), ("aux", "ail"), ("s", ""), ("x", ""))
"""French plural endings, folded, to the singular's: ``chevaux`` -> ``cheval``,
``travaux`` -> ``travail``, ``maisons``, ``bijoux``."""
_MASCULINE = (("ee", "e"), ("ive", "if"), ("euse", "eux"), ("elle", "el"), ("enne", "en"),
              ("ere", "er"))
"""Feminine endings to the masculine's: ``tuee`` -> ``tue`` (``tuée``, folded), ``active``
-> ``actif``. A bare ``-e`` (``morte`` -> ``mort``) is tried last: folded, ``tue`` may be
``tué`` as well as ``tue``, and dropping its ``e`` would give ``tu``."""
_INFINITIVE = (("e", "er"), ("i", "ir"))
"""A past participle, folded (``tue``, ``arrete``, ``saisi``), to its verb's infinitive: the
dictionaries list verbs, rarely their participles (``tuer``, no ``tué``)."""


@lru_cache(maxsize=1)
def load() -> Table:
    """Read the extract once, when a French word first needs translating."""
    raw = resources.files("reporter").joinpath("data", "bilingual-fr-en.txt.gz").read_bytes()
    table: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line.startswith("#"):
            french, english = line.split("\t")
            table[french] = frozenset(english.split(","))
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def _reverse() -> Table:
    """English word -> the French headwords it translates, built from :func:`load`."""
    out: dict[str, set[str]] = {}
    for french, english in load().items():
        for word in english:
            out.setdefault(word, set()).add(french)
    return MappingProxyType({word: frozenset(f) for word, f in out.items()})


def _detach(forms: list[str], rules: tuple[tuple[str, str], ...]) -> list[str]:
    return [f[: len(f) - len(old)] + new for f in forms for old, new in rules
            if f.endswith(old) and len(f) > len(old) + 1]


def forms(word: str) -> tuple[str, ...]:
    """The forms a folded French ``word`` may be an inflection of, to look up in order:
    itself, its singular, their masculine, a participle's infinitive, and last the word
    less a feminine ``e`` (``mortes`` -> ``morte``, ``morter``, ``mort``; ``tuees`` ->
    ``tuee``, ``tue``, ``tuer``). Rules, not a lexicon: most candidates are no word."""
    out = [word, *_detach([word], _PLURAL)]
    out += _detach(out, _MASCULINE)
    out += _detach(out, _INFINITIVE)
    bare = _detach(out, (("e", ""),))
    out += bare + _detach(bare, _INFINITIVE)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65_536)
def english_of(word: str) -> frozenset[str]:
    """The English translations (folded; words and two-word compounds, ``daily paper``) of
    a French word, from its first form in :func:`forms` the dictionaries know: ``maisons``
    -> ``house``, ``tués`` -> ``kill``. Empty when none is known. ``word`` is folded
    here, so ``séisme`` and ``seisme`` are one."""
    table = load()
    for form in forms(fold(word)):
        if form in table:
            return table[form]
    return frozenset()


@lru_cache(maxsize=65_536)
def french_of(word: str) -> frozenset[str]:
    """The French headwords (folded) of which a lowercase English word, or failing that its
    WordNet dictionary forms (``killed`` -> ``kill``), is a translation."""
    table = _reverse()
    word = fold(word)
    if word in table:
        return table[word]
    out: set[str] = set()
    for pos in ("n", "v", "a"):
        for lemma in lexicon.lemmas(word.replace(" ", "_"), pos):
            out |= table.get(lemma.replace("_", " "), frozenset())
    return frozenset(out)


def translates(french: str, english: str) -> bool:
    """Whether an English word is, up to inflection, a translation of a French one:
    ``tués`` / ``killed`` (through ``tuer`` and ``kill``), ``milliards`` / ``billions``.
    The English side is reduced to its WordNet dictionary forms, since the dictionaries,
    like any, list ``kill`` and not ``killed``."""
    targets = english_of(french)
    if not targets:
        return False
    english = fold(english)
    if english in targets:
        return True
    key = english.replace(" ", "_")
    return any(lemma.replace("_", " ") in targets
               for pos in ("n", "v", "a") for lemma in lexicon.lemmas(key, pos))
