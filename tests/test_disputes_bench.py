"""``bench/disputes.py``: what it counts of a report."""

from __future__ import annotations

from tests.conftest import load_bench

disputes = load_bench("disputes")

SAID = "A fire at the plant killed {} people on Monday, police said."


def test_disputed_lists_each_disputed_slot_with_its_sources_values() -> None:
    report = disputes.story([{"doc": "1_1ecb.xml", "text": SAID.format(12)},
                             {"doc": "1_2ecb.xml", "text": SAID.format(15)}])
    assert disputes.disputed(report) == [[("1_1ecb", "12 people"), ("1_2ecb", "15 people")]]


def test_no_dispute_where_sources_agree() -> None:
    report = disputes.story([{"doc": "1_1ecb.xml", "text": SAID.format(12)},
                             {"doc": "1_2ecb.xml", "text": SAID.format("twelve")}])
    assert disputes.disputed(report) == []
