"""Near-groups: one statement told with one different value is joined, look-alikes are not.

Each case gives two sentences of two sources that the grouping left in two groups (their
pair scored below the threshold); ``join_near_groups`` decides whether they are one fact.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from reporter.api import build_report
from reporter.model import Article, Group, Member, QuantityKind, Unit
from reporter.near import (
    NEAR_FLOOR,
    NEAR_MIN,
    join_near_groups,
    masked,
    masked_similarity,
    near_readings,
    with_masked_scores,
)
from reporter.render import render_json

JOINED = [
    # (a, b, lang, kind of the one value they disagree on)
    ("Le chantier du nouveau pont sur la Loire a coûté 12 millions d'euros à la région.",
     "Le chantier du nouveau pont sur la Loire a coûté 15 millions d'euros à la région.",
     "fr", QuantityKind.MONEY),
    ("L'incendie a détruit 120 hectares de pinède près de Marseille selon les pompiers.",
     "L'incendie a détruit 300 hectares de pinède près de Marseille selon les pompiers.",
     "fr", QuantityKind.NUMBER),
    ("La réunion des ministres européens de l'énergie se tiendra le 12 mars à Bruxelles.",
     "La réunion des ministres européens de l'énergie se tiendra le 19 mars à Bruxelles.",
     "fr", QuantityKind.DATE),
    ("Le taux de chômage des jeunes diplômés a reculé de 2 % selon l'Insee.",
     "Le taux de chômage des jeunes diplômés a reculé de 4 % selon l'Insee.",
     "fr", QuantityKind.PERCENT),
    ("The new stadium for the city's football club cost $450 million, the mayor said.",
     "The new stadium for the city's football club cost $600 million, the mayor said.",
     "en", QuantityKind.MONEY),
    ("The summit of northern fishing nations opens on Monday in Reykjavik, organisers said.",
     "The summit of northern fishing nations opens on Wednesday in Reykjavik, organisers said.",
     "en", QuantityKind.DAY),
    ("The storm knocked out power to 40,000 homes across the northern valley overnight.",
     "The storm knocked out power to 65,000 homes across the northern valley overnight.",
     "en", QuantityKind.NUMBER),
]

APART = [
    # Two values differ: two facts ("2% in March", "3% in April").
    ("Le taux de chômage des jeunes diplômés a reculé de 2 % en mars selon l'Insee.",
     "Le taux de chômage des jeunes diplômés a reculé de 3 % en avril selon l'Insee.", "fr"),
    ("The storm knocked out power to 40,000 homes on Monday across the northern valley.",
     "The storm knocked out power to 65,000 homes on Friday across the northern valley.", "en"),
    # The values agree: nothing to join for.
    ("L'incendie a détruit 120 hectares de pinède près de Marseille selon les pompiers.",
     "L'incendie a détruit plus de 100 hectares de pinède près de Marseille, selon les pompiers.",
     "fr"),
    # Values of different kinds in the same place: not one statement.
    ("Le chantier du nouveau pont sur la Loire a coûté 12 millions d'euros à la région.",
     "Le chantier du nouveau pont sur la Loire a duré 12 mois pour la région.", "fr"),
    # Same frame, different statement around the value.
    ("Shares of the carmaker fell 5% on Tuesday after the recall was announced.",
     "Sales of the new electric model rose 9% on Tuesday in European markets.", "en"),
    # Almost nothing but values once masked.
    ("At 4:49 pm on Monday.", "On August 4, 5:46 pm.", "en"),
    # No value at all.
    ("Le ministre de l'Intérieur a démissionné ce soir après la polémique.",
     "Le ministre de l'Intérieur a refusé de démissionner malgré la polémique.", "fr"),
]


def units_of(a: str, b: str, lang: str) -> list[Unit]:
    return [Unit(source="a", index=0, start=0, end=len(a), text=a, lang=lang),
            Unit(source="b", index=0, start=0, end=len(b), text=b, lang=lang)]


def left_apart(a: str, b: str, lang: str) -> list[list[int]]:
    """The pair as two groups whose pair scored just above the near floor."""
    return join_near_groups([[0], [1]], units_of(a, b, lang), {(0, 1): NEAR_FLOOR + 1}, {})


@pytest.mark.parametrize(("a", "b", "lang", "kind"), JOINED)
def test_one_value_apart_is_one_group(a: str, b: str, lang: str, kind: QuantityKind) -> None:
    assert left_apart(a, b, lang) == [[0, 1]]
    assert left_apart(b, a, lang) == [[0, 1]]  # symmetric


@pytest.mark.parametrize(("a", "b", "lang"), APART)
def test_look_alikes_stay_apart(a: str, b: str, lang: str) -> None:
    assert left_apart(a, b, lang) == [[0], [1]]
    assert left_apart(b, a, lang) == [[0], [1]]


@pytest.mark.parametrize(("a", "b", "lang"), [(a, b, lang) for a, b, lang, _ in JOINED] + APART)
def test_readings_computed_beforehand_join_alike(a: str, b: str, lang: str) -> None:
    """Joining with ``near_readings`` read ahead (as a forked process does on many
    sources) gives the groups joining reads itself."""
    units = units_of(a, b, lang)
    scores = {(0, 1): NEAR_FLOOR + 1}
    readings = near_readings(units, scores, {})
    assert join_near_groups([[0], [1]], units, scores, {}, readings=readings) == left_apart(
        a, b, lang)


def test_pairs_below_the_floor_and_of_one_source_are_not_tried() -> None:
    a, b, lang, _ = JOINED[0]
    units = units_of(a, b, lang)
    assert join_near_groups([[0], [1]], units, {(0, 1): NEAR_FLOOR - 1}, {}) == [[0], [1]]
    same = [units[0], Unit(source="a", index=1, start=0, end=len(b), text=b, lang=lang)]
    assert join_near_groups([[0], [1]], same, {(0, 1): 90.0}, {}) == [[0], [1]]


def test_masking_replaces_each_value_by_its_kind() -> None:
    text, kinds = masked("Le 12 mars, 300 personnes ont payé 15 euros.", lang="fr") or ("", ())
    assert kinds == (QuantityKind.DATE, QuantityKind.NUMBER, QuantityKind.MONEY)
    assert "12" not in text and "300" not in text and "15" not in text
    assert masked("Aucun chiffre ici.", lang="fr") is None


def test_joined_group_reports_the_conflict_end_to_end() -> None:
    """In a report the joined group carries the conflict (whether grouping or joining
    put the two sentences together, the reader sees one fact with two values)."""
    a, b, _, kind = JOINED[0]
    report = build_report([Article("a", "a", a), Article("b", "b", b)])
    assert [c.kind for g in report.conflicts for c in g.conflicts] == [kind]


def test_members_below_the_threshold_carry_their_masked_score() -> None:
    """A member joined as a near-group scores below the threshold unmasked; it also
    carries the masked score that joined it. Members above the threshold, and members
    without values, carry none."""
    a, b, lang, _ = JOINED[0]
    ua, ub = units_of(a, b, lang)
    plain = Unit(source="c", index=0, start=0, end=20, text="Aucun chiffre ici, non.", lang="fr")
    members = (Member(unit=ua), Member(unit=ub, score=30.0), Member(unit=plain, score=20.0),
               Member(unit=ub, score=45.0))
    out = with_masked_scores(members, {}, threshold=40.0)
    assert out[0] == members[0] and out[2] == members[2] and out[3] == members[3]
    assert out[1].score == 30.0
    assert out[1].masked_score is not None and out[1].masked_score >= NEAR_MIN
    assert out[1].masked_score == round(masked_similarity(ub, ua, {}) or 0.0, 1)


def test_masked_score_reaches_the_json_only_when_set() -> None:
    a, b, lang, _ = JOINED[0]
    ua, ub = units_of(a, b, lang)
    group = Group(id="G1", members=(Member(unit=ua), Member(unit=ub, score=30.0,
                                                          masked_score=80.5)))
    report = build_report([Article("a", "a", a), Article("b", "b", b)])
    doc = json.loads(render_json(replace(report, groups=(group,))))
    members = doc["groups"][0]["members"]
    assert "masked_score" not in members[0]
    assert members[1]["masked_score"] == 80.5 and members[1]["score"] == 30.0
