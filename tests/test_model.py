"""Tests for reporter.model: records that worker processes send back pickle exactly."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from reporter.group import Profile
from reporter.model import (
    Claim,
    Conflict,
    Excluded,
    Member,
    Quantity,
    QuantityKind,
    Reason,
    Unit,
    pickled_by_fields,
)

UNIT = Unit(source="a", index=2, start=10, end=30, text="Trois morts à Lyon.", heading=True,
            lang="fr")
QUANTITY = Quantity(QuantityKind.NUMBER, 0, 11, "Trois morts", Decimal(3), "mort", "about",
                    margin=Decimal("0.5"))


@pytest.mark.parametrize("record", [
    pytest.param(UNIT, id="unit"),
    pytest.param(QUANTITY, id="quantity"),
    pytest.param(Excluded(unit=UNIT, reason=Reason.DUPLICATE, detail="repeats"), id="excluded"),
    pytest.param(Member(unit=UNIT, score=71.5, evidence=("lyon",), secondary=True, part=(0, 5)),
                 id="member"),
    pytest.param(Conflict(QuantityKind.NUMBER, (Claim(0, "3", Decimal(3)),
                                                Claim(1, "4", Decimal(4), "more"))),
                 id="conflict"),
    pytest.param(Profile(stems=("mort", "lyon"), words=("morts", "lyon")), id="profile"),
])
def test_records_round_trip_through_pickle(record: object) -> None:
    """A record pickled by its fields loads equal, of the same class, with every field."""
    loaded = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded == record
    assert type(loaded) is type(record)
    assert repr(loaded) == repr(record)


def test_shared_records_stay_shared_through_pickle() -> None:
    """A unit that is both a unit and a claim (one object) comes back as one object."""
    units, claims = pickle.loads(pickle.dumps(([UNIT], [UNIT])))
    assert units[0] is claims[0]


def test_pickled_by_fields_refuses_fields_init_does_not_take() -> None:
    """A record with a computed field cannot be rebuilt from its fields by position."""

    @dataclass(frozen=True, slots=True)
    class Computed:
        a: int
        b: int = field(init=False, default=0)

    with pytest.raises(TypeError, match="Computed"):
        pickled_by_fields(Computed)
