"""Shared test fixtures and the ``--update-golden`` switch."""

from __future__ import annotations

import importlib.util
import sys
import traceback
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import Result

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
STORY = FIXTURES / "musk-microsoft"
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite tests/golden/ from the current output instead of comparing.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def explain(result: Result) -> str:
    """Everything a failing CLI assertion needs: code, stdout, stderr, traceback."""
    tb = "".join(traceback.format_exception(*result.exc_info)) if result.exc_info else ""
    return (f"exit={result.exit_code}\n--- stdout\n{result.stdout}\n--- stderr\n"
            f"{result.stderr}\n--- traceback\n{tb}")


def load_bench(name: str) -> ModuleType:
    """A script of ``bench/`` (not a package) imported by path, as ``<name>_bench``."""
    spec = importlib.util.spec_from_file_location(f"{name}_bench", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module
