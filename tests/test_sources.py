"""Reading inputs: directories, ids, decoding, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.errors import SourceError
from reporter.sources import decode, discover, load_articles, read_sources
from tests.conftest import STORY


def test_directory_gives_its_text_and_page_files_sorted(tmp_path: Path) -> None:
    """A directory contributes its .txt, .md, .html and .htm files by name, nothing else."""
    for name in ("b.md", "a.txt", "c.html", "d.HTM", "notes.csv", "e.xml"):
        (tmp_path / name).write_text("Un texte.", encoding="utf-8")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.md", "c.html", "d.HTM"]


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
        pytest.param(lambda d: _write(d / "junk.txt", bytes(range(0x80, 0x100)) * 2),
                     "not UTF-8 and no known encoding", id="undecodable"),
        pytest.param(lambda d: _write(d / "bin.txt", b"\x89PNG\x00\x00"), "PNG", id="png"),
        pytest.param(lambda d: _write(d / "nul.txt", b"ab\x00\xff"), "NUL", id="nul-bytes"),
        pytest.param(lambda d: _write(d / "big.txt", b"x" * 2000), "above the 1000 bytes",
                     id="too-big"),
        pytest.param(lambda d: _mkdir(d / "empty"), "no .txt, .md or .html files", id="empty-dir"),
    ],
)
def test_bad_inputs_raise_source_error_naming_the_path(tmp_path: Path, setup, message) -> None:
    """Each bad input gives a SourceError whose one-line message names the path."""
    path = setup(tmp_path)
    with pytest.raises(SourceError) as info:
        load_articles([path], max_bytes=1000)
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


FRENCH = "L'Élysée a reçu 300 élèves à Noël : « Déjà vu », dit-il.\r\nÉté\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(FRENCH.encode(), FRENCH, "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + FRENCH.encode(), FRENCH, "utf-8-sig", id="utf-8-bom"),
        pytest.param(FRENCH.encode("utf-16"), FRENCH, "utf-16", id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + FRENCH.encode("utf-16-be"), FRENCH, "utf-16",
                     id="utf-16-be-bom"),
        pytest.param(FRENCH.encode("utf-32"), FRENCH, "utf-32", id="utf-32-bom"),
        pytest.param(FRENCH.encode("latin-1"), FRENCH, "cp1252", id="latin-1"),
        pytest.param("Œuvre à 10 € – «  ».".encode("cp1252"), "Œuvre à 10 € – «  ».", "cp1252",
                     id="windows-1252"),
        pytest.param("Été".encode("latin-1"), "Été", "cp1252", id="latin-1-three-bytes"),
    ],
)
def test_decode_and_reread(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    """Each encoding decodes to the exact text, and re-reading with the recorded codec
    and ``newline=""`` (as the contract checker does) gives that text back."""
    f = _write(tmp_path / "a.txt", data)
    (art,) = load_articles([f])
    assert (art.text, art.encoding) == (text, encoding)
    with open(f, encoding=art.encoding, newline="") as back:
        assert back.read() == art.text


def test_control_characters_in_moderation_are_text() -> None:
    """A stray bell or escape in a long text is kept; a file made of them is binary."""
    text = "Un texte\x07 normal\x1b avec deux contrôles, et assez long pour passer."
    assert decode(text.encode(), "a") == (text, "utf-8")
    with pytest.raises(SourceError, match="a: binary file"):
        decode(b"\x01\x02\x03abc", "a")


def test_empty_blank_and_copied_files_are_skipped_with_warnings(tmp_path: Path) -> None:
    """Empty and blank files and exact copies are left out, each with a warning
    naming the file; the first copy by id is the one kept."""
    _write(tmp_path / "b.txt", b"Le budget atteint 12 milliards.\n")
    _write(tmp_path / "a.txt", b"Le budget\r\n atteint 12  milliards.")
    _write(tmp_path / "c.md", b"Autre chose.")
    _write(tmp_path / "empty.txt", b"")
    _write(tmp_path / "blank.txt", " \n\u200b\u00a0\t".encode())
    got = read_sources([tmp_path])
    assert [a.id for a in got.articles] == ["a", "c"]
    assert [a.markup for a in got.articles] == ["text", "markdown"]
    assert got.warnings == (
        f"{tmp_path / 'blank.txt'}: file has only white space, skipped",
        f"{tmp_path / 'empty.txt'}: empty file, skipped",
        f"{tmp_path / 'b.txt'}: same text as {tmp_path / 'a.txt'}; only 'a' is kept"
        " (a copy is not a confirmation)",
    )
    assert [a.id for a in load_articles([tmp_path])] == ["a", "c"]


def test_permission_denied_is_a_source_error(tmp_path: Path, monkeypatch) -> None:
    """An unreadable file gives a one-line error naming it (simulated: tests may run as
    root, who can read anything)."""
    f = _write(tmp_path / "secret.txt", b"Un texte.")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(SourceError, match="permission denied") as info:
        load_articles([f])
    assert str(f) in str(info.value)


def test_control_characters_in_paths_are_escaped(tmp_path: Path) -> None:
    """A newline in a file name cannot break the one-line message."""
    f = _write(tmp_path / "a\nb.txt", b"\x00")
    with pytest.raises(SourceError) as info:
        load_articles([f])
    assert "a\\nb.txt" in str(info.value) and "\n" not in str(info.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path
