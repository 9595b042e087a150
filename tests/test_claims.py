"""A sentence that states several facts sits in each fact's group (``reporter.claims``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import reporter.api
import reporter.claims
from reporter import build_report
from reporter.claims import parts_of
from reporter.model import Article, Report
from reporter.render import render_json, render_markdown
from tests.contract import contract_problems

# ---------------------------------------------------------------- parts of a sentence

PARTS = [
    # (sentence, a part that must be offered)
    ("The storm destroyed 300 homes on Monday, while police said the mayor had ordered "
     "an evacuation.", "while police said the mayor had ordered an evacuation."),
    ("La société, qui vaut 2,15 billions de dollars, refuse de payer les frais de l'API.",
     "La société, qui vaut 2,15 billions de dollars"),
    ("Ten people died in the fire; the cause of the blaze is still unknown.",
     "the cause of the blaze is still unknown."),
    ("The minister resigned on Friday — the third departure from the cabinet this year.",
     "the third departure from the cabinet this year."),
]

NO_PART = [
    # (sentence, a text that must not be a part boundary or a part)
    ("Microsoft est valorisée à 2,15 billions de dollars par les marchés.", "15 billions"),
    ("Elon Musk a répondu au tweet de T(w)itter Daily News hier soir.", "w"),
    ("Services to India, Egypt and Malaysia were cut off after the cables broke.",
     "Egypt and Malaysia were cut off after the cables broke."),
    ("The offer was made on Friday, the agent told reporters.", "the agent told reporters."),
]


@pytest.mark.parametrize(("sentence", "part"), PARTS)
def test_parts_are_runs_of_clauses(sentence: str, part: str) -> None:
    offered = {sentence[p.start:p.end] for p in parts_of(sentence)}
    assert part in offered
    assert sentence not in offered  # the whole sentence is no part of itself


@pytest.mark.parametrize(("sentence", "not_part"), NO_PART)
def test_no_part_cut_here(sentence: str, not_part: str) -> None:
    assert not_part not in {sentence[p.start:p.end] for p in parts_of(sentence)}


def test_a_sentence_without_clause_marks_has_no_parts() -> None:
    assert parts_of("The storm destroyed 300 homes in Brenville on Monday.") == ()


# ---------------------------------------------------------------- secondary members

STORM = {
    "a": ("The storm destroyed 300 homes and flooded 40 farms in the coastal town of "
          "Brenville on Monday, while police said the mayor had ordered the evacuation of "
          "the harbour district.\n"),
    "b": ("The storm destroyed 300 homes and flooded 40 farms in the coastal town of "
          "Brenville, officials said on Monday evening.\n"),
    "c": "The mayor ordered the evacuation of the harbour district, police said.\n",
    "d": "Schools in Brenville will stay closed until Friday.\n",
}


def _report(texts: dict[str, str]) -> Report:
    return build_report([Article(id=k, path=f"{k}.txt", text=v) for k, v in texts.items()])


def _json(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_json(report))
    return data


def _places(data: dict[str, Any], source: str) -> list[tuple[str, bool, str | None]]:
    """(group id, secondary, part text) of each place a source's sentences have."""
    text = STORM[source]
    return [(g["id"], bool(m.get("secondary")),
             text[m["part"][0]:m["part"][1]] if "part" in m else None)
            for g in data["groups"] for m in g["members"] if m["source"] == source]


def test_a_sentence_stating_two_facts_sits_in_both_groups() -> None:
    report = _report(STORM)
    data = _json(report)
    places = _places(data, "a")
    assert len(places) == 2
    (home, home_secondary, _), (other, secondary, part) = sorted(places, key=lambda p: p[1])
    assert not home_secondary and secondary and home != other
    assert part == "while police said the mayor had ordered the evacuation of the harbour district."
    by_id = {g["id"]: g for g in data["groups"]}
    assert {m["source"] for m in by_id[home]["members"]} == {"a", "b"}
    assert {m["source"] for m in by_id[other]["members"]} == {"a", "c"}
    assert contract_problems(data, STORM) == []
    assert report.stats("a").claims == 1  # counted once, where it has its own place


def test_the_markdown_shows_the_whole_sentence_with_the_part_marked() -> None:
    md = render_markdown(_report(STORM))
    line = next(x for x in md.splitlines() if "its own place is" in x)
    part = "while police said the mayor had ordered the evacuation of the harbour district."
    assert f"*{part}*" in line
    assert "The storm destroyed 300 homes" in line


def test_no_second_place_when_the_source_is_already_there() -> None:
    texts = {**STORM, "a": STORM["a"] + "The mayor ordered the evacuation of the harbour "
                                        "district, police said.\n"}
    places = [p for p in _places(_json(_report(texts)), "a") if p[1]]
    assert places == []


def test_no_second_place_for_a_sentence_that_states_one_fact() -> None:
    texts = {k: v for k, v in STORM.items() if k != "c"}
    assert [p for p in _places(_json(_report(texts)), "a") if p[1]] == []


def test_no_second_place_across_look_alike_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporter.api, "story_events",
                        lambda sources, claims, **_: {s: int(s == "c") for s in sources})
    assert [p for p in _places(_json(_report(STORM)), "a") if p[1]] == []


def test_a_secondary_member_is_compared_by_its_part_only() -> None:
    # the day outside the part (Monday) does not dispute the day in c (Tuesday) ...
    texts = {**STORM, "c": "The mayor ordered the evacuation of the harbour district on "
                           "Tuesday, police said.\n"}
    data = _json(_report(texts))
    shared = next(g for g in data["groups"] if {"a", "c"} <= set(g["sources"]))
    assert any(m.get("secondary") for m in shared["members"])
    assert shared["conflicts"] == []
    # ... while a day inside the part does
    texts["a"] = STORM["a"].replace("had ordered the evacuation",
                                    "had ordered on Wednesday the evacuation")
    data = _json(_report(texts))
    shared = next(g for g in data["groups"] if {"a", "c"} <= set(g["sources"]))
    assert [c["kind"] for c in shared["conflicts"]] == ["day"]


def test_parts_scored_in_worker_processes_give_the_same_report(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {**STORM, "e": "Police said the mayor ordered the evacuation of the harbour "
                           "district, while schools in Brenville will stay closed.\n"}
    alone = render_json(build_report(
        [Article(id=k, path=f"{k}.txt", text=v) for k, v in texts.items()], workers=1))
    monkeypatch.setattr(reporter.claims, "PARALLEL_PAIRS", 0)
    forked = render_json(build_report(
        [Article(id=k, path=f"{k}.txt", text=v) for k, v in texts.items()], workers=2))
    assert forked == alone
    assert '"secondary": true' in alone
