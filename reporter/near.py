"""Stage 6: join near-groups that state one fact with one value told differently.

Two sentences reporting one fact with different figures can score below the grouping
threshold precisely because the figures differ ("a coûté 12 millions" / "a coûté 15
millions"). Figures are evidence of topic; their disagreement is a conflict to report,
not a reason to split. So each pair of units from two different groups that scored near
the threshold is scored again with its values masked (amounts, counts, percentages,
dates, days and relative times replaced by their kind). When the two groups are the same
statement once masked (every cross pair of units scores at least ``NEAR_MIN``, well above
the grouping threshold, with values of the same kinds in the same order) and together
they disagree on exactly one value, they become one group, where the next stage reports
the conflict.

"Exactly one" is the guard against look-alike facts: "unemployment fell 2% in March"
and "unemployment fell 3% in April" differ in two values and are two facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reporter.bridge import Bridge
from reporter.conflicts import find_conflicts
from reporter.extract import extract_quantities, value_words
from reporter.group import Prepared, prepare, prepared_score, profile
from reporter.model import Member, QuantityKind, Unit
from reporter.normalize import content_terms

NO_BRIDGE = Bridge()
"""Single-language input: profiles as they are."""

NEAR_FLOOR = 35.0
"""Pairs scoring below this unmasked share too little to be one statement anyway."""

NEAR_MIN = 50.0
"""Masked score every cross pair of two groups needs for them to be joined: most of the
rest of the sentences must be the same (the grouping threshold is 40)."""

_MASKED = frozenset({QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.PERCENT,
                     QuantityKind.DATE, QuantityKind.DAY, QuantityKind.RELATIVE,
                     QuantityKind.TIME, QuantityKind.SCORE})

_PLACEHOLDER = {kind: "valeur" + kind.value.replace("-", "") for kind in _MASKED}
"""A word per value kind that no sentence contains, so a masked money amount matches a
masked money amount and nothing else."""

_PLACEHOLDER_STEMS = frozenset(s for word in _PLACEHOLDER.values()
                               for lang in ("fr", "en") for s, _ in content_terms(word, lang=lang))

MIN_WORDS = 4
"""Content words a masked sentence needs besides its placeholders: "at 4:49 pm" and
"on August 4, 5:46 PM" are all values once masked, and alike for that."""


@dataclass(frozen=True, slots=True)
class _Masked:
    """A unit with its values masked: the profile, and the kinds of its values in order."""

    profile: Prepared
    kinds: tuple[QuantityKind, ...]
    words: int
    """Distinct content words besides the placeholders."""


def masked(text: str, *, lang: str) -> tuple[str, tuple[QuantityKind, ...]] | None:
    """``text`` with each value replaced by its kind's placeholder, and the kinds in
    order; None without values."""
    values = [q for q in extract_quantities(text, lang=lang) if q.kind in _MASKED]
    if not values:
        return None
    out: list[str] = []
    kinds: list[QuantityKind] = []
    pos = 0
    for q in values:
        if q.start < pos:  # nested or overlapping mentions: the first one masks both
            continue
        out += [text[pos:q.start], f" {_PLACEHOLDER[q.kind]} "]
        kinds.append(q.kind)
        pos = q.end
    out.append(text[pos:])
    return "".join(out), tuple(kinds)


def _mask(unit: Unit, weights: dict[str, float], bridge: Bridge) -> _Masked | None:
    """The unit's masked profile, or None without values or with too few other words."""
    found = masked(unit.text, lang=unit.lang)
    if found is None:
        return None
    p = bridge.apply(profile(found[0], lang=unit.lang), unit.lang)
    words = len(set(p.stems) - _PLACEHOLDER_STEMS)
    return _Masked(prepare(p, weights), found[1], words) if words >= MIN_WORDS else None


def _masked_pair(a: _Masked | None, b: _Masked | None, weights: dict[str, float]) -> float:
    if a is None or b is None or a.kinds != b.kinds:
        return 0.0
    return prepared_score(a.profile, b.profile, weights)


def masked_similarity(a: Unit, b: Unit, weights: dict[str, float],
                      bridge: Bridge = NO_BRIDGE) -> float | None:
    """The pair score of two units with their values masked, as joining near-groups
    computes it; None when they have no values of the same kinds in the same order."""
    ma, mb = _mask(a, weights, bridge), _mask(b, weights, bridge)
    if ma is None or mb is None or ma.kinds != mb.kinds:
        return None
    return prepared_score(ma.profile, mb.profile, weights)


def with_masked_scores(members: tuple[Member, ...], weights: dict[str, float], *,
                       threshold: float, bridge: Bridge = NO_BRIDGE) -> tuple[Member, ...]:
    """``members`` where those scoring below ``threshold`` against the representative
    (joined as a near-group) also carry their masked score, so a reader sees why they
    belong."""
    rep = members[0].unit
    out = [members[0]]
    for m in members[1:]:
        found = masked_similarity(m.unit, rep, weights, bridge) if m.score < threshold else None
        out.append(replace(m, masked_score=round(found, 1))
                   if found is not None and found > m.score else m)
    return tuple(out)


NearReadings = tuple[dict[int, _Masked | None], dict[int, frozenset[str]]]
"""Units' masked profiles and value words (``near_readings``), by unit index."""


def near_readings(
    units: Sequence[Unit],
    scores: dict[tuple[int, int], float],
    weights: dict[str, float],
    *,
    bridge: Bridge = NO_BRIDGE,
) -> NearReadings:
    """What ``join_near_groups`` reads of the units of the pairs it may compare, whatever
    the groups turn out to be: their value words, and the masked profiles of those whose
    values may differ. Needing no groups, it can run while they are formed."""
    value_of: dict[int, frozenset[str]] = {}
    masks: dict[int, _Masked | None] = {}
    for (i, j), s in scores.items():
        if s < NEAR_FLOOR or units[i].source == units[j].source:
            continue
        for k in (i, j):
            if k not in value_of:
                value_of[k] = value_words(units[k].text)
        if value_of[i] - value_of[j] and value_of[j] - value_of[i]:
            for k in (i, j):
                if k not in masks:
                    masks[k] = _mask(units[k], weights, bridge)
    return masks, value_of


def join_near_groups(
    clusters: list[list[int]],
    units: Sequence[Unit],
    scores: dict[tuple[int, int], float],
    weights: dict[str, float],
    *,
    bridge: Bridge = NO_BRIDGE,
    readings: NearReadings | None = None,
) -> list[list[int]]:
    """``clusters`` with the near-groups joined (see the module docstring).

    ``readings``: ``near_readings`` of the same arguments, when computed beforehand.
    Deterministic: candidate pairs of groups are tried from the highest masked score
    down, ties broken on the groups' smallest unit index.
    """
    cluster_of = {i: c for c, members in enumerate(clusters) for i in members}
    masks: dict[int, _Masked | None] = dict(readings[0]) if readings else {}

    def mask(i: int) -> _Masked | None:
        if i not in masks:
            masks[i] = _mask(units[i], weights, bridge)
        return masks[i]

    pair_scores: dict[tuple[int, int], float] = {}

    def masked_score(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in pair_scores:
            pair_scores[key] = _masked_pair(mask(i), mask(j), weights)
        return pair_scores[key]

    value_of: dict[int, frozenset[str]] = dict(readings[1]) if readings else {}

    def may_differ(i: int, j: int) -> bool:
        """Each side has a value word the other lacks (cheap, before any extraction)."""
        for k in (i, j):
            if k not in value_of:
                value_of[k] = value_words(units[k].text)
        return bool(value_of[i] - value_of[j]) and bool(value_of[j] - value_of[i])

    best: dict[tuple[int, int], float] = {}
    for i, j in [pair for pair, s in scores.items() if s >= NEAR_FLOOR]:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj or units[i].source == units[j].source:
            continue
        if not may_differ(i, j):
            continue
        key = (min(ci, cj), max(ci, cj))
        best[key] = max(best.get(key, 0.0), masked_score(i, j))

    groups: dict[int, list[int]] = dict(enumerate(clusters))
    home = list(range(len(clusters)))

    def root(c: int) -> int:
        while home[c] != c:
            home[c] = home[home[c]]
            c = home[c]
        return c

    order = sorted(best.items(), key=lambda kv: (-round(kv[1], 9), min(clusters[kv[0][0]]),
                                                 min(clusters[kv[0][1]])))
    for (c1, c2), top in order:
        if top < NEAR_MIN:
            break
        r1, r2 = root(c1), root(c2)
        if r1 == r2:
            continue
        g1, g2 = groups[r1], groups[r2]
        if {units[i].source for i in g1} & {units[j].source for j in g2}:
            continue
        if any(masked_score(i, j) < NEAR_MIN for i in g1 for j in g2):
            continue
        if not _one_value_apart(g1, g2, units):
            continue
        groups[r1] = sorted(g1 + g2)
        del groups[r2]
        home[r2] = r1
    return sorted(groups.values(), key=lambda m: m[0])


def _one_value_apart(g1: list[int], g2: list[int], units: Sequence[Unit]) -> bool:
    """Whether two undisputed groups, joined, disagree on exactly one value."""
    if find_conflicts([Member(unit=units[i]) for i in g1]) or find_conflicts(
            [Member(unit=units[j]) for j in g2]):
        return False  # already disputed inside: joining would blur which value is whose
    joined = find_conflicts([Member(unit=units[k]) for k in sorted(g1 + g2)])
    return len(joined) == 1 and joined[0].kind in _MASKED
