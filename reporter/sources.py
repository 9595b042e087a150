"""Stage 1: find and read the input files into Articles.

Offsets everywhere else index into the text decoded here, so decoding never rewrites
newlines or any other character.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reporter.errors import SourceError
from reporter.model import Article

SUFFIXES = (".txt", ".md")
"""File types picked up from a directory."""

MAX_BYTES = 20 * 1024 * 1024
"""Files above this size are refused rather than read into memory."""


def discover(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Expand directories into their ``*.txt`` and ``*.md`` files, sorted by name.

    Paths keep the form the user gave them (a directory's files are joined onto it), so
    the report names files as the user knows them. The same file given twice counts once.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                (p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file()),
                key=lambda p: p.name,
            )
            if not files:
                raise SourceError(f"{path}: directory has no .txt or .md files")
        elif path.exists():
            files = [path]
        else:
            raise SourceError(f"{path}: no such file or directory")
        for file in files:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def read_article(path: Path) -> Article:
    """Read one file as UTF-8 (a BOM is allowed) into an Article whose id is the stem."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(
                f"{path}: file is {size / 1e6:.1f} MB, above the {MAX_BYTES // 2**20} MiB limit"
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise SourceError(f"{path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise SourceError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if b"\x00" in data:
        raise SourceError(f"{path}: binary file (contains NUL bytes), not text")
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    return Article(id=path.stem, path=str(path), text=text, encoding=encoding)


def load_articles(paths: Sequence[str | os.PathLike[str]]) -> list[Article]:
    """Read every file named by ``paths`` (files or directories) into Articles.

    Raises:
        SourceError: a path is missing or unreadable, a file is not UTF-8 text,
            or two files share a stem (the stem is the source's id).
    """
    articles: list[Article] = []
    by_id: dict[str, Path] = {}
    for file in discover(paths):
        if file.stem in by_id:
            raise SourceError(
                f"two sources have the id {file.stem!r}: {by_id[file.stem]} and {file}"
                " (rename one of them)"
            )
        by_id[file.stem] = file
        articles.append(read_article(file))
    return articles
