"""Reading inputs: directories, ids, decoding, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.errors import SourceError
from reporter.sources import discover, load_articles
from tests.conftest import STORY


def test_directory_gives_its_txt_and_md_files_sorted(tmp_path: Path) -> None:
    """A directory contributes its .txt and .md files by name, nothing else."""
    for name in ("b.md", "a.txt", "c.html", "notes.csv"):
        (tmp_path / name).write_text("Un texte.", encoding="utf-8")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.md"]


def test_fixture_ids_are_stems_and_paths_as_given() -> None:
    """Each source's id is the file stem; its path keeps the form the user typed."""
    arts = load_articles([STORY])
    assert [a.id for a in arts] == sorted(p.stem for p in STORY.glob("*.txt"))
    assert all(a.path.startswith(str(STORY)) for a in arts)


def test_same_file_twice_counts_once(tmp_path: Path) -> None:
    """Naming one file twice (directly and via its directory) reads it once."""
    f = tmp_path / "a.txt"
    f.write_text("Un texte.", encoding="utf-8")
    assert len(load_articles([f, tmp_path])) == 1


def test_bom_is_recorded_and_offsets_stay_valid(tmp_path: Path) -> None:
    """A UTF-8 BOM is decoded away and the encoding says so."""
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbfBonjour.")
    (art,) = load_articles([f])
    assert art.text == "Bonjour." and art.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        pytest.param(lambda d: d / "missing.txt", "no such file", id="missing"),
        pytest.param(lambda d: _write(d / "latin.txt", "Élysée".encode("latin-1")),
                     "not valid UTF-8", id="latin-1"),
        pytest.param(lambda d: _write(d / "bin.txt", b"\x89PNG\x00\x00"), "binary", id="nul-bytes"),
        pytest.param(lambda d: _mkdir(d / "empty"), "no .txt or .md files", id="empty-dir"),
    ],
)
def test_bad_inputs_raise_source_error_naming_the_path(tmp_path: Path, setup, message) -> None:
    """Each bad input gives a SourceError whose one-line message names the path."""
    path = setup(tmp_path)
    with pytest.raises(SourceError) as info:
        load_articles([path])
    assert message in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_clashing_stems_name_both_paths(tmp_path: Path) -> None:
    """Two files with one stem cannot both be sources; the error names both."""
    (tmp_path / "x").mkdir()
    a, b = tmp_path / "a.txt", tmp_path / "x" / "a.md"
    a.write_text("Un.", encoding="utf-8")
    b.write_text("Deux.", encoding="utf-8")
    with pytest.raises(SourceError, match="id 'a'") as info:
        load_articles([a, b])
    assert str(a) in str(info.value) and str(b) in str(info.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path
