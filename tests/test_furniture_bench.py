"""Floors on the furniture bench (``bench/furniture.py``) over the check set, within 2
points of what the pipeline measures, and its scoring on hand-made pages.

Measured on the check set (6 pages of 6 sites the rules were not tuned on): furniture
recall 0.931 (10 of 145 furniture lines or pieces shown as a claim), claim precision
0.839, article text set aside 0 of 52 units, headlines that are furniture 0 of 6, titles
that are the labelled headline 6 of 6. Raise the floors as the figures improve.
"""

from __future__ import annotations

import pytest

from tests.conftest import load_bench

bench = load_bench("furniture")

FLOORS = {"furniture_recall": 0.911, "claim_precision": 0.819}
CEILINGS = {"furniture_shown_share": 0.089, "real_set_aside_share": 0.01}


@pytest.fixture(scope="module")
def check() -> object:
    return bench.run_set("check")


def test_check_set_floors(check: object) -> None:
    """The check set's figures stay within 2 points of what was measured."""
    low = {k: (getattr(check, k), f) for k, f in FLOORS.items() if getattr(check, k) < f}
    high = {k: (getattr(check, k), c) for k, c in CEILINGS.items() if getattr(check, k) > c}
    assert not low and not high, f"below floor {low}; above ceiling {high}"


def test_check_set_headlines_are_never_furniture(check: object) -> None:
    """No source's title is a furniture line; every title is the labelled headline."""
    assert check.headline_furniture == 0
    assert check.headline_right == check.pages


def test_labels_parse() -> None:
    """Headline, furniture lines and furniture pieces are read from a sidecar."""
    labels = bench.read_labels("# c\nheadline 3\nfurniture 1 2\nfurniture 7\npart 4 LYON (AP) -\n")
    assert labels.headline == 3
    assert labels.furniture == frozenset({1, 2, 7})
    assert labels.parts == ((4, "LYON (AP) -"),)


def test_scoring_counts_lines_units_and_the_title() -> None:
    """A furniture line a claim overlaps is shown; a unit of text set aside counts; a
    part is furniture inside a line of text."""
    text = "Menu\nFlood hits Lyon\nLYON (AP) - Rain fell. More rain fell.\nShare\n"
    labels = bench.read_labels("headline 2\nfurniture 1 4\npart 3 LYON (AP) -\n")
    units = ((0, 4, True), (5, 20, True), (21, 32, False), (33, 43, True), (44, 59, False),
             (60, 65, False))
    scores = bench.Scores()
    bench.score_page(bench.Page(name="p", text=text, labels=labels, units=units,
                                title="Flood hits Lyon"), scores)
    assert (scores.furniture, scores.furniture_shown) == (3, 1)  # Menu shown
    assert (scores.real, scores.real_set_aside) == (3, 1)  # "More rain fell." set aside
    assert (scores.claims, scores.claims_real) == (3, 2)  # Menu is no real claim
    assert (scores.headline_right, scores.headline_furniture) == (1, 0)
