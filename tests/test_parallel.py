"""Work run aside in a forked process: the same result as in this process, errors kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reporter import load_articles, parallel
from reporter.cli import main
from reporter.parallel import Aside
from reporter.render import render_json
from tests.conftest import STORY

NUMBERS = list(range(10_000))


def test_a_task_aside_gives_its_result_forked_or_not() -> None:
    """The child reads what this process held at the fork and hands back the result."""
    assert Aside(lambda: sum(NUMBERS), fork=True).result() == sum(NUMBERS)
    assert Aside(lambda: sum(NUMBERS), fork=False).result() == sum(NUMBERS)


def test_a_task_aside_raises_its_error_in_the_caller() -> None:
    """An exception in the child is raised where the result is asked for."""
    aside = Aside(lambda: 1 // 0, fork=True)
    with pytest.raises(ZeroDivisionError):
        aside.result()


def test_a_cancelled_task_aside_is_stopped() -> None:
    """Cancelling reaps the child (nothing left running after an error in the caller)."""
    aside = Aside(lambda: sum(NUMBERS), fork=True)
    aside.cancel()
    assert aside._process is None or not aside._process.is_alive()


def test_without_fork_a_task_runs_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off Linux (or on one core) nothing is forked and the task runs in this process."""
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    ran: list[int] = []
    aside = Aside(lambda: ran.append(1) or len(ran), fork=True)
    assert ran == []
    assert aside.result() == 1 and aside.result() == 1 and ran == [1]


def test_figures_clustered_aside_give_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """The largest figure family clustered in a forked process: not a byte changes."""
    from reporter import api, slots

    articles = load_articles([STORY])
    alone = render_json(api.build_report(articles, workers=1))
    monkeypatch.setattr(slots, "PARALLEL_ENTRIES", 0)
    assert render_json(api.build_report(articles, workers=2)) == alone


def test_json_written_aside_is_the_same_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI writes a long report's JSON in a forked process: the same bytes."""
    from reporter import api

    def run(name: str) -> bytes:
        out = tmp_path / f"{name}.json"
        result = CliRunner().invoke(main, ["compare", str(STORY), "-q", "-o",
                                           str(tmp_path / f"{name}.md"), "--json", str(out)])
        assert result.exit_code in (0, 3), result.output
        return out.read_bytes()

    alone = run("alone")
    monkeypatch.setattr(api, "PARALLEL_SOURCES", 2)  # the CLI reads it at each run
    assert run("forked") == alone


def test_a_caller_that_fails_before_asking_exits_at_once() -> None:
    """The child is ended with its caller, not waited for while it blocks on a result too
    large for the pipe."""
    import subprocess
    import sys

    code = ("from reporter.parallel import Aside\n"
            "a = Aside(lambda: 'x' * 10_000_000, fork=True)\n"
            "raise SystemExit('failed')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1 and "failed" in done.stderr
