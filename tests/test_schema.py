"""The JSON Schema of contract v1 shipped in the package accepts our reports and extensions."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extras")

from reporter import Article, build_report, load_articles  # noqa: E402
from reporter.render import render_json  # noqa: E402
from tests.conftest import ROOT, STORY  # noqa: E402


def schema() -> dict[str, Any]:
    text = files("reporter").joinpath("schema/report-v1.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def validator() -> Any:
    return jsonschema.Draft202012Validator(schema())


def fixture_json() -> dict[str, Any]:
    return json.loads(render_json(build_report(load_articles([STORY]))))  # type: ignore[no-any-return]


def conflict_json() -> dict[str, Any]:
    """A small report that has a conflict (the fixtures need not have one)."""
    a = Article("a", "a.txt", "Budget 2024\nGetty Images\n"
                "Le budget atteint 12 milliards d'euros, selon le ministre.\n")
    b = Article("b", "b.txt", "Le budget atteint 13 milliards d'euros, selon le ministre.\n")
    data: dict[str, Any] = json.loads(render_json(build_report([a, b])))
    assert any(g["conflicts"] for g in data["groups"])
    return data


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    """The shipped file is itself a valid JSON Schema, draft 2020-12."""
    s = schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(s)


def test_fixture_reports_validate() -> None:
    """The fixtures' JSON report, fresh and golden, validates against the schema."""
    v = validator()
    golden = [json.loads(p.read_text("utf-8")) for p in (ROOT / "tests" / "golden").glob("*.json")]
    for data in [fixture_json(), *golden]:
        errors = sorted(v.iter_errors(data), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_extensions_and_qualifier_are_allowed() -> None:
    """Unknown properties and an optional conflict-claim ``qualifier`` keep a report valid."""
    data = conflict_json()
    assert validator().is_valid(data)
    data["x-extra"] = {"anything": True}
    data["sources"][0]["x-note"] = "ok"
    conflict = next(g for g in data["groups"] if g["conflicts"])
    conflict["conflicts"][0]["claims"][0]["qualifier"] = "about"
    assert validator().is_valid(data)


@pytest.mark.parametrize("breakage", [
    pytest.param(lambda d: d.pop("version"), id="no-version"),
    pytest.param(lambda d: d.update(version=2), id="other-version"),
    pytest.param(lambda d: d["groups"][0].update(kind="maybe"), id="bad-kind"),
    pytest.param(lambda d: d["groups"][0]["members"][0].pop("start"), id="member-without-start"),
    pytest.param(lambda d: d["excluded"][0].update(reason="boring"), id="bad-reason"),
    pytest.param(lambda d: d["groups"][0].update(id="X1"), id="bad-group-id"),
    pytest.param(lambda d: d["groups"][0]["conflicts"][0]["claims"][0].update(qualifier=3),
                 id="qualifier-not-a-string"),
])
def test_broken_reports_are_rejected(breakage: Any) -> None:
    """A report missing a required field or with a value outside v1's vocabulary fails."""
    data = copy.deepcopy(conflict_json())
    assert validator().is_valid(data)
    breakage(data)
    assert not validator().is_valid(data)


def test_coverage_extensions_agree_with_the_groups() -> None:
    """``independent_sources`` never exceeds a group's sources, and is fewer only where
    two of its sources are a dependent pair; every overlap pair shares a group."""
    data = fixture_json()
    dependent = {frozenset((d["source"], d["other"])) for d in data["dependent"]}
    assert dependent and all(d["kind"] in ("near-copy", "rewrite") for d in data["dependent"])
    together = {(a, b) for g in data["groups"] for a in g["sources"] for b in g["sources"]
                if a != b}
    assert {(o["source"], o["other"]) for o in data["overlaps"]} == together
    for g in data["groups"]:
        assert 1 <= g["independent_sources"] <= len(g["sources"])
        if g["independent_sources"] < len(g["sources"]):
            assert any(frozenset((a, b)) in dependent for a in g["sources"] for b in g["sources"])
    data["dependent"][0]["kind"] = "copy"
    assert list(validator().iter_errors(data))
