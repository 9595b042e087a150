"""Which sources report which event: look-alike events told apart by their words.

A folder of coverage is meant to be one story, yet it often holds two events alike (two
robberies of one shop, two quakes on one island, this year's toll and last year's). Their
figures must not be compared: 23 pirates caught by one navy and 26 by another are two
facts, not a dispute. Sources are clustered by the names and figures they state (rare ones
weighted): they tell two events apart, and unlike common words most read the same in
French and English (a first version on all content words split ECB+ t20-fr and t24-fr by
language). In a bilingual story, names only one language's sources write (``Tuesday``,
``South Africa`` / ``Afrique du Sud``) are left out, since they would split it by
language. A story is split in two only when the sources of each part are much closer to
one another than to the other part's, and each part has at least two sources.

Publication dates split first: sources published in runs of dates at least
``DATE_GAP`` days apart (an outage in August, another in October; a crime and the trial
two years on) tell of two events, however alike their words; sources without a date join
the run their words are closest to, or stand as a part of their own when they are closer
to one another.

The split is a guard, not a verdict: it keeps values of different parts from being
reported as contradicting each other; everything else (groups, shared facts) is left as
the words make it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from reporter.extract import extract_quantities
from reporter.model import Conflict, Member, QuantityKind, Unit

__all__ = ["calendar_day", "story_events", "story_frames", "within_events"]

SPLIT_RATIO = 0.4
"""A part splits when the mean similarity across its two halves is below this share of
the mean similarity inside the looser half. Chosen on ECB+ topics 1-35 (two events
each) against single-event folders made of one event's articles, and on the one-event
stories of ``bench/pages`` (``bench/events.py``), with names every source writes weighed
(see ``_vectors``): 0.3 keeps more one-event folders whole (6 of 66) but sets only 0.714
of cross-event pairs apart; 0.4 sets 0.819 apart, keeps 0.913 of same-event pairs
together and splits 9 of 66 single events and 2 of 64 pages stories; 0.5 splits 13 and
6. Held out, topics 36-45: 0.809, 0.967, 2 of 20 (0.741, 0.967, 4 of 20 before). With
rare names alone weighed, 0.3 split 26 of the 64 pages stories, mostly by language.
The nine stories of ``check25`` to ``check27``, written after the choice: three split by
language before, none after."""

OUTLIER_RATIO = 0.1
"""The same test for the sources left when the last merge sets one odd source apart.
Any ratio from 0.05 to 0.2 gives the same parts on ECB+ 1-35 (cross-event pairs set apart
0.731 -> 0.751, same-event pairs kept 0.948, single events split still 7 of 66)
and changes nothing on 36-45; 0.3 splits one more single event."""

MIN_PART = 2
"""Sources a part needs to stand alone: one odd source is an angle, not an event."""

MIN_SOURCES = 4
"""Fewer sources than this are one event (nothing to tell two events apart with)."""

CLASH_WEIGHT = 0.6
"""Share of two sources' similarity taken away when every count both state of one thing
gives another number (23 pirates caught / 26; four robbers / three): two reports of one
event agree on most of its figures, two look-alike events seldom do. Chosen on ECB+
topics 1-35 (``bench/events.py``: cross-event pairs set apart 0.751 -> 0.827, same-event
pairs kept 0.948 -> 0.938, single-event folders split 7 of 66 as before; 0.45 and 0.75
give about 0.79 and 0.83); held out, topics 36-45: 0.401 -> 0.651, 1.0 kept, 3 of 20
split as before. Dates, weekdays and clock times are left out: outlets date one event
from different days and zones (with them, 12 of 66 single events split). Amounts keyed
by their currency set 0.765 of the held-out pairs apart, but split the fixtures' one
story, whose sources give a fee and a valuation in dollars."""

_RE_ANCHOR = re.compile(
    r"(?:(?<=[a-zà-ÿ,;] )|(?<=\b[dlDL]['’]))(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)"
    r"|\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b|\d[\d.,]*\d|\d")
"""Names inside a sentence (after a French elision too: ``l'Iran``) and figures, French
thousands groups whole (``61 000``): what tells one event from a look-alike."""

_RE_SEPARATOR = re.compile(r"[.,\s]")
"""Decimal and thousands separators, which the two languages write differently."""


def _vectors(bags: Sequence[Counter[str]]) -> np.ndarray:
    """TF-IDF rows, L2-normalised; words only one source uses are left out. The smoothed
    weight (``ln((n + 1) / (df + 1)) + 1``) keeps the names every source writes: with the
    plain ``ln(n / df)`` they weigh nothing, and four outlets of one story, each pair
    sharing a few names of its own, read as two events."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(set(bag))
    vocab = {w: k for k, w in enumerate(sorted(w for w, c in df.items() if c >= 2))}
    n = len(bags)
    x = np.zeros((n, len(vocab)))
    for row, bag in enumerate(bags):
        for w, c in bag.items():
            col = vocab.get(w)
            if col is not None:
                x[row, col] = (1 + math.log(c)) * (math.log((n + 1) / (df[w] + 1)) + 1)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.asarray(x / np.where(norms == 0, 1, norms))


def _last_merge(dist: np.ndarray) -> tuple[list[int], list[int]]:
    """The two clusters average linkage (UPGMA) joins last, as indices of ``dist``.

    The nearest-neighbour chain, step for step as ``scipy.cluster.hierarchy.linkage(...,
    "average")`` runs it (ties broken alike, so the same two sides): scipy.cluster would
    cost 0.4 s of imports on every story of four sources or more, and this is all of it
    a split needs. ``dist``: a symmetric matrix with a zero diagonal."""
    n = len(dist)
    d = dist.astype(np.float64, copy=True)
    size = np.ones(n)
    merges: list[tuple[float, int, int]] = []
    chain: list[int] = []
    for _ in range(n - 1):
        alive = size > 0
        if not chain:
            chain.append(int(np.flatnonzero(alive)[0]))
        while True:
            x = chain[-1]
            row = np.where(alive, d[x], np.inf)
            row[x] = np.inf
            y = int(np.argmin(row))
            if len(chain) > 1 and d[x, chain[-2]] <= row[y]:
                y = chain[-2]  # the chain's previous cluster wins a tie
            if len(chain) > 1 and y == chain[-2]:
                break
            chain.append(y)
        chain.pop()
        chain.pop()
        x, y = min(x, y), max(x, y)
        merges.append((float(d[x, y]), x, y))
        nx, ny = size[x], size[y]
        # the merged cluster takes y's row, as scipy's does
        d[:, y] = d[y, :] = (nx * d[x] + ny * d[y]) / (nx + ny)
        d[y, y] = 0.0
        size[x], size[y] = 0, nx + ny
    # the dendrogram: merges by height (stable), clusters named as scipy's ``label`` does
    parent = list(range(2 * n - 1))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    left: list[int] = []
    right: list[int] = []
    for k, (_, x, y) in enumerate(sorted(merges, key=lambda m: m[0])):
        a, b = sorted((find(x), find(y)))
        left, right = members.pop(a), members.pop(b)
        parent[a] = parent[b] = n + k
        members[n + k] = left + right
    return left, right


def _split(sim: np.ndarray, idx: list[int], ratio: float = SPLIT_RATIO) -> list[list[int]]:
    if len(idx) < 2 * MIN_PART:
        return [idx]
    sub = sim[np.ix_(idx, idx)]
    dist = np.clip(1 - sub, 0, None)
    np.fill_diagonal(dist, 0)
    # the two sides of the last merge (a cut at a height would keep tied merges whole)
    left, right = _last_merge(dist)
    a = sorted(idx[k] for k in left)
    b = sorted(idx[k] for k in right)

    def mean(x: list[int], y: list[int]) -> float:
        """Mean similarity over the pairs of two distinct sources of ``x`` and ``y``."""
        block = sim[np.ix_(x, y)]
        same = np.intersect1d(x, y)
        total = float(block.sum()) - float(sim[same, same].sum())
        return total / (len(x) * len(y) - len(same))

    if len(a) < MIN_PART or len(b) < MIN_PART:
        # one source or so apart from all the others is an odd angle, not an event; the
        # rest still splits when its two halves share almost nothing (a far stricter
        # test than below: splitting the rest at the usual ratio also splits one event's
        # sources), and the odd source joins the part it is closest to
        odd, rest = (a, b) if len(a) < len(b) else (b, a)
        parts = _split(sim, rest, ratio=OUTLIER_RATIO)
        if len(parts) < 2:
            return [idx]
        for k in odd:
            # ties (an odd source sharing nothing with anyone) go to the first source's part
            nearest = max(range(len(parts)),
                          key=lambda p: (float(sim[k, parts[p]].mean()), -min(parts[p])))
            parts[nearest] = sorted(parts[nearest] + [k])
        return parts

    if mean(a, b) < ratio * min(mean(a, a), mean(b, b)):
        return _split(sim, a, ratio) + _split(sim, b, ratio)
    return [idx]


def _figures(text: str, lang: str) -> list[tuple[str, str]]:
    """(what is counted, number) of each exact count a sentence states, keyed by its
    counted noun. Bare counts and values with a qualifier (``at least 10``, ``about 50``)
    are left out, since they agree with many; so are amounts, which a currency does not
    say what they pay for (a $100 fee and a $2 trillion valuation in one story)."""
    return [(q.unit, str(q.value)) for q in extract_quantities(text, lang=lang)
            if q.kind is QuantityKind.NUMBER and q.unit and not q.qualifier]


def _clashes(stated: Sequence[dict[str, set[str]]]) -> np.ndarray:
    """For each pair of sources, (figures given other numbers - figures agreed on) / both,
    over the things both give figures of, clipped to [0, 1]: 1 when they agree on none."""
    n = len(stated)
    shared = np.zeros((n, n))
    agreed = np.zeros((n, n))
    by_key: dict[str, list[int]] = {}
    for i, figures in enumerate(stated):
        for key in figures:
            by_key.setdefault(key, []).append(i)
    for key in sorted(by_key):
        idx = by_key[key]
        if len(idx) < 2:
            continue
        values = sorted({v for i in idx for v in stated[i][key]})
        column = {v: c for c, v in enumerate(values)}
        has = np.zeros((len(idx), len(values)))
        for row, i in enumerate(idx):
            has[row, [column[v] for v in stated[i][key]]] = 1
        block = np.ix_(idx, idx)
        shared[block] += 1
        agreed[block] += (has @ has.T) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(shared > 0, (shared - 2 * agreed) / shared, 0.0)
    np.fill_diagonal(out, 0)
    return np.asarray(np.clip(out, 0, 1))


DATE_GAP = 45
"""Days between two publication dates from which the sources before and after tell of two
events: one story's coverage runs on for days, a look-alike event comes weeks or years
later (an outage in August, another in October). Chosen on ECB+ topics 1-35 with the
texts' date stamps (``bench/events.py``): cross-event pairs set apart 0.827 -> 0.874,
same-event pairs kept together 0.938 -> 0.897, single-event folders split 7 -> 10 of 66
(each of the three is one case told months or years apart: a crime and its trial); 30
days keeps 0.880, 14 keeps 0.887, 90 sets apart only 0.826. Held out, topics 36-45:
0.651 -> 0.741 set apart, 1.0 -> 0.967 kept, 3 -> 4 of 20 split."""


def _date_parts(order: Sequence[str], published: Mapping[str, str],
                sim: np.ndarray) -> list[list[int]]:
    """The sources (indices of ``order``) cut where their publication dates leave a gap of
    ``DATE_GAP`` days, when each side has ``MIN_PART`` dated sources; sources without a date
    join the side they are most alike. One part when the dates say nothing."""
    dated = sorted((day, k) for k, s in enumerate(order)
                   if (day := calendar_day(published.get(s, ""))) is not None)
    runs: list[list[int]] = []
    last: date | None = None
    for day, k in dated:
        if last is None or (day - last).days >= DATE_GAP:
            runs.append([])
        runs[-1].append(k)
        last = day
    while len(runs) > 1 and min(len(r) for r in runs) < MIN_PART:
        small = min(range(len(runs)), key=lambda r: (len(runs[r]), r))
        lone = runs.pop(small)  # a lone date joins the run before it (or the one after)
        near = small - 1 if small else 0
        runs[near] = sorted(runs[near] + lone)
    if len(runs) < 2:
        return [list(range(len(order)))]
    placed = {k for run in runs for k in run}
    undated = [k for k in range(len(order)) if k not in placed]
    # an undated source joins the run it is most alike, unless it is more alike the
    # other undated sources (coverage of a third event, from sites that print no date)
    left: list[int] = []
    joins: list[tuple[int, int]] = []
    for k in undated:
        others = [x for x in undated if x != k]
        scores = [float(sim[k, run].mean()) for run in runs]
        best = max(range(len(runs)), key=lambda r: (scores[r], -r))
        if len(others) >= MIN_PART and float(sim[k, others].mean()) > scores[best]:
            left.append(k)
        else:
            joins.append((best, k))
    for r, k in joins:
        runs[r].append(k)
    if len(left) >= MIN_PART:
        runs.append(left)
    else:  # too few to stand alone: each joins its nearest run
        for k in left:
            runs[max(range(len(runs)), key=lambda r: (float(sim[k, runs[r]].mean()), -r))].append(k)
    return [sorted(run) for run in runs]


_RE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def calendar_day(published: str) -> date | None:
    """The calendar day an ISO date or timestamp names; None for a month, a year, or a
    day no calendar has (a page's metadata may say ``2011-02-30``)."""
    if not _RE_DAY.match(published):
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def story_events(sources: Sequence[str], claims: Sequence[tuple[str, str]], *,
                 langs: Sequence[str] = (),
                 published: Mapping[str, str] | None = None) -> dict[str, int]:
    """Source id -> event number (0, 1, …; numbered by first source id).

    ``claims``: (source id, sentence text) of every claim; ``langs``: each claim's
    language (``"en"`` where not given), for reading its figures; ``published``: source
    id -> publication date (ISO), where known.
    """
    if len(sources) < MIN_SOURCES:
        return {s: 0 for s in sources}
    bags: dict[str, Counter[str]] = {s: Counter() for s in sources}
    stated: dict[str, dict[str, set[str]]] = {s: {} for s in sources}
    said_in: dict[str, set[str]] = {}  # a name -> the languages of the claims naming it
    for k, (source, text) in enumerate(claims):
        lang = langs[k] if k < len(langs) else "en"
        words = set()
        for a in _RE_ANCHOR.finditer(text):
            word = "#" + _RE_SEPARATOR.sub("", a.group().lower())
            words.add(word)
            if a.group("name"):
                said_in.setdefault(word, set()).add(lang)
        bags[source].update(words)
        for key, value in _figures(text, lang):
            stated[source].setdefault(key, set()).add(value)
    if len({lang for named in said_in.values() for lang in named}) > 1:
        # a bilingual story: a name only one language's sources write is as much the
        # language's mark as the event's (``Tuesday``, ``South Africa`` / ``Afrique du
        # Sud``, ``French``), and would split one event's coverage by language
        for bag in bags.values():
            for word in [w for w in bag if len(said_in.get(w, ())) == 1]:
                del bag[word]
    order = sorted(sources)
    x = _vectors([bags[s] for s in order])
    sim = (x @ x.T) * (1 - CLASH_WEIGHT * _clashes([stated[s] for s in order]))
    parts = [part for dated in _date_parts(order, published or {}, sim)
             for part in _split(sim, dated)]
    parts.sort(key=min)
    return {order[i]: n for n, part in enumerate(parts) for i in part}


_RE_MONTH = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})")
_RE_YEAR = re.compile(r"^(\d{4})(?:-|$)")

DATED_KINDS = frozenset({QuantityKind.DATE, QuantityKind.DAY, QuantityKind.TIME})
"""Values that are times themselves: a date is never set apart by its own month (18 March
and 2 April may be one disputed day)."""


def story_frames(claims: Sequence[Unit]) -> dict[tuple[str, int], str]:
    """(source, sentence start) -> the month or year a sentence dates what it states in,
    for sentences whose dates are all of another month (or year) than the one most
    sources date the story in: a background sentence (``A quake struck the region in
    September, killing seven``) states another event's figures. Sentences without a
    date, and stories whose sources agree on no month or year, have none."""
    months: dict[tuple[str, int], set[str]] = {}
    years: dict[tuple[str, int], set[str]] = {}
    for u in claims:
        for q in extract_quantities(u.text, lang=u.lang):
            if q.kind is not QuantityKind.DATE or "/" in str(q.value):
                continue
            month, year = _RE_MONTH.match(str(q.value)), _RE_YEAR.match(str(q.value))
            if month:
                months.setdefault((u.source, u.start), set()).add(month.group(1))
            if year:
                years.setdefault((u.source, u.start), set()).add(year.group(1))

    def main(stated: dict[tuple[str, int], set[str]]) -> str:
        by_source: dict[str, set[str]] = {}
        for (source, _), xs in stated.items():
            by_source.setdefault(source, set()).update(xs)
        ranked = Counter(x for xs in by_source.values() for x in xs).most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return ""
        return ranked[0][0]

    out: dict[tuple[str, int], str] = {}
    for stated, tag in ((months, "month"), (years, "year")):
        story = main(stated)
        if not story:
            continue
        for key, xs in stated.items():
            if story not in xs and key not in out:
                out[key] = f"{tag} {min(xs)}"
    return out


def within_events(conflicts: Sequence[Conflict], members: Sequence[Member],
                  events: dict[str, int],
                  frames: Mapping[tuple[str, int], str] | None = None) -> tuple[Conflict, ...]:
    """The conflicts of one group as sources of one event state them: claims of an event
    whose sources all state one value drop out (their value only differs from another
    event's), and a conflict left with fewer than two sources is no conflict. A sentence
    dated in another month or year (``frames``) tells of another event for amounts and
    counts."""
    if not conflicts:
        return ()  # most groups have none: no need to count the story's events
    frames = frames or {}
    if len(set(events.values())) < 2 and not frames:
        return tuple(conflicts)
    out = []
    for c in conflicts:
        by_event: dict[tuple[int, str], list[int]] = {}
        for k, cl in enumerate(c.claims):
            u = members[cl.member].unit
            frame = "" if c.kind in DATED_KINDS else frames.get((u.source, u.start), "")
            by_event.setdefault((events.get(u.source, 0), frame), []).append(k)
        kept = sorted(k for ks in by_event.values()
                      if len({members[c.claims[k].member].unit.source for k in ks}) > 1
                      and len({str(c.claims[k].normalized) for k in ks}) > 1
                      for k in ks)
        if len({members[c.claims[k].member].unit.source for k in kept}) > 1:
            out.append(replace(c, claims=tuple(c.claims[k] for k in kept)))
    return tuple(out)
