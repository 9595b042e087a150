"""Feeds (reporter/feeds.py) and the local batch path's faults and --resume."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reporter.batch import BuildSettings, Story, build_story, collect_stories, run_batch
from reporter.cli import main
from reporter.errors import FeedError, UsageError
from reporter.feeds import FeedFields, read_part, safe_names, scan_feed
from tests.conftest import explain
from tests.contract import contract_problems

TEXTS = {
    "budget": ("Le budget atteint 12 milliards d'euros, dit le ministre.",
               "Le budget atteint 13 milliards d'euros, selon le ministre."),
    "quake": ("A magnitude 6.1 earthquake struck the coast on Monday.",
              "A magnitude 6.4 earthquake struck the coast on Monday morning."),
    "strike": ("The strike at the plant lasted three days, the union said.",
               "The strike at the plant lasted four days, the union said."),
}


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise AssertionError(explain(result))
    return result.exit_code, result.stdout, result.stderr


def make_folder(root: Path) -> Path:
    """Three tiny stories of two sources each, one folder per story."""
    for story, texts in TEXTS.items():
        (root / story).mkdir(parents=True)
        for k, text in enumerate(texts):
            (root / story / f"s{k}.txt").write_text(text + "\n", encoding="utf-8")
    return root


def write_feed(path: Path, records: list[dict[str, object] | str]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def feed_records(story: str = "story", text: str = "text") -> list[dict[str, object] | str]:
    return [{story: name, "id": f"s{k}", text: body}
            for name, texts in TEXTS.items() for k, body in enumerate(texts)]


def mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


@pytest.mark.parametrize(("stories", "names"), [
    pytest.param(["quake", "flood"], ["quake", "flood"], id="safe-kept"),
    pytest.param(["Flood/Rhône 2024"], ["Flood-Rhône-2024"], id="unsafe-replaced"),
    pytest.param(["a/b", "a b", "A-B"], ["a-b", "a-b-2", "A-B-3"], id="collisions-in-order"),
    pytest.param(["../..", ".hidden", "index"], ["story", "hidden", "index-2"],
                 id="no-dots-no-index"),
])
def test_safe_names(stories: list[str], names: list[str]) -> None:
    """Story names become distinct file-name-safe names, deterministically in feed order."""
    assert safe_names(stories) == names


def test_feed_batch_names_reports_by_story(tmp_path: Path) -> None:
    """A JSONL feed gives one report per story, named by story, and an index.json."""
    records = feed_records()
    for r in records:
        assert isinstance(r, dict)
        r["story"] = "quake/Chile" if r["story"] == "quake" else r["story"]
    feed = write_feed(tmp_path / "feed.jsonl", records)
    code, _, err = run("batch", feed, "-o", tmp_path / "out")
    assert code == 0, err
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert [(e["name"], e.get("story"), e["status"]) for e in index["entries"]] == [
        ("budget", None, "ok"), ("quake-Chile", "quake/Chile", "ok"), ("strike", None, "ok")]
    assert (tmp_path / "out" / "quake-Chile.html").exists()
    assert "quake-Chile (quake/Chile)" in (tmp_path / "out" / "index.md").read_text("utf-8")


def test_feed_reports_embed_the_text_their_offsets_index(tmp_path: Path) -> None:
    """A feed article has no file of its own: its source in the JSON carries ``format``
    ``feed`` and the ``text`` every offset indexes, and keeps contract v1 on it."""
    feed = write_feed(tmp_path / "feed.jsonl", feed_records())
    code, _, err = run("batch", feed, "-o", tmp_path / "out")
    assert code == 0, err
    rep = json.loads((tmp_path / "out" / "budget.json").read_text(encoding="utf-8"))
    assert {s["format"] for s in rep["sources"]} == {"feed"}
    texts = {s["id"]: s["text"] for s in rep["sources"]}
    assert contract_problems(rep, texts) == []
    for g in rep["groups"]:
        for m in g["members"]:
            assert texts[m["source"]][m["start"]:m["end"]] == m["text"]


def test_feed_field_renames(tmp_path: Path) -> None:
    """--field renames the fields read; reports match those of the default names."""
    plain = write_feed(tmp_path / "plain.jsonl", feed_records())
    renamed = write_feed(tmp_path / "renamed.jsonl", feed_records("topic", "body"))
    assert run("batch", plain, "-o", tmp_path / "a", "--workers", "1")[0] == 0
    code, _, err = run("batch", renamed, "-o", tmp_path / "b", "--workers", "1",
                       "--field", "story=topic", "--field", "text=body")
    assert code == 0, err
    for name in ("budget.md", "strike.md", "index.md"):
        assert (tmp_path / "a" / name).read_text("utf-8").replace("plain.jsonl", "X") == \
            (tmp_path / "b" / name).read_text("utf-8").replace("renamed.jsonl", "X")
    code, _, err = run("batch", renamed, "-o", tmp_path / "c", "--field", "topic=story")
    assert code == 2 and "NAME=FIELD" in err


def test_feed_bad_line_fails_its_story_alone(tmp_path: Path) -> None:
    """A line that is not JSON, or lacks its text, fails its story with the line number;
    the other stories are reported (exit 1)."""
    records = feed_records()
    records.insert(3, '{"story": "quake", "id": "s9", "text": ')  # cut off: not JSON
    del records[-1]["text"]  # type: ignore[union-attr]
    feed = write_feed(tmp_path / "feed.jsonl", records)
    code, _, err = run("batch", feed, "-o", tmp_path / "out")
    assert code == 1 and "Traceback" not in err
    entries = {e["name"]: e for e in json.loads(
        (tmp_path / "out" / "index.json").read_text("utf-8"))["entries"]}
    assert entries["budget"]["status"] == "ok"
    assert "feed.jsonl:4: not valid JSON" in entries["quake"]["error"]
    assert "feed.jsonl:7: field 'text' is missing" in entries["strike"]["error"]
    assert "failed:" in (tmp_path / "out" / "index.md").read_text("utf-8")


@pytest.mark.parametrize(("records", "message"), [
    pytest.param([{"story": "a", "id": "1", "text": "x"}, {"story": "b", "id": "1", "text": "y"},
                  {"story": "a", "id": "2", "text": "z"}],
                 "feed.jsonl:3: story 'a' comes back", id="not-grouped"),
    pytest.param([{"id": "1", "text": "x"}], "feed.jsonl:1: no story", id="no-story"),
    pytest.param(["", "   "], "has no articles", id="empty"),
])
def test_feed_errors_are_one_line(tmp_path: Path, records: list[dict[str, object] | str],
                                  message: str) -> None:
    """A feed that cannot be split into stories is a one-line error naming the line."""
    feed = write_feed(tmp_path / "feed.jsonl", records)
    code, _, err = run("batch", feed, "-o", tmp_path / "out")
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_read_part_builds_articles(tmp_path: Path) -> None:
    """A feed story's articles: title as first line, published date, id; path FEED:LINE;
    a blank article skipped with a warning; duplicate ids refused."""
    feed = write_feed(tmp_path / "f.jsonl", [
        {"story": "s", "id": 7, "title": "Quake hits", "published": "2025-10-14T08:00:00Z",
         "text": "A quake hit."},
        {"story": "s", "id": "b", "text": "  "},
    ])
    [part] = scan_feed(feed)
    read = read_part(part)
    [article] = read.articles
    assert (article.id, article.text, article.published) == ("7", "Quake hits\n\nA quake hit.",
                                                             "2025-10-14")
    assert article.path.endswith("f.jsonl:1") and "has no text" in read.warnings[0]
    dup = write_feed(tmp_path / "d.jsonl", [{"story": "s", "id": "a", "text": "x"}] * 2)
    with pytest.raises(FeedError, match=r"d\.jsonl:2: id 'a' is also at"):
        read_part(scan_feed(dup)[0])


def test_parquet_feed_matches_jsonl(tmp_path: Path) -> None:
    """A Parquet feed (row groups smaller than a story) gives the JSONL feed's reports."""
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    import pyarrow.parquet as pq

    records = [r for r in feed_records() if isinstance(r, dict)]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "f.parquet", row_group_size=1)
    write_feed(tmp_path / "f.jsonl", list(records))
    assert run("batch", tmp_path / "f.parquet", "-o", tmp_path / "p", "--workers", "1")[0] == 0
    assert run("batch", tmp_path / "f.jsonl", "-o", tmp_path / "j", "--workers", "1")[0] == 0
    for name in ("budget.md", "quake.md", "strike.md"):
        assert (tmp_path / "p" / name).read_text("utf-8") == \
            (tmp_path / "j" / name).read_text("utf-8").replace("f.jsonl", "f.parquet")


def test_parquet_without_pyarrow_is_one_line(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, a .parquet feed is a one-line error saying how to install it."""
    (tmp_path / "f.parquet").write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, _, err = run("batch", tmp_path / "f.parquet", "-o", tmp_path / "out")
    assert code == 2 and "pip install pyarrow" in err


def test_resume_local(tmp_path: Path) -> None:
    """--resume keeps every report of a complete batch, rebuilds a story whose reports
    are missing or older than an input, and the index still lists every story."""
    folder, out = make_folder(tmp_path / "in"), tmp_path / "out"
    assert run("batch", folder, "-o", out)[0] == 0
    before = mtimes(out)
    code, _, err = run("batch", folder, "-o", out, "--resume")
    assert code == 0 and "(3 kept from an earlier run)" in err
    after = mtimes(out)
    assert {k: v for k, v in after.items() if not k.startswith("index")} == \
        {k: v for k, v in before.items() if not k.startswith("index")}
    (out / "quake.html").unlink()
    newer = before["budget.md"] + 10**9
    os.utime(folder / "strike" / "s1.txt", ns=(newer, newer))
    code, _, err = run("batch", folder, "-o", out, "--resume")
    assert code == 0 and "(1 kept from an earlier run)" in err
    after = mtimes(out)
    assert after["budget.md"] == before["budget.md"]
    assert after["quake.md"] != before["quake.md"] and after["strike.json"] != \
        before["strike.json"]
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert [(e["name"], e["resumed"], e["sources"]) for e in index["entries"]] == [
        ("budget", True, 2), ("quake", False, 2), ("strike", False, 2)]


def test_resume_feed_uses_the_feed_time(tmp_path: Path) -> None:
    """For a feed, reports newer than the feed file are kept; touching the feed redoes all."""
    feed = write_feed(tmp_path / "f.jsonl", feed_records())
    out = tmp_path / "out"
    assert run("batch", feed, "-o", out)[0] == 0
    assert "(3 kept" in run("batch", feed, "-o", out, "--resume")[2]
    later = (out / "budget.md").stat().st_mtime_ns + 10**9
    os.utime(feed, ns=(later, later))
    assert "(0 kept" in run("batch", feed, "-o", out, "--resume")[2]


@pytest.mark.parametrize("resume", [True, False], ids=["resume", "again"])
@pytest.mark.parametrize("kind", ["folder", "feed"])
def test_story_that_fails_later_leaves_no_reports(tmp_path: Path, kind: str,
                                                  resume: bool) -> None:
    """A story reported once and failing on a later run (with --resume or without) has
    no reports left on disk: the files agree with the index, which lists its error; the
    other stories keep theirs."""
    out = tmp_path / "out"
    if kind == "folder":
        source = make_folder(tmp_path / "in")
    else:
        source = write_feed(tmp_path / "f.jsonl", feed_records())
    assert run("batch", source, "-o", out)[0] == 0
    assert (out / "quake.json").exists()
    later = (out / "budget.md").stat().st_mtime_ns + 10**9
    if kind == "folder":
        (source / "quake" / "s1.txt").unlink()  # one source left: the story fails
        os.utime(source / "quake", ns=(later, later))
    else:
        records = feed_records()
        records[3] = {"story": "quake", "id": "s1", "text": 7}  # not a string
        write_feed(source, records)
        os.utime(source, ns=(later, later))
    code, _, err = run("batch", source, "-o", out, *(["--resume"] if resume else []))
    assert code == 1 and "Error: quake:" in err
    assert sorted(p.name for p in out.glob("quake.*")) == []
    assert all((out / f"{name}.{fmt}").exists()
               for name in ("budget", "strike") for fmt in ("md", "html", "json"))
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert [(e["name"], "error" in e) for e in index["entries"]] == [
        ("budget", False), ("quake", True), ("strike", False)]
    code, _, err = run("batch", source, "-o", out, "--resume")  # still failing: no reports
    assert code == 1 and not list(out.glob("quake.*"))


def _raises(story: Story, settings: BuildSettings) -> object:
    if story.name == "quake":
        raise RuntimeError("boom")
    return build_story(story, settings)


def dies_once(story: Story, settings: BuildSettings) -> object:
    """Kills its process the first time it builds 'quake' (a marker file remembers)."""
    assert isinstance(story.source, Path)
    marker = story.source / "killed.marker"
    if story.name == "quake" and not marker.exists():
        marker.write_text("x", encoding="utf-8")
        os._exit(1)
    return build_story(story, settings)


def test_local_pool_story_that_raises_is_an_error_entry(tmp_path: Path) -> None:
    """An unexpected exception in one story becomes its error entry; the others finish."""
    stories = collect_stories(make_folder(tmp_path))
    results = run_batch(stories, settings=BuildSettings(), workers=2,
                        builder=_raises)  # type: ignore[arg-type]
    assert [(r.name, r.error) for r in results] == [
        ("budget", ""), ("quake", "RuntimeError: boom"), ("strike", "")]


def test_local_pool_survives_a_killed_worker(tmp_path: Path) -> None:
    """A worker process killed mid-batch breaks the pool: the stories in flight are
    retried once in a new pool, and no story is lost."""
    stories = collect_stories(make_folder(tmp_path))
    results = run_batch(stories, settings=BuildSettings(), workers=2,
                        builder=dies_once)  # type: ignore[arg-type]
    assert [(r.name, r.error, r.sources) for r in results] == [
        ("budget", "", 2), ("quake", "", 2), ("strike", "", 2)]


def test_scheduler_without_dask_is_one_line(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """--scheduler without the dask extra installed: a one-line usage error."""
    monkeypatch.setitem(sys.modules, "distributed", None)
    code, _, err = run("batch", make_folder(tmp_path / "in"), "-o", tmp_path / "out",
                       "--scheduler", "local")
    assert code == 2 and "pip install 'reporter[dask]'" in err
    with pytest.raises(UsageError):
        FeedFields.parse(["nope=x"])
