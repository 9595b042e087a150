"""Overlap between sources, near-copies and independent confirmation."""

from __future__ import annotations

import pytest

from reporter import build_report
from reporter.coverage import core_claims, find_copies, independent_sources, measure_overlaps
from reporter.model import Article, Group, Member, Overlap, Unit

WIRE = [
    "Le gouvernement a annoncé mardi un plan de 12 milliards d'euros pour les hôpitaux.",
    "La ministre de la Santé a présenté le calendrier des travaux devant les députés.",
    "Les syndicats dénoncent un financement insuffisant et appellent à la grève.",
    "Le plan prévoit la rénovation de 400 services d'urgence d'ici 2027.",
]


def copy_story() -> list[Article]:
    """``a`` and ``b`` carry the same wire copy; ``c`` writes two of its facts itself."""
    a = "\n".join(WIRE)
    b = "\n".join([*WIRE[:3], "Un éditorialiste juge ce budget très ambitieux pour le pays."])
    c = "\n".join([
        "Mardi, l'exécutif a dévoilé 12 milliards d'euros d'investissement pour l'hôpital.",
        "Quatre cents services d'urgence seront rénovés d'ici 2027 selon le plan.",
        "Les régions devront cofinancer une partie des chantiers prévus.",
    ])
    return [Article("a", "a", a), Article("b", "b", b), Article("c", "c", c)]


def unit(source: str, index: int, text: str) -> Unit:
    return Unit(source=source, index=index, start=0, end=len(text), text=text)


def test_near_copies_are_found_and_count_once() -> None:
    """Two outlets running the same wire copy are a near-copy pair; a fact they and an
    independent outlet state has three sources but two independent ones."""
    report = build_report(copy_story())
    cov = report.coverage
    assert [(o.source, o.other) for o in cov.copies] == [("a", "b")]  # equal size: lower id
    ab = cov.overlap("a", "b")
    assert ab is not None and ab.identical >= 3 and ab.shared >= ab.identical
    triple = [g for g in report.groups if g.sources == ("a", "b", "c")]
    assert triple and all(report.independent(g) == 2 for g in triple)
    pair = [g for g in report.groups if g.sources == ("a", "b")]
    assert pair and all(report.independent(g) == 1 for g in pair)
    assert report.copied_confirmations == len(triple) + len(pair)


def test_overlaps_cover_every_ordered_pair() -> None:
    """Each ordered pair of distinct sources has one overlap, sorted, with a's claims."""
    groups = [
        Group("G1", (Member(unit("a", 0, "Le budget atteint 12 milliards d'euros cette année.")),
                     Member(unit("b", 0, "Le budget atteint 12 milliards d'euros cette année.")),
                     Member(unit("c", 0, "Douze milliards : c'est le budget voté cette année."),
                            score=50.0))),
        Group("G2", (Member(unit("a", 1, "Une phrase que seul a écrit.")),)),
    ]
    overlaps = measure_overlaps(["c", "a", "b"], groups)
    assert [(o.source, o.other) for o in overlaps] == [
        ("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"), ("c", "b")]
    ab = overlaps[0]
    assert (ab.claims, ab.shared, ab.identical) == (2, 1, 1)
    ac = overlaps[1]
    assert (ac.claims, ac.shared, ac.identical) == (2, 1, 0)


@pytest.mark.parametrize(("identical", "claims", "copy"), [
    pytest.param(4, 10, True, id="40-percent-is-a-copy"),
    pytest.param(3, 10, False, id="30-percent-is-not"),
    pytest.param(1, 2, False, id="one-shared-quote-is-not"),
    pytest.param(0, 0, False, id="empty-source"),
])
def test_copy_rule(identical: int, claims: int, copy: bool) -> None:
    """The smaller source's share in near-identical words decides, with at least two."""
    overlaps = [Overlap("a", "b", claims, identical, identical),
                Overlap("b", "a", 30, identical, identical)]
    assert bool(find_copies(overlaps)) is copy
    if copy:
        assert [o.dependence for o in find_copies(overlaps)] == ["near-copy"]


def test_independence_is_transitive_over_copies() -> None:
    """a copies b and b copies c: a fact stated by a, b, c and d has two independent sources."""
    g = Group("G1", tuple(Member(unit(s, 0, "x")) for s in "abcd"))
    copies = [Overlap("a", "b", 5, 5, 5), Overlap("c", "b", 5, 5, 5)]
    assert independent_sources([g], copies) == {"G1": 2}
    assert independent_sources([g], []) == {"G1": 4}


@pytest.mark.parametrize(("shared", "claims", "dependent"), [
    pytest.param(6, 10, True, id="60%-shared-in-other-words-is-a-rewrite"),
    pytest.param(10, 16, True, id="62%-shared"),
    pytest.param(5, 10, False, id="50%-shared-is-independent"),
    pytest.param(2, 3, False, id="too-few-shared-claims"),
    pytest.param(0, 10, False, id="nothing-shared"),
])
def test_rewrite_rule(shared: int, claims: int, dependent: bool) -> None:
    """A source stating most of a smaller source's claims, even in its own words, is a
    rewrite or translation of it; half or less is independent reporting."""
    overlaps = [Overlap("a", "b", claims, shared, 0), Overlap("b", "a", 30, shared, 0)]
    assert bool(find_copies(overlaps)) is dependent
    if dependent:
        assert [o.dependence for o in find_copies(overlaps)] == ["rewrite"]


def _told(sources: str, *facts: str) -> list[Group]:
    """Groups from fact strings: each fact is the sources that state it."""
    return [Group(f"G{k}", tuple(Member(unit(s, k, "x")) for s in fact))
            for k, fact in enumerate(facts)]


CORE = [
    # (sources, facts, core claims by source)
    pytest.param("abc", ("abc", "abc", "ab", "c"), {"a": 2, "b": 2, "c": 2},
                 id="facts-every-source-states"),
    pytest.param("abcd", ("abc", "abcd"), {"a": 1, "b": 1, "c": 1, "d": 1},
                 id="all-four"),
]

NO_CORE = [
    pytest.param("ab", ("ab", "ab", "ab"), id="two-sources-every-fact-would-be-core"),
    pytest.param("abcd", ("abc", "bcd"), id="no-fact-everyone-states"),
]


@pytest.mark.parametrize(("sources", "facts", "core"), CORE)
def test_core_claims(sources: str, facts: tuple[str, ...], core: dict[str, int]) -> None:
    assert core_claims(list(sources), _told(sources, *facts)) == core


@pytest.mark.parametrize(("sources", "facts"), NO_CORE)
def test_no_core_claims(sources: str, facts: tuple[str, ...]) -> None:
    assert core_claims(list(sources), _told(sources, *facts)) == {}


def test_a_short_report_of_the_core_facts_is_no_rewrite() -> None:
    """Nine claims, six shared, four of them facts every source states: two of five left
    is no rewrite; with the same numbers and no core, it is one."""
    overlaps = [Overlap("a", "b", 9, 6, 0), Overlap("b", "a", 20, 6, 0)]
    assert find_copies(overlaps, core={"a": 4, "b": 4}) == ()
    assert [o.dependence for o in find_copies(overlaps)] == ["rewrite"]


def test_core_facts_do_not_hide_a_rewrite() -> None:
    """Sixteen claims, ten shared, one a fact every source states: nine of fifteen."""
    overlaps = [Overlap("a", "b", 16, 10, 0), Overlap("b", "a", 22, 10, 0)]
    assert [o.dependence for o in find_copies(overlaps, core={"a": 1})] == ["rewrite"]
