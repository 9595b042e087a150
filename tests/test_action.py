"""The reusable GitHub Action (action.yml): its shape, and its run step on the fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, ROOT

yaml = pytest.importorskip("yaml", reason="PyYAML is not installed")


def action() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_action_is_a_composite_with_the_documented_inputs() -> None:
    """action.yml: a composite action with paths, mode, output-dir and fail-on, that sets
    up Python, uploads the reports and writes the job summary; the workflow uses it."""
    data = action()
    assert data["runs"]["using"] == "composite"
    assert {"paths", "mode", "output-dir", "fail-on"} <= set(data["inputs"])
    uses = [s.get("uses", "") for s in data["runs"]["steps"]]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert any("GITHUB_STEP_SUMMARY" in s.get("run", "") for s in data["runs"]["steps"])
    workflow = yaml.safe_load((ROOT / ".github/workflows/report.yml").read_text("utf-8"))
    steps = workflow["jobs"]["test-and-report"]["steps"]
    assert {s["with"]["mode"] for s in steps if s.get("uses") == "./"} == {"compare", "batch"}


@pytest.mark.parametrize(("mode", "paths", "conflicts", "files"), [
    pytest.param("compare", "fixtures/rouen-fire", "4",
                 {"report.md", "report.html", "report.json", "summary.md"}, id="compare"),
    pytest.param("batch", "fixtures", "6", {"index.md", "index.json", "summary.md"},
                 id="batch"),
])
def test_action_run_step(tmp_path: Path, mode: str, paths: str, conflicts: str,
                         files: set[str]) -> None:
    """The action's run step writes the reports and a summary and counts the conflicts
    (the fail-on step reads that count)."""
    [step] = [s for s in action()["runs"]["steps"] if s.get("id") == "run"]
    shim = tmp_path / "bin" / "reporter"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m reporter "$@"\n', "utf-8")
    shim.chmod(0o755)
    out, github_output = tmp_path / "out", tmp_path / "github_output"
    env = {**os.environ, "MODE": mode, "PATHS": paths, "OUT": str(out), "EXTRA": "",
           "GITHUB_OUTPUT": str(github_output), "PYTHONPATH": str(ROOT),
           "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", step["run"]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert files <= {p.name for p in out.iterdir()}
    assert github_output.read_text("utf-8") == f"conflicts={conflicts}\n"
    assert FIXTURES.is_dir()
