"""The Dask path of ``reporter batch`` (reporter/batch.py) on a 2-worker LocalCluster."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip(
    "distributed", reason="dask is not installed (pip install '.[dask]' runs these tests)")
cloudpickle = pytest.importorskip("cloudpickle", reason="cloudpickle comes with dask")

from reporter.batch import (  # noqa: E402
    KILLED,
    BuildSettings,
    Story,
    build_story,
    collect_stories,
    run_batch,
)
from tests.test_feeds import (  # noqa: E402
    dies_once,
    feed_records,
    make_folder,
    mtimes,
    run,
    write_feed,
)

# The workers cannot import this test module: send its functions by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One LocalCluster for the module: 2 single-threaded worker processes. Its HTTP
    server takes a free port (``dashboard_address=None`` still binds 8787, which another
    test process may hold)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def test_dask_reports_are_byte_identical_to_local(tmp_path: Path, scheduler: str) -> None:
    """Every report and the index, from a folder and from a feed, are the same bytes
    through the Dask cluster as through the local path."""
    folder = make_folder(tmp_path / "in")
    feed = write_feed(tmp_path / "f.jsonl", feed_records())
    for source in (folder, feed):
        local, dask = tmp_path / f"{source.name}-local", tmp_path / f"{source.name}-dask"
        assert run("batch", source, "-o", local, "--workers", "1")[0] == 0
        code, _, err = run("batch", source, "-o", dask, "--scheduler", scheduler)
        assert code == 0, err
        names = sorted(p.name for p in local.iterdir())
        assert names == sorted(p.name for p in dask.iterdir()) and len(names) == 12
        for name in names:
            assert (local / name).read_bytes() == (dask / name).read_bytes(), name


def _raises(story: Story, settings: BuildSettings) -> object:
    if story.name == "quake":
        raise RuntimeError("boom")
    return build_story(story, settings)


def test_story_that_raises_is_an_error_entry(tmp_path: Path, scheduler: str) -> None:
    """A story whose task raises (retried once, raising again) becomes an error entry; a
    story with bad input too; the others finish."""
    folder = make_folder(tmp_path)
    (folder / "quake" / "s1.txt").unlink()  # one source left: a usage error
    stories = collect_stories(folder)
    results = run_batch(stories, settings=BuildSettings(), scheduler=scheduler,
                        builder=_raises)  # type: ignore[arg-type]
    assert [(r.name, r.error) for r in results] == [
        ("budget", ""), ("quake", "RuntimeError: boom"), ("strike", "")]
    results = run_batch(stories, settings=BuildSettings(), scheduler=scheduler)
    assert results[1].error and not results[0].error and not results[2].error


def test_killed_worker_loses_no_story(tmp_path: Path, scheduler: str) -> None:
    """A worker killed mid-batch: the scheduler reruns its story on another worker and
    every story is reported."""
    folder = make_folder(tmp_path)
    results = run_batch(collect_stories(folder), settings=BuildSettings(),
                        scheduler=scheduler, builder=dies_once)  # type: ignore[arg-type]
    assert (folder / "quake" / "killed.marker").exists()
    assert [(r.name, r.error, r.sources) for r in results] == [
        ("budget", "", 2), ("quake", "", 2), ("strike", "", 2)]


def test_resume_on_dask(tmp_path: Path, scheduler: str) -> None:
    """--resume redoes nothing on a complete batch and only the missing story on a
    partial one."""
    folder, out = make_folder(tmp_path / "in"), tmp_path / "out"
    assert run("batch", folder, "-o", out, "--scheduler", scheduler)[0] == 0
    before = mtimes(out)
    code, _, err = run("batch", folder, "-o", out, "--scheduler", scheduler, "--resume")
    assert code == 0 and "(3 kept from an earlier run)" in err
    stories = {k: v for k, v in mtimes(out).items() if not k.startswith("index")}
    assert stories == {k: v for k, v in before.items() if not k.startswith("index")}
    (out / "strike.json").unlink()
    code, _, err = run("batch", folder, "-o", out, "--scheduler", scheduler, "--resume")
    assert code == 0 and "(2 kept from an earlier run)" in err
    after = mtimes(out)
    assert [k for k in sorted(after) if after[k] != before.get(k)] == [
        "index.html", "index.json", "index.md", "strike.html", "strike.json", "strike.md"]
    entries = json.loads((out / "index.json").read_text("utf-8"))["entries"]
    assert [e["resumed"] for e in entries] == [True, True, False]


def test_local_scheduler_option(tmp_path: Path) -> None:
    """--scheduler local starts (and stops) a LocalCluster for the run."""
    code, _, err = run("batch", make_folder(tmp_path / "in"), "-o", tmp_path / "out",
                       "--scheduler", "local", "--workers", "2")
    assert code == 0 and "3 of 3 stories reported" in err


def _always_dies(story: Story, settings: BuildSettings) -> object:
    if story.name == "quake":
        os._exit(1)
    return build_story(story, settings)


def test_story_that_always_kills_its_worker_is_an_error_entry(tmp_path: Path) -> None:
    """On the local cluster (allowed-failures 1), a story whose worker dies on both tries
    becomes an error entry saying so; the other stories are reported."""
    results = run_batch(collect_stories(make_folder(tmp_path)), settings=BuildSettings(),
                        scheduler="local", workers=2,
                        builder=_always_dies)  # type: ignore[arg-type]
    assert [(r.name, bool(r.error)) for r in results] == [
        ("budget", False), ("quake", True), ("strike", False)]
    assert results[1].error == KILLED
