"""The Markdown report: a pure function of the Report model.

Order: summary, sources, conflicts, shared facts (most-confirmed first), unique claims
per source, excluded text. Every quoted sentence names its source. All article text
and file-derived ids pass through ``md_text``.
"""

from __future__ import annotations

from collections.abc import Iterable

from reporter.model import Conflict, Group, Member, Report
from reporter.render.escape import block_safe, md_inline, md_text


def render_markdown(report: Report) -> str:
    """The whole report as GitHub-flavoured Markdown (also fine for Python-Markdown)."""
    parts = [
        *_summary(report),
        *_sources(report),
        *_conflicts(report),
        *_shared(report),
        *_unique(report),
        *_excluded(report),
    ]
    return "\n".join(parts).rstrip("\n") + "\n"


def _src(source: str) -> str:
    return f"**{md_text(source)}**"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _summary(report: Report) -> Iterable[str]:
    n = len(report.articles)
    multi = [g for g in report.groups if len(g.sources) > 1]
    by_all = len(report.shared_by_all)
    claims = sum(len(g.members) for g in report.groups)
    yield f"# Source comparison: {_plural(n, 'source')}"
    yield ""
    yield (
        f"{_plural(n, 'source')} make {_plural(claims, 'claim')}. "
        f"{_plural(len(multi), 'fact')} {'is' if len(multi) == 1 else 'are'} stated by more "
        f"than one source ({by_all} by all {n}), and {_plural(len(report.conflicts), 'fact')} "
        f"{'has' if len(report.conflicts) == 1 else 'have'} sources that disagree on a figure "
        f"or a date. {_plural(len(report.unique), 'claim')} "
        f"{'appears' if len(report.unique) == 1 else 'appear'} in one source only. "
        f"{_plural(len(report.excluded), 'unit')} of text "
        f"{'was' if len(report.excluded) == 1 else 'were'} set aside as page furniture "
        "or repetition."
    )
    yield ""
    yield (
        f"| sources | shared by all | shared by several | conflicts | unique claims | excluded |\n"
        f"|---:|---:|---:|---:|---:|---:|\n"
        f"| {n} | {by_all} | {len(multi) - by_all} | {len(report.conflicts)} "
        f"| {len(report.unique)} | {len(report.excluded)} |"
    )
    yield ""


def _sources(report: Report) -> Iterable[str]:
    yield "## Sources"
    yield ""
    yield "| source | headline | claims | shared | unique | excluded |"
    yield "|---|---|---:|---:|---:|---:|"
    for a in report.articles:
        s = report.stats(a.id)
        title = md_text(report.titles.get(a.id, "")) or "*(no text)*"
        yield f"| {md_text(a.id)} | {title} | {s.claims} | {s.shared} | {s.unique} | {s.excluded} |"
    yield ""


def _highlight(text: str, values: Iterable[str]) -> str:
    """The sentence escaped, with each disputed value in bold (first occurrence)."""
    text = " ".join(text.split())
    spans: list[tuple[int, int]] = []
    for v in values:
        v = " ".join(v.split())
        i = text.find(v) if v else -1
        if i >= 0 and not any(s < i + len(v) and i < e for s, e in spans):
            spans.append((i, i + len(v)))
    if not spans:
        return md_text(text)
    out, pos = [], 0
    for s, e in sorted(spans):
        out.append(md_inline(text[pos:s]))
        out.append(f"**{md_inline(text[s:e])}**")
        pos = e
    out.append(md_inline(text[pos:]))
    return block_safe("".join(out))


def _conflict_title(c: Conflict, group: Group) -> str:
    values: list[str] = []
    for cl in c.claims:
        v = " ".join(cl.value.split())
        if v not in values:
            values.append(v)
    unit = f" ({md_text(c.unit)})" if c.unit else ""
    return f"{c.kind.value}{unit}: " + " vs ".join(md_text(v) for v in values)


def _conflicts(report: Report) -> Iterable[str]:
    groups = report.conflicts
    yield f"## Conflicts ({len(groups)})"
    yield ""
    if not groups:
        yield "No two sources state different figures or dates for the same fact."
        yield ""
    for g in groups:
        yield f"### {g.id} · " + "; ".join(_conflict_title(c, g) for c in g.conflicts)
        yield ""
        yield f"Stated by {_plural(len(g.sources), 'source')}: " + ", ".join(
            _src(s) for s in g.sources) + "."
        yield ""
        yield "| source | value | sentence |"
        yield "|---|---|---|"
        disputed: dict[int, list[str]] = {}
        for c in g.conflicts:
            for cl in c.claims:
                disputed.setdefault(cl.member, []).append(cl.value)
        for i, m in enumerate(g.members):
            vals = disputed.get(i, [])
            shown = ", ".join(f"**{md_text(v)}**" for v in vals) if vals else "—"
            yield (f"| {md_text(m.unit.source)} | {shown} | "
                   f"{_highlight(m.unit.text, vals)} |")
        yield ""


def _member_line(m: Member) -> str:
    head = " *(headline)*" if m.unit.heading else ""
    return f"- {_src(m.unit.source)}{head}: {md_text(m.unit.text)}"


def _shared(report: Report) -> Iterable[str]:
    groups = report.shared
    yield f"## Shared facts ({len(groups)})"
    yield ""
    if report.conflicts:
        yield "Facts that sources state with different values are under Conflicts above."
        yield ""
    if not groups:
        yield "No other fact is stated by more than one source."
        yield ""
    for g in groups:
        yield (f"### {g.id} · {_plural(len(g.sources), 'source')}: "
               + ", ".join(md_text(s) for s in g.sources))
        yield ""
        rep = g.representative
        yield f"> {md_text(rep.unit.text)}"
        yield ">"
        yield f"> — {_src(rep.unit.source)}{' *(headline)*' if rep.unit.heading else ''}"
        yield ""
        for m in g.members[1:]:
            yield _member_line(m) + f" *(score {m.score:.0f})*"
        yield ""


def _unique(report: Report) -> Iterable[str]:
    groups = report.unique
    yield f"## Unique claims ({len(groups)})"
    yield ""
    by_source: dict[str, list[Group]] = {}
    for g in groups:
        by_source.setdefault(g.sources[0], []).append(g)
    for a in report.articles:
        own = by_source.get(a.id, [])
        if not own:
            continue
        yield f"### {md_text(a.id)} ({len(own)})"
        yield ""
        for g in sorted(own, key=lambda g: g.members[0].unit.start):
            for m in sorted(g.members, key=lambda m: m.unit.start):
                head = "*(headline)* " if m.unit.heading else ""
                yield f"- {head}{md_text(m.unit.text)} · {g.id}"
        yield ""


def _excluded(report: Report) -> Iterable[str]:
    yield f"## Excluded text ({len(report.excluded)})"
    yield ""
    if not report.excluded:
        yield "Nothing was excluded."
        yield ""
        return
    yield "| source | reason | text |"
    yield "|---|---|---|"
    for e in report.excluded:
        why = e.reason.value + (f": {md_text(e.detail)}" if e.detail else "")
        yield f"| {md_text(e.unit.source)} | {why} | {md_text(e.unit.text)} |"
    yield ""
