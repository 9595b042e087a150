"""The command line: exit codes, one-line errors, outputs written safely."""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import reporter
from reporter.cli import main
from reporter.model import ReportOptions
from tests.conftest import FIXTURES, STORY, explain


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


def test_a_long_report_is_frozen_out_of_garbage_collection(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """For a long report the command freezes the objects it holds (no collection walks
    them again before the process exits); for a short one it leaves the collector be."""
    from reporter import api

    before = gc.get_freeze_count()
    try:
        assert run("compare", STORY, "-o", tmp_path / "r.md")[0] == 0
        assert gc.get_freeze_count() == before
        monkeypatch.setattr(api, "PARALLEL_SOURCES", 2)
        assert run("compare", STORY, "-o", tmp_path / "r.md")[0] == 0
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


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


def test_undecodable_file_is_named(tmp_path: Path) -> None:
    """Bytes no encoding reads with confidence: exit 1 and one line naming the file."""
    a, _ = two_sources(tmp_path)
    bad = tmp_path / "c.txt"
    bad.write_bytes(bytes(range(0x80, 0x100)))
    code, _, err = run("compare", a, bad)
    assert code == 1 and f"{bad}: not UTF-8 and no known encoding" in err
    assert len(err.strip().splitlines()) == 1


def test_latin_1_file_is_read_and_its_encoding_reported(tmp_path: Path) -> None:
    """A Latin-1 archive file is decoded (as cp1252, its superset) and says so."""
    a, _ = two_sources(tmp_path)
    old = tmp_path / "c.txt"
    old.write_bytes("Le budget de l'Élysée atteint 12 milliards d'euros.\n".encode("latin-1"))
    code, _, err = run("compare", a, old, "--json", tmp_path / "r.json")
    assert code == 0 and err == ""
    sources = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["sources"]
    assert [(s["id"], s["encoding"]) for s in sources] == [("a", "utf-8"), ("c", "cp1252")]


def test_skipped_inputs_are_warned_on_stderr_only(tmp_path: Path) -> None:
    """An empty file is skipped with a warning on stderr; the report on stdout is clean."""
    two_sources(tmp_path)
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    code, out, err = run("compare", tmp_path)
    assert code == 0 and out.startswith("# Source comparison: 2 sources")
    assert err == f"Warning: {tmp_path / 'e.txt'}: empty file, skipped\n"


def test_max_size_option(tmp_path: Path) -> None:
    """--max-size lowers the limit in MiB; a file above it is a one-line error."""
    a, b = two_sources(tmp_path)
    code, _, err = run("compare", a, b, "--max-size", "0.00001")
    assert code == 1 and f"{a}: file is " in err and "limit (see --max-size)" in err
    assert run("compare", a, b, "--max-size", "1")[0] == 0
    assert run("compare", a, b, "--max-size", "0")[0] == 2


def test_mkdir_creates_missing_output_directories(tmp_path: Path) -> None:
    """With --mkdir a missing output directory is created; without it, an error."""
    a, b = two_sources(tmp_path)
    target = tmp_path / "x" / "y" / "r.json"
    assert run("compare", a, b, "--json", target)[0] == 1 and not target.parent.exists()
    code, _, _ = run("compare", a, b, "--json", target, "--mkdir")
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["version"] == 1


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


def test_cli_and_batch_do_not_import_the_comparison_stages() -> None:
    """The CLI, the batch coordinator and the package's names load the comparison
    stages only when a story is compared: help and a Dask coordinator start at once."""
    code = ("import sys, reporter.cli, reporter.batch, reporter; "
            "assert set(reporter.__all__) <= set(dir(reporter)); "
            "assert reporter.UsageError and reporter.__version__; "
            "assert 'reporter.api' not in sys.modules, "
            "sorted(m for m in sys.modules if m.startswith('reporter')); "
            "assert callable(reporter.build_report) and 'reporter.api' in sys.modules")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr


def test_unknown_package_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        reporter.nope  # noqa: B018


def test_summary_only_is_short_and_starts_like_the_report() -> None:
    """--summary-only prints the summary, far shorter than the full report."""
    _, full, _ = run("compare", STORY)
    code, short, err = run("compare", STORY, "--summary-only")
    assert code == 0 and err == ""
    assert short.startswith("## Source comparison") and len(short) < len(full) / 3


def test_exhaustive_switch_gives_the_same_report_on_small_input(tmp_path: Path) -> None:
    """Forcing all-pairs scoring changes nothing where it is already the default."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("compare", STORY, "--json", a)[0] == 0
    assert run("compare", STORY, "--json", b, "--exhaustive")[0] == 0
    assert a.read_bytes() == b.read_bytes()


def test_markdown_links_to_the_html_grid(tmp_path: Path) -> None:
    """With both -o and --html, the folded Markdown grid links to the HTML report."""
    md, html = tmp_path / "r.md", tmp_path / "sub" / "r.html"
    html.parent.mkdir()
    assert run("compare", STORY, "-o", md, "--html", html)[0] == 0
    assert "(sub/r.html#" in md.read_text(encoding="utf-8") or \
        "HTML report" not in md.read_text(encoding="utf-8")


def test_batch_reports_each_story_and_lists_a_broken_one(tmp_path: Path) -> None:
    """batch: one report per story and an index; a broken story fails alone (exit 1)."""
    good, bad = tmp_path / "in" / "good", tmp_path / "in" / "bad"
    good.mkdir(parents=True)
    bad.mkdir()
    for name in ("a", "b"):
        (good / f"{name}.txt").write_text(f"Le budget atteint 12 milliards d'euros, dit {name}.\n",
                                          encoding="utf-8")
    (bad / "only.txt").write_text("Une seule source.\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("batch", tmp_path / "in", "-o", out)
    assert code == 1 and "bad" in err
    assert sorted(p.name for p in out.iterdir()) == [
        "good.html", "good.json", "good.md", "index.html", "index.json", "index.md"]
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "| good | 2 |" in index and "failed:" in index


def test_batch_refuses_to_write_into_its_input(tmp_path: Path) -> None:
    """The output directory of a batch cannot be the input folder."""
    (tmp_path / "s").mkdir()
    code, _, err = run("batch", tmp_path, "-o", tmp_path)
    assert code == 1 and "input directory" in err


def test_no_progress_line_when_stderr_is_not_a_terminal() -> None:
    """Progress goes to a terminal only: captured stderr stays empty."""
    assert run("compare", STORY)[2] == ""


def test_progress_line_on_a_terminal(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    """On a terminal, stages show on one self-erasing line, which clear() wipes;
    with --quiet (enabled=False) nothing is written."""
    from reporter import cli

    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(cli.Progress, "DELAY", 0.0)
    line = cli.Progress(enabled=True)
    line("scoring 12 claims")
    line.clear()
    err = capsys.readouterr().err
    assert "scoring 12 claims…" in err and err.endswith("\r\x1b[K")
    quiet = cli.Progress(enabled=False)
    quiet("scoring")
    assert capsys.readouterr().err == ""


def test_explain_shows_evidence_in_markdown_and_html(tmp_path: Path) -> None:
    """--explain adds each member's shared words to the Markdown and HTML reports."""
    md, page = tmp_path / "r.md", tmp_path / "r.html"
    code, _, _ = run("compare", STORY, "-o", md, "--html", page, "--explain")
    assert code == 0
    assert re.search(r"shares \w+ · \w+", md.read_text(encoding="utf-8"))
    assert re.search(r"shares \w+ · \w+", page.read_text(encoding="utf-8"))
    code, out, _ = run("compare", STORY)
    assert code == 0 and "shares " not in out


def test_batch_explain(tmp_path: Path) -> None:
    """batch --explain shows each member's shared words in the story reports."""
    out = tmp_path / "out"
    code, _, _ = run("batch", FIXTURES, "-o", out, "--explain", "--workers", "1")
    assert code == 0
    assert re.search(r"shares \w+ · \w+", (out / "musk-microsoft.md").read_text("utf-8"))
    code, _, _ = run("batch", FIXTURES, "-o", tmp_path / "plain", "--workers", "1")
    assert code == 0 and "shares " not in (tmp_path / "plain" / "musk-microsoft.md").read_text(
        "utf-8")


def test_reports_get_the_mode_a_plain_open_gives(tmp_path: Path) -> None:
    """0666 less the umask for a new file, an existing file's own mode when replaced; never
    the temporary file's 0600."""
    import os
    import stat

    from reporter.cli import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.md", "x")
        assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644
        kept = tmp_path / "kept.md"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o640)
        write_atomic(kept, "new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        assert kept.read_text(encoding="utf-8") == "new"
    finally:
        os.umask(old)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_device_is_written_to_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/null`` or a named pipe: the report goes through it; renaming a temporary
    file over it would replace the device or pipe itself."""
    import os
    import stat
    import threading

    from reporter.cli import write_atomic

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    write_atomic(pipe, "report")
    reader.join(timeout=10)
    assert got == ["report"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
