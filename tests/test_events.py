"""Events: sources of two look-alike events told apart by the names and figures they
state, sources of one event kept together, and no dispute across two events' figures."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reporter.api
import reporter.events
import reporter.slots
from reporter import build_report
from reporter.events import (
    MIN_SOURCES,
    _clashes,
    _figures,
    _last_merge,
    story_events,
    story_frames,
    within_events,
)
from reporter.model import (
    Article,
    Claim,
    Conflict,
    Member,
    QuantityKind,
    Report,
    Slot,
    Unit,
)

Source = list[str]
"""One source's claims (sentences)."""

IRAN: list[Source] = [
    ["A magnitude 5.9 earthquake struck Bushehr province in southern Iran on Tuesday.",
     "The quake killed 10 people near the town of Kaki, officials said."],
    ["An earthquake of magnitude 5.9 hit the province of Bushehr on Tuesday.",
     "Officials in Kaki said 10 people were killed."],
    ["Ten people died when a quake of magnitude 5.9 shook Bushehr, in Iran, on 9 April.",
     "Most victims lived in Kaki."],
]
"""Three English sources on one earthquake."""

SULAWESI: list[Source] = [
    ["A magnitude 6.4 earthquake struck Sulawesi in Indonesia on Friday.",
     "The quake killed 34 people near the city of Mamuju, officials said."],
    ["An earthquake of magnitude 6.4 hit the island of Sulawesi on Friday.",
     "Officials in Mamuju said 34 people were killed."],
    ["The quake in West Sulawesi, measured at 6.4, left 34 dead in Mamuju and Majene."],
]
"""Three English sources on a look-alike earthquake: other place, day and figures."""

IRAN_FR: list[Source] = [
    ["Un séisme de magnitude 5,9 a frappé mardi la province de Bushehr, en Iran.",
     "Le bilan est de 10 morts près de la ville de Kaki, selon les autorités."],
    ["Selon les autorités de Kaki, le tremblement de terre de magnitude 5,9 qui a secoué la "
     "province de Bushehr a fait 10 morts."],
]
"""Two French sources on the Iran earthquake."""


def events(*sources: tuple[str, Source]) -> dict[str, int]:
    """``story_events`` of (source id, its claims) pairs."""
    return story_events([s for s, _ in sources],
                        [(s, text) for s, claims in sources for text in claims])


def parts(found: dict[str, int]) -> set[frozenset[str]]:
    """The sources of each event, order-free."""
    by_event: dict[int, set[str]] = {}
    for source, event in found.items():
        by_event.setdefault(event, set()).add(source)
    return {frozenset(s) for s in by_event.values()}


SPLIT = [
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", SULAWESI[0]), ("d", SULAWESI[1])),
                 {frozenset("ab"), frozenset("cd")}, id="two-quakes-two-sources-each"),
    pytest.param((("a", IRAN[0]), ("b", SULAWESI[0]), ("c", IRAN[1]), ("d", SULAWESI[1]),
                  ("e", SULAWESI[2]), ("f", IRAN[2])),
                 {frozenset("acf"), frozenset("bde")}, id="two-quakes-interleaved-ids"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]), ("d", IRAN_FR[0]),
                  ("e", IRAN_FR[1]), ("f", SULAWESI[0]), ("g", SULAWESI[1]),
                  ("h", SULAWESI[2])),
                 {frozenset("abcde"), frozenset("fgh")}, id="two-quakes-one-told-in-two-languages"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]), ("d", SULAWESI[0]),
                  ("e", SULAWESI[1]), ("f", SULAWESI[2]),
                  ("g", ["Aid agencies said the region was prone to quakes.",
                         "Rescuers searched the rubble through the night."])),
                 {frozenset("abcg"), frozenset("def")}, id="two-quakes-and-an-odd-source"),
]


@pytest.mark.parametrize(("sources", "want"), SPLIT)
def test_sources_of_two_look_alike_events_are_told_apart(
    sources: tuple[tuple[str, Source], ...], want: set[frozenset[str]]
) -> None:
    """Two earthquakes, each told by two sources or more, are two events; the sources of
    each stay together, whatever their ids and language."""
    assert parts(events(*sources)) == want


ONE_EVENT = [
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", SULAWESI[0])),
                 id="fewer-sources-than-needed"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]), ("d", SULAWESI[0])),
                 id="one-odd-source-is-not-an-event"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]), ("d", IRAN_FR[0]),
                  ("e", IRAN_FR[1]),
                  ("f", ["Rescuers dug through the rubble in Kaki through the night.",
                         "The Bushehr governor said 10 people had died."]),
                  ("g", ["Iran's Red Crescent sent tents to Bushehr province after Tuesday's "
                         "quake, which killed 10."])),
                 id="one-quake-many-wordings"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN_FR[0]), ("d", IRAN_FR[1])),
                 id="one-quake-two-languages"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]), ("d", IRAN_FR[0]),
                  ("e", IRAN_FR[1])),
                 id="one-quake-two-languages-three-to-two"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]),
                  ("d", ["A magnitude 5.9 earthquake struck Bushehr province in Iran on Tuesday.",
                         "The quake killed 12 people in Kaki, the governor said."]),
                  ("e", ["Bushehr's governor said 12 people were killed in Kaki."])),
                 id="one-quake-whose-toll-is-disputed"),
    pytest.param((("a", IRAN[0]), ("b", IRAN[1]), ("c", IRAN[2]),
                  ("d", [c.replace("en Iran", "dans le sud de l'Iran") for c in IRAN_FR[0]]),
                  ("e", IRAN_FR[1])),
                 id="one-quake-two-languages-elided-name"),
]


@pytest.mark.parametrize("sources", ONE_EVENT)
def test_sources_of_one_event_stay_one_event(sources: tuple[tuple[str, Source], ...]) -> None:
    """Fewer than ``MIN_SOURCES`` sources, a single odd source, and one event told in many
    wordings or in two languages are all one event, numbered 0."""
    found = events(*sources)
    assert set(found) == {s for s, _ in sources}
    assert set(found.values()) == {0}


def test_a_fourth_source_is_what_lets_events_split() -> None:
    """Three sources, two of one quake and one of another, are one event; a fourth
    source of the second quake (reaching ``MIN_SOURCES``) is enough to split them, so
    the three stay together for their number, not for their words."""
    three = (("a", IRAN[0]), ("b", IRAN[1]), ("c", SULAWESI[0]))
    assert len(three) < MIN_SOURCES == len(three) + 1
    assert len(parts(events(*three))) == 1
    assert len(parts(events(*three, ("d", SULAWESI[1])))) == 2


def test_events_are_numbered_by_first_source_id() -> None:
    """Event 0 is the one of the smallest source id, whatever order sources come in."""
    found = events(("z", IRAN[0]), ("y", IRAN[1]), ("b", SULAWESI[0]), ("a", SULAWESI[1]))
    assert found == {"a": 0, "b": 0, "y": 1, "z": 1}


# --- the consequence in slots ---------------------------------------------------------

TWO_QUAKES = [
    "A strong earthquake of magnitude 5.9 struck Bushehr province in Iran on Tuesday, "
    "killing 10 people, officials said.",
    "A strong earthquake of magnitude 5.9 struck Bushehr province in Iran on Tuesday, "
    "killing 10 people, officials said in Kaki.",
    "A strong earthquake of magnitude 6.4 struck Sulawesi island in Indonesia on Friday, "
    "killing 34 people, officials said.",
    "A strong earthquake of magnitude 6.4 struck Sulawesi island in Indonesia on Friday, "
    "killing 34 people, officials said in Mamuju.",
]
"""Two quakes, two sources each, told in the same words: only the figures and names
differ, so only the events guard keeps their tolls apart."""


def report(texts: list[str]) -> Report:
    return build_report([Article(f"s{i}", f"s{i}.txt", t) for i, t in enumerate(texts)],
                        workers=1)


def toll_slots(rep: Report) -> list[Slot]:
    return [s for s in rep.slots if s.unit == "people killed"]


def test_tolls_of_two_events_are_not_a_dispute() -> None:
    """Each quake's toll has its own slot, undisputed; no slot of the report is disputed."""
    rep = report(TWO_QUAKES)
    tolls = {frozenset((v.unit.source, str(v.normalized)) for v in s.values)
             for s in toll_slots(rep)}
    assert tolls == {frozenset({("s0", "10"), ("s1", "10")}),
                     frozenset({("s2", "34"), ("s3", "34")})}
    assert not any(s.disputed for s in rep.slots)


def test_without_the_events_guard_the_tolls_would_be_disputed() -> None:
    """The same input with every source put in one event, and the slots' other guard
    (values written beside different names are of two things) off: the tolls meet in one
    disputed slot. This shows the test above passes because of the guards, not the
    wording."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reporter.api, "story_events",
                   lambda sources, claims, **_: dict.fromkeys(sources, 0))
        mp.setattr(reporter.slots, "_about_others", lambda a, b: False)
        rep = report(TWO_QUAKES)
    [toll] = toll_slots(rep)
    assert toll.disputed
    assert toll.sources == ("s0", "s1", "s2", "s3")


TWO_QUAKES_BOUNDS = [
    TWO_QUAKES[0].replace("killing 10 people", "killing at least 10 people"),
    TWO_QUAKES[1].replace("killing 10 people", "killing at least 10 people"),
    TWO_QUAKES[2], TWO_QUAKES[3],
]
"""The first quake's toll as a bound the second's is above: the two can both hold."""


def test_values_of_two_events_never_share_a_slot() -> None:
    """Two events' tolls that could both hold (at least 10 / 34) still get a slot each:
    side by side in one row they would read as one figure."""
    rep = report(TWO_QUAKES_BOUNDS)
    tolls = {frozenset(v.unit.source for v in s.values) for s in toll_slots(rep)}
    assert tolls == {frozenset({"s0", "s1"}), frozenset({"s2", "s3"})}


def _group(*said: tuple[str, str]) -> tuple[list[Member], Conflict]:
    """Members (one per source) and one conflict naming each source's value."""
    from decimal import Decimal

    members = [Member(unit=Unit(source=s, index=0, start=0, end=len(v), text=v, lang="en"))
               for s, v in said]
    claims = tuple(Claim(member=k, value=v, normalized=Decimal(v)) for k, (_, v) in
                   enumerate(said))
    return members, Conflict(kind=QuantityKind.NUMBER, claims=claims)


WITHIN = [
    # (values by source, events by source, sources whose claims stay; () = no conflict)
    pytest.param((("a", "23"), ("b", "26")), {"a": 0, "b": 1}, (), id="two-events-only"),
    pytest.param((("a", "23"), ("b", "23"), ("c", "26"), ("d", "26")),
                 {"a": 0, "b": 0, "c": 1, "d": 1}, (), id="each-event-agrees"),
    pytest.param((("a", "23"), ("b", "25"), ("c", "26")), {"a": 0, "b": 0, "c": 1},
                 ("a", "b"), id="one-event-disagrees"),
    pytest.param((("a", "23"), ("b", "26")), {"a": 0, "b": 0}, ("a", "b"), id="one-event"),
]


@pytest.mark.parametrize(("said", "by_source", "kept"), WITHIN)
def test_group_conflicts_hold_within_one_event(
    said: tuple[tuple[str, str], ...], by_source: dict[str, int], kept: tuple[str, ...]
) -> None:
    members, conflict = _group(*said)
    found = within_events([conflict], members, by_source)
    assert [tuple(members[cl.member].unit.source for cl in c.claims) for c in found] == (
        [kept] if kept else [])


def test_group_conflicts_hold_within_one_month() -> None:
    """A count in a sentence dated in another month than the story's disputes nothing;
    the same sources' dates still dispute each other."""
    members, conflict = _group(("a", "10"), ("b", "10"), ("c", "7"))
    frames = {("c", 0): "month 09"}
    assert within_events([conflict], members, {"a": 0, "b": 0, "c": 0}, frames) == ()
    dated = Conflict(kind=QuantityKind.DATE, claims=conflict.claims)
    assert within_events([dated], members, {"a": 0, "b": 0, "c": 0}, frames) == (dated,)


def test_story_frames_set_apart_sentences_of_another_month() -> None:
    claims = [Unit(source=s, index=0, start=0, end=len(t), text=t, lang="en") for s, t in (
        ("a", "The quake struck on 12 April."), ("b", "On 12 April the quake struck."),
        ("c", "In September a quake killed 7 people."), ("d", "Ten people died."))]
    assert story_frames(claims) == {("c", 0): "month 09"}
    assert story_frames(claims[2:]) == {}  # one source's month is no story's month


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 24), st.sampled_from([2, 3, 7, 1000]), st.integers(0, 2**32 - 1))
def test_last_merge_is_scipy_average_linkage_root(n: int, levels: int, seed: int) -> None:
    """The hand-written chain joins last the same two sides as scipy's average linkage,
    ties included (few distinct distances make many)."""
    from scipy.cluster.hierarchy import linkage, to_tree
    from scipy.spatial.distance import squareform

    rng = np.random.default_rng(seed)
    upper = np.triu(rng.integers(0, levels, size=(n, n)) / levels, 1)
    dist = upper + upper.T
    root = to_tree(linkage(squareform(dist, checks=False), "average"))
    left, right = _last_merge(dist)
    assert (sorted(left), sorted(right)) == (sorted(root.get_left().pre_order()),
                                             sorted(root.get_right().pre_order()))


FIGURES = [
    pytest.param("The quake killed 10 people and injured 80.", [("person", "10")],
                 id="count-of-people"),
    pytest.param("Navy commandos caught 23 pirates and seized two boats.",
                 [("pirate", "23"), ("boat", "2")], id="counted-nouns"),
]
NO_FIGURE = [
    pytest.param("At least 10 people were killed.", id="lower-bound-agrees-with-many"),
    pytest.param("About 50 people were hurt.", id="rounded"),
    pytest.param("The quake struck at 10:30 on Sunday, 10 September.", id="times-and-dates"),
    pytest.param("The island is home to 120,000.", id="bare-count"),
    pytest.param("Thieves took jewels worth 85 million euros ($108 million).",
                 id="amounts-say-not-what-they-pay-for"),
]


@pytest.mark.parametrize(("text", "want"), FIGURES)
def test_figures_that_tell_events_apart(text: str, want: list[tuple[str, str]]) -> None:
    assert _figures(text, "en") == want


@pytest.mark.parametrize("text", NO_FIGURE)
def test_figures_that_say_nothing_of_the_event(text: str) -> None:
    """Bounds and rounded figures agree with many; outlets date one event from several
    days and zones; a bare count or an amount says not what it counts."""
    assert _figures(text, "en") == []


CLASHES = [
    pytest.param([{"pirate": {"23"}}, {"pirate": {"26"}}], 1.0,
                 id="every-shared-figure-differs"),
    pytest.param([{"pirate": {"23"}, "robber": {"5"}},
                  {"pirate": {"26"}, "robber": {"7"}}], 1.0, id="two-figures-differ"),
    pytest.param([{"pirate": {"23"}, "ship": {"2"}, "gun": {"9"}},
                  {"pirate": {"26"}, "ship": {"2"}, "gun": {"9"}}],
                 0.0, id="one-dispute-among-agreements-is-a-dispute"),
]
NO_CLASH = [
    pytest.param([{"pirate": {"23"}}, {"pirate": {"23"}}], id="same-figure"),
    pytest.param([{"pirate": {"23"}}, {"ship": {"2"}}], id="nothing-in-common"),
    pytest.param([{"person": {"10", "80"}}, {"person": {"80"}}],
                 id="one-of-several-counts-agrees"),
    pytest.param([{}, {"person": {"3"}}], id="one-source-states-none"),
]


@pytest.mark.parametrize(("stated", "want"), CLASHES)
def test_sources_whose_figures_clash(stated: list[dict[str, set[str]]], want: float) -> None:
    got = _clashes(stated)
    assert got[0, 1] == got[1, 0] == pytest.approx(want)
    assert got[0, 0] == got[1, 1] == 0


@pytest.mark.parametrize("stated", NO_CLASH)
def test_sources_whose_figures_do_not_clash(stated: list[dict[str, set[str]]]) -> None:
    assert not _clashes(stated).any()


def test_clashing_figures_split_look_alikes_that_share_their_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two robberies of one Paris jeweller whose sources name the same streets and shops
    across the two events: only the figures tell them apart; without reading the counts
    (four robbers, three), the story stays one event."""
    def told(amount: str, robbers: str, *near: str) -> Source:
        return [f"Robbers stole jewels worth {amount} from the Harry Winston store in Paris.",
                f"Police said {robbers} robbers, some dressed as women, took part.",
                f"Witnesses near {', '.join(near[:-1])} and {near[-1]} saw them flee."]
    sources = [("a", told("85 million euros", "four", "Bulgari", "Montaigne")),
               ("b", told("85 million euros", "four", "Montaigne", "Cartier", "Bulgari")),
               ("c", told("85 million euros", "four", "Dior", "Cartier", "Vendome")),
               ("d", told("2 million euros", "three", "Cartier", "Montaigne")),
               ("e", told("2 million euros", "three", "Cartier", "Bulgari", "Montaigne")),
               ("f", told("2 million euros", "three", "Cartier", "Chanel", "Vendome", "Bulgari"))]
    assert parts(events(*sources)) == {frozenset("abc"), frozenset("def")}
    monkeypatch.setattr(reporter.events, "CLASH_WEIGHT", 0.0)
    assert len(parts(events(*sources))) == 1


OUTAGE: list[Source] = [
    ["An undersea cable was cut off the coast of Egypt, disrupting Internet traffic.",
     "The operator said repairs would take several days."],
    ["Internet traffic was disrupted after an undersea cable was cut near Egypt.",
     "Repairs to the cable would take several days, the operator said."],
    ["A cut undersea cable off Egypt disrupted Internet services across the region.",
     "The operator expects repairs to take several days."],
    ["Internet users lost service when an undersea cable off Egypt was cut.",
     "Repairs will take several days, according to the operator."],
]
"""Four sources alike in words: of one outage, or of two in one place months apart."""


def dated_events(dates: dict[str, str], *sources: tuple[str, Source]) -> dict[str, int]:
    return story_events([s for s, _ in sources],
                        [(s, text) for s, claims in sources for text in claims],
                        published=dates)


DATE_SPLIT = [
    # two runs of publication dates weeks apart, two sources each: two events
    pytest.param({"a": "2011-08-16", "b": "2011-08-17", "c": "2011-10-10", "d": "2011-10-11"},
                 {frozenset("ab"), frozenset("cd")}, id="august-and-october"),
    # a source without a date joins the run its words are closest to
    pytest.param({"a": "2011-08-16", "b": "2011-08-17", "c": "2011-10-10", "d": "2011-10-11",
                  "e": ""},
                 {frozenset("abe"), frozenset("cd")}, id="an-undated-source-joins-a-run"),
]


@pytest.mark.parametrize(("dates", "want"), DATE_SPLIT)
def test_publication_dates_weeks_apart_tell_events_apart(
        dates: dict[str, str], want: set[frozenset[str]]) -> None:
    sources = [(k, OUTAGE[i % len(OUTAGE)]) for i, k in enumerate(sorted(dates))]
    if "e" in dates:  # worded as a's event, a few words changed
        sources[-1] = ("e", [OUTAGE[0][0].replace("the coast of", ""), *OUTAGE[0][1:]])
    assert parts(dated_events(dates, *sources)) == want


DATE_ONE_EVENT = [
    # coverage running on for days is one event
    pytest.param({"a": "2011-08-16", "b": "2011-08-20", "c": "2011-09-01", "d": "2011-09-20"},
                 id="a-month-of-coverage-without-a-gap"),
    # one source weeks after the others is a follow-up, not an event of its own
    pytest.param({"a": "2011-08-16", "b": "2011-08-17", "c": "2011-08-18", "d": "2011-12-01"},
                 id="a-lone-late-source"),
    # no dates: the words say one event
    pytest.param({}, id="no-dates"),
]


@pytest.mark.parametrize("dates", DATE_ONE_EVENT)
def test_dates_without_two_runs_keep_one_event(dates: dict[str, str]) -> None:
    sources = [(k, OUTAGE[i]) for i, k in enumerate("abcd")]
    assert set(dated_events(dates, *sources).values()) == {0}


def test_a_date_no_calendar_has_says_nothing() -> None:
    """A page's metadata may name a day that does not exist: it is no date, not a crash."""
    dates = {"a": "2011-02-30", "b": "2011-08-17", "c": "2011-10-10", "d": "not a date"}
    sources = [(k, OUTAGE[i]) for i, k in enumerate("abcd")]
    assert set(dated_events(dates, *sources).values()) == {0}


TANKER_EN: list[Source] = [
    ["The tanker Sea Lark, carrying some 61,000 tonnes of crude from the Gulf to South "
     "Africa, struck a reef off Mayotte late on Tuesday, French officials said.",
     "The Panama-flagged ship had left the Gulf for South Africa on Sunday, the French "
     "navy said on Wednesday."],
    ["French authorities said the Sea Lark, bound for South Africa with 61,000 tonnes of "
     "crude, ran aground on Tuesday near Mayotte.",
     "On Wednesday the French prefect said a slick had reached the Indian Ocean coast of "
     "Mayotte."],
]
TANKER_FR: list[Source] = [
    ["Le Sea Lark, qui transportait 61 000 tonnes de brut vers l'Afrique du Sud, s'est "
     "échoué mardi sur un récif au large de Mayotte, selon la préfecture.",
     "Le navire battant pavillon du Panama avait quitté le golfe Persique pour l'Afrique du "
     "Sud, selon la Marine nationale."],
    ["Parti du golfe Persique, le Sea Lark, chargé de 61 000 tonnes de pétrole, s'est échoué "
     "mardi près de Mayotte, a indiqué la préfecture.",
     "Selon la Marine nationale, une nappe a atteint mercredi la côte de Mayotte, dans "
     "l'océan Indien."],
]
"""One tanker grounding told by two English and two French outlets, each language with
names of its own (``South Africa`` / ``l'Afrique du Sud``, ``French``, ``Tuesday``)."""


def _told(sources: list[tuple[str, Source, str]]) -> dict[str, int]:
    claims = [(s, text) for s, texts, _ in sources for text in texts]
    langs = [lang for _, texts, lang in sources for _ in texts]
    return story_events([s for s, _, _ in sources], claims, langs=langs)


def test_one_event_in_two_languages_is_not_split_by_their_names() -> None:
    """Names only one language's sources write (``South Africa``, ``French``,
    ``Tuesday``; ``Afrique``, ``Marine``) are left out of a bilingual story, and a French
    ``61 000`` reads as ``61,000``: the four outlets stay one event."""
    sources = [("a", TANKER_EN[0], "en"), ("b", TANKER_EN[1], "en"),
               ("c", TANKER_FR[0], "fr"), ("d", TANKER_FR[1], "fr")]
    assert set(_told(sources).values()) == {0}


def test_two_events_in_two_languages_still_split() -> None:
    """No names left out there: each quake's names are written in both languages, so
    its English and French sources stay together and apart from the other quake's."""
    sources = [("a", IRAN[0], "en"), ("b", IRAN[1], "en"), ("c", IRAN_FR[0], "fr"),
               ("d", IRAN_FR[1], "fr"), ("e", SULAWESI[0], "en"), ("f", SULAWESI[1], "en"),
               ("g", SULAWESI[2], "en")]
    assert parts(_told(sources)) == {frozenset("abcd"), frozenset("efg")}
