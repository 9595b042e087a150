"""After grouping and numbering: who confirms whom.

A fact stated by five outlets is strong evidence only if the five wrote it
independently. Wire copy and rewrites of one another's pieces are common, so this stage
measures, for each ordered pair of sources, how many of one's claims the other also
states and how many in near-identical words; pairs that share much of their text in
near-identical words are near-copies, and a fact's independent sources count each
cluster of near-copies once (union-find over the near-copy pairs).

Pure functions of the articles and groups; ``api.build_report`` stores the result on
the Report so renderers only read numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import combinations

from reporter.group import similarity
from reporter.model import Article, Coverage, Group, Overlap

IDENTICAL = 90.0
"""Pair similarity (0-100) at or above which two sources state a claim in the same words."""

COPY_SHARE = 0.4
"""Share of the smaller source's claims that, stated in near-identical words by the other
source, makes the pair a near-copy."""

REWRITE_SHARE = 0.6
"""Share of the smaller source's claims that, stated by the other source in any words,
makes the pair a rewrite: independent reporting rarely repeats most of another outlet's
facts, a translation or rewrite of one article does."""

REWRITE_MIN = 3
"""Shared claims a pair needs at least to be a rewrite."""

CORE_SOURCES = 3
"""From this many sources, a fact every source states is the story's core: short reports
of one event all state it, so it is no sign of one copying another, and the rewrite test
leaves it out (a nine-claim wire stating the six facts every outlet gives is no rewrite
of any of them). With two sources every shared fact would be core, so none is."""

COPY_MIN = 2
"""Near-identical claims a pair needs at least to be a near-copy: one shared quote or
wire sentence does not make two articles copies of each other."""


def measure_coverage(articles: Sequence[Article], groups: Sequence[Group]) -> Coverage:
    """Overlap of every ordered source pair, the near-copy pairs, and independent counts."""
    overlaps = measure_overlaps([a.id for a in articles], groups)
    copies = find_copies(overlaps, core=core_claims([a.id for a in articles], groups))
    return Coverage(overlaps=overlaps, copies=copies,
                    independent=independent_sources(groups, copies),
                    identical_at=IDENTICAL, copy_share=COPY_SHARE,
                    rewrite_share=REWRITE_SHARE, core_sources=CORE_SOURCES)


def measure_overlaps(sources: Sequence[str], groups: Sequence[Group]) -> tuple[Overlap, ...]:
    """For each ordered pair (a, b): a's claims, those b also states, those in b's words.

    A claim of ``a`` is shared with ``b`` when its group has a member of ``b``, and
    identical when one of those members scores at least ``IDENTICAL`` against it.
    """
    ids = sorted(set(sources))
    claims = dict.fromkeys(ids, 0)
    # Only pairs that share a fact get an entry: with hundreds of sources most pairs
    # share nothing, and a dense table would grow with the square of the sources.
    shared: dict[tuple[str, str], int] = {}
    identical: dict[tuple[str, str], int] = {}
    for g in groups:
        for m in g.members:
            if not m.secondary:
                claims[m.unit.source] = claims.get(m.unit.source, 0) + 1
        if len(g.sources) < 2:
            continue
        # close_to[i]: the sources with a member near-identical to member i
        close_to: list[set[str]] = [set() for _ in g.members]
        for i, j in combinations(range(len(g.members)), 2):
            a, b = g.members[i].unit, g.members[j].unit
            if a.source != b.source and similarity(a.text, b.text, lang=a.lang) >= IDENTICAL:
                close_to[i].add(b.source)
                close_to[j].add(a.source)
        for i, m in enumerate(g.members):
            if m.secondary:
                continue  # counted once, where the sentence has its own place
            for other in g.sources:
                if other == m.unit.source:
                    continue
                key = (m.unit.source, other)
                shared[key] = shared.get(key, 0) + 1
                if other in close_to[i]:
                    identical[key] = identical.get(key, 0) + 1
    return tuple(Overlap(source=a, other=b, claims=claims[a], shared=shared[a, b],
                         identical=identical.get((a, b), 0)) for a, b in sorted(shared))


def core_claims(sources: Sequence[str], groups: Sequence[Group]) -> dict[str, int]:
    """Source -> its claims in groups every source of the story has a member in (from
    ``CORE_SOURCES`` sources; see there)."""
    everyone = set(sources)
    out: dict[str, int] = {}
    if len(everyone) < CORE_SOURCES:
        return out
    for g in groups:
        if set(g.sources) == everyone:
            for m in g.members:
                if not m.secondary:
                    out[m.unit.source] = out.get(m.unit.source, 0) + 1
    return out


def find_copies(overlaps: Sequence[Overlap],
                core: Mapping[str, int] | None = None) -> tuple[Overlap, ...]:
    """Pairs of dependent sources, each as its smaller source's overlap with the other.

    Judged from the smaller source (fewer claims; on a tie, the lower id): a near-copy
    has at least ``COPY_SHARE`` of its claims, and ``COPY_MIN``, in the other's
    near-identical words; a rewrite (or translation) states at least ``REWRITE_SHARE``
    of its claims, and ``REWRITE_MIN``, in any words, leaving out its ``core`` claims
    (source -> claims in facts every source states, see ``core_claims``).
    """
    core = core or {}
    by_pair = {(o.source, o.other): o for o in overlaps}
    copies = []
    for (a, b), o in sorted(by_pair.items()):
        back = by_pair.get((b, a))
        if back is not None and (back.claims, b) < (o.claims, a):
            continue  # the pair is judged from its smaller source's side
        if not o.claims:
            continue
        copied = o.identical >= COPY_MIN and o.identical / o.claims >= COPY_SHARE
        own, mine = o.shared - core.get(a, 0), o.claims - core.get(a, 0)
        rewritten = own >= REWRITE_MIN and own / mine >= REWRITE_SHARE
        if copied or rewritten:
            copies.append(replace(o, dependence="near-copy" if copied else "rewrite"))
    return tuple(copies)


def independent_sources(groups: Sequence[Group],
                        copies: Sequence[Overlap]) -> dict[str, int]:
    """Group id -> its sources counted once per cluster of near-copies (union-find)."""
    parent: dict[str, str] = {}

    def root(s: str) -> str:
        while parent.get(s, s) != s:
            parent[s] = parent.get(parent[s], parent[s])  # path halving
            s = parent[s]
        return s

    for o in copies:
        ra, rb = root(o.source), root(o.other)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {g.id: len({root(s) for s in g.sources}) for g in groups}
