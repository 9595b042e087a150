"""English word relations from WordNet 3.0, for telling a changed word from a synonym.

Two wordings of one statement often differ in one word. ``detained`` for ``arrested`` or
``aftermath`` for ``fallout`` says the same thing; ``meat`` for ``milk``, ``wife`` for
``brother`` or ``nearby`` for ``distant`` does not. No list written by hand covers the
nouns of the news, so this module reads a compact extract of WordNet 3.0
(``data/lexicon-en.txt.gz``, built by ``tools/build_lexicon.py``) and answers one
question, :func:`relation`, conservatively: a pair is called different only when no
sense of one is close to any sense of the other.

English only: no French wordnet installs from PyPI or Debian.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal, NamedTuple

Pos = Literal["n", "v", "a"]
_POSES: tuple[Pos, ...] = ("n", "v", "a")

FAR_STEPS = 4
"""Two concrete things are different kinds when their nearest common kind is at least
this many hypernym steps away, counting both sides (``milk`` / ``meat`` meet at
``matter``, 7 steps; ``boss`` / ``manager`` at ``leader``, 5 — but other senses meet
closer, see :func:`relation`). Measured on SummEdits: 5 and 6 find fewer changed words
and no fewer false alarms; 3 adds as many false alarms as finds."""
FAR_EACH = 2
"""...and at least this many steps from each of them (a thing and its close sibling,
``road`` / ``pavement``, are not)."""

NATURAL_KINDS = frozenset({5, 13, 20, 27})
"""WordNet's noun files of animals, foods, plants and substances (``lexnames``): two of
their kinds, even close ones, are different things (``soy`` / ``pea``, ``chloride`` /
``cyanide``), where close kinds of artifacts or people are often one thing named two
ways (``road`` / ``pavement``, ``boss`` / ``manager``). Measured on SummEdits, adding
events found one more changed word, acts seven false alarms."""

_PEOPLE = 18
"""WordNet's noun file of people. News names one person by many roles (``spokesman`` /
``official``, ``teenager`` / ``student``, ``farmers`` / ``residents``) that WordNet files
far apart, so two kinds of people are compared only as relatives (``brother`` /
``wife``): on 47 role pairs outlets use for one another, the distance rule alone called
7 different."""


def _kin(synset_: int) -> bool:
    return synsets("relative", "n")[0] in _ancestors(synset_)


# Suffix rules of WordNet's morphy, in its order.
_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("ves", "f"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The extract, kept as its text lines: a run parses only the few it reads (a word
    pair needs a few dozen of 200,000), which keeps loading under half a second."""

    synset_lines: tuple[str, ...]
    """Synset ``n`` is line ``n``: ``s pos file hypernyms antonyms similar``."""
    word_lines: tuple[str, ...]
    """The ``w`` lines, sorted by lemma (the builder writes them so): found by bisection."""
    exceptions: dict[tuple[str, str], tuple[str, ...]]
    physical: int


class Synset(NamedTuple):
    """One synset's part of speech, lexicographer file (WordNet's ``lexnames``), whether
    it is one named thing (``Orozco``, ``Cumberland``: a proper noun), and links."""

    pos: str
    file: int
    instance: bool
    hypernyms: tuple[int, ...]
    antonyms: tuple[int, ...]
    similar: tuple[int, ...]


def _numbers(field: str) -> tuple[int, ...]:
    return () if field == "-" else tuple(int(x) for x in field.split(","))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """Read the extract once, only when an English word pair needs it (about 0.1 s)."""
    raw = resources.files("reporter").joinpath("data", "lexicon-en.txt.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    # sections in the builder's order: synsets, the root of physical things, words,
    # irregular forms
    root, words, irregular = text.find("\nr "), text.find("\nw "), text.find("\nx ")
    synset_lines = text[text.find("\ns ") + 1:root].splitlines()
    exceptions: dict[tuple[str, str], tuple[str, ...]] = {}
    for line in text[irregular + 1:].splitlines():
        _, p, form, bases = line.split(" ")
        exceptions[(p, form)] = tuple(bases.split(","))
    return Lexicon(tuple(synset_lines), tuple(text[words + 1:irregular].splitlines()),
                   exceptions, int(text[root + 1:words].split(" ")[2]))


@lru_cache(maxsize=131_072)
def synset(number: int) -> Synset:
    """Synset ``number``, parsed."""
    _, pos, file, hyper, ant, sim = load().synset_lines[number].split(" ")
    return Synset(pos, int(file.removeprefix("i")), file.startswith("i"), _numbers(hyper),
                  _numbers(ant), _numbers(sim))


@lru_cache(maxsize=65_536)
def _entry(lemma: str) -> dict[str, tuple[int, tuple[int, ...]]]:
    """A lemma's parts of speech -> (SemCor tag count, synsets in sense order)."""
    lines, key = load().word_lines, f"w {lemma} "
    at = bisect_left(lines, key)
    rest = lines[at][len(key):] if at < len(lines) and lines[at].startswith(key) else ""
    out: dict[str, tuple[int, tuple[int, ...]]] = {}
    for part in rest.split(" ") if rest else ():
        head, numbers = part.split(":")
        out[head[0]] = (int(head[1:]), _numbers(numbers))
    return out


def lemmas(word: str, pos: Pos) -> tuple[str, ...]:
    """The dictionary forms of a lowercase ``word`` as ``pos``, as WordNet's morphy finds
    them (``mice`` -> ``mouse``, ``profits`` -> ``profit``, ``attacks`` -> ``attack``)."""
    lex = load()

    def known(forms: list[str]) -> list[str]:
        out: list[str] = []
        for form in forms:
            if pos in _entry(form) and form not in out:
                out.append(form)
        return out

    if (pos, word) in lex.exceptions:
        return tuple(known([word, *lex.exceptions[(pos, word)]]))

    def detach(forms: list[str]) -> list[str]:
        return [f[: len(f) - len(old)] + new for f in forms for old, new in _SUFFIXES[pos]
                if f.endswith(old)]

    forms = detach([word])
    found = known([word, *forms])
    while not found and forms:
        forms = detach(forms)
        found = known(forms)
    return tuple(found)


@lru_cache(maxsize=65_536)
def synsets(word: str, pos: Pos) -> tuple[int, ...]:
    """The synsets of ``word`` as ``pos``, most frequent sense first."""
    out: list[int] = []
    for lemma in lemmas(word, pos):
        out.extend(s for s in _entry(lemma)[pos][1] if s not in out)
    return tuple(out)


def _count(word: str, pos: Pos) -> int:
    """How often ``word``'s first dictionary form is tagged as ``pos`` in SemCor."""
    found = lemmas(word, pos)
    return _entry(found[0])[pos][0] if found else 0


@lru_cache(maxsize=65_536)
def _ancestors(number: int) -> dict[int, int]:
    """Every hypernym of synset ``number`` (and itself, at 0) -> fewest steps up to it."""
    out = {number: 0}
    frontier = [number]
    steps = 0
    while frontier:
        steps += 1
        frontier = [h for s in frontier for h in synset(s).hypernyms if h not in out]
        for h in frontier:
            out.setdefault(h, steps)
    return out


def _far(x: int, y: int) -> bool:
    dx, dy = _ancestors(x), _ancestors(y)
    common = dx.keys() & dy.keys()
    if not common:
        return True
    near = min(common, key=lambda s: (dx[s] + dy[s], s))
    return dx[near] + dy[near] >= FAR_STEPS and min(dx[near], dy[near]) >= FAR_EACH


def _related(xs: tuple[int, ...], ys: tuple[int, ...]) -> bool:
    """Whether a sense of one is a sense of the other, or a kind of it."""
    if set(xs) & set(ys):
        return True
    return any(y in _ancestors(x) for x in xs for y in ys) or any(
        x in _ancestors(y) for x in xs for y in ys)


def _with_similar(synsets_: tuple[int, ...]) -> set[int]:
    return set(synsets_) | {t for s in synsets_ for t in synset(s).similar}


def _opposed(xs: tuple[int, ...], ys: tuple[int, ...], pos: Pos) -> bool:
    """Whether a sense of one is an antonym of a sense of the other; for adjectives,
    through similar-to clusters as WordNet intends (``nearby`` is near, ``distant`` far)."""
    if pos == "a":
        mine, theirs = _with_similar(xs), _with_similar(ys)
        return any(t in theirs or set(synset(t).similar) & theirs
                   for s in mine for t in synset(s).antonyms)
    if any(t in ys for s in xs for t in synset(s).antonyms):
        return True
    if pos != "v":
        return False
    # for verbs, a way of doing one's opposite (``reduce`` is to decrease, the opposite of
    # ``increase``); nouns have too many senses for this (``eve`` is also an evening, a
    # kind of daytime, the opposite of night)
    up_x = set(xs) | {h for s in xs for h in synset(s).hypernyms}
    up_y = set(ys) | {h for s in ys for h in synset(s).hypernyms}
    return any(t in up_y for s in up_x for t in synset(s).antonyms)


_EVIDENCE = 5
"""SemCor tags below which a word's counts say too little to tell its part of speech."""


def _nounish(word: str) -> bool:
    """Whether ``word`` reads as a noun rather than an adjective: by how often SemCor tags
    it as each (``small`` is an adjective, ``official`` a noun), or when that is rare, by
    how many senses it has as each (``olive``)."""
    nouns, adjectives = _count(word, "n"), _count(word, "a")
    if max(nouns, adjectives) >= _EVIDENCE:
        return nouns >= adjectives
    return len(synsets(word, "n")) >= len(synsets(word, "a"))


def adjectival(word: str) -> bool:
    """Whether a lowercase ``word`` reads as an adjective rather than a noun (``domestic``
    in ``domestic poultry``; not ``oil`` in ``oil rig``)."""
    return bool(synsets(word, "a")) and not _nounish(word)


@lru_cache(maxsize=65_536)
def person(word: str) -> bool:
    """Whether a lowercase English noun names people in its most frequent sense (WordNet's
    noun file of people: ``robbers``, ``thieves``, ``pirates``, ``passengers``; not
    ``crew``, a group, nor ``rifles``)."""
    found = synsets(word, "n")
    return bool(found) and synset(found[0]).file == _PEOPLE


_GROUPS = 14
"""WordNet's noun file of groups (``crew``, ``family``): counted like people."""


@lru_cache(maxsize=65_536)
def thing(word: str) -> bool:
    """Whether a lowercase English noun names no people nor group of them in its most
    frequent sense (``collapses``, ``attacks``, ``planes``; not ``victims``, ``crew``):
    what an outcome word before it says is of the thing (``two deadly collapses``)."""
    found = synsets(word, "n")
    return (bool(found) and word not in ("person", "persons", "people")  # filed as "Tops"
            and synset(found[0]).file not in (_PEOPLE, _GROUPS))


Relation = Literal["opposite", "term"]


@lru_cache(maxsize=65_536)
def relation(a: str, b: str) -> Relation | None:
    """How two lowercase English words put in one place of one statement relate:

    * ``"opposite"``: WordNet antonyms (``distant`` / ``nearby``, ``defend`` / ``attack``);
    * ``"term"``: two animals, foods, plants or substances (``soy`` / ``pea``), or two
      concrete things of different kinds with no pair of senses close (``milk`` /
      ``meat``, ``truck`` / ``house``); of people, only relatives (``brother`` / ``wife``);
    * ``None``: anything else — synonyms, a thing and its kind (``humans`` / ``animals``),
      close kinds (``road`` / ``pavement``), two roles (``spokesman`` / ``official``),
      abstract words, whose WordNet distances say little (``threat`` / ``risk``), names,
      and words WordNet does not know.

    Symmetric.
    """
    if a == b:
        return None
    senses = {pos: (synsets(a, pos), synsets(b, pos)) for pos in _POSES}
    for pos, (xs, ys) in senses.items():
        if xs and ys and (_related(xs, ys) if pos != "a"
                          else bool(_with_similar(xs) & _with_similar(ys))):
            return None
    for pos, (xs, ys) in senses.items():
        if xs and ys and (_opposed(xs, ys, pos) or _opposed(ys, xs, pos)):
            return "opposite"
    xs, ys = senses["n"]
    if not (xs and ys and _nounish(a) and _nounish(b)):
        return None
    # senses that are names (Burger the judge, Orozco the painter) are reporter.names'
    # business; a word that is only a name is not compared here
    xs = tuple(x for x in xs if not synset(x).instance)
    ys = tuple(y for y in ys if not synset(y).instance)
    if not (xs and ys):
        return None
    if synset(xs[0]).file in NATURAL_KINDS and synset(ys[0]).file in NATURAL_KINDS:
        return "term"
    physical = load().physical
    if physical not in _ancestors(xs[0]) or physical not in _ancestors(ys[0]):
        return None
    if synset(xs[0]).file == _PEOPLE and synset(ys[0]).file == _PEOPLE and not (
            _kin(xs[0]) and _kin(ys[0])):
        return None  # two kinds of people: often one person named two ways
    if all(_far(x, y) for x in xs for y in ys):
        return "term"
    return None
