"""Golden reports of each fixture story, through the library and through the CLI.

On a mismatch the test prints a diff and saves the actual output under tests/actual/
(git-ignored). ``pytest --update-golden`` rewrites the golden files; review their diff
like code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rapidfuzz.distance import Levenshtein

from reporter import build_report, load_articles
from reporter.cli import main
from reporter.render import RENDERERS
from tests.conftest import FIXTURES, ROOT, explain

GOLDEN = ROOT / "tests" / "golden"
ACTUAL = ROOT / "tests" / "actual"
STORIES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
SUFFIX = {"summary": "summary.md"}
"""Golden file suffix per renderer, when it is not the renderer's name."""
CLI_FORMATS = ("md", "html", "json")
"""What ``reporter compare`` writes with -o, --html and --json."""


def line_diff(expected: str, actual: str, old: str, new: str) -> str:
    """The changed lines, ``-`` expected and ``+`` actual, from rapidfuzz's opcodes."""
    a, b = expected.splitlines(), actual.splitlines()
    out = [f"--- {old}", f"+++ {new}"]
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        out.append(f"@@ line {op.src_start + 1} @@")
        out.extend(f"-{line}" for line in a[op.src_start:op.src_end])
        out.extend(f"+{line}" for line in b[op.dest_start:op.dest_end])
    return "\n".join(out) + "\n"


def compare_gold(name: str, actual: str, update: bool) -> None:
    gold = GOLDEN / name
    if update:
        gold.write_text(actual, encoding="utf-8", newline="\n")
        return
    expected = gold.read_text(encoding="utf-8")
    if actual != expected:
        ACTUAL.mkdir(exist_ok=True)
        (ACTUAL / name).write_text(actual, encoding="utf-8", newline="\n")
        diff = line_diff(expected, actual, f"golden/{name}", f"actual/{name}")
        pytest.fail(f"{name} differs from its golden file:\n{diff[:6000]}")


@pytest.mark.parametrize("story", STORIES)
@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_library_output_matches_golden(story: str, fmt: str, update_golden: bool,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's report of each story is exactly the reviewed golden file."""
    monkeypatch.chdir(ROOT)
    report = build_report(load_articles([f"fixtures/{story}"]))
    compare_gold(f"{story}.{SUFFIX.get(fmt, fmt)}", RENDERERS[fmt](report), update_golden)


@pytest.mark.parametrize("story", STORIES)
def test_cli_output_matches_golden(story: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI writes the same bytes as the library for all three formats.

    The Markdown is written in a run of its own: next to an HTML file, the CLI links the
    Markdown's folded grid to it, which the library's golden file cannot know about.
    """
    monkeypatch.chdir(ROOT)
    outs = {fmt: tmp_path / f"r.{fmt}" for fmt in CLI_FORMATS}
    for args in (["-o", str(outs["md"])], ["--html", str(outs["html"]), "--json",
                                          str(outs["json"])]):
        result = CliRunner().invoke(main, ["compare", f"fixtures/{story}", *args])
        assert result.exit_code == 0, explain(result)
    for fmt, path in outs.items():
        assert path.read_text(encoding="utf-8") == (GOLDEN / f"{story}.{fmt}").read_text(
            encoding="utf-8"), fmt
