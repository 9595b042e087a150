"""Contradictions inside one group: values of the same kind and unit that sources state
differently.

Precision comes first, because one false conflict makes a reader distrust the rest.
So a value only conflicts when each side states something the *other source* neither
states nor covers: less detail (``avril`` against ``19 avril``), a range or a bound that
contains the other value, ``environ`` within 10%, or a vague amount (``des milliers``)
are all agreement. Quotes are compared only when they are clearly the same statement
by the same speaker, worded differently. Names are compared only where two members word
one statement alike but for the name (see ``reporter.names``); so are denials, opposite
words and different things of one kind (see ``reporter.polarity``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal

from rapidfuzz import fuzz

from reporter.attribution import speaker_at
from reporter.bridge import cognate_map
from reporter.events import calendar_day
from reporter.extract import RELATIVE_DAY, extract_quantities
from reporter.lexicon import thing
from reporter.model import Claim, Conflict, Member, Quantity, QuantityKind, Unit
from reporter.names import name_clashes
from reporter.normalize import fold
from reporter.polarity import (
    OUTCOME_NAMES,
    ContrastClash,
    NegationClash,
    SwapClash,
    contrast_clashes,
    negation_clashes,
    outcome,
    replaced_places,
    swap_clashes,
)

__all__ = ["Value", "durations_comparable", "find_conflicts", "values_agree", "values_differ",
           "values_of"]

_ABOUT = Decimal("0.10")
"""``environ X`` covers X ± 10%."""
_QUOTE_SAME_STATEMENT = 70.0
"""``fuzz.ratio`` at or above which two different quotes are one statement reworded."""
_FEW = (Decimal(2), Decimal(9))
"""``quelques`` / ``a few`` units: between two and nine."""
_DAYS = {
    "D": Decimal(1),
    "W": Decimal(7),
    "M": Decimal(30),
    "Y": Decimal(365),
    "H": Decimal(1) / 24,
    "m": Decimal(1) / 1440,
}
_DAY_S = 86_400
_DURATIONS: dict[str, tuple[str, Decimal, Decimal, Decimal]] = {
    # counted unit -> (ISO 8601 designator, units of it per designator, fewest and most
    # seconds in one; whole numbers, so 2.25 hours is exactly 135 minutes): months and
    # years vary, so "12 months" agrees with "a year"
    "second": ("TS", Decimal(1), Decimal(1), Decimal(1)),
    "seconde": ("TS", Decimal(1), Decimal(1), Decimal(1)),
    "minute": ("TM", Decimal(1), Decimal(60), Decimal(60)),
    "hour": ("TH", Decimal(1), Decimal(3_600), Decimal(3_600)),
    "day": ("D", Decimal(1), Decimal(_DAY_S), Decimal(_DAY_S)),
    "week": ("W", Decimal(1), Decimal(7 * _DAY_S), Decimal(7 * _DAY_S)),
    "month": ("M", Decimal(1), Decimal(28 * _DAY_S), Decimal(31 * _DAY_S)),
    "year": ("Y", Decimal(1), Decimal(365 * _DAY_S), Decimal(366 * _DAY_S)),
    "decade": ("Y", Decimal(10), Decimal(3_652 * _DAY_S), Decimal(3_653 * _DAY_S)),
    "decenny": ("Y", Decimal(10), Decimal(3_652 * _DAY_S), Decimal(3_653 * _DAY_S)),
    "century": ("Y", Decimal(100), Decimal(36_524 * _DAY_S), Decimal(36_525 * _DAY_S)),
    "siecle": ("Y", Decimal(100), Decimal(36_524 * _DAY_S), Decimal(36_525 * _DAY_S)),
}
"""Counts of time units are durations, compared in seconds across units (``two weeks`` /
``14 days`` agree; ``five years`` / ``five months`` do not)."""
_DURATION_RATIO = Decimal(12)
"""Two durations in different units are compared when they state the same number (``30
days`` / ``30 years``, ``five years`` / ``five months``) or are within this factor of
each other (``two weeks`` / ``10 days``, ``six months`` / ``three years``). Further apart
they are most often lengths of two things: a jury out ``seven hours`` and a ``12 week``
pregnancy, a trial of ``three weeks`` and a sentence of ``10 years``. In one unit, any
two are compared, as any two counts of one noun are."""
_RE_REL = re.compile(r"^([+-])PT?(x|[\d.]+)([DWMYH])$")
_RE_QUOTE_PUNCT = re.compile(r"[^\w\s…]+")
"""Punctuation a quote is compared without; a cut (``…``) stays: see ``_elided``."""
_RE_SPACES = re.compile(r"\s+")
_NUMERIC = (QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.PERCENT)

_Interval = tuple[Decimal, Decimal | None]
"""Inclusive bounds; ``None`` is no upper bound."""


@dataclass(frozen=True, slots=True)
class Value:
    """One comparable value of one member: a quantity, or a ``from``…``to`` pair merged."""

    member: int
    source: str
    kind: QuantityKind
    key: str
    """What must match for two values to be compared: currency, noun, speaker, sign."""
    start: int
    text: str
    normalized: Decimal | str
    interval: _Interval | None = None
    """For amounts, relative times, clock times and durations (in seconds): the values
    this mention is compatible with."""
    date: _DateFields | None = None
    """For dates: (first year, last year, month, day, last month, last day)."""
    granularity: str = ""
    """For dates: day, month or year; for durations: the time unit counted."""
    bound: str = ""
    """``more`` or ``less`` for a one-sided bound (``at least 2``), else ``""``."""
    qualifier: str = ""
    """The quantity's qualifier, ``range`` for merged range ends (see ``Claim``)."""
    margin: Decimal = Decimal(0)
    change: tuple[Decimal, Decimal] | None = None
    """For a change (``passé de 7,1 % à 7,3 %``, ``rose from 7.1% to 7.3%``): the value
    before and after, each compared, rather than a range any value inside agrees with."""
    strict_outcome: bool = False
    """A count of no one or of one in words (``no one``, ``one person``): compared only
    with counts that say the same outcome (``no casualties`` says what it counts)."""
    outcome: int | None = None
    """For counts: the outcome the sentence gives what is counted (killed, injured,
    sick, missing; see :func:`reporter.polarity.outcome`), else None."""
    relative: bool = False
    """For days: named from the day of writing (``yesterday``), ``normalized`` being the
    weekday the source's publication date makes it."""

    stated: Decimal | str | None = None
    """For amounts: the figure as stated, without its qualifier (``at least 10`` → 10;
    ``normalized`` is ``>10``); None for other kinds."""
    window: bool = False
    """For counts of spans of time: the window another figure is counted over (``in his
    first three seasons``; see ``_window``), compared with nothing."""
    load: bool = False
    """For amounts and counts: what something carries or holds (see ``_RE_LOAD_BEFORE``),
    compared only with other loads."""
    speaker: str = ""
    """For amounts, counts and percents read for figure slots (``values_of(...,
    loose=True)``): who the sentence says gives the figure (``AFAD``, ``police``; see
    :mod:`reporter.attribution`), else ``""``."""

    @property
    def bare(self) -> bool:
        """A count with no counted noun, keyed by the words around it."""
        return self.key.startswith(_BARE)


def _amount_interval(q: Quantity) -> _Interval:
    """The values a qualified amount agrees with; a rounded figure covers what it rounds."""
    assert isinstance(q.value, Decimal)
    v, e = q.value, q.margin
    if q.qualifier in ("more", "from"):
        return (v - e, None)
    if q.qualifier in ("less", "to"):
        return (Decimal(0), v + e)
    if q.qualifier == "about":
        return (v * (1 - _ABOUT) - e, v * (1 + _ABOUT) + e)
    if q.qualifier == "vague":
        # "thousands" reach up to, not into, the millions: "millions" / "billions" differ
        return (v, v * (10 if v < 1000 else 1000) - 1)
    return (v - e, v + e)


_RE_FRACTION_AFTER = re.compile(
    r"[ \u00a0]*(?i:et|and)[ \u00a0]+(?i:(?P<half>demie?|a[ \u00a0]+half)"
    r"|(?P<quarter>quart|a[ \u00a0]+quarter)|(?P<three>trois[ \u00a0]+quarts"
    r"|three[ \u00a0]+quarters))\b")
"""``deux ans et demi``, ``two years and a half``, ``deux heures et quart``: a fraction
of the unit after it."""


def _duration(q: Quantity, text: str) -> tuple[str, _Interval, str]:
    """A count of a time unit as an ISO 8601 duration (``P5Y``, ``PT3H``; ``P2.5Y`` for
    ``deux ans et demi``), the seconds it agrees with, and the mention as written, with
    its fraction."""
    assert isinstance(q.value, Decimal)
    designator, per, fewest, most = _DURATIONS[q.unit]
    fraction = _RE_FRACTION_AFTER.match(text, q.end)
    extra = Decimal(0)
    if fraction is not None:
        extra = Decimal("0.5") if fraction["half"] else (
            Decimal("0.25") if fraction["quarter"] else Decimal("0.75"))
        q = replace(q, value=q.value + extra, end=fraction.end())
    assert isinstance(q.value, Decimal)
    lo, hi = _amount_interval(q)
    amount = format((q.value * per).normalize(), "f")
    iso = f"PT{amount}{designator[1]}" if designator.startswith("T") else f"P{amount}{designator}"
    return iso, (lo * fewest, None if hi is None else hi * most), text[q.start:q.end]


def _display_qualified(q: Quantity) -> Decimal | str:
    assert isinstance(q.value, Decimal)
    prefix = {"more": ">", "less": "<", "about": "~", "from": ">=", "to": "<="}.get(q.qualifier)
    if q.qualifier == "vague":
        return f"{q.value}+"
    return f"{prefix}{q.value}" if prefix else q.value


_DateFields = tuple[int | None, int | None, int | None, int | None, int | None, int | None]
"""(first year, last year, month, day, last month, last day); ``None`` where unstated."""


def _date_fields(value: str) -> _DateFields:
    if "/" in value:
        first, last = value.split("/")
        if "-" not in first:
            return (int(first), int(last), None, None, None, None)  # years: 2021/2022
        a, b = _date_fields(first), _date_fields(last)  # days: 2022-03-01/2022-03-05
        return (a[0], b[1], a[2], a[3], b[2], b[3])
    parts = value.split("-")
    year = None if parts[0] == "XXXX" else int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    return (year, year, month, day, month, day)


_TIME_AFTER = re.compile(r"(?i:shortly\s+after|just\s+after|peu\s+apr[èe]s)")
_TIME_BEFORE = re.compile(r"(?i:shortly\s+before|just\s+before|peu\s+avant)")
_TIME_SLACK = Decimal(20)
"""Minutes either side of a time given as approximate (``around 3 p.m.``, ``vers 15 h``);
``shortly after`` / ``peu après`` reaches half an hour after, ``shortly before`` half an
hour before."""


def _time_interval(q: Quantity) -> _Interval:
    """The minutes of the day a clock time agrees with: itself when exact, a little
    around it when approximate, the rest of the day after ``after`` / ``dès``, the day up
    to it with ``before`` / ``avant``."""
    assert isinstance(q.value, str)
    hours, minutes = q.value.split(":")
    t = Decimal(int(hours) * 60 + int(minutes))
    if q.qualifier == "about":
        if _TIME_AFTER.match(q.text):
            return t, t + 30
        if _TIME_BEFORE.match(q.text):
            return t - 30, t
        return t - _TIME_SLACK, t + _TIME_SLACK
    if q.qualifier == "more":
        return t, None
    if q.qualifier == "less":
        return Decimal(0), t
    return t, t


def _relative_interval(value: str) -> tuple[str, _Interval] | None:
    m = _RE_REL.match(value)
    if m is None:
        return None
    sign, amount, letter = m.groups()
    if value.startswith(("+PT", "-PT")) and letter == "M":
        letter = "m"
    days = _DAYS[letter]
    if amount == "x":
        return sign, (_FEW[0] * days, _FEW[1] * days)
    n = Decimal(amount) * days
    return sign, (n, n)


def _quote_key(text: str) -> str:
    return _RE_SPACES.sub(" ", _RE_QUOTE_PUNCT.sub(" ", text)).strip()


_RE_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0\u202f]+$")
_RE_WORD_AFTER = re.compile(r"[ \u00a0\u202f]+([^\W\d_][\w'’-]*)")
_RE_CLAUSE_END = re.compile(r"\s*(?:[.;!?…]|$)")
_CONTEXT_STOP = frozenset(
    "the a an and or of to in on at by for with from as than that is are was were be has have "
    "had it its le la les l de des du d un une et ou à au aux en par pour sur dans avec que qui "
    "est sont a ont".split()
)


_RE_HOUR_BEFORE = re.compile(
    r"(?i:\b(?:before|after|until|till|since|avant|apr[èe]s|jusqu['’][àa]|vers|d[èe]s)"
    r"[ \u00a0]+)$")
"""A preposition of time right before a bare whole number up to 24: an hour."""


_WINDOW_UNITS = frozenset(_DURATIONS) | {
    "season", "game", "match", "round", "term", "quarter", "inning", "race", "saison",
    "an", "année", "annee", "mois", "semaine", "jour", "heure", "manche", "mandat"}
"""Counted nouns of spans of time and of a season's games."""
_RE_WINDOW_BEFORE = re.compile(
    r"(?i:\b(?:in|over|during|for|across|within|throughout|dans|sur|pendant|durant"
    r"|au[ \u00a0]+cours[ \u00a0]+d(?:es|u)|lors[ \u00a0]+d(?:es|u))[ \u00a0]+"
    r"(?:each[ \u00a0]+of[ \u00a0]+)?(?:(?:his|her|its|their|the|these|those|ses|leurs?|les"
    r"|ces|sa|son)[ \u00a0]+)?(?:first|last|past|previous|next|final|latest|opening"
    r"|premi[eè]re?s?|derni[eè]re?s?|prochaine?s?)[ \u00a0]+)$")
_RE_WINDOW_FRENCH = re.compile(
    r"(?i:\b(?:(?:dans|sur|pendant|durant)[ \u00a0]+(?:les|ces|ses|leurs)"
    r"|au[ \u00a0]+cours[ \u00a0]+(?:des|de[ \u00a0]+(?:ces|ses|leurs))|lors[ \u00a0]+des)"
    r"[ \u00a0]+)$")
_RE_WINDOW_FRENCH_AFTER = re.compile(r"(?i:[ \u00a0]+(?:premi|derni|prochain)\w*)")
_RE_WINDOW_ORDER = re.compile(r"(?:premi|derni|prochain)")
"""The window a statistic is counted over (``in his first three seasons``, ``in each of
the past five seasons``, ``in the past 24 hours``, ``au cours des 24 dernières heures``):
it says how another figure was counted, and is no figure of the story to compare (two
outlets counting over two windows give two statistics)."""


def _window(text: str, q: Quantity) -> bool:
    """Whether the count ``q`` of a span of time is the window another figure is
    counted over."""
    if q.kind is not QuantityKind.NUMBER:
        return False
    before = text[max(0, q.start - 60):q.start]
    if _RE_WINDOW_ORDER.match(q.unit) and _RE_WINDOW_FRENCH.search(before):
        return True  # ``les 24 dernières heures``: read as a count of ``dernières``
    if q.unit not in _WINDOW_UNITS:
        return False
    if _RE_WINDOW_BEFORE.search(before):
        return True
    return (_RE_WINDOW_FRENCH.search(before) is not None
            and _RE_WINDOW_FRENCH_AFTER.match(text, q.start + len(q.text.split()[0])) is not None)


_FILLER = (r"(?:(?:an?|the|some|about|around|nearly|almost|roughly|estimated|more|than|over"
           r"|up|to|its|their|his|her|quelque|environ|près|pres|de|d['’]|plus|jusqu['’][àa]"
           r"|ses|leurs?|sa|son|les|des|un|une|pas|moins|au|maximum|total)[ \u00a0]+){0,3}")
_RE_LOAD_BEFORE = re.compile(
    r"(?i:\b(?:carr(?:y|ies|ying|ied)(?![ \u00a0]+out\b)|transport(?:s|ing|ed)?|haul(?:s|ing|ed)?"
    r"|(?:laden|loaded|packed|filled)[ \u00a0]+with|(?:load|cargo|capacity)[ \u00a0]+of"
    r"|can[ \u00a0]+(?:carry|hold|seat|accommodate|take)|designed[ \u00a0]+(?:for|to[ \u00a0]+"
    r"(?:carry|hold|seat))|seating|transport(?:ant|ait|aient|e|ent|é|ée|és|ées)"
    r"|charg(?:é|ée|és|ées)[ \u00a0]+(?:de|d['’])|(?:cargaison|capacit[ée])[ \u00a0]+(?:de|d['’])"
    r"|(?:pouvant|peut|pouvaient|pouvait)[ \u00a0]+(?:transporter|accueillir|contenir|emporter)"
    r"|contenant|convoyant|acheminant|(?:on|[àa])[ \u00a0]+(?:son|sa|leur|its|her|their)"
    r"[ \u00a0]+bord|on[ \u00a0]+board|aboard)(?:[ \u00a0]+(?:were|was|are|is|[ée]taient|[ée]tait"
    r"|se[ \u00a0]+trouvaient))?[ \u00a0]*:?[ \u00a0]+"
    r"(?:\d[\d \u00a0.,]*[ \u00a0]+[^\W\d_]+[ \u00a0]*(?:,|et|and)[ \u00a0]+)?" + _FILLER + r")$")
_RE_LOAD_AFTER = re.compile(
    r"(?i:[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,2}?"
    r"(?:on[ \u00a0]+board|aboard|[àa][ \u00a0]+bord)\b)")
"""A figure of what a vehicle or a container carries or holds (``a tanker carrying some
61,000 tonnes of crude``, ``le pétrolier, qui transportait quelque 60 000 tonnes``, ``a
plane with 150 people on board``, ``a capacity of 40,000``): its load, another figure than
what was spilt, lost, burnt or hurt of it (``spilling 2,000 tonnes``). A group compares
it only with other loads; a figure slot lets it agree with the same figure stated
without the words (``parmi les 63 passagers``) but never sets it against another. A
count the sentence says something happened to (``20 injured``) is no load. On the
invented pages of ``bench/pages/check22`` a tanker's cargo was disputed against the
crude it spilt, in both languages; ecbplus-facts and ECB+ 1-35 unchanged, 36-45 one
disputed row fewer (laptops that ``carry up to 8GB`` of memory, set against another
model's 16GB)."""


def _load(text: str, q: Quantity) -> bool:
    """Whether the amount or count ``q`` is what something carries or holds."""
    if q.kind not in (QuantityKind.NUMBER, QuantityKind.MONEY):
        return False
    return (_RE_LOAD_BEFORE.search(text, max(0, q.start - 80), q.start) is not None
            or _RE_LOAD_AFTER.match(text, q.end) is not None)


def _bare_count_key(text: str, q: Quantity) -> str:
    """A key for a count with no noun: the words right around it, when one is a content word.

    ``executed seven in`` and ``executed five in`` fill the same slot of one wording, so
    they count the same thing; a bare number anywhere else says nothing comparable.
    """
    before = _RE_WORD_BEFORE.search(text, 0, q.start)
    after = _RE_WORD_AFTER.match(text, q.end)
    if before is None:
        return ""
    if after is None:
        # the sentence or clause ends on it: "a coûté 12 millions."; the word before must
        # then say what is counted
        end = _RE_CLAUSE_END.match(text, q.end)
        word = before.group(1).casefold()
        if end is None:
            return ""
        if word in _CONTEXT_STOP:
            # "by 312 votes to 270.": the content word before the little one says it
            earlier = _RE_WORD_BEFORE.search(text, 0, before.start())
            if earlier is None or earlier.group(1).casefold() in _CONTEXT_STOP:
                return ""
            return f"{_BARE}{earlier.group(1).casefold()} {word} _ ."
        return f"{_BARE}{word} _ ."
    words = (before.group(1).casefold(), after.group(1).casefold())
    if all(w in _CONTEXT_STOP for w in words):
        return ""
    return f"{_BARE}{words[0]} _ {words[1]}"


_BARE = "\x00"
"""Prefix of the keys of bare counts; their conflicts show no unit."""

BARE = _BARE
"""The key of a bare count nothing around it keys (``values_of(..., loose=True)``)."""


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday")


def _weekday_from(published: str, offset: int) -> str:
    """The weekday ``offset`` days from the day a publication date (ISO) names; ``""``
    without one (a month, a year, nothing, or a day no calendar has)."""
    day = calendar_day(published)
    return "" if day is None else _WEEKDAY_NAMES[(day + timedelta(days=offset)).weekday()]


def _speaker_of(text: str, at: int) -> str:
    found = speaker_at(text, at)
    return "" if found is None else found.name


def values_of(index: int, member: Member, *, loose: bool = False,
              published: str = "") -> list[Value]:
    """The comparable values of one member (``index`` is its place in its group); range
    ends become one value.

    ``loose`` keeps bare counts that nothing around them keys (``a population of more
    than 100,000``, ``put it at 5.9,``) under the key ``BARE``, and reads who gives each
    figure (``Value.speaker``): figure slots align them by the words around them, while a
    group's comparison has no use for either.
    ``published``: the source's publication date (ISO), which says which weekday a day
    named from the day of writing is (``yesterday``); without it such a day is no value."""
    unit = member.unit
    quantities = extract_quantities(unit.text, lang=unit.lang)
    out: list[Value] = []
    skip: set[int] = set()
    for i, q in enumerate(quantities):
        if i in skip:
            continue
        base = {"member": index, "source": unit.source, "kind": q.kind, "start": q.start}
        if q.kind in _NUMERIC:
            key = q.unit
            if q.kind is QuantityKind.NUMBER and not q.unit:
                if _RE_HOUR_BEFORE.search(unit.text, max(0, q.start - 12), q.start) and (
                        q.value == int(q.value) and 0 < q.value <= 24):
                    continue  # "before 9", "vers 5": an hour without its minutes, no count
                key = _bare_count_key(unit.text, q) if not q.qualifier else ""
                if not key and loose:
                    key = _bare_count_key(unit.text, q) or BARE
                if not key:
                    continue  # a bare count: nothing says what is counted
            elif q.qualifier == "extra":
                key = f"additional {q.unit}"  # an increment compares with increments only
            assert isinstance(q.value, Decimal)
            if q.qualifier == "from":
                end = next(
                    (
                        j
                        for j in range(i + 1, len(quantities))
                        if quantities[j].qualifier == "to" and quantities[j].kind is q.kind
                    ),
                    None,
                )
                if end is not None:
                    hi = quantities[end]
                    assert isinstance(hi.value, Decimal)
                    skip.add(end)
                    change = _RE_CHANGE_BEFORE.search(unit.text, max(0, q.start - 40), q.start)
                    out.append(
                        Value(
                            **base,  # type: ignore[arg-type]
                            key=hi.unit,
                            text=unit.text[q.start : hi.end],
                            normalized=f"{q.value}/{hi.value}",
                            interval=(min(q.value, hi.value), max(q.value, hi.value)),
                            qualifier="change" if change else "range",
                            margin=max(q.margin, hi.margin),
                            change=(q.value, hi.value) if change else None,
                        )
                    )
                    continue
            if q.kind is QuantityKind.NUMBER and q.unit in _DURATIONS:
                iso, seconds, written = _duration(q, unit.text)
                out.append(Value(
                    **{**base, "kind": QuantityKind.DURATION},  # type: ignore[arg-type]
                    key="additional" if q.qualifier == "extra" else "",
                    text=written,
                    normalized=iso,
                    interval=seconds,
                    granularity=q.unit,
                    bound=q.qualifier if q.qualifier in ("more", "less") else "",
                    qualifier={"from": "more", "to": "less"}.get(q.qualifier, q.qualifier),
                    window=_window(unit.text, q),
                ))
                continue
            happened = (_outcome_of(unit.text, q.start, q.end, unit.lang)
                        if q.kind is QuantityKind.NUMBER else None)
            said = outcome(key, unit.lang) if q.kind is QuantityKind.NUMBER else None
            if (said is None and q.kind is QuantityKind.NUMBER and " " in q.text.strip()
                    and not (unit.lang == "en" and q.unit.isalpha() and thing(q.unit))):
                # a modifier before the counted noun says it: "3 missing children", not
                # "two deadly collapses", a count of collapses
                said = next((o for w in _RE_MENTION_WORD.findall(q.text)
                             if (o := outcome(fold(w), unit.lang)) is not None), None)
            if said is not None:
                # "12 dead", "15 tués": people, counted by what happened to them, so
                # comparable with "15 people were killed" and across languages
                key, happened = "person", said if happened is None else happened
            strict = q.kind is QuantityKind.NUMBER and (
                (q.value == 0 and q.unit == "person")
                or (q.value == 1 and _RE_ONE_WORD.match(q.text) is not None))
            if strict and happened is None:
                happened = outcome(q.unit, unit.lang)  # "aucun blessé", "no deaths"
                if happened is None and q.unit == "person":
                    continue  # "nobody knows": none or one counts what happened to people
            out.append(
                Value(
                    **base,  # type: ignore[arg-type]
                    key=key,
                    text=q.text,
                    normalized=_display_qualified(q),
                    stated=q.value,
                    interval=_amount_interval(q),
                    bound=q.qualifier if q.qualifier in ("more", "less") else "",
                    margin=q.margin,
                    qualifier={"from": "more", "to": "less"}.get(q.qualifier, q.qualifier),
                    outcome=happened,
                    strict_outcome=strict,
                    window=_window(unit.text, q),
                    load=happened is None and _load(unit.text, q),
                    speaker=_speaker_of(unit.text, q.start) if loose else "",
                )
            )
        elif q.kind is QuantityKind.DATE:
            assert isinstance(q.value, str)
            out.append(
                Value(
                    **base,  # type: ignore[arg-type]
                    key="",
                    text=q.text,
                    normalized=q.value,
                    date=_date_fields(q.value),
                    granularity=q.unit,
                )
            )
        elif q.kind is QuantityKind.RELATIVE:
            assert isinstance(q.value, str)
            rel = _relative_interval(q.value)
            if rel is not None:
                out.append(
                    Value(
                        **base,  # type: ignore[arg-type]
                        key=rel[0],
                        text=q.text,
                        normalized=q.value,
                        interval=rel[1],
                    )
                )
        elif q.kind is QuantityKind.TIME:
            assert isinstance(q.value, str)
            out.append(
                Value(
                    **base,  # type: ignore[arg-type]
                    key=q.unit,
                    text=q.text,
                    normalized=q.value,
                    interval=_time_interval(q),
                    qualifier=q.qualifier,
                )
            )
        elif q.kind is QuantityKind.QUOTE:
            assert isinstance(q.value, str)
            out.append(
                Value(
                    **base,  # type: ignore[arg-type]
                    key=q.unit,
                    text=q.text,
                    normalized=_quote_key(q.value),
                )
            )
        elif q.kind is QuantityKind.DAY and q.unit.startswith(RELATIVE_DAY):
            assert isinstance(q.value, str)
            weekday = _weekday_from(published, int(q.value))
            if weekday:  # ``yesterday`` in a story published on a Tuesday: Monday
                key = q.unit.removeprefix(RELATIVE_DAY).strip()
                out.append(Value(**base, key=key, text=q.text,  # type: ignore[arg-type]
                                 normalized=weekday, relative=True))
        else:
            # a weekday keeps its unit: the day a statement was made is compared only with
            # other such days
            key = q.unit if q.kind is QuantityKind.DAY else ""
            out.append(
                Value(**base, key=key, text=q.text, normalized=q.value)  # type: ignore[arg-type]
            )
    return out


def _bridged_units(members: Sequence[Member], items: list[Value]) -> list[Value]:
    """Counts of French and English members compared by one counted noun when the French
    noun is spelt almost like the English one (``120 établissements`` / ``150
    establishments``), as :mod:`reporter.bridge` reads stems for grouping."""
    langs = {m.unit.lang for m in members}
    if not {"fr", "en"} <= langs:
        return items
    units: dict[str, set[str]] = {"fr": set(), "en": set()}
    for item in items:
        if item.kind is QuantityKind.NUMBER and item.key and not item.key.startswith(_BARE):
            units.setdefault(members[item.member].unit.lang, set()).add(item.key)
    mapping = cognate_map(units["fr"], units["en"])
    if not mapping:
        return items
    return [replace(item, key=mapping[item.key])
            if item.kind is QuantityKind.NUMBER and item.key in mapping
            and members[item.member].unit.lang == "fr" else item
            for item in items]


def _overlap(a: _Interval, b: _Interval) -> bool:
    lo = max(a[0], b[0])
    highs = [h for h in (a[1], b[1]) if h is not None]
    return not highs or lo <= min(highs)


def _bound_value(item: Value) -> Decimal:
    assert item.interval is not None
    lo, hi = item.interval
    if item.bound == "more":
        return lo + item.margin
    assert hi is not None
    return hi - item.margin


def _dates_agree(a: Value, b: Value) -> bool:
    """Whether two dates can name the same day: their years overlap (an unstated year
    overlaps any), and their spans of days in the year do (a month spans its days, a
    range of days its own; a year alone says nothing of the day)."""
    assert a.date is not None and b.date is not None
    a_first, a_last, a_month, a_day, a_last_month, a_last_day = a.date
    b_first, b_last, b_month, b_day, b_last_month, b_last_day = b.date
    if None not in (a_first, b_first):
        assert a_first is not None and a_last is not None
        assert b_first is not None and b_last is not None
        if max(a_first, b_first) > min(a_last, b_last):
            return False
        if a_first != a_last or b_first != b_last:
            return True  # a year range covers any month or day inside it
    if a_month is None or b_month is None:
        return True
    assert a_last_month is not None and b_last_month is not None
    low = max((a_month, a_day or 1), (b_month, b_day or 1))
    high = min((a_last_month, a_last_day or 31), (b_last_month, b_last_day or 31))
    return low <= high


_RE_OUTCOME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0\u202f]+$")
_RE_OUTCOME_AFTER = re.compile(r"[ \u00a0\u202f]+([^\W\d_][\w'’-]*)")
_BOUND_WORDS = frozenset(
    "at least most more less than over about nearly almost some around up to some au moins "
    "plus de d environ pres quelque".split()
)
_AUXILIARY_WORDS = frozenset(
    "were was are is have has had been being be reportedly also all ont a ete sont est "
    "etaient avaient furent seraient auraient aussi egalement tous toutes ne n'a n'ont "
    "n'est n'etait n'avait n'avaient pas".split()
)


_RE_TOLL_BEFORE = re.compile(
    r"(?i:\b(?:death[ \u00a0]+toll|toll[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?dead"
    r"|number[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:dead|deaths|fatalities)"
    r"|bilan[ \u00a0]+(?:humain|mortel|des[ \u00a0]+morts)"
    r"|nombre[ \u00a0]+(?:de[ \u00a0]+|des[ \u00a0]+)(?:morts|d[ée]c[èe]s|tu[ée]s))"
    r"[^.;:!?()\d]{0,40}?[ \u00a0](?:to|at|of|reached|hit|is|was|stood|stands|now|rose|climbed"
    r"|[àa]|de|atteint|atteignait|est|[ée]tait)[ \u00a0]+(?:(?:now|already|d[ée]sormais|d[ée]j[àa])"
    r"[ \u00a0]+)?"
    r"(?:(?:at[ \u00a0]+least|more[ \u00a0]+than|about|nearly|almost|above|over|around"
    r"|some|au[ \u00a0]+moins"
    r"|plus[ \u00a0]+de|environ|pr[èe]s[ \u00a0]+de)[ \u00a0]+)?$)")
"""A death toll named before its figure (``the death toll rose to 27``, ``a death toll of
at least 40``, ``le bilan humain s'élève à 12``, ``le nombre de morts atteint 30``): the
bare count after it counts people killed."""


def _outcome_of(text: str, start: int, end: int, lang: str) -> int | None:
    """The outcome the words right around a count give what it counts: the verb before
    it (``killed at least two people``, ``a tué deux personnes``), else the participle
    after it past auxiliaries and adverbs (``two people were killed``, ``deux employés
    ont été légèrement blessés``); no further than a few words, nor past punctuation;
    or a death toll named before it (``_RE_TOLL_BEFORE``)."""
    if _RE_TOLL_BEFORE.search(text, max(0, start - 80), start):
        return 0
    pos = start
    for _ in range(4):
        m = _RE_OUTCOME_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        word = fold(m.group(1))
        if word not in _BOUND_WORDS:
            found = outcome(word, lang)
            if found is not None:
                return found
            break
        pos = m.start()
    pos = end
    for _ in range(5):
        m = _RE_OUTCOME_AFTER.match(text, pos)
        if m is None:
            return None
        word = fold(m.group(1))
        if word in _AUXILIARY_WORDS or word.endswith(("ly", "ment")):
            pos = m.end()
            continue
        if word in _UNDERGO:
            harm = _RE_HARM_AFTER.match(text, m.end())
            return _INJURED if harm is not None else None
        return outcome(word, lang)
    return None


_UNDERGO = frozenset(
    "suffered suffer suffers suffering sustained sustain sustains received receive "
    "subi subissent souffrent souffrait souffraient souffre".split())
"""Verbs of undergoing harm (``suffered minor injuries``, ``ont subi des blessures``)."""
_RE_HARM_AFTER = re.compile(
    r"(?i:[ \u00a0]+(?:(?:des|de|d['’]|some|only|[^\W\d_]+(?:ly|ment))[ \u00a0]+)*"
    r"(?:(?:minor|serious|severe|light|slight|critical|multiple|l[ée]g[èe]res?|graves?"
    r"|s[ée]rieuses?|multiples)[ \u00a0]+)?"
    r"(?:injuries|injury|wounds?|burns|fractures|blessures?|br[ûu]lures))\b")
"""The harm undergone, after such a verb: an injury, a wound, burns."""
_INJURED = OUTCOME_NAMES.index("injured")
"""``reporter.polarity``'s outcome for people injured (``hurt``, ``blessés``)."""


_RE_MENTION_WORD = re.compile(r"[^\W\d_]+")

_RE_ONE_WORD = re.compile(r"(?i:one|une?\s+seule?)\b")
"""``one person``, ``une seule victime``: a count of one in words (not ``first``)."""


def _same_outcome(a: Value, b: Value) -> bool:
    """Counts of people killed and of people injured count two things; a count of none
    or one in words needs the same outcome said on both sides."""
    if a.strict_outcome or b.strict_outcome:
        return a.outcome is not None and a.outcome == b.outcome
    return a.outcome is None or b.outcome is None or a.outcome == b.outcome


_RE_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:pass[ée]e?s?|grimp[ée]e?s?|chut[ée]e?s?|augment[ée]e?s?|baiss[ée]e?s?"
    r"|recul[ée]e?s?|progress[ée]e?s?|bondi|rose|risen|fell|fallen|jumped|climbed|dropped"
    r"|increased|decreased|went|gone|grew|grown|declined|soared|plunged|slipped|edged"
    r"|raised|cut|lowered|revised)(?:\s+\w+){0,2}\s*$)"
)
"""A verb of change before ``de``/``from``: the two values are a before and an after."""


def _change_covers(a: Value, b: Value) -> bool:
    """Two changes agree when both ends do; a plain value agrees with a change when it
    states one of its ends (``7,3 %`` after ``passé de 7,1 % à 7,3 %``)."""
    def near(x: Decimal, y: Decimal) -> bool:
        if a.margin == b.margin:  # the same precision: "7,1" and "7,0" differ
            return x == y
        return abs(x - y) <= a.margin + b.margin
    if a.change is not None and b.change is not None:
        return near(a.change[0], b.change[0]) and near(a.change[1], b.change[1])
    change, plain = (a, b) if a.change is not None else (b, a)
    assert change.change is not None
    if plain.interval is None or plain.interval[1] is None or plain.qualifier:
        return True  # a bound or a range beside a change: nothing to compare end to end
    value = plain.interval[0] + plain.margin  # the value stated, its rounding undone
    return near(value, change.change[0]) or near(value, change.change[1])


def _covers(a: Value, b: Value) -> bool:
    """Whether ``b`` states or covers ``a`` (symmetric for every kind)."""
    if not _same_outcome(a, b):
        return False
    if a.change is not None or b.change is not None:
        return _change_covers(a, b)
    if a.kind is QuantityKind.DATE:
        return _dates_agree(a, b)
    if a.interval is not None and b.interval is not None:
        if a.bound and a.bound == b.bound:
            # "at least 2" and "at least 3" state different figures for one toll
            return abs(_bound_value(a) - _bound_value(b)) <= a.margin + b.margin
        if a.margin and a.margin == b.margin and not a.qualifier and not b.qualifier:
            return a.interval == b.interval  # "1.2" and "1.3" million: same precision, differ
        return _overlap(a.interval, b.interval)
    if a.kind is QuantityKind.QUOTE:
        return _elided(str(a.normalized), str(b.normalized))
    return a.normalized == b.normalized


def _elided(x: str, y: str) -> bool:
    """Whether one normalised quote is the other with words left out: at its ends, or
    inside where it marks the cut (``Her blunders … made us know`` / ``It was her
    blunders that made us know``); or the same words in another order (``d'une rare
    violence`` / ``d'une violence rare``). An unmarked cut changes the quotation
    (``crimes mondiaux contre l'humanité`` / ``crimes contre l'humanité``)."""
    if x in y or y in x or sorted(x.split()) == sorted(y.split()):
        return True  # cut at its ends, or the same words in another order
    for short, long in ((x, y), (y, x)):
        parts = [p.strip() for p in short.split("…") if p.strip()]
        if len(parts) < 2:
            continue
        at = 0
        for part in parts:
            at = long.find(part, at)
            if at < 0:
                break
            at += len(part)
        else:
            return True
    return False


def durations_comparable(a: Value, b: Value) -> bool:
    """Whether two values can be one thing's length: any two values but durations
    further apart than ``_DURATION_RATIO`` in different units."""
    return (a.kind is not QuantityKind.DURATION or b.kind is not QuantityKind.DURATION
            or _comparable_durations(a, b))


def _comparable_durations(a: Value, b: Value) -> bool:
    """Whether two durations are of one thing as far as values tell (see
    ``_DURATION_RATIO``)."""
    if a.granularity == b.granularity or _RE_ISO_AMOUNT.sub(
            "", str(a.normalized)) == _RE_ISO_AMOUNT.sub("", str(b.normalized)):
        return True
    assert a.interval is not None and b.interval is not None
    (a_lo, a_hi), (b_lo, b_hi) = a.interval, b.interval
    shorter, longer = (a_hi, b_lo) if a_lo <= b_lo else (b_hi, a_lo)
    return shorter is None or not shorter or longer <= shorter * _DURATION_RATIO


_RE_ISO_AMOUNT = re.compile(r"[^\d.]")


def _disagree(a: Value, b: Value) -> bool:
    """Whether ``a`` and ``b`` are values of one thing that differ.

    Quotes only disagree when they are clearly one statement reworded; two unrelated
    quotes are two statements, not a contradiction.
    """
    if _covers(a, b) or not _same_outcome(a, b):
        return False
    if a.kind is QuantityKind.DURATION and not _comparable_durations(a, b):
        return False
    if a.kind is QuantityKind.QUOTE:
        ratio = fuzz.ratio(str(a.normalized), str(b.normalized), processor=None)
        return ratio >= _QUOTE_SAME_STATEMENT
    return True


def values_agree(a: Value, b: Value) -> bool:
    """Whether two values of one thing can both hold: equal, or one covers the other (a
    bound, a range, rounding, less detail)."""
    return _covers(a, b)


def values_differ(a: Value, b: Value) -> bool:
    """Whether two values of one thing contradict each other (see ``_disagree``)."""
    return _disagree(a, b)


def _group_unit(items: list[Value]) -> str:
    if items[0].kind is QuantityKind.DATE:
        grains = {i.granularity for i in items}
        return grains.pop() if len(grains) == 1 else ""
    if items[0].kind is QuantityKind.RELATIVE or items[0].key.startswith(_BARE):
        return ""
    return items[0].key


def _root(parent: list[int], i: int) -> int:
    """Union-find root, with path halving."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


Clash = tuple[tuple[int, int], tuple[int, int], Decimal | str, Decimal | str]
"""A pairwise disagreement: member a's span, member b's span, and their normalised values."""


def _pair_conflicts(
    members: Sequence[Member],
    kind: QuantityKind,
    clashes: Callable[[int, int], Iterable[Clash]],
    unit: str = "",
) -> list[Conflict]:
    """Conflicts from pairwise clashes between members of different sources.

    Clashes that share a mention join one conflict, so three sources naming two people
    make one conflict with three claims.
    """
    nodes: dict[tuple[int, int, int], int] = {}
    norms: dict[tuple[int, int, int], Decimal | str] = {}
    edges: list[tuple[int, int]] = []

    def node(member: int, span: tuple[int, int], norm: Decimal | str) -> int:
        key = (member, *span)
        norms[key] = norm
        return nodes.setdefault(key, len(nodes))

    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            if a.unit.source == members[j].unit.source:
                continue
            for span_a, span_b, norm_a, norm_b in clashes(i, j):
                edges.append((node(i, span_a, norm_a), node(j, span_b, norm_b)))
    if not edges:
        return []
    parent = list(range(len(nodes)))
    for x, y in edges:
        parent[_root(parent, x)] = _root(parent, y)
    components: dict[int, list[tuple[int, int, int]]] = {}
    for key, n in nodes.items():
        components.setdefault(_root(parent, n), []).append(key)
    out: list[Conflict] = []
    for keys in components.values():
        chosen: dict[int, tuple[int, int, int]] = {}
        for key in sorted(keys):
            chosen.setdefault(key[0], key)  # one claim per member: its first mention
        picked = sorted(chosen.values())
        claims = tuple(
            Claim(m, members[m].unit.text[start:end], norms[(m, start, end)])
            for m, start, end in picked
        )
        if len({members[c.member].unit.source for c in claims}) >= 2:
            out.append(Conflict(kind=kind, claims=claims, unit=unit))
    return out


def _name_conflicts(members: Sequence[Member],
                    values: Sequence[Value] = ()) -> list[Conflict]:
    """Names that members of different sources put in one place of one statement; not
    figures that look like designations where a side's place is a value the value
    comparison reads (``Chelsea 3-1`` / ``Chelsea 2-1``, ``6-storey`` / ``7-storey``,
    ``$5bn`` / ``$4bn``)."""
    read = {(v.member, v.start, v.start + len(v.text)) for v in values
            if v.kind is not QuantityKind.QUOTE}

    def valued(member: int, span: tuple[int, int]) -> bool:
        return any(m == member and s < span[1] and span[0] < e for m, s, e in read)

    folded = [f" {fold(m.unit.text)} " for m in members]

    def names(member: int, norm: str) -> bool:
        """Whether the member's source names ``norm`` in another of its members: then
        it does not dispute it (a source stating both names disagrees with nobody). In
        the clashing sentence itself, the name elsewhere fills another place, aligned
        with the same name in the other sentence, or ``name_clashes`` saw it moved."""
        source = members[member].unit.source
        others = [folded[k] for k, m in enumerate(members)
                  if k != member and m.unit.source == source]
        if not others:
            return False
        pattern = re.compile(rf"(?<!\w){re.escape(norm)}(?!\w)")
        return any(pattern.search(text) for text in others)

    def clashes(i: int, j: int) -> Iterator[Clash]:
        for clash in name_clashes(members[i].unit.text, members[j].unit.text):
            if (valued(i, clash.a) or valued(j, clash.b)) and any(
                    c.isdigit() for c in clash.a_norm + clash.b_norm):
                continue  # a figure read as a designation: the values have it
            if not (names(i, clash.b_norm) or names(j, clash.a_norm)):
                yield clash.a, clash.b, clash.a_norm, clash.b_norm

    return _pair_conflicts(members, QuantityKind.NAME, clashes)


NEGATED, AFFIRMED = "negated", "affirmed"
"""Normalised values of a negation conflict's claims."""


def _swapped_values(members: Sequence[Member], items: Sequence[Value],
                    reported: set[tuple[int, int]]) -> list[Conflict]:
    """Values that two wordings of one statement put in the same place and that differ,
    though each source also states the other value elsewhere, so the comparison by value
    saw nothing: swapped figures (``A 52% and B 48%`` / ``A 48% and B 52%``). Only where
    the two wordings differ in nothing but values: when the names move with the figures
    (``Smith 52%, Jones 48%`` / ``Jones 48%, Smith 52%``), each figure keeps its owner."""
    by_member: dict[int, list[Value]] = {}
    for item in items:
        if item.kind is not QuantityKind.QUOTE:
            by_member.setdefault(item.member, []).append(item)
    values = {m: {(x.kind, x.key, x.normalized) for x in xs} for m, xs in by_member.items()}
    found: dict[tuple[QuantityKind, str], list[tuple[int, int, Value, Value]]] = {}
    for i in sorted(by_member):
        for j in sorted(by_member):
            if j <= i or members[i].unit.source == members[j].unit.source:
                continue
            if values[i] != values[j] or len(by_member[i]) < 2:
                continue  # a swap states the same values (a cheap test before aligning)
            slots = [([x for x in by_member[i] if _inside(x, span_a)],
                      [y for y in by_member[j] if _inside(y, span_b)])
                     for span_a, span_b in replaced_places(members[i].unit.text,
                                                           members[j].unit.text)]
            if not slots or any(len(xa) != 1 or len(xb) != 1 for xa, xb in slots):
                continue  # some place changes more than one value: not a plain swap
            for (a,), (b,) in slots:
                if (a.kind, a.key) != (b.kind, b.key) or a.normalized == b.normalized:
                    continue
                if _covers(a, b) and not _rounding_only(a, b):
                    continue  # each source states both values: neither rounds the other
                if (i, a.start) in reported and (j, b.start) in reported:
                    continue  # the comparison by value has it already
                if _said_elsewhere(members, by_member, i, b) or _said_elsewhere(
                        members, by_member, j, a):
                    continue  # the source states the other value in another sentence too
                found.setdefault((a.kind, a.key), []).append((i, j, a, b))
    out: list[Conflict] = []
    for (kind, _key), pairs in sorted(found.items(), key=lambda kv: (kv[0][0].value, kv[0][1])):
        def clashes(i: int, j: int, pairs: list[tuple[int, int, Value, Value]] = pairs,
                    ) -> Iterator[Clash]:
            for pi, pj, a, b in pairs:
                if (pi, pj) == (i, j):
                    yield ((a.start, a.start + len(a.text)), (b.start, b.start + len(b.text)),
                           a.normalized, b.normalized)
        out.extend(_pair_conflicts(members, kind, clashes, _group_unit([p[2] for p in pairs])))
    return out


def _rounding_only(a: Value, b: Value) -> bool:
    """Whether two plain figures agree only by the rounding of one (``0.5%`` /
    ``0.505%``)."""
    if a.interval is None or b.interval is None or a.qualifier or b.qualifier:
        return False
    if a.bound or b.bound or a.change is not None or b.change is not None:
        return False
    return a.normalized != b.normalized and (a.margin > 0 or b.margin > 0)


def _said_elsewhere(members: Sequence[Member], by_member: dict[int, list[Value]],
                    member: int, value: Value) -> bool:
    """Whether another member of the member's source states ``value``."""
    source = members[member].unit.source
    return any(_covers(value, other)
               for k, items in by_member.items()
               if k != member and members[k].unit.source == source
               for other in items if (other.kind, other.key) == (value.kind, value.key))


def _inside(item: Value, span: tuple[int, int]) -> bool:
    """Whether a value mention overlaps a place of its text."""
    return item.start < span[1] and span[0] < item.start + len(item.text)


def _both_ways(members: Sequence[Member], member: int,
               clashing: Callable[[Unit, Unit], Sequence[object]]) -> bool:
    """Whether the member's source also states the statement the other way (another of
    its members clashes with this one): then it disputes nobody on it."""
    unit = members[member].unit
    return any(k != member and m.unit.source == unit.source and clashing(unit, m.unit)
               for k, m in enumerate(members))


def _negations_of(a: Unit, b: Unit) -> tuple[NegationClash, ...]:
    return negation_clashes(a.text, b.text)


def _contrasts_of(a: Unit, b: Unit) -> tuple[ContrastClash, ...]:
    return contrast_clashes(a.text, b.text, a.lang, b.lang)


def _negation_conflicts(members: Sequence[Member]) -> list[Conflict]:
    """Statements that one source affirms and another, in the same words, denies."""

    def clashes(i: int, j: int) -> Iterator[Clash]:
        found = _negations_of(members[i].unit, members[j].unit)
        if found and (_both_ways(members, i, _negations_of)
                      or _both_ways(members, j, _negations_of)):
            return
        for clash in found:
            yield (clash.a, clash.b, NEGATED if clash.a_negated else AFFIRMED,
                   AFFIRMED if clash.a_negated else NEGATED)

    return _pair_conflicts(members, QuantityKind.NEGATION, clashes)


def _enclosing_value(member: Member, span: tuple[int, int]) -> tuple[int, int]:
    """The span of the value a word belongs to (``two weeks before`` for ``before``), so
    the claim quotes what the reader compares; else the word's own span."""
    unit = member.unit
    for q in extract_quantities(unit.text, lang=unit.lang):
        if q.start <= span[0] and span[1] <= q.end:
            return q.start, q.end
    return span


def _contrast_conflicts(members: Sequence[Member]) -> list[Conflict]:
    """Statements that two sources word alike but for opposite words (rose / fell) or two
    different things of one kind (school / hospital)."""

    def clashes(kind: str) -> Callable[[int, int], Iterator[Clash]]:
        def of_kind(i: int, j: int) -> Iterator[Clash]:
            found = [c for c in _contrasts_of(members[i].unit, members[j].unit)
                     if c.kind == kind]
            if found and (_both_ways(members, i, _contrasts_of)
                          or _both_ways(members, j, _contrasts_of)):
                return
            for clash in found:
                yield (_enclosing_value(members[i], clash.a),
                       _enclosing_value(members[j], clash.b), clash.a_norm, clash.b_norm)
        return of_kind

    return [*_pair_conflicts(members, QuantityKind.OPPOSITE, clashes("opposite")),
            *_pair_conflicts(members, QuantityKind.TERM, clashes("term"))]


def _swaps_of(a: Unit, b: Unit) -> tuple[SwapClash, ...]:
    return swap_clashes(a.text, b.text)


def _swap_conflicts(members: Sequence[Member]) -> list[Conflict]:
    """Statements that two sources word alike but with two parts trading places: who did
    what to whom (``Smith sued Jones`` / ``Jones sued Smith``)."""

    def clashes(i: int, j: int) -> Iterator[Clash]:
        found = _swaps_of(members[i].unit, members[j].unit)
        if found and (_both_ways(members, i, _swaps_of) or _both_ways(members, j, _swaps_of)):
            return
        for clash in found:
            yield clash.a, clash.b, clash.a_norm, clash.b_norm

    return _pair_conflicts(members, QuantityKind.SWAP, clashes)


def _without_counted_denials(conflicts: list[Conflict],
                             members: Sequence[Member]) -> list[Conflict]:
    """A denial that a count already disputes is said once: ``no casualties`` against
    ``three casualties`` is the count 0 against 3, not also a negation."""
    counted = {(c.member, start, start + len(c.value))
               for conflict in conflicts if conflict.kind is QuantityKind.NUMBER
               for c in conflict.claims
               for start in [members[c.member].unit.text.find(c.value)]}

    def counted_too(claim: Claim) -> bool:  # its place overlaps a disputed count's
        start = members[claim.member].unit.text.find(claim.value)
        end = start + len(claim.value)
        return any(m == claim.member and a < end and start < b for m, a, b in counted)

    return [c for c in conflicts
            if c.kind is not QuantityKind.NEGATION or not all(map(counted_too, c.claims))]


def find_conflicts(members: Sequence[Member], *,
                   compatible: bool = False) -> tuple[Conflict, ...]:
    """Values that members of different sources state differently.

    Args:
        members: the units of one group (one fact, several sources).
        compatible: also return, marked ``compatible``, figures that sources state
            differently but that can all hold (a bound and a value above it, a range and
            a value inside it, rounding, less detail): the reader sees both values.

    Returns:
        Conflicts sorted by kind, unit and first member (disputed ones before
        compatible ones); each lists at most one claim per member, sorted by member
        index then offset.
    """
    by_key: dict[tuple[QuantityKind, str, bool], list[Value]] = {}
    values = [item for index, member in enumerate(members) for item in values_of(index, member)
              if not item.window]  # how another figure was counted: nothing to compare
    for item in _bridged_units(members, values):
        by_key.setdefault((item.kind, item.key, item.load), []).append(item)

    conflicts: list[Conflict] = []
    differences: list[Conflict] = []
    reported: set[tuple[int, int]] = set()
    for (kind, _key, _load), items in by_key.items():
        by_source: dict[str, list[Value]] = {}
        for item in items:
            by_source.setdefault(item.source, []).append(item)
        if len(by_source) < 2:
            continue
        covered = {
            (i, source): any(_covers(item, other) for other in others)
            for i, item in enumerate(items)
            for source, others in by_source.items()
            if source != item.source
        }
        parent = list(range(len(items)))
        degree = [0] * len(items)
        for i, a in enumerate(items):
            for j in range(i + 1, len(items)):
                b = items[j]
                if a.source == b.source or covered[(i, b.source)] or covered[(j, a.source)]:
                    continue
                if not _disagree(a, b):
                    continue
                degree[i] += 1
                degree[j] += 1
                parent[_root(parent, i)] = _root(parent, j)

        components: dict[int, list[int]] = {}
        for i in range(len(items)):
            if degree[i]:
                components.setdefault(_root(parent, i), []).append(i)
        for nodes in components.values():
            chosen: dict[int, int] = {}
            for i in nodes:
                m = items[i].member
                best = chosen.get(m)
                if best is None or (-degree[i], items[i].start) < (
                    -degree[best],
                    items[best].start,
                ):
                    chosen[m] = i
            picked = sorted((items[i] for i in chosen.values()), key=lambda x: (x.member, x.start))
            if len({p.source for p in picked}) < 2:
                continue
            claims = tuple(
                Claim(p.member, p.text, p.normalized, p.qualifier) for p in picked
            )
            conflicts.append(Conflict(kind=kind, claims=claims, unit=_group_unit(picked)))
            reported.update((p.member, p.start) for p in picked)
        if compatible and kind in _FIGURE_KINDS:
            differences.extend(_compatible_differences(
                kind, [item for i, item in enumerate(items) if not degree[i]]))

    if len({m.unit.source for m in members}) >= 2:
        conflicts.extend(_swapped_values(
            members, [item for items in by_key.values() for item in items], reported))
    conflicts.extend(_name_conflicts(members, values))
    conflicts.extend(_negation_conflicts(members))
    conflicts.extend(_contrast_conflicts(members))
    conflicts.extend(_swap_conflicts(members))
    conflicts = _without_counted_denials(conflicts, members)
    conflicts.sort(key=_conflict_order)
    return tuple(conflicts) + tuple(sorted(differences, key=_conflict_order))


def _conflict_order(c: Conflict) -> tuple[str, str, int, list[tuple[int, str]]]:
    return (c.kind.value, c.unit, c.claims[0].member, [(x.member, x.value) for x in c.claims])


_FIGURE_KINDS = frozenset({QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.PERCENT,
                           QuantityKind.DATE, QuantityKind.TIME, QuantityKind.DURATION})
"""Kinds whose values can differ and still all hold (a bound, a range, rounding, less
detail); quotes, names and wordings either match or clash."""


_FAR_APART = Decimal(10)
"""A bound and a value more than this many times past it are two figures that happen
to be compatible (``more than $200,000`` a month / a ``$2.15 billion`` valuation), not
one figure stated two ways."""


def _far_apart(a: Value, b: Value) -> bool:
    x, y = a.stated, b.stated
    if not isinstance(x, Decimal) or not isinstance(y, Decimal) or x <= 0 or y <= 0:
        return False
    return max(x, y) > min(x, y) * _FAR_APART


def _detail_only(a: Value, b: Value) -> bool:
    """Two dates that differ only as one states less of the other (``25 avril`` / ``25
    avril 2023``, ``2023`` / ``April 2023``): nothing for a reader to weigh. A range of
    days and a day inside it is shown."""
    return (a.kind is QuantityKind.DATE
            and "/" not in str(a.normalized) and "/" not in str(b.normalized))


def _compatible_differences(kind: QuantityKind, items: Sequence[Value]) -> list[Conflict]:
    """Values of one thing, from different sources, that differ but can all hold: each
    pair states or covers the other (``more than 100`` / ``150``, ``2023`` / ``12 April
    2023``, ``1.2 million`` / ``1,234,000``), linked through pairs into one entry."""
    said: dict[str, set[str]] = {}
    for item in items:
        said.setdefault(item.source, set()).add(str(item.normalized))
    parent = list(range(len(items)))
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if a.source == b.source or str(a.normalized) == str(b.normalized):
                continue
            if str(a.normalized) in said[b.source] or str(b.normalized) in said[a.source]:
                continue  # each states the other's value too (a range's two ends)
            if a.stated is not None and a.stated == b.stated:
                continue  # one figure, hedged on one side (``about 300`` / ``300``)
            if not _covers(a, b) or _far_apart(a, b) or _detail_only(a, b):
                continue
            parent[_root(parent, i)] = _root(parent, j)
    components: dict[int, list[int]] = {}
    for i in range(len(items)):
        components.setdefault(_root(parent, i), []).append(i)
    out = []
    for nodes in components.values():
        chosen: dict[int, Value] = {}  # one claim per member, in member and offset order
        for i in sorted(nodes, key=lambda k: (items[k].member, items[k].start)):
            chosen.setdefault(items[i].member, items[i])
        picked = list(chosen.values())
        if len({p.source for p in picked}) < 2 or len({str(p.normalized) for p in picked}) < 2:
            continue
        out.append(Conflict(kind=kind, unit=_group_unit(picked), compatible=True,
                            claims=tuple(Claim(p.member, p.text, p.normalized, p.qualifier)
                                         for p in picked)))
    return out
