"""The library entry point: contract v1 on real and generated inputs, order-free output."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import build_report, load_articles
from reporter.errors import UsageError
from reporter.model import Article, GroupKind, ReportOptions
from reporter.render import render_json, render_markdown
from tests.conftest import STORY
from tests.contract import contract_problems


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_articles([STORY])


def texts(arts: list[Article]) -> dict[str, str]:
    return {a.id: a.text for a in arts}


def test_fixtures_keep_contract_v1(articles: list[Article]) -> None:
    """Spans slice back, every visible character is accounted for once, kinds agree."""
    rep = json.loads(render_json(build_report(articles)))
    assert contract_problems(rep, texts(articles)) == []


def test_fixture_report_has_every_kind_of_section(articles: list[Article]) -> None:
    """The five articles share facts, have unique claims and furniture."""
    report = build_report(articles)
    assert report.shared and report.unique and report.excluded
    assert {e.reason.value for e in report.excluded} == {"boilerplate", "duplicate"}


def test_source_order_does_not_change_the_report(articles: list[Article]) -> None:
    """Shuffled inputs give byte-identical JSON and Markdown."""
    want = build_report(articles)
    shuffled = list(articles)
    random.Random(7).shuffle(shuffled)
    got = build_report(list(reversed(shuffled)))
    assert render_json(got) == render_json(want)
    assert render_markdown(got) == render_markdown(want)


def test_fewer_than_two_sources_is_a_usage_error(articles: list[Article]) -> None:
    """One article cannot be compared with anything."""
    with pytest.raises(UsageError, match="at least two sources"):
        build_report(articles[:1])


def test_identical_sources_share_everything_without_conflict() -> None:
    """Two copies of one article agree on every claim."""
    text = ("Le budget atteint 12 milliards d'euros en 2024.\n"
            "Le ministre a annoncé 300 postes le 3 mai.\n")
    report = build_report([Article("a", "a", text), Article("b", "b", text)])
    assert [g.kind for g in report.groups] == [GroupKind.SHARED, GroupKind.SHARED]


SENTENCE = st.sampled_from([
    "Le ministre a annoncé 300 postes le 3 mai.",
    "The minister announced 300 jobs on May 3.",
    "Le budget atteint 12 milliards d'euros.",
    "Getty Images",
    "<script>alert(1)</script> | [x](javascript:y)",
    "Publicité",
    "« Nous ne paierons pas », a dit le PDG.",
    "Pourquoi ?",
    "  • Un point de liste.",
    "\u202e\u200b\u00a0",
    "42 000 $ par mois, selon un rapport de mars.",
])
ARTICLE = st.lists(
    st.one_of(SENTENCE, st.text(max_size=40)), min_size=0, max_size=8,
).map(lambda parts: "\n".join(parts))


@settings(deadline=None, max_examples=60)
@given(st.lists(ARTICLE, min_size=2, max_size=4))
def test_generated_articles_keep_the_contract(bodies: list[str]) -> None:
    """Any mix of sentences, furniture, hostile text and noise keeps contract v1."""
    arts = [Article(id=f"s{i}", path=f"s{i}", text=t) for i, t in enumerate(bodies)]
    rep = json.loads(render_json(build_report(arts)))
    assert contract_problems(rep, texts(arts)) == []
    again = build_report(list(reversed(arts)))
    assert json.loads(render_json(again)) == rep


def test_an_excerpt_cut_off_mid_word_is_excluded_as_a_fragment() -> None:
    """The report files the cut-off end of a copied excerpt under reason ``fragment``
    (JSON too), and a whole sentence stays a claim."""
    arts = [Article(id="a", path="a.txt",
                    text="Un incendie à Lyon\nL'incendie a pris mardi dans un entrepôt. "
                         "Les sirènes ont retenti une heure après le début de l'incen\n"),
            Article(id="b", path="b.txt",
                    text="Incendie à Lyon\nL'incendie a pris mardi dans un entrepôt.\n")]
    rep = build_report(arts)
    reasons = {e.unit.text: e.reason.value for e in rep.excluded}
    assert reasons.get("Les sirènes ont retenti une heure après le début de l'incen") == (
        "fragment"), reasons
    data = json.loads(render_json(rep))
    assert "fragment" in {e["reason"] for e in data["excluded"]}
    assert contract_problems(data, texts(arts)) == []


def test_markdown_links_are_no_evidence_of_the_same_fact() -> None:
    """Two Markdown sentences sharing only a link URL do not group."""
    url = "(https://example.com/budget-sante-hopital-milliards-reforme)"
    a = Article("a", "a.md", f"Le ministre a démissionné [hier]{url}.\n", markup="markdown")
    b = Article("b", "b.md", f"Les hôpitaux recrutent [des infirmiers]{url}.\n",
                markup="markdown")
    report = build_report([a, b])
    assert all(len(g.sources) == 1 for g in report.groups)


def test_sources_sorted_in_worker_processes_give_the_same_report(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Large inputs segment and sort their sources in several processes; the report must
    not change by a byte."""
    from reporter import api

    articles = load_articles([STORY])
    alone = render_json(api.build_report(articles, workers=1))
    monkeypatch.setattr(api, "PARALLEL_SOURCES", 2)
    assert render_json(api.build_report(articles, workers=2)) == alone


def test_languages_detected_in_worker_processes_are_the_same(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Large inputs detect their sources' languages in the segmenting workers: the same
    language for each source, and a source too short to tell still takes the language
    most others are in."""
    from reporter import api

    articles = [
        Article("a", "a.txt", "The minister said on Monday that the plan was not ready.\n"),
        Article("b", "b.txt", "The mayor and the police said the road is closed for now.\n"),
        Article("c", "c.txt", "Le ministre a dit que le plan n'est pas prêt pour la date.\n"),
        Article("d", "d.txt", "Brenville 2024\n"),
    ]
    alone = api.build_report(articles, workers=1)
    assert {u.source: u.lang for u in alone.units} == {"a": "en", "b": "en", "c": "fr",
                                                       "d": "en"}
    monkeypatch.setattr(api, "PARALLEL_SOURCES", 2)
    assert render_json(api.build_report(articles, workers=2)) == render_json(alone)


def test_what_later_stages_read_is_loaded_while_the_workers_segment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """While worker processes segment many sources, this process loads the lexicon for
    English sources (workers forked later find it loaded), and only for them."""
    from reporter import api, lexicon

    options = ReportOptions()
    english = [Article(k, f"{k}.txt", "The mayor said the bridge will stay closed.\n")
               for k in "ab"]
    french = [Article(k, f"{k}.txt", "Le maire a dit que le pont restera fermé.\n")
              for k in "ab"]
    monkeypatch.setattr(api, "PARALLEL_SOURCES", 2)
    lexicon.load.cache_clear()
    api.sort_units(french, options=options, workers=2)
    assert lexicon.load.cache_info().currsize == 0
    api.sort_units(english, options=options, workers=2)
    assert lexicon.load.cache_info().currsize == 1


def test_values_compared_in_worker_processes_give_the_same_conflicts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Large inputs compare each group's values in several processes: the same
    conflicts, in the same groups, as in one process."""
    from reporter import api

    articles = [
        Article("a", "a.txt", "Le sommet s'est ouvert le 12 mars à Bruxelles, selon l'agence.\n"
                "Le budget atteint 42 millions d'euros pour l'année, a précisé le ministre.\n"),
        Article("b", "b.txt", "Le sommet s'est ouvert le 14 mars à Bruxelles, selon l'agence.\n"
                "Le budget atteint 45 millions d'euros pour l'année, a précisé le ministre.\n"),
        Article("c", "c.txt", "Le sommet s'est ouvert le 12 mars à Bruxelles, selon l'agence.\n"),
    ]
    alone = api.build_report(articles, workers=1)
    assert len(alone.conflicts) == 2
    monkeypatch.setattr(api, "PARALLEL_SOURCES", 2)
    assert render_json(api.build_report(articles, workers=2)) == render_json(alone)


def test_worker_processes_are_used_only_where_forking_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off Linux the per-source stages stay in the calling process (no pool, no guard
    needed around a caller's script)."""
    from reporter import parallel

    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert parallel.worker_count(None) == 1 and parallel.worker_count(4) == 1
    monkeypatch.setattr(parallel.sys, "platform", "linux")
    assert parallel.worker_count(3) == 3 and parallel.worker_count(None) >= 1


def test_negation_and_opposite_reach_the_report() -> None:
    """A denial and an opposite word between two outlets are grouped, reported as
    conflicts of their kinds in the JSON, and shown (escaped) in the Markdown."""
    a = Article("a", "a.txt", "The *board* did not approve the merger with Acme on Monday. "
                "Shares of Acme rose 5% on Tuesday after the vote was announced.")
    b = Article("b", "b.txt", "The *board* approved the merger with Acme on Monday. "
                "Shares of Acme fell 5% on Tuesday after the vote was announced.")
    report = build_report([a, b])
    kinds = {c["kind"] for g in json.loads(render_json(report))["groups"]
             for c in g.get("conflicts", [])}
    assert kinds == {"negation", "opposite"}
    md = render_markdown(report)
    assert "negation: did not approve vs approved" in md
    assert "opposite: rose vs fell" in md
    assert "The \\*board\\*" in md


def test_figures_that_differ_but_can_all_hold_are_shown_as_compatible() -> None:
    """A bound and a value above it reach the JSON as a conflict entry marked
    ``compatible`` that leaves the group shared, and the Markdown shows both values with
    their sources (escaped); the contract holds, the shared checker's included."""
    a = Article("a_*x*", "a.txt", "More than 100 people were killed in the quake on Monday "
                "in the north of the island.")
    b = Article("b", "b.txt", "150 people were killed in the quake on Monday in the north "
                "of the island.")
    report = build_report([a, b])
    assert [g.kind for g in report.groups] == [GroupKind.SHARED]
    data = json.loads(render_json(report))
    entries = data["groups"][0]["conflicts"]
    assert [(e["kind"], e.get("compatible"), [c["value"] for c in e["claims"]])
            for e in entries] == [("number", True, ["More than 100 people", "150 people"])]
    assert contract_problems(data, texts([a, b])) == []
    md = render_markdown(report)
    assert ("Stated differently, but all can hold: number (person): More than 100 people "
            "(**a\\_\\*x\\***) · 150 people (**b**).") in md


@pytest.mark.parametrize(("others", "expected"), [("en", "en"), ("fr", "fr")])
def test_a_source_too_short_to_tell_takes_the_usual_language(others: str, expected: str) -> None:
    """A headline and a date hold no common word of either language: the source is read
    in the language most other sources are in, not in a fixed default."""
    bodies = {"en": "The minister said on Monday that the plan would be published in May.",
              "fr": "Le ministre a déclaré lundi que le plan serait publié en mai."}
    articles = [Article(id="a", path="a.txt", text=bodies[others]),
                Article(id="b", path="b.txt", text=bodies[others] + "\n"),
                Article(id="c", path="c.txt", text="Esther Williams, swimming star, dies at 91")]
    report = build_report(articles)
    assert {u.lang for u in report.units if u.source == "c"} == {expected}
