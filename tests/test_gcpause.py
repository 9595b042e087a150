"""The collector pause around report building and rendering."""

from __future__ import annotations

import gc

import pytest

from reporter.gcpause import collector_paused


@collector_paused
def _state() -> bool:
    return gc.isenabled()


@collector_paused
def _fails() -> None:
    raise ValueError("boom")


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    assert _state() is False
    assert gc.isenabled()


def test_restored_after_an_exception() -> None:
    with pytest.raises(ValueError, match="boom"):
        _fails()
    assert gc.isenabled()


def test_a_caller_that_disabled_it_keeps_it_disabled() -> None:
    gc.disable()
    try:
        assert _state() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_build_report_runs_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's stages see the collector off; the caller gets it back on."""
    from reporter import api, load_articles
    from tests.conftest import STORY

    seen: list[bool] = []
    real = api.cluster

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "cluster", spy)
    api.build_report(load_articles([STORY]))
    assert seen == [False]
    assert gc.isenabled()
