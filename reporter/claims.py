"""Claims: the parts of a sentence that can state a fact of their own.

Grouping places each sentence once; a sentence often states several facts (``La société,
qui vaut $2,15 billions, refuse de payer les frais de l'API, qui dépassent $200 000 par
mois``: a valuation, a refusal, a price). This stage cuts each sentence into *segments*
at clause marks (commas, semicolons, colons, dashes, parentheses) and reads contiguous
runs of them as candidate parts: a part that states another group's fact better than the
whole sentence does makes the sentence a *secondary* member of that group, with the part
marked (``place_secondary``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reporter.bridge import Bridge
from reporter.group import Prepared, Profile, overlap_of, prepare, prepared_score, profile
from reporter.model import Unit

__all__ = ["Part", "parts_of", "place_secondary"]

CLAUSE_MARKS = re.compile(r"\s*(?:[;:]|,(?!\d)|\s[—–-]\s|(?<!\w)\(|\)(?!\w))\s*")
"""Where a sentence's segments end: a semicolon or colon, a comma (not a decimal one), a
spaced dash, a parenthesis. A comma inside ``2,15`` is a decimal mark, not a clause
mark."""

ATTRIBUTION = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|reported|reports|according|quoted|added|explained"
    r"|announced|selon|d'après|déclar\w*|indiqu\w*|affirm\w*|précis\w*|expliqu\w*"
    r"|rapport\w*|annonc\w*|ajout\w*|a dit|dit-il|dit-elle)\b")
"""Verbs and phrases of attribution: a segment that only says who said something states
no fact of its own, and stays with what it attributes."""

ATTRIBUTION_WORDS = 8
"""Segments up to this many words that hold an attribution are only attributions."""

SHORT_SEGMENT = 3
"""Segments of this many words or fewer join their neighbour (list items, appositions)."""

MAX_RUN = 3
"""Segments a part spans at most: a relative clause with its antecedent, a clause with
its attribution."""

MIN_PART_WORDS = 4
"""Content words a part needs to be compared at all."""

SECONDARY_MIN = 65.0
"""Pair score a part needs against a member of another group to place its sentence
there."""

CANDIDATE_MIN = 30.0
"""Whole-sentence score from which a pair is worth cutting into parts (blocking: on the
six ecbplus-facts topics every placement came from a pair scoring 31 or more, and 9% of
the scored pairs reach 30)."""

PART_MARGIN = 10.0
"""How much better the part must score than its whole sentence: a sentence whose whole
states the other fact as well as the part does is one fact, not two."""


@dataclass(frozen=True, slots=True)
class Part:
    """A contiguous run of a sentence's segments: offsets inside ``Unit.text``."""

    start: int
    end: int


def parts_of(text: str) -> tuple[Part, ...]:
    """Runs of up to ``MAX_RUN`` contiguous segments, the whole sentence excluded."""
    bounds: list[tuple[int, int]] = []
    at = 0
    for m in CLAUSE_MARKS.finditer(text):
        if m.start() > at:
            bounds.append((at, m.start()))
        at = m.end()
    if at < len(text):
        bounds.append((at, len(text)))
    # a segment of a few words is a list item or an apposition (``India, Egypt and
    # Malaysia``; ``Scott Boras``): it stays with the segment before it
    merged: list[tuple[int, int]] = []
    for a, b in bounds:
        if merged and len(text[a:b].split()) <= SHORT_SEGMENT:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if merged and len(merged) > 1 and len(text[slice(*merged[0])].split()) <= SHORT_SEGMENT:
        merged[:2] = [(merged[0][0], merged[1][1])]
    bounds = merged
    if len(bounds) < 2:
        return ()
    said = [bool(ATTRIBUTION.search(text[a:b])) and len(text[a:b].split()) <= ATTRIBUTION_WORDS
            for a, b in bounds]
    out = []
    for i in range(len(bounds)):
        for j in range(i, min(len(bounds), i + MAX_RUN)):
            if (i == 0 and j == len(bounds) - 1) or all(said[i:j + 1]):
                continue
            out.append(Part(bounds[i][0], bounds[j][1]))
    return tuple(out)


def place_secondary(
    claims: Sequence[Unit],
    clusters: Sequence[Sequence[int]],
    scores: Mapping[tuple[int, int], float],
    profiles: Sequence[Profile],
    weights: dict[str, float],
    *,
    match: Mapping[str, str],
    bridge: Bridge,
    events: Mapping[str, int],
) -> dict[int, list[tuple[int, Part, float]]]:
    """Cluster number -> (claim, part, score) of the sentences that state its fact in a
    part of theirs while their own place is another cluster.

    Candidates are pairs the bulk scoring kept; a sentence joins another cluster when a
    part of it scores ``SECONDARY_MIN`` against a member of another source, better by
    ``PART_MARGIN`` than the whole sentence, better than against its own cluster's
    other sources, its source has no sentence there yet, and both are of one event.
    """
    home: dict[int, int] = {}
    for c, members in enumerate(clusters):
        for i in members:
            home[i] = c
    sources_of = [{claims[i].source for i in members} for members in clusters]
    part_profiles: dict[int, list[tuple[Part, Prepared]]] = {}

    def runs(i: int) -> list[tuple[Part, Prepared]]:
        if i not in part_profiles:
            u = claims[i]
            text = match[u.source][u.start:u.end]
            found = []
            for p in parts_of(text):
                prof = bridge.apply(profile(text[p.start:p.end], lang=u.lang), u.lang)
                if len(set(prof.stems)) >= MIN_PART_WORDS:
                    found.append((p, prepare(prof, weights)))
            part_profiles[i] = found
        return part_profiles[i]

    prepared: dict[int, Prepared] = {}

    def whole(j: int) -> Prepared:
        if j not in prepared:
            prepared[j] = prepare(profiles[j], weights)
        return prepared[j]

    best: dict[tuple[int, int], tuple[float, Part]] = {}
    for (a, b), score in sorted(scores.items()):
        if score < CANDIDATE_MIN:
            continue
        for i, j in ((a, b), (b, a)):
            ci, cj = home[i], home[j]
            if ci == cj or claims[i].source in sources_of[cj]:
                continue
            if events.get(claims[i].source, 0) != events.get(claims[j].source, 0):
                continue
            need = max(SECONDARY_MIN, score + PART_MARGIN)
            other = whole(j)
            # no part shares more with the other sentence than the whole does, and a part
            # is at least what it shares: the best overlap any part can reach
            most = sum(weights.get(w, 1.0) for w in whole(i).stems & other.stems)
            if 100.0 * overlap_of(most, min(most, other.total), other.total) < need * need:
                continue
            for part, prof in runs(i):
                # the score is a geometric mean with a fuzzy part of at most 100: a part
                # whose word overlap alone cannot reach ``need`` is not scored
                shared = sum(weights.get(w, 1.0) for w in sorted(prof.stems & other.stems))
                if 100.0 * overlap_of(shared, prof.total, other.total) < need * need:
                    continue
                s = prepared_score(prof, other, weights)
                if s < need:
                    continue
                if s > best.get((i, cj), (0.0, part))[0]:
                    best[(i, cj)] = (s, part)
    out: dict[int, list[tuple[int, Part, float]]] = {}
    for (i, c), (s, part) in sorted(best.items()):
        own = [k for k in clusters[home[i]] if claims[k].source != claims[i].source]
        prof = next(p for q, p in runs(i) if q == part)
        if any(prepared_score(prof, whole(k), weights) >= s for k in own):
            continue  # the part is what ties the sentence to its own cluster
        out.setdefault(c, []).append((i, part, s))
    return out
