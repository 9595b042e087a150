"""Claims: the parts of a sentence that can state a fact of their own.

Grouping places each sentence once; a sentence often states several facts (``Le groupe,
qui emploie 3 000 personnes, ferme son usine, dont la production part en Asie``: a
workforce, a closure, a move). This stage cuts each sentence into *segments*
at clause marks (commas, semicolons, colons, dashes, parentheses) and reads contiguous
runs of them as candidate parts: a part that states another group's fact better than the
whole sentence does makes the sentence a *secondary* member of that group, with the part
marked (``place_secondary``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from reporter.bridge import Bridge
from reporter.group import (
    OVERLAP_BALANCE,
    Prepared,
    Profile,
    pair_overlaps,
    pair_shares,
    prepare,
    prepared_score,
    profile,
)
from reporter.model import Unit
from reporter.parallel import process_pool, worker_count

__all__ = ["Part", "parts_of", "place_secondary"]

CLAUSE_MARKS = re.compile(r"\s*(?:[;:]|,(?!\d)|\s[—–-]\s|(?<!\w)\(|\)(?!\w))\s*")
"""Where a sentence's segments end: a semicolon or colon, a comma (not a decimal one), a
spaced dash, a parenthesis. A comma inside ``3,5`` is a decimal mark, not a clause
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


def segments_of(text: str) -> list[tuple[int, int]]:
    """The sentence cut at its clause marks, short segments joined to their neighbour."""
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
    if len(merged) > 1 and len(text[slice(*merged[0])].split()) <= SHORT_SEGMENT:
        merged[:2] = [(merged[0][0], merged[1][1])]
    return merged


def _runs(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first, last) segment of each run of up to ``MAX_RUN`` segments: never the whole
    sentence, never attributions alone."""
    if len(segments) < 2:
        return []
    said = [bool(ATTRIBUTION.search(text[a:b])) and len(text[a:b].split()) <= ATTRIBUTION_WORDS
            for a, b in segments]
    return [(i, j) for i in range(len(segments))
            for j in range(i, min(len(segments), i + MAX_RUN))
            if not (i == 0 and j == len(segments) - 1) and not all(said[i:j + 1])]


def parts_of(text: str) -> tuple[Part, ...]:
    """Runs of up to ``MAX_RUN`` contiguous segments, the whole sentence excluded."""
    segments = segments_of(text)
    return tuple(Part(segments[i][0], segments[j][1]) for i, j in _runs(text, segments))


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
    workers: int | None = 1,
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
    state = _State(claims, profiles, weights, match, bridge, clusters, home)
    pairs = sorted(k for k, score in scores.items() if score >= CANDIDATE_MIN)
    workers = worker_count(workers) if len(pairs) >= PARALLEL_PAIRS else 1
    if workers > 1:
        # Forked workers read the state and the pairs from this module (nothing is
        # pickled on the way in). Each takes every ``workers``-th sentence: it finds
        # their candidates, reads their parts and decides their placements alone.
        global _FORKED
        _FORKED = (state, pairs, scores, events, workers)
        try:
            with process_pool(workers) as pool:
                found = list(pool.map(_placed_forked, range(workers)))
        finally:
            _FORKED = None
    else:
        found = [_placed(state, _candidates(state, pairs, scores, events))]
    out: dict[int, list[tuple[int, Part, float]]] = {}
    # the workers' sentences are disjoint: their placements only need putting in order
    for (i, c), (s, part) in sorted((kv for placed in found for kv in placed.items()),
                                    key=lambda kv: kv[0]):
        out.setdefault(c, []).append((i, part, s))
    return out


PARALLEL_PAIRS = 70_000
"""From this many pairs scoring ``CANDIDATE_MIN``, candidates are found and parts read and
scored in one process per core (about 50,000 candidates: on the 982 ECB+ articles, 7 in
10 such pairs are candidates one way or the other)."""


class _State:
    """What reading and scoring parts needs, with the parts and profiles read so far."""

    def __init__(self, claims: Sequence[Unit], profiles: Sequence[Profile],
                 weights: dict[str, float], match: Mapping[str, str], bridge: Bridge,
                 clusters: Sequence[Sequence[int]], home: Mapping[int, int]) -> None:
        self.claims, self.profiles, self.weights = claims, profiles, weights
        self.match, self.bridge = match, bridge
        self.clusters, self.home = clusters, home
        self._parts: dict[int, list[tuple[Part, Prepared]]] = {}
        self._whole: dict[int, Prepared] = {}

    def runs(self, i: int) -> list[tuple[Part, Prepared]]:
        """The parts of sentence ``i`` worth comparing, with their profiles: a run's
        words are its segments' words, each segment read once."""
        if i not in self._parts:
            u = self.claims[i]
            text = self.match[u.source][u.start:u.end]
            segments = segments_of(text)
            spans = _runs(text, segments)
            read = [self.bridge.apply(profile(text[a:b], lang=u.lang), u.lang)
                    if spans else None for a, b in segments]
            found = []
            for first, last in spans:
                chosen = [p for p in read[first:last + 1] if p is not None]
                prof = Profile(stems=tuple(x for p in chosen for x in p.stems),
                               words=tuple(x for p in chosen for x in p.words))
                if len(set(prof.stems)) >= MIN_PART_WORDS:
                    found.append((Part(segments[first][0], segments[last][1]),
                                  prepare(prof, self.weights)))
            self._parts[i] = found
        return self._parts[i]

    def whole(self, j: int) -> Prepared:
        if j not in self._whole:
            self._whole[j] = prepare(self.profiles[j], self.weights)
        return self._whole[j]


_Pairs = list[tuple[int, int]]
"""The scored pairs (i < j) that reach ``CANDIDATE_MIN``, sorted."""

_FORKED: (tuple[_State, _Pairs, Mapping[tuple[int, int], float], Mapping[str, int], int]
          | None) = None
"""What forked workers read: the state, the pairs, their scores, the sources' events and
the number of workers (set only while their pool runs)."""

_Candidate = tuple[int, int, int, float]
"""(sentence, other sentence, the other's cluster, score a part needs)."""

_Best = dict[tuple[int, int], tuple[float, Part]]
"""(sentence, cluster) -> (score, part)."""


def _placed_forked(worker: int) -> _Best:
    assert _FORKED is not None
    state, pairs, scores, events, workers = _FORKED
    return _placed(state, _candidates(state, pairs, scores, events, share=(worker, workers)))


def _placed(state: _State, candidates: list[_Candidate]) -> _Best:
    """(sentence, cluster) -> (score, part) of the sentences ``candidates`` place in
    another cluster: their best part there, unless that part is what ties the sentence to
    its own cluster (it scores as well against a member of another source there)."""
    placed: _Best = {}
    for (i, c), (s, part) in _best_parts(state, candidates).items():
        own = [k for k in state.clusters[state.home[i]]
               if state.claims[k].source != state.claims[i].source]
        prof = next(p for q, p in state.runs(i) if q == part)
        if not any(prepared_score(prof, state.whole(k), state.weights) >= s for k in own):
            placed[(i, c)] = (s, part)
    return placed


def _best_parts(state: _State, candidates: list[_Candidate]) -> _Best:
    """The best-scoring part of each sentence for each other cluster, among
    ``candidates`` (the first found wins a tie). Word
    overlaps in bulk first: a part whose overlap alone cannot reach the score it needs
    (the score is a geometric mean with a fuzzy part of at most 100) is not scored."""
    best: _Best = {}
    if not candidates:
        return best
    sets: list[frozenset[str]] = []
    first_part: dict[int, tuple[int, int]] = {}  # sentence -> (set of its first part, parts)
    whole_at: dict[int, int] = {}
    for i, j, _, _ in candidates:
        if i not in first_part:
            runs = state.runs(i)
            first_part[i] = (len(sets), len(runs))
            sets.extend(prof.stems for _, prof in runs)
        if j not in whole_at:
            whole_at[j] = len(sets)
            sets.append(state.whole(j).stems)
    # one row per (candidate, part of its sentence), built with numpy rather than a loop
    at = np.array([first_part[c[0]] for c in candidates], dtype=np.int64).reshape(-1, 2)
    first, count = at[:, 0], at[:, 1]
    row_of = np.repeat(np.arange(len(candidates)), count)
    if not len(row_of):
        return best
    offset = np.arange(len(row_of)) - np.repeat(np.cumsum(count) - count, count)
    left = first[row_of] + offset
    right = np.array([whole_at[c[1]] for c in candidates], dtype=np.int64)[row_of]
    need = np.array([c[3] for c in candidates])[row_of]
    overlap = pair_overlaps(sets, state.weights, left, right)
    for k in np.flatnonzero(100.0 * overlap >= need ** 2).tolist():
        i, j, cj, needed = candidates[int(row_of[k])]
        part, prof = state.runs(i)[int(offset[k])]
        score = prepared_score(prof, state.whole(j), state.weights)
        if score >= needed and score > best.get((i, cj), (0.0, part))[0]:
            best[(i, cj)] = (score, part)
    return best


def _candidates(state: _State, keys: _Pairs, scores: Mapping[tuple[int, int], float],
                events: Mapping[str, int], *, share: tuple[int, int] = (0, 1),
                ) -> list[_Candidate]:
    """The candidates among the pairs ``keys`` (scoring ``CANDIDATE_MIN``), both ways,
    where a part of the first sentence could place it in the other's cluster: the two
    sit in different clusters, of one event, the first's source has no sentence in the
    other's cluster yet, and the words the two share leave room for a part to reach the
    score it needs (no part shares more than the whole sentence does, and a part is at
    least what it shares). Checked for all pairs at once. ``share``: (k, n) keeps the
    candidates of every n-th sentence from the k-th, in the same order."""
    if not keys:
        return []
    claims, home, profiles, weights = state.claims, state.home, state.profiles, state.weights
    pairs = np.array(keys, dtype=np.int64)
    score = np.repeat(np.array([scores[k] for k in keys]), 2)
    i = np.stack([pairs[:, 0], pairs[:, 1]], axis=1).ravel()
    j = np.stack([pairs[:, 1], pairs[:, 0]], axis=1).ravel()
    source_ids = {s: n for n, s in enumerate(sorted({u.source for u in claims}))}
    source = np.array([source_ids[u.source] for u in claims], dtype=np.int64)
    cluster = np.array([home[k] for k in range(len(claims))], dtype=np.int64)
    event = np.array([events.get(u.source, 0) for u in claims], dtype=np.int64)
    present = np.unique(cluster * len(source_ids) + source)
    keep = ((cluster[i] != cluster[j]) & (event[i] == event[j])
            & ~np.isin(cluster[j] * len(source_ids) + source[i], present)
            & (i % share[1] == share[0]))
    i, j, score = i[keep], j[keep], score[keep]
    need = np.maximum(SECONDARY_MIN, score + PART_MARGIN)
    most, _, total = pair_shares([p.stems for p in profiles], weights, i, j)
    least = np.minimum(most, total)
    denominator = OVERLAP_BALANCE * total + (1 - OVERLAP_BALANCE) * least
    with np.errstate(divide="ignore", invalid="ignore"):
        reach = np.where(denominator > 0, 100.0 * most / denominator, 0.0)
    keep = 100.0 * reach >= need * need
    return list(zip(i[keep].tolist(), j[keep].tolist(), cluster[j[keep]].tolist(),
                    need[keep].tolist(), strict=True))
