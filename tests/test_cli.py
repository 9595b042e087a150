"""The command line: exit codes, one-line errors, outputs written safely."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import reporter
from reporter.cli import main
from reporter.model import ReportOptions
from tests.conftest import STORY, explain


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise AssertionError(explain(result))
    return result.exit_code, result.stdout, result.stderr


def two_sources(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Le budget atteint 12 milliards d'euros.\n", encoding="utf-8")
    b.write_text("Le budget atteint 13 milliards d'euros.\n", encoding="utf-8")
    return a, b


def test_markdown_to_stdout_without_output_options() -> None:
    """With no output option the Markdown report goes to standard output."""
    code, out, err = run("compare", STORY)
    assert code == 0 and out.startswith("# Source comparison: 5 sources") and err == ""


def test_all_three_outputs_in_one_run(tmp_path: Path) -> None:
    """-o, --html and --json write all three reports and nothing to stdout."""
    md, html, js = tmp_path / "r.md", tmp_path / "r.html", tmp_path / "r.json"
    code, out, _ = run("compare", STORY, "-o", md, "--html", html, "--json", js)
    assert code == 0 and out == ""
    assert md.read_text(encoding="utf-8").startswith("# Source comparison")
    assert "<table>" in html.read_text(encoding="utf-8")
    assert json.loads(js.read_text(encoding="utf-8"))["version"] == 1


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        pytest.param(["compare", "nope.txt", "nope2.txt"], 2, "does not exist", id="missing-path"),
        pytest.param(["compare"], 2, "Missing argument", id="no-paths"),
        pytest.param(["compare", STORY / "000_b47e321f1f32ac16.txt"], 2, "at least two sources",
                     id="one-source"),
        pytest.param(["compare", STORY, "--threshold", "120"], 2, "120", id="bad-threshold"),
        pytest.param(["compare", STORY, "--lang", "de"], 2, "'de'", id="bad-lang"),
    ],
)
def test_usage_errors(args: list[object], code: int, needle: str) -> None:
    """Usage problems exit 2 with a message saying what is wrong, and no traceback."""
    got, out, err = run(*args)  # type: ignore[arg-type]
    assert got == code and needle in err and "Traceback" not in err and out == ""


def test_clashing_ids_name_both_paths(tmp_path: Path) -> None:
    """Two files with one stem: exit 1 and both paths in one line."""
    (tmp_path / "x").mkdir()
    a, b = tmp_path / "a.txt", tmp_path / "x" / "a.md"
    a.write_text("Un.", encoding="utf-8")
    b.write_text("Deux.", encoding="utf-8")
    code, _, err = run("compare", a, b)
    assert code == 1 and str(a) in err and str(b) in err and len(err.strip().splitlines()) == 1


def test_non_utf8_file_is_named(tmp_path: Path) -> None:
    """A Latin-1 file: exit 1 and a one-line message naming the file."""
    a, _ = two_sources(tmp_path)
    bad = tmp_path / "c.txt"
    bad.write_bytes("Élysée, été".encode("latin-1"))
    code, _, err = run("compare", a, bad)
    assert code == 1 and f"{bad}: not valid UTF-8" in err
    assert len(err.strip().splitlines()) == 1


def test_output_that_is_an_input_is_refused_and_untouched(tmp_path: Path) -> None:
    """Writing the report over an input is refused; the input keeps its content."""
    a, b = two_sources(tmp_path)
    before = a.read_bytes()
    code, _, err = run("compare", a, b, "-o", a)
    assert code == 1 and "is also an input" in err and a.read_bytes() == before


def test_missing_output_directory_is_an_error(tmp_path: Path) -> None:
    """An output in a directory that does not exist: exit 1, nothing written."""
    a, b = two_sources(tmp_path)
    code, _, err = run("compare", a, b, "--json", tmp_path / "no" / "r.json")
    assert code == 1 and "does not exist" in err


def test_failed_run_leaves_earlier_report_untouched(tmp_path: Path) -> None:
    """A run that fails (one source) does not truncate a report from an earlier run."""
    a, b = two_sources(tmp_path)
    md = tmp_path / "r.md"
    assert run("compare", a, b, "-o", md)[0] == 0
    before = md.read_bytes()
    assert run("compare", a, "-o", md)[0] == 2
    assert md.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "r.md"]


def test_fail_on_conflict_exit_code(tmp_path: Path) -> None:
    """--fail-on conflict exits 3 when sources disagree; without it, conflicts exit 0."""
    a, b = two_sources(tmp_path)
    assert run("compare", a, b)[0] == 0
    code, out, _ = run("compare", a, b, "--fail-on", "conflict")
    assert code == 3 and "## Conflicts (1)" in out


def test_version_and_help() -> None:
    """--version prints the package version; every command has help."""
    assert run("--version")[1].strip().endswith(reporter.__version__)
    for args in (["--help"], ["compare", "--help"]):
        code, out, _ = run(*args)
        assert code == 0 and "Usage:" in out
    assert "--threshold" in run("compare", "--help")[1]
    assert f"default: {ReportOptions().threshold}" in run("compare", "--help")[1]


def test_python_dash_m() -> None:
    """`python -m reporter` runs the same command."""
    proc = subprocess.run([sys.executable, "-m", "reporter", "--help"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "compare" in proc.stdout
