"""Stage 5a: a bridge between French and English sentences, for mixed-language input.

Outlets translate. Matching works on Snowball stems, which differ across languages even
for the words a translation keeps: ``gouvernement`` stems to ``gouvern`` and
``government`` to ``govern``. When an input mixes French and English, each French stem
(or its word) spelt almost like an English stem (or word) of the same input
(rapidfuzz ``ratio`` at least :data:`COGNATE_MIN`, the same first two letters, four
letters or more) is read as that stem (``annonc`` → ``announc``, ``présidente`` →
``presid``), and months, weekdays and number words become one key in both languages
(``avril`` / ``april``, ``mercredi`` / ``wednesday``, ``deux`` / ``two``). Names and
figures already match as they are.

A French word no English word of the input is spelt like is then looked up in FreeDict's
French-English word list (``reporter.bilingual``): when one of its translations is a word
of the input, the French stem is read as that word's stem (``tués`` → ``kill``,
``blessés`` → ``injur``, ``séisme`` → ``earthquak``, ``maisons`` → ``hous``). The
dictionary is small, so words it lacks still match only by spelling. Single-language
input is left as it is: the bridge cannot change a French-only or English-only report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from reporter.bilingual import english_of
from reporter.extract import calendar_key
from reporter.group import Profile, prepare, prepared_score, profile

__all__ = ["COGNATE_MIN", "Bridge", "bridge_profiles", "cognate_map", "cross_similarity",
           "make_bridge"]

COGNATE_MIN = 85.0
"""rapidfuzz ``ratio`` from which a French stem or word is read as an English one.
Measured on the French and English STS-B test sets (``bench/quality.py --only sts``):
the share of French sentences scoring 40 or more against their English original is
0.27 unbridged, 0.40 at 90, 0.42 at 85 and 0.45 at 80, with unrelated French / English
pairs at 0.2% throughout. 85 rather than 80: lower cut-offs admit more false friends
(``allong`` / ``along``), which no benchmark here measures."""

MIN_STEM = 4
"""Shorter stems are too ambiguous to bridge by spelling."""


def _neutral(p: Profile, lang: str) -> Profile:
    """Months, weekdays and number words as language-neutral keys."""
    keys = [calendar_key(w, lang) for w in p.words]
    if not any(keys):
        return p
    return Profile(stems=tuple(k or s for k, s in zip(keys, p.stems, strict=True)),
                   words=p.words)


@dataclass(frozen=True, slots=True)
class Bridge:
    """What one input's bridge does to a profile: French stems read as English ones."""

    mapping: Mapping[str, str] = field(default_factory=dict)
    """French stem → English stem."""
    active: bool = False
    """Whether the input mixes French and English (else profiles are left as they are)."""

    def apply(self, p: Profile, lang: str) -> Profile:
        """``p`` (a profile in ``lang``) as the bridged input reads it."""
        if not self.active:
            return p
        p = _neutral(p, lang)
        if lang != "fr" or not any(s in self.mapping for s in p.stems):
            return p
        return Profile(stems=tuple(self.mapping.get(s, s) for s in p.stems), words=p.words)


def make_bridge(profiles: Sequence[Profile], langs: Sequence[str]) -> Bridge:
    """The bridge of one input: active only when both ``fr`` and ``en`` occur in
    ``langs`` (each profile's language). Deterministic and independent of the profiles'
    order: the mapping depends only on the sets of stems."""
    if not {"fr", "en"} <= set(langs):
        return Bridge()
    english: dict[str, str] = {}  # stem -> its first (sorted) folded word
    french: set[tuple[str, str]] = set()  # (stem, folded word)
    for p, lang in zip(profiles, langs, strict=True):
        p = _neutral(p, lang)
        for s, w in zip(p.stems, p.words, strict=True):
            if lang == "en":
                english[s] = min(english.get(s, w), w)
            elif lang == "fr":
                french.add((s, w))
    stems_by_prefix: dict[str, list[str]] = {}
    words_by_prefix: dict[str, dict[str, str]] = {}
    for s, w in sorted(english.items()):
        if len(s) >= MIN_STEM:
            stems_by_prefix.setdefault(s[:2], []).append(s)
            words_by_prefix.setdefault(w[:2], {})[w] = s
    best: dict[str, tuple[float, str]] = {}
    for s, w in sorted(french):
        if s in english or len(s) < MIN_STEM:
            continue
        words = words_by_prefix.get(w[:2], {})
        for score, stem in (_closest(s, stems_by_prefix.get(s[:2], [])),
                            _closest(w, list(words), words)):
            if stem and score > best.get(s, (0.0, ""))[0]:
                best[s] = (score, stem)
    mapping = {s: stem for s, (_, stem) in best.items()}
    for s, w in sorted(french):
        if s in english or s in mapping:
            continue
        for translation in sorted(english_of(w)):
            if " " in translation:
                continue
            stems = profile(translation, lang="en").stems
            if len(stems) == 1 and stems[0] in english:
                mapping[s] = stems[0]
                break
    return Bridge(mapping, active=True)


def bridge_profiles(profiles: Sequence[Profile], langs: Sequence[str]) -> list[Profile]:
    """The profiles with French stems read as the English cognates the input has.

    ``langs`` gives each profile's language. Unchanged (the same objects) unless both
    ``fr`` and ``en`` occur.
    """
    bridge = make_bridge(profiles, langs)
    return [bridge.apply(p, lang) for p, lang in zip(profiles, langs, strict=True)]


def _closest(query: str, choices: list[str], stems: dict[str, str] | None = None
             ) -> tuple[float, str]:
    """The English stem spelt most like ``query`` (a stem, or a word whose stem
    ``stems`` gives), with its ``ratio``; ``(0, "")`` below :data:`COGNATE_MIN`."""
    if not choices:
        return 0.0, ""
    best = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=COGNATE_MIN)
    if best is None:
        return 0.0, ""
    return float(best[1]), best[0] if stems is None else stems[best[0]]


def cross_similarity(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """The grouping score of two sentences, each in its own language, bridged as in a
    report that holds just these two; like :func:`reporter.group.similarity`, with no
    corpus to weigh words by."""
    pa, pb = bridge_profiles([profile(a, lang=lang_a), profile(b, lang=lang_b)],
                             [lang_a, lang_b])
    return prepared_score(prepare(pa, {}), prepare(pb, {}), {})


def cognate_map(french: Iterable[str], english: Iterable[str]) -> dict[str, str]:
    """Each French word (folded) spelt almost like one of the English words, mapped to
    it (``etablissement`` → ``establishment``, ``victime`` → ``victim``); words both
    lists hold, and words without such a partner, are left out. Deterministic."""
    known = set(english)
    by_prefix: dict[str, list[str]] = {}
    for w in sorted(known):
        if len(w) >= MIN_STEM:
            by_prefix.setdefault(w[:2], []).append(w)
    out = {}
    for w in sorted(set(french) - known):
        if len(w) >= MIN_STEM:
            _, match = _closest(w, by_prefix.get(w[:2], []))
            if match:
                out[w] = match
    return out
