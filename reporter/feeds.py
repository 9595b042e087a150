"""Feeds: stories read from a JSON Lines (or Parquet) file of articles, one a line.

A feed can be far larger than one process's memory, so it is never read whole. The
coordinating process *scans* it once, keeping only one small :class:`FeedPart` per story
(where the story's lines start and end); each worker then reads just its story's lines
(:func:`read_part`). This assumes the feed is **grouped by story**: all the lines of a
story come one after another (sort the feed by story first if it is not). A story that
comes back after another one is refused with the line number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from reporter.errors import FeedError, UsageError
from reporter.model import Article
from reporter.sources import Sources, drop_copies, is_blank, show

FEED_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
"""Feed file suffixes and the reader each takes."""


@dataclass(frozen=True, slots=True)
class FeedFields:
    """Which field of a feed record holds what (``--field story=topic`` renames one)."""

    story: str = "story"
    """The story the article belongs to: one report per distinct value."""
    id: str = "id"
    """The article's id within its story (the source key of the report)."""
    title: str = "title"
    """The headline (optional): it becomes the article's first line."""
    published: str = "published"
    """When the article was published (optional, e.g. ``2025-10-14``)."""
    text: str = "text"
    """The article's body."""

    @classmethod
    def parse(cls, renames: Sequence[str]) -> FeedFields:
        """Fields from ``NAME=FIELD`` pairs, the defaults for the rest.

        Raises:
            UsageError: a pair is not ``NAME=FIELD`` or names an unknown field.
        """
        known = [f.name for f in fields(cls)]
        chosen: dict[str, str] = {}
        for pair in renames:
            name, sep, value = pair.partition("=")
            if not sep or not value.strip() or name.strip() not in known:
                raise UsageError(f"--field {pair!r}: expected NAME=FIELD with NAME one of "
                                 f"{', '.join(known)}")
            chosen[name.strip()] = value.strip()
        return cls(**chosen)


DEFAULT_FIELDS = FeedFields()


@dataclass(frozen=True, slots=True)
class FeedPart:
    """One story's place in a feed: what a worker needs to read it alone."""

    path: str
    """The feed file."""
    kind: Literal["jsonl", "parquet"]
    story: str
    """The story as the feed names it."""
    start: int
    """JSON Lines: byte offset of the story's first line; Parquet: its first row."""
    end: int
    """Byte offset (JSON Lines) or row (Parquet) just past the story's last line."""
    line: int
    """The 1-based line (or row) number of the story's first article, for messages."""


def feed_kind(path: Path) -> Literal["jsonl", "parquet"] | None:
    """The feed reader a file takes, from its suffix; None for a folder or other file."""
    kind = FEED_SUFFIXES.get(path.suffix.lower())
    if kind is None or path.is_dir():
        return None
    return "parquet" if kind == "parquet" else "jsonl"


def scan_feed(path: Path, *, fields: FeedFields = DEFAULT_FIELDS) -> list[FeedPart]:
    """Every story of a feed, in feed order, as the part of the file that holds it.

    Only the story field is looked at here; the rest of each record is checked by the
    worker that reads the story (a bad record fails its story alone). A line that is not
    JSON belongs to the story being read when it comes (to the next story at the start
    of the file), which then fails naming it.

    Raises:
        FeedError: the file cannot be read, has no articles, a record has no story, or
            a story comes back after another one (the feed is not grouped by story).
    """
    kind = feed_kind(path)
    if kind is None:
        raise FeedError(f"{show(path)}: not a feed (.jsonl, .ndjson or .parquet)")
    keys = _parquet_keys(path, fields) if kind == "parquet" else _jsonl_keys(path, fields)
    parts: list[FeedPart] = []
    seen: set[str] = set()
    current: tuple[str, int, int] | None = None  # story, start, first line
    pending: tuple[int, int] | None = None  # bad lines before the first story
    offset = 0
    for number, (story, start, end) in enumerate(keys, 1):
        offset = end
        if story is None:  # a line that is not JSON: it stays with its neighbours
            if current is None and pending is None:
                pending = (start, number)
            continue
        if current is not None and story == current[0]:
            continue
        if story in seen:
            raise FeedError(f"{show(path)}:{number}: story {story!r} comes back after "
                            "other stories; the feed must be grouped by story (sort it "
                            "by story first)")
        if current is not None:
            parts.append(FeedPart(str(path), kind, current[0], current[1], start, current[2]))
        seen.add(story)
        current = (story, *(pending or (start, number)))
        pending = None
    if current is None:
        raise FeedError(f"{show(path)}: has no articles")
    parts.append(FeedPart(str(path), kind, current[0], current[1], offset, current[2]))
    return parts


def _jsonl_keys(path: Path, fields: FeedFields) -> Iterator[tuple[str | None, int, int]]:
    """(story or None for a line that is not a JSON object, start, end) per line."""
    try:
        with path.open("rb") as f:
            offset = 0
            for number, line in enumerate(f, 1):
                start, offset = offset, offset + len(line)
                if not line.strip():
                    yield None, start, offset
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    yield None, start, offset
                    continue
                if not isinstance(record, dict):
                    yield None, start, offset
                    continue
                yield _story_of(record, fields, f"{show(path)}:{number}"), start, offset
    except OSError as exc:
        raise FeedError(f"{show(path)}: cannot read ({exc.strerror or exc})") from exc


def _story_of(record: dict[str, Any], fields: FeedFields, where: str) -> str:
    story = record.get(fields.story)
    if isinstance(story, int | float) and not isinstance(story, bool):
        story = str(story)
    if not isinstance(story, str) or not story.strip():
        raise FeedError(f"{where}: no story (field {fields.story!r}; --field story=NAME "
                        "renames it)")
    return story


def _parquet() -> Any:
    """pyarrow.parquet, or a one-line error saying how to get it."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise UsageError("reading a .parquet feed needs pyarrow: pip install pyarrow") from exc
    return pq


def _parquet_keys(path: Path, fields: FeedFields) -> Iterator[tuple[str | None, int, int]]:
    """(story, row, row + 1) per row, reading the story column only, batch by batch."""
    pq = _parquet()
    try:
        file = pq.ParquetFile(path)
        if fields.story not in file.schema_arrow.names:
            raise FeedError(f"{show(path)}: no column {fields.story!r} (--field story=NAME "
                            "renames it)")
        row = 0
        for batch in file.iter_batches(columns=[fields.story], batch_size=65536):
            for value in batch.column(0).to_pylist():
                row += 1
                yield _story_of({fields.story: value}, fields, f"{show(path)}:{row}"), \
                    row - 1, row
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        raise FeedError(f"{show(path)}: cannot read as Parquet ({exc})") from exc


def read_part(part: FeedPart, *, fields: FeedFields = DEFAULT_FIELDS,
              max_bytes: int | None = None) -> Sources:
    """The articles of one story of a feed, as :func:`reporter.sources.read_sources`
    gives those of a folder: blank articles and copies skipped with a warning.

    An article's text is its title (when there is one), a blank line, then its body, so
    the report finds the headline as it does in a file. Its ``path`` is
    ``FEED:LINE``.

    Raises:
        FeedError: a line is not a JSON object, a field is missing or of the wrong
            type, an article is above ``max_bytes``, or two articles share an id.
    """
    articles: list[Article] = []
    warnings: list[str] = []
    ids: dict[str, str] = {}
    for where, record in _records(part, fields):
        article = _article(record, fields, where, max_bytes)
        if article.id in ids:
            raise FeedError(f"{where}: id {article.id!r} is also at {ids[article.id]} "
                            "(ids must be unique within a story)")
        ids[article.id] = where
        if is_blank(article.text):
            warnings.append(f"{where}: article {article.id!r} has no text, skipped")
        else:
            articles.append(article)
    kept, copies = drop_copies(articles)
    return Sources(articles=kept, warnings=(*warnings, *copies))


def _records(part: FeedPart, fields: FeedFields) -> Iterator[tuple[str, dict[str, Any]]]:
    """(``FEED:LINE``, record) for each line of one story."""
    name = show(part.path)
    if part.kind == "parquet":
        yield from _parquet_records(part, fields)
        return
    try:
        with open(part.path, "rb") as f:
            f.seek(part.start)
            data = f.read(part.end - part.start)
    except OSError as exc:
        raise FeedError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    for number, line in enumerate(data.splitlines(), part.line):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise FeedError(f"{where}: not valid JSON ({exc})") from exc
        if not isinstance(record, dict):
            raise FeedError(f"{where}: not a JSON object")
        yield where, record


def _parquet_records(part: FeedPart,
                     fields: FeedFields) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows of one story, reading only the row groups that hold them."""
    pq = _parquet()
    file = pq.ParquetFile(part.path)
    columns = [c for c in (fields.story, fields.id, fields.title, fields.published,
                           fields.text) if c in file.schema_arrow.names]
    first = 0
    for group in range(file.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        lo, hi = max(part.start, first), min(part.end, first + rows)
        if lo < hi:
            table = file.read_row_group(group, columns=columns).slice(lo - first, hi - lo)
            for k, record in enumerate(table.to_pylist()):
                yield f"{show(part.path)}:{lo + k + 1}", record
        first += rows


_SAFE = re.compile(r"[^\w.-]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _article(record: dict[str, Any], fields: FeedFields, where: str,
             max_bytes: int | None) -> Article:
    """One record as an Article, every field checked."""
    def text_field(name: str, *, required: bool) -> str:
        value = record.get(name)
        if value is None and not required:
            return ""
        if isinstance(value, int) and not isinstance(value, bool) and name == fields.id:
            return str(value)
        if not isinstance(value, str):
            what = "missing" if value is None else f"a {type(value).__name__}, not a string"
            raise FeedError(f"{where}: field {name!r} is {what}")
        return value

    ident = text_field(fields.id, required=True).strip()
    if not ident:
        raise FeedError(f"{where}: field {fields.id!r} is empty")
    title = text_field(fields.title, required=False).strip()
    body = text_field(fields.text, required=True)
    text = f"{title}\n\n{body}" if title and body.strip() else body
    if max_bytes is not None and len(text.encode("utf-8")) > max_bytes:
        raise FeedError(f"{where}: article {ident!r} is above the size limit (see --max-size)")
    # Only an ISO date (or a timestamp starting with one) is a date the report can use.
    date = _ISO_DATE.match(text_field(fields.published, required=False).strip())
    return Article(id=ident, path=where, text=text, published=date[0] if date else "",
                   format="feed")


def safe_names(stories: Sequence[str]) -> list[str]:
    """File-name-safe, distinct names for stories, in order.

    Runs of characters other than letters, digits, ``.``, ``_`` and ``-`` become one
    ``-``; a name is at most 100 characters and never starts with a dot. A name already
    taken (case aside, for case-insensitive file systems) gets ``-2``, ``-3``… in feed
    order, so the same feed always gives the same names.
    """
    taken: set[str] = set()
    names: list[str] = []
    for story in stories:
        base = _SAFE.sub("-", story.strip()).strip("-.")[:100] or "story"
        name, k = base, 1
        while name.casefold() in taken or name.casefold() in {"index"}:
            k += 1
            name = f"{base}-{k}"
        taken.add(name.casefold())
        names.append(name)
    return names
