"""The public entry point: articles and options in, a Report out.

This module only sequences the stages; each stage lives in its own module.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from reporter import lexicon
from reporter.bridge import Bridge, make_bridge
from reporter.claims import place_secondary
from reporter.conflicts import find_conflicts
from reporter.coverage import measure_coverage
from reporter.errors import UsageError
from reporter.events import story_events, story_frames, within_events
from reporter.extract import extract_quantities, remember_quantities
from reporter.furniture import classify_units, publication_dates, reason_for
from reporter.gcpause import collector_paused
from reporter.group import (
    Profile,
    cluster,
    explain,
    profile,
    rarity_weights,
    remember_profile,
    score_pairs,
)
from reporter.markup import plain_text
from reporter.model import (
    Article,
    Conflict,
    Excluded,
    Group,
    GroupKind,
    Member,
    Quantity,
    Reason,
    Report,
    ReportOptions,
    Unit,
)
from reporter.near import join_near_groups, near_readings, with_masked_scores
from reporter.normalize import detect_language, fold
from reporter.parallel import Aside, process_pool, worker_count
from reporter.segment import segment_article
from reporter.semantic import cross_language_scores
from reporter.slots import build_slots

TITLE_MAX = 120
"""Characters of a headline shown as a source's title."""


Progress = Callable[[str], None]
"""Told the name of each stage as it starts (for a progress line; stages never print)."""


def _quiet(stage: str) -> None:
    """The default progress callback: says nothing."""


@collector_paused
def build_report(
    articles: Sequence[Article],
    *,
    options: ReportOptions | None = None,
    progress: Progress = _quiet,
    workers: int | None = None,
) -> Report:
    """Compare the articles and return the report model.

    ``workers``: processes for the stages that run per source or per group on large
    inputs (default: one per core; 1 keeps everything in this process). The report is
    the same either way.

    Raises:
        UsageError: fewer than two articles, or two articles with the same id.
    """
    options = options or ReportOptions()
    if len(articles) < 2:
        raise UsageError(f"need at least two sources to compare, got {len(articles)}")
    seen: dict[str, str] = {}
    for a in articles:
        if a.id in seen:
            raise UsageError(f"two sources have the id {a.id!r}: {seen[a.id]} and {a.path}")
        seen[a.id] = a.path
    articles = sorted(articles, key=lambda a: a.id)
    many = len(articles) >= PARALLEL_SOURCES
    progress(f"segmenting {len(articles)} sources")
    match = _matching_texts(articles)
    all_units, claims, excluded = sort_units(articles, options=options, match=match,
                                             workers=workers)

    progress(f"scoring {len(claims)} claims")
    # Telling look-alike events apart reads only the claims, and finding the sources'
    # date stamps only the excluded units: on many sources, a forked process does both
    # while this one scores.
    told = Aside(functools.partial(_events_frames_and_dates, [a.id for a in articles], claims,
                                   excluded, {a.id: a.published for a in articles
                                              if a.published}),
                 fork=many and worker_count(workers) > 1)
    try:
        profiles, bridge, weights, scores = score_claims(claims, match, options=options)
    except BaseException:
        told.cancel()
        raise
    if options.semantic:
        progress("comparing French and English sentences by meaning")
        for key, score in cross_language_scores(
                [u.text for u in claims], [u.lang for u in claims],
                threshold=options.threshold).items():
            if score > scores.get(key, 0.0):
                scores[key] = score
    events, frames, stamped = told.result()
    if len(set(events.values())) > 1:
        event_of = [events[u.source] for u in claims]  # looked up once a claim, not a pair
        scores = {k: v for k, v in scores.items() if event_of[k[0]] == event_of[k[1]]}
    progress(f"grouping {len(scores)} scored pairs")
    # What joining near-groups reads of the units needs no groups: on many sources, a
    # forked process reads it while this one forms the groups.
    readings = (Aside(functools.partial(near_readings, claims, scores, weights, bridge=bridge),
                      fork=True) if many and worker_count(workers) > 1 else None)
    try:
        clusters = cluster(claims, scores, threshold=options.threshold,
                           twin_threshold=options.twin_threshold)
    except BaseException:
        if readings is not None:
            readings.cancel()
        raise
    grouped = {frozenset(c) for c in clusters}
    clusters = join_near_groups(clusters, claims, scores, weights, bridge=bridge,
                                readings=readings.result() if readings else None)
    progress(f"comparing values in {len(clusters)} groups")
    explained = [explain(c, claims, profiles, weights, scores) for c in clusters]
    explained = [members if frozenset(c) in grouped  # not joined: no masked scores to add
                 else with_masked_scores(members, weights, threshold=options.threshold,
                                         bridge=bridge)
                 for c, members in zip(clusters, explained, strict=True)]
    placed = place_secondary(claims, clusters, scores, profiles, weights, match=match,
                             bridge=bridge, events=events, workers=workers)
    for c, found in placed.items():
        explained[c] = explained[c] + tuple(
            Member(unit=claims[i], score=round(score, 1), secondary=True,
                   part=(part.start, part.end)) for i, part, score in found)
    conflicts = _find_all_conflicts(explained, many=many, workers=workers)
    groups = []
    for members, entries in zip(explained, conflicts, strict=True):
        kept = within_events(entries, members, events, frames)
        groups.append(Group(id="", members=members,
                            conflicts=tuple(c for c in kept if not c.compatible),
                            compatible=tuple(c for c in kept if c.compatible)))

    numbered = _number(groups)
    # a page's metadata date stands in for a source whose text states no date stamp
    published = dict(sorted({**{a.id: a.published for a in articles if a.published},
                             **stamped}.items()))
    progress("aligning figures across sources")
    # Who confirms whom needs only the groups: on many sources, a forked process
    # measures it while this one aligns the figures.
    coverage = Aside(functools.partial(measure_coverage, articles, numbered),
                     fork=many and worker_count(workers) > 1)
    try:
        slots = build_slots(numbered, bridge=bridge, weights=weights, events=events,
                            frames=frames, published=published, workers=workers)
    except BaseException:
        coverage.cancel()
        raise
    return Report(
        articles=tuple(articles),
        units=tuple(all_units),
        groups=numbered,
        excluded=tuple(sorted(excluded, key=lambda e: (e.unit.source, e.unit.start))),
        titles=_titles(articles, claims),
        options=options,
        coverage=coverage.result(),
        slots=slots,
        published=published,
    )


def _events_frames_and_dates(
    sources: list[str], claims: Sequence[Unit], excluded: Sequence[Excluded],
    metadata: Mapping[str, str],
) -> tuple[dict[str, int], dict[tuple[str, int], str], dict[str, str]]:
    """Each source's event (``story_events``, told apart by words and by publication
    dates), each claim's other date frame, and the publication date the sources' date
    stamps state (``publication_dates``). ``metadata``: the pages' own publication dates,
    which a date stamp in the text overrides."""
    stamped = publication_dates(excluded)
    return (story_events(sources, [(u.source, u.text) for u in claims],
                         langs=[u.lang for u in claims], published={**metadata, **stamped}),
            story_frames(claims), stamped)


def score_claims(
    claims: Sequence[Unit], match: dict[str, str], *, options: ReportOptions
) -> tuple[list[Profile], Bridge, dict[str, float], dict[tuple[int, int], float]]:
    """The claims' profiles (read across languages through the input's bridge), the
    bridge, the words' rarity weights, and the scores of the pairs worth scoring."""
    profiles = [profile(match[u.source][u.start:u.end], lang=u.lang) for u in claims]
    bridge = make_bridge(profiles, [u.lang for u in claims])
    profiles = [bridge.apply(p, u.lang) for p, u in zip(profiles, claims, strict=True)]
    weights = rarity_weights(profiles)
    scores = score_pairs(claims, profiles, weights, exhaustive=options.exhaustive,
                         threshold=options.threshold)
    return profiles, bridge, weights, scores


PARALLEL_SOURCES = 200
"""From this many sources, sources are segmented and sorted, and groups' values compared,
in one process per core: each source, and each group, is independent of the others."""


def _find_all_conflicts(
    groups: Sequence[tuple[Member, ...]], *, many: bool, workers: int | None
) -> list[tuple[Conflict, ...]]:
    """Each group's conflicts. Only multi-source groups can hold any: a source never
    contradicts itself."""
    disputable = [k for k, members in enumerate(groups)
                  if len({m.unit.source for m in members}) > 1]
    # a secondary member is compared by the part of it that states the group's fact
    jobs = [tuple(replace(m, unit=m.compared, part=None) if m.part else m
                  for m in groups[k]) for k in disputable]
    workers = worker_count(workers)
    if workers > 1 and many and jobs:
        # Forked workers start with every value extracted so far, and the groups, in
        # memory: they are sent only the groups' numbers (not 2.5 MB of pickled members).
        global _JOBS
        _JOBS = jobs
        try:
            # Sixteen chunks a worker, not four: groups differ in cost by a hundredfold,
            # and with four the last chunk left one core idle for a tenth of a second
            # (simulated from each group's time on the 982 ECB+ articles).
            with process_pool(workers) as pool:
                found = list(pool.map(_conflicts_of, range(len(jobs)),
                                      chunksize=max(1, len(jobs) // (workers * 16))))
        finally:
            _JOBS = []
    else:
        found = [find_conflicts(members, compatible=True) for members in jobs]
    out: list[tuple[Conflict, ...]] = [() for _ in groups]
    for k, conflicts in zip(disputable, found, strict=True):
        out[k] = conflicts
    return out


_JOBS: list[tuple[Member, ...]] = []
"""The groups forked workers compare (set only while their pool runs)."""


def _conflicts_of(job: int) -> tuple[Conflict, ...]:
    """``find_conflicts`` of one group, looked up when called: a worker forked from a
    process that replaced it (as the benchmarks do) runs the replacement."""
    return find_conflicts(_JOBS[job], compatible=True)


def sort_units(
    articles: Sequence[Article], *, options: ReportOptions,
    match: dict[str, str] | None = None, workers: int | None = None,
) -> tuple[list[Unit], list[Unit], list[Excluded]]:
    """Segment every article and sort its units into claims and excluded units.

    ``match`` is the text units are matched on (see ``_matching_texts``), when the caller
    already has it. ``workers``: processes for many sources (default: one per core).
    Returns all units, the claims (by source, then offset) and the excluded units.
    """
    match = match if match is not None else _matching_texts(articles)
    workers = worker_count(workers)
    if workers > 1 and len(articles) >= PARALLEL_SOURCES:
        with process_pool(workers) as pool:
            # languages are detected in the workers too (a tenth of a second less on
            # one core before they start segmenting)
            langs = _languages(articles, options, detect=functools.partial(
                pool.map, _detected, chunksize=max(1, len(articles) // (workers * 4))))
            jobs = [(a, match[a.id], langs[a.id]) for a in articles]
            # Sixteen chunks a worker, not four: the last chunk no longer leaves one core
            # idle for a twelfth of the stage (measured on the 982 ECB+ articles).
            found = pool.map(_sort_source, jobs, [options] * len(jobs), [True] * len(jobs),
                             chunksize=max(1, len(jobs) // (workers * 16)))
            _load_ahead(langs.values())  # while the workers segment
            sorted_ = list(found)
    else:
        langs = _languages(articles, options)
        sorted_ = [_sort_source((a, match[a.id], langs[a.id]), options) for a in articles]
    all_units: list[Unit] = []
    claims: list[Unit] = []
    excluded: list[Excluded] = []
    for units, kept, dropped, prepared in sorted_:
        all_units.extend(units)
        claims.extend(kept)
        excluded.extend(dropped)
        # What a worker computed for the later stages: their memos start full.
        for u, (prof, values) in zip(kept if prepared else (), prepared, strict=True):
            remember_profile(match[u.source][u.start:u.end], u.lang, prof)
            remember_quantities(u.text, u.lang, values)
    return all_units, claims, excluded


_Ahead = list[tuple[Profile, tuple[Quantity, ...]]]
"""Each claim's profile and values, computed in a worker for the later stages."""


def _languages(
    articles: Sequence[Article], options: ReportOptions,
    detect: Callable[[Sequence[str]], Iterable[str]] | None = None,
) -> dict[str, str]:
    """Each source's language: the option's, or detected; a source too short to tell
    (a headline and a date) takes the language most other sources are in.

    ``detect`` maps ``_detected`` over texts (a pool's ``map``); default: in this process.
    """
    if options.lang in ("fr", "en"):
        return {a.id: options.lang for a in articles}
    texts = [a.text for a in articles]
    detected = detect(texts) if detect is not None else map(_detected, texts)
    found = dict(zip([a.id for a in articles], detected, strict=True))
    told = list(found.values())
    usual = "en" if told.count("en") > told.count("fr") else "fr"
    return {source: lang or usual for source, lang in found.items()}


def _load_ahead(langs: Iterable[str]) -> None:
    """Load what later stages read on first use, while this process would only wait for
    the segmenting workers: scipy's sparse matrices (scoring many claims; a tenth of a
    second to import) and, for English sources, the lexicon (a tenth of a second to
    read; comparing values and aligning figures read it, and the workers forked to
    compare values then find it loaded instead of each reading it again)."""
    importlib.import_module("scipy.sparse")
    if "en" in langs:
        lexicon.load()


def _detected(text: str) -> str:
    """A text's language, or ``""`` when it is too short to tell."""
    return detect_language(text, default="")


def _sort_source(
    job: tuple[Article, str, str], options: ReportOptions, ahead: bool = False
) -> tuple[tuple[Unit, ...], list[Unit], list[Excluded], _Ahead]:
    """One source's units, its claims, and its excluded units (furniture, repeats); with
    ``ahead`` (in a worker process), also each claim's profile and values."""
    article, match, lang = job
    units = segment_article(article, lang=lang)
    kept, furniture = classify_units(article, units, options=options)
    excluded = [Excluded(unit=u, reason=reason_for(why), detail=why) for u, why in furniture]
    claims, duplicates = _drop_repeats(kept, match, options=options)
    prepared = ([(profile(match[u.start:u.end], lang=u.lang),
                  extract_quantities(u.text, lang=u.lang)) for u in claims] if ahead else [])
    return units, claims, excluded + duplicates, prepared


def _matching_texts(articles: Sequence[Article]) -> dict[str, str]:
    """Source id -> the text units are matched on: Markdown sources without their markup
    (same length, so unit offsets slice it too), so a link's URL is no evidence."""
    return {a.id: plain_text(a.text) if a.markup == "markdown" else a.text for a in articles}


def _drop_repeats(
    claims: list[Unit], match: str, *, options: ReportOptions
) -> tuple[list[Unit], list[Excluded]]:
    """Exclude units its source already said (the same words, or a near-copy of them);
    ``claims`` are one source's, ``match`` that source's matching text."""
    profiles = [profile(match[u.start:u.end], lang=u.lang) for u in claims]
    # Only near-copies matter here: token_set_ratio must reach T²/100 for a score T
    # (rarely: the words' weights are computed only then).
    scores = score_pairs(claims, profiles, None, cutoff=options.duplicate_threshold ** 2 / 100)
    copied: dict[int, list[int]] = {}  # unit -> the earlier units it near-copies
    for (i, j), score in sorted(scores.items()):
        if score >= options.duplicate_threshold:
            copied.setdefault(j, []).append(i)
    kept: list[Unit] = []
    dropped: list[Excluded] = []
    first_of: dict[str, Unit] = {}
    gone: set[int] = set()
    for j, u in enumerate(claims):
        key = fold(u.text)
        twin = first_of.get(key)
        if twin is None:
            # a pair left unscored scores 0, which a threshold of 0 or less lets through
            earlier = range(j) if options.duplicate_threshold <= 0 else copied.get(j, ())
            twin = next((claims[i] for i in earlier if i not in gone), None)
        if twin is not None:
            gone.add(j)
            dropped.append(Excluded(unit=u, reason=Reason.DUPLICATE,
                                    detail=f"repeats [{twin.start}:{twin.end}] "
                                           f"«{_clip(twin.text, 60)}»"))
        else:
            first_of.setdefault(key, u)
            kept.append(u)
    return kept, dropped


def _order_key(group: Group) -> tuple[int, int, str, int]:
    first = min(group.members, key=lambda m: (m.unit.source, m.unit.start)).unit
    rank = {GroupKind.CONFLICT: 0, GroupKind.SHARED: 1, GroupKind.UNIQUE: 2}[group.kind]
    return (rank, -len(group.sources), first.source, first.start)


def _number(groups: list[Group]) -> tuple[Group, ...]:
    """Conflicts first, then facts by how many sources state them; ids G1… in that order."""
    ordered = sorted(groups, key=_order_key)
    return tuple(replace(g, id=f"G{n}") for n, g in enumerate(ordered, 1))


def _clip(text: str, limit: int) -> str:
    """Text on one line, cut at a word boundary with an ellipsis when longer than limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _titles(articles: Sequence[Article], claims: Sequence[Unit]) -> dict[str, str]:
    """Each source's first headline among its first three claims, else its first claim."""
    first: dict[str, list[Unit]] = {a.id: [] for a in articles}
    for u in claims:  # claims are in source order, then offset
        if len(first[u.source]) < 3:
            first[u.source].append(u)
    titles = {}
    for source, own in first.items():
        chosen = next((u for u in own if u.heading), own[0] if own else None)
        titles[source] = _clip(chosen.text, TITLE_MAX) if chosen else ""
    return titles

