"""The report model: frozen records that every pipeline stage produces or reads.

Renderers read only this module. Offsets are Python string indices into the decoded
source text, so ``article.text[unit.start:unit.end] == unit.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, TypeVar


class GroupKind(StrEnum):
    """What a group of units says about coverage."""

    UNIQUE = "unique"
    SHARED = "shared"
    CONFLICT = "conflict"


class Reason(StrEnum):
    """Why a unit is not a claim."""

    BOILERPLATE = "boilerplate"
    """Page furniture: credits, prompts, labels, bylines, navigation, tag lines."""
    DUPLICATE = "duplicate"
    """The same source already said this."""
    FRAGMENT = "fragment"
    """A sentence cut off mid-way (where a copied excerpt ends): not a whole claim."""


class QuantityKind(StrEnum):
    """Kinds of values that can be compared across sources."""

    MONEY = "money"
    NUMBER = "number"
    PERCENT = "percent"
    DATE = "date"
    DAY = "day"
    RELATIVE = "relative-time"
    QUOTE = "quote"
    NAME = "name"
    NEGATION = "negation"
    OPPOSITE = "opposite"
    TERM = "term"
    SWAP = "swap"
    TIME = "time"
    DURATION = "duration"
    SCORE = "score"


_R = TypeVar("_R")


def pickled_by_fields(cls: type[_R]) -> type[_R]:
    """Pickle a frozen record as its class called with its field values.

    Frozen slotted dataclasses pickle through a ``__getstate__``/``__setstate__`` pair
    that looks their fields up again for every record; worker processes send units,
    values and profiles back by the ten thousand, and calling the class is about twice
    as fast to load (982 ECB+ articles' segmenting results: 0.35 s -> 0.19 s).
    Only for records whose fields are all positional ``__init__`` arguments.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if not all(f.init and not f.kw_only for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__} has fields __init__ does not take by position")

    def reduce(self: _R) -> tuple[Callable[..., _R], tuple[Any, ...]]:
        return cls, tuple([getattr(self, n) for n in names])

    cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One input source, decoded."""

    id: str
    """The file stem; unique within a report."""
    path: str
    """The path as the user gave it (or as found inside a given directory)."""
    text: str
    """The decoded text; all offsets index into it."""
    encoding: str = "utf-8"
    """The Python codec the bytes were decoded with: ``open(path, encoding=encoding,
    newline="")`` reads back exactly ``text``."""
    markup: Literal["text", "markdown"] = "text"
    """How to read ``text``: Markdown syntax is ignored when finding sentences, while
    offsets still index into the original ``text``."""
    format: Literal["text", "markdown", "html", "feed"] = "text"
    """What the file is. For ``html`` (a saved web page), ``text`` is the article
    extracted from the page, not the file's content; for ``feed`` (an article of a
    JSON Lines or Parquet feed), its title and text as the feed gives them: the JSON
    report embeds either."""
    page_title: str = ""
    """A page's headline from its metadata, when found."""
    author: str = ""
    """A page's author(s) from its metadata, when found."""
    published: str = ""
    """When a page was first published, from its metadata (``2025-10-14``): the report
    uses it for a source whose text states no date stamp."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, headline or line of one source, with exact offsets."""

    source: str
    """Id of the article it comes from."""
    index: int
    """Position among the source's units, from 0."""
    start: int
    end: int
    text: str
    """Exactly ``article.text[start:end]``."""
    heading: bool = False
    """A headline or sub-heading rather than a sentence of body text."""
    lang: str = "fr"
    """Language code used for its word lists ("fr" or "en")."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quantity:
    """A value a sentence states: an amount, a count, a date, a quote."""

    kind: QuantityKind
    start: int
    """Offset of the mention inside the unit text."""
    end: int
    text: str
    """The mention as written."""
    value: Decimal | str
    """Canonical value: a Decimal for amounts, counts and percents; an ISO-like string
    for dates (``2023-04-25``, ``2023-04``, ``2023``, ``XXXX-04-25``; ranges as ISO 8601
    intervals, ``2021/2022``, ``2022-03-01/2022-03-05``), a weekday name
    (``wednesday``), a signed relative offset (``-P2W``), a clock time (``15:30``), a
    score with the higher side first (``3-1``), or normalised quote text."""
    unit: str = ""
    """What is counted: a currency code (``USD``), a counted noun (``tweet``),
    a date granularity (``day``, ``month``, ``year``), or a quote's speaker."""
    qualifier: str = ""
    """``""`` for an exact value, else ``more``, ``less``, ``about``, ``from``, ``to``
    (range ends), ``vague``, or ``extra`` (an increment such as ``two more times``, not a
    total); qualified values can agree with a range of values."""
    margin: Decimal = Decimal(0)
    """Half a unit of the last decimal written (``1.2 million`` → 50 000, ``0.5%`` → 0.05):
    a rounded figure agrees with every value it rounds; 0 for whole numbers."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Claim:
    """One member's value in a conflict."""

    member: int
    """Index of the member inside its group."""
    value: str
    """The mention as written in the source."""
    normalized: Decimal | str
    """The canonical value that was compared."""
    qualifier: str = ""
    """How the value was stated, so renderers need not parse ``normalized``: ``""`` exact,
    ``more``/``less`` (a bound), ``about``, ``vague``, ``extra`` (an increment),
    ``range`` (``normalized`` is ``low/high``), or ``change`` (``normalized`` is
    ``before/after``: ``passé de 7,1 % à 7,3 %``)."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Conflict:
    """Members of one group that state different values for the same quantity."""

    kind: QuantityKind
    claims: tuple[Claim, ...]
    """At least two claims, from at least two sources, that disagree."""
    unit: str = ""
    """The unit the disagreeing values share (currency, counted noun, granularity)."""
    compatible: bool = False
    """The values differ but can all hold (a bound and a value above it, a range and a
    value inside it, rounding, less detail): shown side by side, not disputed."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Member:
    """A unit inside a group, with why it joined."""

    unit: Unit
    score: float = 100.0
    """Similarity (0-100) to the group's representative; 100 for the representative."""
    evidence: tuple[str, ...] = ()
    """Shared rare words and anchors that joined it to the representative."""
    masked_score: float | None = None
    """For a member scoring below the threshold, joined because it states the same thing
    with another value: its score against the representative with both sentences' values
    masked; else None."""
    secondary: bool = False
    """The sentence's own place is another group; it is here too because a part of it
    (``part``) states this group's fact (a sentence that states several facts)."""
    part: tuple[int, int] | None = None
    """For a secondary member: offsets inside ``unit.text`` of the part that states this
    group's fact."""

    @property
    def compared(self) -> Unit:
        """The unit whose words and values stand for this member in comparisons: the
        part that states the fact for a secondary member, else the whole unit."""
        if self.part is None:
            return self.unit
        lo, hi = self.part
        u = self.unit
        return Unit(source=u.source, index=u.index, start=u.start + lo, end=u.start + hi,
                    text=u.text[lo:hi], heading=u.heading, lang=u.lang)


@dataclass(frozen=True, slots=True)
class Group:
    """One fact: the units of one or more sources that state it."""

    id: str
    """Stable id ``G1``, ``G2``… in report order."""
    members: tuple[Member, ...]
    """The representative first, then by source id and offset."""
    conflicts: tuple[Conflict, ...] = ()
    """Values the sources dispute (each ``compatible`` is False)."""
    compatible: tuple[Conflict, ...] = ()
    """Values the sources state differently but that can all hold (each marked
    ``compatible``); they do not make the group a conflict."""
    sources: tuple[str, ...] = field(init=False, repr=False, compare=False)
    """Distinct source ids, sorted (derived from the members once: renderers ask often)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "sources", tuple(sorted({m.unit.source for m in self.members})))

    @property
    def kind(self) -> GroupKind:
        """``unique``, ``shared`` or ``conflict`` as contract v1 defines them."""
        if len(self.sources) < 2:
            return GroupKind.UNIQUE
        return GroupKind.CONFLICT if self.conflicts else GroupKind.SHARED

    @property
    def representative(self) -> Member:
        """The member whose wording stands for the group."""
        return self.members[0]


@dataclass(frozen=True, slots=True)
class SlotValue:
    """One source's statement of a figure slot: a value inside one of its sentences."""

    unit: Unit
    """The sentence that states it (readers are shown whole sentences)."""
    start: int
    """Offset of the value inside ``unit.text``."""
    end: int
    text: str
    """The value as written, ``unit.text[start:end]`` or, for a range, its two ends."""
    normalized: Decimal | str
    """The canonical value compared (see ``Quantity.value``; ``low/high`` for a range)."""
    qualifier: str = ""
    """As ``Claim.qualifier``: ``""`` exact, ``more``/``less``, ``about``, ``range``…"""
    group: str = ""
    """Id of the group the sentence sits in."""
    currency: str = ""
    """For an amount, its currency code (a slot may hold one amount restated in several)."""
    relative: bool = False
    """For a day, named from the day of writing (``yesterday``, ``hier``): ``normalized``
    is the weekday the source's publication date makes it, which readers are shown."""
    speaker: str = ""
    """Who the sentence says gives the figure (``AFAD``, ``police``), else ``""``."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One figure of the story (a toll, an amount, a magnitude, a day) and every
    source's value of it, aligned across sources and languages."""

    id: str
    """Stable id ``N1``, ``N2``… in report order."""
    kind: QuantityKind
    unit: str
    """What is counted or measured (a currency, a counted noun, ``people killed``), or
    ``""``."""
    label: str
    """A few words that say which figure it is, taken from the sentences that state it."""
    values: tuple[SlotValue, ...]
    """By the sources' publication stamps where they state one (earliest first; sources
    without one after), then by source, then offset."""
    disputed: bool = False
    """Two sources state values that cannot both hold."""
    sources: tuple[str, ...] = field(init=False, repr=False, compare=False)
    """Distinct source ids, sorted."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "sources", tuple(sorted({v.unit.source for v in self.values})))

    @property
    def compatible(self) -> bool:
        """Values differ but can all hold (a bound, a range, rounding, less detail, another
    currency)."""
        return not self.disputed and len({(str(v.normalized), v.currency)
                                          for v in self.values}) > 1


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Excluded:
    """A unit that is not a claim, and why."""

    unit: Unit
    reason: Reason
    detail: str = ""
    """A short human explanation (which signal fired, or which unit it repeats)."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """Every tunable of the pipeline, with its default."""

    threshold: float = 40.0
    """Minimum pair score (0-100) for two units to state the same fact."""
    duplicate_threshold: float = 92.0
    """Score at or above which a source repeating itself is a duplicate (excluded)."""
    twin_threshold: float = 75.0
    """Score at or above which two units of one source may share a group (a source
    restating its own fact); below it, a source's units never share a group."""
    min_claim_words: int = 4
    """Lines shorter than this (in words) with no sentence punctuation are furniture."""
    lang: str = "auto"
    """``fr``, ``en`` or ``auto`` (detected per source)."""
    exhaustive: bool | None = None
    """Score all unit pairs (True), only candidates from blocking (False), or decide by
    input size (None: all pairs up to a few thousand units)."""
    semantic: bool = False
    """Also compare French and English sentences with a multilingual sentence encoder
    (the ``semantic`` extra; see ``reporter.semantic``)."""
    learned_furniture: bool = True
    """Ask the model learned from labelled pages (``reporter.furniture_model``) for a
    second opinion where the furniture rules' verdict may be wrong."""


@dataclass(frozen=True, slots=True)
class SourceStats:
    """Per-source counts shown in the sources table."""

    claims: int
    shared: int
    unique: int
    excluded: int


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much of one source's claims another source also states (one ordered pair)."""

    source: str
    other: str
    claims: int
    """Claims of ``source``."""
    shared: int
    """Of them, those in a group that ``other`` also states."""
    identical: int
    """Of them, those ``other`` states in near-identical words (pair similarity >= 90)."""
    dependence: str = ""
    """For a pair of dependent sources (``Coverage.copies``): ``near-copy`` or ``rewrite``."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who confirms whom: derived by ``reporter.coverage``, so renderers only read it."""

    overlaps: tuple[Overlap, ...] = ()
    """Every ordered pair of distinct sources that share at least one fact, sorted by
    (source, other); a missing pair shares nothing."""
    copies: tuple[Overlap, ...] = ()
    """One per near-copy pair: the overlap of its smaller source with the other, sorted."""
    independent: dict[str, int] = field(default_factory=dict)
    """Group id -> number of independent sources (near-copies count once)."""
    identical_at: float = 90.0
    """Pair similarity at or above which a claim counts as stated in near-identical words."""
    copy_share: float = 0.4
    """Share of the smaller source's claims, in near-identical words, that makes a copy."""
    rewrite_share: float = 0.6
    """Share of the smaller source's claims, in any words, that makes a rewrite."""
    core_sources: int = 3
    """From this many sources, facts every source states are left out of the rewrite
    test (short reports of one event all state them)."""
    _index: dict[tuple[str, str], Overlap] = field(default_factory=dict, repr=False,
                                                    compare=False)
    """Cache behind ``overlap``: (source, other) -> Overlap, filled on first use."""

    @property
    def closest(self) -> Overlap | None:
        """The ordered pair where the most of a source's claims recur in another source."""
        # max keeps the first of equals, and overlaps are sorted: deterministic
        return max(self.overlaps, default=None,
                   key=lambda o: (o.shared / o.claims if o.claims else 0.0, o.identical))

    def overlap(self, source: str, other: str) -> Overlap | None:
        """The ordered pair's overlap, or None when the two share no fact."""
        if not self._index and self.overlaps:
            self._index.update({(o.source, o.other): o for o in self.overlaps})
        return self._index.get((source, other))


@dataclass(frozen=True, slots=True)
class Report:
    """The whole result: what a renderer needs and nothing it must compute."""

    articles: tuple[Article, ...]
    """Sorted by id."""
    units: tuple[Unit, ...]
    """Every unit of every source, sorted by source then offset."""
    groups: tuple[Group, ...]
    """Conflicts first, then shared (most sources first), then unique."""
    excluded: tuple[Excluded, ...]
    """Sorted by source then offset."""
    titles: dict[str, str] = field(default_factory=dict)
    """Source id → headline (or first claim) used as the source's title."""
    options: ReportOptions = field(default_factory=ReportOptions)
    coverage: Coverage = field(default_factory=Coverage)
    """Overlap between sources and independent confirmations (empty if not computed)."""
    slots: tuple[Slot, ...] = ()
    """Figure slots across the whole story: disputed first, then by number of sources."""
    published: dict[str, str] = field(default_factory=dict)
    """Source id → when it was published or updated, as its own date stamp states it
    (``2023-04-18`` or ``2023-04-18T10:05``); sources without a stamp are absent."""
    _stats: dict[str, SourceStats] = field(default_factory=dict, init=False, repr=False,
                                           compare=False)
    """Cache behind ``stats`` (filled on first use; the report itself never changes)."""
    _rendered: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False,
                                                  repr=False, compare=False)
    """Renderers' cache of sections two formats share (the report itself never changes)."""

    @property
    def conflicts(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.kind is GroupKind.CONFLICT)

    @property
    def shared(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.kind is GroupKind.SHARED)

    @property
    def unique(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.kind is GroupKind.UNIQUE)

    @property
    def shared_by_all(self) -> tuple[Group, ...]:
        """Multi-source groups (shared or conflicting) that every source states."""
        n = len(self.articles)
        return tuple(g for g in self.groups if len(g.sources) == n and n > 1)

    def independent(self, group: Group) -> int:
        """Independent sources of a group; all its sources when coverage is unknown."""
        return self.coverage.independent.get(group.id, len(group.sources))

    @property
    def copied_confirmations(self) -> int:
        """Confirmations of multi-source facts that come from a near-copy or rewrite of another."""
        return sum(len(g.sources) - self.independent(g) for g in self.groups
                   if len(g.sources) > 1)

    def stats(self, source: str) -> SourceStats:
        """Counts for one source: claims, claims shared with others, unique, excluded."""
        if not self._stats:  # one pass for all sources, on first use
            counts = {a.id: [0, 0, 0] for a in self.articles}
            # a sentence placed in a shared group as a secondary member states a shared fact
            also_shared = {(m.unit.source, m.unit.start) for g in self.groups
                           if len(g.sources) > 1 for m in g.members if m.secondary}
            for g in self.groups:
                for m in g.members:
                    if m.secondary:
                        continue
                    key = (m.unit.source, m.unit.start)
                    slot = 0 if len(g.sources) > 1 or key in also_shared else 1
                    counts.setdefault(m.unit.source, [0, 0, 0])[slot] += 1
            for e in self.excluded:
                counts.setdefault(e.unit.source, [0, 0, 0])[2] += 1
            self._stats.update({
                sid: SourceStats(claims=sh + un, shared=sh, unique=un, excluded=ex)
                for sid, (sh, un, ex) in counts.items()
            })
        return self._stats.get(source, SourceStats(claims=0, shared=0, unique=0, excluded=0))


@dataclass(frozen=True, slots=True)
class StoryResult:
    """One story's outcome: its counts and renderings, or the error that stopped it."""

    name: str
    """The story's directory name, or the file-name-safe name of a feed's story: its
    reports are ``<name>.md``, ``.html`` and ``.json``."""
    sources: int = 0
    shared: int = 0
    """Facts stated by several sources without conflict."""
    conflicts: int = 0
    unique: int = 0
    error: str = ""
    """Empty when the story's report was built."""
    warnings: tuple[str, ...] = ()
    outputs: dict[str, str] = field(default_factory=dict)
    """Format ("md", "html", "json") -> rendered report."""
    story: str = ""
    """The story as a feed names it, when that differs from ``name``."""
    resumed: bool = False
    """Its reports were already newer than its inputs (``--resume``) and were kept."""
