"""The Markdown report: a pure function of the Report model.

Order: summary, sources, coverage grid, overlap between sources, conflicts, shared
facts (most-confirmed first), unique claims per source, excluded text. Every quoted
sentence names its source. All article text and file-derived ids pass through the
escaping of ``reporter.render.escape``, piece by piece where words are highlighted.

Headings are plain text whose GitHub id is stable (``## Shared facts``, ``### G12``),
so the summary and the grid link to them with plain Markdown links; the HTML renderer
asks for a variant (``for_html``) that keeps the whole grid and the page's own ``#G12``
ids.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, partial

from rapidfuzz.distance import Levenshtein

from reporter.gcpause import collector_paused
from reporter.model import Claim, Conflict, Group, Member, QuantityKind, Report, Slot
from reporter.render.anchors import github_slug, group_anchor
from reporter.render.escape import block_safe, md_inline, md_text

GRID_ROWS = 15
"""Facts the Markdown grid shows before it folds (the HTML grid shows them all)."""

LABEL_MAX = 60
"""Characters of a fact's representative wording shown as its grid label."""

STATES = "●"
"""Grid mark: the column's source states the row's fact."""

WIDE_SOURCES = 12
"""Above this many sources, a column per source no longer fits: the grid lists each
fact's source keys and the matrix gives way to the most overlapping pairs."""

TOP_PAIRS = 20
"""Pairs listed instead of the matrix when there are too many sources for one."""

KEY_ROWS = 15
"""Figures the Markdown key-figures table shows before it folds (the HTML shows all)."""


@dataclass(frozen=True, slots=True)
class _Target:
    """Where the Markdown is read: on GitHub (folded grid, lower-case ids) or in our page."""

    for_html: bool = False
    html_link: str = ""


@collector_paused
def render_markdown(report: Report, *, html_link: str = "", explain: bool = False) -> str:
    """The whole report as GitHub-flavoured Markdown (also fine for Python-Markdown).

    Args:
        report: the report model.
        html_link: the HTML report's address relative to the Markdown file, if one is
            written; the folded coverage grid then links to the whole one.
        explain: also show why each member joined its group (the rarest words it shares
            with the representative, and its score with values masked if it joined as a
            near-group).
    """
    return compose(report, for_html=False, html_link=html_link, explain=explain)


def compose(report: Report, *, for_html: bool, html_link: str = "",
            explain: bool = False) -> str:
    """The report's Markdown for GitHub, or the fuller variant the HTML page renders."""
    t = _Target(for_html=for_html, html_link=html_link)
    parts = [
        *_once(report, "summary", _summary),
        *_key_figures(report, t),
        *_once(report, "sources", _sources),
        *_grid(report, t),
        *_once(report, "overlap", _overlap),
        *_once(report, "conflicts", _conflicts),
        *_shared_once(report, explain=explain),
        *_once(report, "unique", _unique),
        *_once(report, "excluded", _excluded),
    ]
    return "\n".join(parts).rstrip("\n") + "\n"


@collector_paused
def render_summary(report: Report) -> str:
    """A short Markdown summary for a pull-request comment or a CI job summary.

    No links (there are no sections to link to): the counts, the conflicts, the
    most-confirmed facts and the near-copies.
    """
    parts = [f"## Source comparison: {_plural(len(report.articles), 'source')}", "",
             _sentence(report), "", *_counts_table(report, links=False), ""]
    if report.conflicts:
        parts += ["**Conflicts**", ""]
        parts += [f"- {g.id} · " + "; ".join(_conflict_title(c) for c in g.conflicts)
                  + " (" + ", ".join(md_text(s) for s in g.sources) + ")"
                  for g in report.conflicts]
        parts.append("")
    top = _by_confirmation(report)[:5]
    if top:
        parts += ["**Most-confirmed facts**", ""]
        parts += [f"- {g.id} · {_sources_count(report, g)}: {md_text(_clip(_rep(g)))}"
                  for g in top]
        parts.append("")
    parts.append(_copies_sentence(report))
    return "\n".join(parts).rstrip("\n") + "\n"


# --- small helpers ----------------------------------------------------------------

def _src(source: str) -> str:
    return f"**{md_text(source)}**"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _keys(report: Report) -> dict[str, str]:
    """Short column keys S1… for the grid and the matrix, in source order."""
    return {a.id: f"S{i}" for i, a in enumerate(report.articles, 1)}


_LIST_MARK = re.compile(r"^\s*(?:[•◦▪▸‣∙·*–—-]|\d{1,2}[.)])\s+")


def _rep(g: Group) -> str:
    """The representative's text as a label: without the list mark a bullet point of the
    article starts with (the quoted sentence keeps it)."""
    return _LIST_MARK.sub("", g.representative.unit.text, count=1)


def _clip(text: str, limit: int = LABEL_MAX) -> str:
    """Text on one line, cut at a word boundary with an ellipsis when longer than limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def _link(g: Group, t: _Target) -> str:
    return f"[{g.id}](#{group_anchor(g.id, for_html=t.for_html)})"


def _by_confirmation(report: Report) -> list[Group]:
    """Multi-source facts, most independent sources first, then most sources, then id."""
    multi = [(i, g) for i, g in enumerate(report.groups) if len(g.sources) > 1]
    multi.sort(key=lambda p: (-report.independent(p[1]), -len(p[1].sources), p[0]))
    return [g for _, g in multi]


def _shared_groups(report: Report) -> list[Group]:
    return [g for g in _by_confirmation(report) if not g.conflicts]


def _section(title: str, n: int) -> str:
    """A section heading with its count; the summary links to its GitHub id."""
    return f"{title} ({n})"


def _sources_count(report: Report, g: Group) -> str:
    n, ind = len(g.sources), report.independent(g)
    return f"{_plural(n, 'source')} ({'all' if ind == n else ind} independent)"


# --- summary --------------------------------------------------------------------

def _sentence(report: Report) -> str:
    n = len(report.articles)
    multi = [g for g in report.groups if len(g.sources) > 1]
    independent = sum(1 for g in multi if report.independent(g) > 1)
    by_all = len(report.shared_by_all)
    claims = sum(1 for g in report.groups for m in g.members if not m.secondary)
    copied = report.copied_confirmations
    copies = (f" {_plural(copied, 'confirmation')} of these "
              f"{'comes' if copied == 1 else 'come'} from a near-copy or rewrite of another source "
              "and count once." if copied else "")
    return (
        f"{_plural(n, 'source')} make {_plural(claims, 'claim')}. "
        f"{_plural(len(multi), 'fact')} {'is' if len(multi) == 1 else 'are'} stated by more "
        f"than one source ({by_all} by all {n}; {independent} by more than one independent "
        f"source).{copies} {_plural(len(report.conflicts), 'fact')} "
        f"{'is' if len(report.conflicts) == 1 else 'are'} disputed between sources (a figure, "
        f"date, time, quote, name or wording). {_plural(len(report.unique), 'claim')} "
        f"{'appears' if len(report.unique) == 1 else 'appear'} in one source only. "
        f"{_plural(len(report.excluded), 'unit')} of text "
        f"{'was' if len(report.excluded) == 1 else 'were'} set aside as page furniture "
        "or repetition."
    )


def _counts_table(report: Report, *, links: bool) -> list[str]:
    multi = [g for g in report.groups if len(g.sources) > 1]
    by_all = len(report.shared_by_all)
    shared = github_slug(_section("Shared facts", len(_shared_groups(report))))
    columns = [
        ("sources", "sources", len(report.articles)),
        ("shared by all", shared, by_all),
        ("shared by several", shared, len(multi) - by_all),
        ("conflicts", github_slug(_section("Conflicts", len(report.conflicts))),
         len(report.conflicts)),
        ("unique claims", github_slug(_section("Unique claims", len(report.unique))),
         len(report.unique)),
        ("excluded", github_slug(_section("Excluded text", len(report.excluded))),
         len(report.excluded)),
        ("copied confirmations", "overlap-between-sources", report.copied_confirmations),
    ]
    head = [f"[{name}](#{anchor})" if links else name for name, anchor, _ in columns]
    return ["| " + " | ".join(head) + " |",
            "|" + "---:|" * len(columns),
            "| " + " | ".join(str(n) for _, _, n in columns) + " |"]


def _summary(report: Report) -> Iterable[str]:
    yield f"# Source comparison: {_plural(len(report.articles), 'source')}"
    yield ""
    yield _sentence(report)
    yield ""
    yield from _counts_table(report, links=True)
    yield ""


# --- key figures ----------------------------------------------------------------

def _figure_label(slot: Slot) -> str:
    what = " — ".join(p for p in (slot.unit, slot.label) if p)
    return md_text(f"{slot.kind.value}: {what}" if what else slot.kind.value)


def _figure_cell(slot: Slot, source: str, t: _Target) -> str:
    """The source's values of the figure as written, each linked to its sentence's group."""
    seen: dict[str, tuple[str, str]] = {}
    for v in slot.values:
        if v.unit.source == source:
            written = " ".join(v.text.split())
            if v.relative:  # "yesterday (Monday)": the day the page's date makes it
                written += f" ({str(v.normalized).capitalize()})"
            anchor, speaker = seen.get(written, (group_anchor(v.group, for_html=t.for_html), ""))
            seen[written] = (anchor, speaker or v.speaker)
    differ = slot.disputed or slot.compatible  # who gives a figure outlets differ on
    return " · ".join(
        f"[{md_inline(f'{text} ({speaker})' if speaker and differ else text)}](#{anchor})"
        for text, (anchor, speaker) in seen.items())


def _figure_state(slot: Slot) -> str:
    if slot.disputed:
        return "**disputed**"
    return "compatible" if slot.compatible else "agree"


def _key_figures(report: Report, t: _Target) -> Iterable[str]:
    keys = _keys(report)
    rows = [s for s in report.slots if len(s.sources) > 1]
    yield "## Key figures"
    yield ""
    if not rows:
        yield "No figure is stated by more than one source."
        yield ""
        return
    disputed = sum(1 for s in rows if s.disputed)
    yield (f"{_plural(len(rows), 'figure')} (an amount, a count, a date, a time) "
           f"{'is' if len(rows) == 1 else 'are'} stated by more than one source; "
           f"{disputed} {'is' if disputed == 1 else 'are'} disputed. Each cell is the value "
           "as the source wrote it, linked to its sentence; *compatible* values differ but "
           "can all hold (a bound, a range, rounding, less detail, another currency or "
           "unit).")
    yield ""
    wide = len(keys) > WIDE_SOURCES
    if wide:
        yield "| figure | values | state |"
        yield "|---|---|---|"
    else:
        yield "| figure | " + " | ".join(keys.values()) + " | state |"
        yield "|---|" + "---|" * len(keys) + "---|"
    shown = rows if t.for_html else rows[:KEY_ROWS]
    for slot in shown:
        if wide:
            cells = "; ".join(f"{keys[s]} {_figure_cell(slot, s, t)}" for s in slot.sources)
        else:
            cells = " | ".join(_figure_cell(slot, a.id, t) for a in report.articles)
        yield f"| {slot.id} · {_figure_label(slot)} | {cells} | {_figure_state(slot)} |"
    yield ""
    rest = rows[len(shown):]
    if rest:
        whole = (f"[The HTML report]({t.html_link}#key-figures)" if t.html_link
                 else "The HTML report")
        yield (f"{_plural(len(rest), 'more figure')} stated by several sources: "
               + ", ".join(s.id for s in rest) + f". {whole} shows them all.")
        yield ""


def _sources(report: Report) -> Iterable[str]:
    keys = _keys(report)
    yield "## Sources"
    yield ""
    # the publication column only when some source states when it was published
    stamped = bool(report.published)
    yield ("| key | source | headline |" + (" published |" if stamped else "")
           + " claims | shared | unique | excluded |")
    yield "|---|---|---|" + ("---|" if stamped else "") + "---:|---:|---:|---:|"
    for a in report.articles:
        s = report.stats(a.id)
        title = md_text(report.titles.get(a.id, "")) or "*(no text)*"
        when = (f" {report.published.get(a.id, '').replace('T', ' ') or '—'} |"
                if stamped else "")
        yield (f"| {keys[a.id]} | {md_text(a.id)} | {title} |{when} {s.claims} | {s.shared} "
               f"| {s.unique} | {s.excluded} |")
    yield ""


# --- coverage grid and overlap matrix ---------------------------------------------

def _grid(report: Report, t: _Target) -> Iterable[str]:
    keys = _keys(report)
    rows = _by_confirmation(report)
    yield "## Coverage grid"
    yield ""
    if not rows:
        yield "No fact is stated by more than one source."
        yield ""
        return
    yield (f"Which source states which fact, most-confirmed first ({STATES}: the source "
           "states it). Independent sources count near-copies once.")
    yield ""
    wide = len(keys) > WIDE_SOURCES
    if wide:
        yield "| fact | stated by | sources | independent |"
        yield "|---|---|---:|---:|"
    else:
        yield "| fact | " + " | ".join(keys.values()) + " | sources | independent |"
        yield "|---|" + ":-:|" * len(keys) + "---:|---:|"
    shown = rows if t.for_html else rows[:GRID_ROWS]
    for g in shown:
        if wide:
            marks = " ".join(keys[s] for s in g.sources)
        else:
            marks = " | ".join(STATES if a.id in g.sources else " " for a in report.articles)
        flag = " *(conflict)*" if g.conflicts else ""
        yield (f"| {_link(g, t)} {md_text(_clip(_rep(g)))}{flag} | {marks} "
               f"| {len(g.sources)} | {report.independent(g)} |")
    yield ""
    rest = rows[len(shown):]
    if rest:
        whole = (f"[The HTML report]({t.html_link}#coverage-grid)" if t.html_link
                 else "The HTML report")
        lo, hi = min(len(g.sources) for g in rest), max(len(g.sources) for g in rest)
        yield (f"{_plural(len(rest), 'more fact')}, each stated by "
               f"{lo if lo == hi else f'{lo}–{hi}'} sources: "
               + ", ".join(_link(g, t) for g in rest) + f". {whole} shows the whole grid.")
        yield ""


def _overlap(report: Report) -> Iterable[str]:
    keys = _keys(report)
    cov = report.coverage
    yield "## Overlap between sources"
    yield ""
    if not cov.overlaps:
        yield "Overlap between sources was not measured for this report."
        yield ""
        return
    if len(keys) > WIDE_SOURCES:
        yield from _top_pairs(report, keys)
    else:
        yield (f"Each cell: the share of the row source's claims that the column source "
               f"also states, then the share it states in near-identical words "
               f"(similarity ≥ {cov.identical_at:.0f}).")
        yield ""
        yield "| claims of ↓ also in → | " + " | ".join(keys.values()) + " |"
        yield "|---|" + "---:|" * len(keys)
        for a in report.articles:
            cells = []
            for b in report.articles:
                o = cov.overlap(a.id, b.id)
                cells.append("—" if a.id == b.id else "0% · 0%" if o is None else
                             f"{_pct(o.shared, o.claims)} · {_pct(o.identical, o.claims)}")
            yield f"| {keys[a.id]} ({report.stats(a.id).claims} claims) | " + " | ".join(
                cells) + " |"
    yield ""
    yield _copies_sentence(report)
    yield ""


def _top_pairs(report: Report, keys: dict[str, str]) -> Iterable[str]:
    """The most overlapping ordered pairs, for reports with too many sources for a matrix."""
    cov = report.coverage
    ranked = sorted(cov.overlaps, key=lambda o: (-(o.shared / o.claims if o.claims else 0),
                                                 -o.identical, o.source, o.other))
    yield (f"{len(keys)} sources are too many for a matrix: the {min(TOP_PAIRS, len(ranked))} "
           f"pairs where the most of a source's claims recur in another, of "
           f"{len(ranked)} pairs that share at least one fact (near-identical: similarity "
           f"≥ {cov.identical_at:.0f}).")
    yield ""
    yield "| source | also in | claims | shared | near-identical |"
    yield "|---|---|---:|---:|---:|"
    for o in ranked[:TOP_PAIRS]:
        yield (f"| {keys.get(o.source, '?')} {md_text(o.source)} | {keys.get(o.other, '?')} "
               f"{md_text(o.other)} | {o.claims} | {_pct(o.shared, o.claims)} "
               f"| {_pct(o.identical, o.claims)} |")


def _copies_sentence(report: Report) -> str:
    """Near-copies in plain words, or the closest pair when there is none."""
    keys = _keys(report)
    cov = report.coverage

    def name(s: str) -> str:
        return f"**{keys.get(s, '?')}** ({md_text(s)})"

    bar = (f"a near-copy states at least {cov.copy_share:.0%} of the smaller source's "
           f"claims in near-identical words, a rewrite or translation at least "
           f"{cov.rewrite_share:.0%} in any words, leaving out, from "
           f"{cov.core_sources} sources on, the facts every source states")
    if cov.copies:
        lines = [f"{name(o.source)} and {name(o.other)} depend on each other: "
                 f"{o.shared} of {keys.get(o.source, '?')}'s {o.claims} claims "
                 f"({_pct(o.shared, o.claims)}) recur in {keys.get(o.other, '?')}, "
                 f"{o.identical} ({_pct(o.identical, o.claims)}) in near-identical words."
                 for o in cov.copies]
        return (" ".join(lines) + " Facts that such sources both state count as one "
                f"independent confirmation ({bar}).")
    close = cov.closest
    if close is None or not close.shared:
        return f"No two sources are near-copies or rewrites of each other ({bar})."
    a, b = keys.get(close.source, "?"), keys.get(close.other, "?")
    return (f"No two sources are near-copies or rewrites of each other ({bar}). The "
            f"closest pair is {name(close.source)} and {name(close.other)}: "
            f"{_pct(close.shared, close.claims)} of {a}'s claims also appear in {b}, "
            f"{_pct(close.identical, close.claims)} in near-identical words.")


# --- conflicts and shared facts ---------------------------------------------------

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


_EDGE_PUNCT = re.compile(r"^\W+|\W+$")


@lru_cache(maxsize=65_536)
def _word_key(word: str) -> str:
    """What two words must share to count as the same word: case and edge punctuation
    (quotes, commas, apostrophe styles) do not make a difference worth highlighting."""
    folded = word.casefold().replace("’", "'")
    return _EDGE_PUNCT.sub("", folded) or folded


REWORDED = 0.25
"""Below this share of words in common with the representative, a wording is its own:
highlighting nearly every word would say less than the note "own wording"."""


def _bracketed(words: list[str]) -> list[bool]:
    """For each word, whether it is inside square brackets: an editor's insertion
    (``Nous [la société] ne paierons pas``), not a word of the sentence compared. Not a
    link's text (``[click](…)``)."""
    out = [False] * len(words)
    start: int | None = None
    for k, w in enumerate(words):
        if start is None and w.startswith("["):
            start = k
        if start is not None and "]" in w:
            if "](" not in w:
                out[start:k + 1] = [True] * (k + 1 - start)
            start = None
    return out


def _marks(reference: str, text: str) -> list[bool]:
    """For each word of ``text``, whether it differs from ``reference``: word-level
    Levenshtein edit operations, editorial insertions in brackets left out on both sides;
    a lone short word (``de``, ``le``) between two changed runs joins them, so a rewrite
    reads as one span rather than confetti."""
    ref, words = reference.split(), text.split()
    keys = [_word_key(w) for w in words]
    marked = [False] * len(words)
    kept = [j for j, b in enumerate(_bracketed(words)) if not b]
    ref_keys = [_word_key(w) for w, b in zip(ref, _bracketed(ref), strict=True) if not b]
    for op in Levenshtein.opcodes(ref_keys, [keys[j] for j in kept]):
        if op.tag in ("replace", "insert"):
            for j in range(op.dest_start, op.dest_end):
                marked[kept[j]] = True
    for j in range(1, len(words) - 1):
        if not marked[j] and marked[j - 1] and marked[j + 1] and len(keys[j]) <= 3:
            marked[j] = True
    return marked


def _too_few_shared(marked: list[bool]) -> bool:
    """Whether a text with these word marks shares too few words with its reference to
    highlight usefully."""
    return bool(marked) and marked.count(False) < REWORDED * len(marked)


def diff_words(reference: str, text: str) -> str:
    """``text`` escaped, with the runs of words it does not share with ``reference`` in
    bold; each word is escaped before a run is wrapped in ``**``."""
    return _bold_marked(text, _marks(reference, text))


def _bold_marked(text: str, marked: list[bool]) -> str:
    words = text.split()
    out: list[str] = []
    run: list[str] = []
    for word, mark in zip(words, marked, strict=True):
        if mark:
            run.append(md_inline(word))
            continue
        if run:
            out.append(f"**{' '.join(run)}**")
            run = []
        out.append(md_inline(word))
    if run:
        out.append(f"**{' '.join(run)}**")
    return block_safe(" ".join(out))


def _conflict_title(c: Conflict) -> str:
    values: list[str] = []
    for cl in c.claims:
        v = " ".join(cl.value.split())
        if v not in values:
            values.append(v)
    unit = f" ({md_text(c.unit)})" if c.unit else ""
    return f"{c.kind.value}{unit}: " + " vs ".join(md_text(v) for v in values)


def _compatible_lines(g: Group) -> Iterable[str]:
    """The figures the group's sources state differently where every value can hold (a
    bound, a range, rounding, less detail): shown, each value with its source, and said
    not to be a dispute."""
    if not g.compatible:
        return
    entries = []
    for c in g.compatible:
        unit = f" ({md_text(c.unit)})" if c.unit else ""
        by_value: dict[str, tuple[str, list[str]]] = {}
        for cl in c.claims:  # each value once, as first written, with all its sources
            _, sources = by_value.setdefault(f"{cl.qualifier}{cl.normalized}",
                                             (" ".join(cl.value.split()), []))
            source = g.members[cl.member].unit.source
            if source not in sources:
                sources.append(source)
        said = " · ".join(f"{md_text(text)} ({', '.join(_src(s) for s in sources)})"
                          for text, sources in by_value.values())
        entries.append(f"{c.kind.value}{unit}: {said}")
    yield "Stated differently, but all can hold: " + "; ".join(entries) + "."
    yield ""


def _claim_cell(g: Group, c: Conflict, cl: Claim) -> str:
    """A claim's value in bold; for a quote, only the words it does not share with
    another source's wording of it (word-level edit operations), so the difference
    shows."""
    if c.kind is QuantityKind.QUOTE:
        source = g.members[cl.member].unit.source
        other = next((x.value for x in c.claims
                      if g.members[x.member].unit.source != source), None)
        if other is not None and " ".join(other.split()) != " ".join(cl.value.split()):
            return diff_words(other, " ".join(cl.value.split()))
    return f"**{md_text(cl.value)}**"


def _stated_by(report: Report, g: Group) -> str:
    return (f"Stated by {_sources_count(report, g)}: "
            + ", ".join(_src(s) for s in g.sources) + ".")


def _conflicts(report: Report) -> Iterable[str]:
    groups = report.conflicts
    yield f"## {_section('Conflicts', len(groups))}"
    yield ""
    if not groups:
        yield ("No two sources state a different figure, date, time, quote or name for the "
               "same fact, or word it the other way.")
        yield ""
    else:
        yield (f"{_plural(len(groups), 'fact')} {'has' if len(groups) == 1 else 'have'} "
               "sources that disagree; each disputed value is in bold.")
        yield ""
    for g in groups:
        yield f"### {g.id}"
        yield ""
        yield "Disputed " + "; ".join(_conflict_title(c) for c in g.conflicts) + "."
        yield ""
        yield _stated_by(report, g)
        yield ""
        yield from _compatible_lines(g)
        yield "| source | value | sentence |"
        yield "|---|---|---|"
        disputed: dict[int, list[str]] = {}
        cells: dict[int, list[str]] = {}
        for c in g.conflicts:
            for cl in c.claims:
                disputed.setdefault(cl.member, []).append(cl.value)
                cells.setdefault(cl.member, []).append(_claim_cell(g, c, cl))
        for i, m in enumerate(g.members):
            vals = disputed.get(i, [])
            shown = ", ".join(cells[i]) if vals else "—"
            yield (f"| {md_text(m.unit.source)} | {shown} | "
                   f"{_highlight(m.unit.text, vals)} |")
        yield ""


def _part_marked(m: Member) -> str:
    """A secondary member's sentence, whole, with the part that states the fact in
    italics (each side escaped on its own)."""
    assert m.part is not None
    lo, hi = m.part
    text = m.unit.text
    return block_safe(" ".join(x for x in (md_inline(" ".join(text[:lo].split())),
                                           f"*{md_inline(' '.join(text[lo:hi].split()))}*",
                                           md_inline(" ".join(text[hi:].split()))) if x))


def _homes(report: Report) -> dict[tuple[str, int], str]:
    """(source, sentence start) -> id of the group that is the sentence's own place."""
    return {(m.unit.source, m.unit.start): g.id for g in report.groups
            for m in g.members if not m.secondary}


def _member_line(m: Member, rep: Member, identical_at: float, *, explain: bool,
                 home: str = "") -> str:
    notes = ["headline"] if m.unit.heading else []
    if m.secondary:
        notes.append(f"in the part in italics; its own place is {home}" if home
                     else "in the part in italics")
    notes.append(f"score {m.score:.0f}")
    if explain and m.masked_score is not None:
        notes.append(f"{m.masked_score:.0f} with values masked")
    if explain and m.evidence:
        notes.append("shares " + " · ".join(md_text(w) for w in m.evidence))
    if m.score >= identical_at:
        notes.append("near-identical")
    if m.secondary and m.part is not None:
        return f"- {_src(m.unit.source)} *({', '.join(notes)})*: {_part_marked(m)}"
    marked = _marks(rep.unit.text, m.unit.text)
    if _too_few_shared(marked):
        notes.append("own wording")
        text = md_text(m.unit.text)
    else:
        text = _bold_marked(m.unit.text, marked)
    return f"- {_src(m.unit.source)} *({', '.join(notes)})*: {text}"


def _once(report: Report, key: str,
          section: Callable[[Report], Iterable[str]]) -> tuple[str, ...]:
    """A section the Markdown and the HTML page show alike, built once per report."""
    if key not in report._rendered:
        report._rendered[key] = tuple(section(report))
    return report._rendered[key]


def _shared_once(report: Report, *, explain: bool) -> tuple[str, ...]:
    """The shared-facts section, built once per report: its word-level differences are
    the costliest part to write."""
    return _once(report, "shared explained" if explain else "shared",
                 partial(_shared, explain=explain))


def _shared(report: Report, *, explain: bool) -> Iterable[str]:
    groups = _shared_groups(report)
    yield f"## {_section('Shared facts', len(groups))}"
    yield ""
    if not groups:
        yield "No other fact is stated by more than one source."
        yield ""
        return
    yield (f"{_plural(len(groups), 'fact')} stated by several sources without a disputed "
           "value, most-confirmed first. Each fact quotes a representative wording; the "
           "other sources follow with the words that differ from it in bold.")
    if report.conflicts:
        yield "Facts that sources state with different values are under Conflicts above."
    yield ""
    homes = _homes(report)
    for g in groups:
        yield f"### {g.id}"
        yield ""
        yield _stated_by(report, g)
        yield ""
        yield from _compatible_lines(g)
        rep = g.representative
        yield f"> {md_text(rep.unit.text)}"
        yield ">"
        yield f"> — {_src(rep.unit.source)}{' *(headline)*' if rep.unit.heading else ''}"
        yield ""
        for m in g.members[1:]:
            yield _member_line(m, rep, report.coverage.identical_at, explain=explain,
                               home=homes.get((m.unit.source, m.unit.start), ""))
        yield ""


def _unique(report: Report) -> Iterable[str]:
    groups = report.unique
    yield f"## {_section('Unique claims', len(groups))}"
    yield ""
    yield f"{_plural(len(groups), 'claim')} stated by one source only, by source."
    yield ""
    by_source: dict[str, list[Group]] = {}
    for g in groups:
        by_source.setdefault(g.sources[0], []).append(g)
    also: dict[tuple[str, int], list[str]] = {}
    for g in report.groups:
        for m in g.members:
            if m.secondary:
                also.setdefault((m.unit.source, m.unit.start), []).append(g.id)
    for a in report.articles:
        own = by_source.get(a.id, [])
        if not own:
            continue
        yield f"### {md_text(a.id)} ({len(own)})"
        yield ""
        for g in sorted(own, key=lambda g: g.members[0].unit.start):
            for m in sorted(g.members, key=lambda m: m.unit.start):
                head = "*(headline)* " if m.unit.heading else ""
                more = also.get((m.unit.source, m.unit.start), [])
                tail = f" (a part of it also in {', '.join(more)})" if more else ""
                yield f"- {head}{md_text(m.unit.text)} · {g.id}{tail}"
        yield ""


def _excluded(report: Report) -> Iterable[str]:
    yield f"## {_section('Excluded text', len(report.excluded))}"
    yield ""
    if not report.excluded:
        yield "Nothing was excluded."
        yield ""
        return
    yield (f"{_plural(len(report.excluded), 'unit')} of text set aside, "
           "with the reason for each.")
    yield ""
    yield "| source | reason | text |"
    yield "|---|---|---|"
    for e in report.excluded:
        why = e.reason.value + (f": {md_text(e.detail)}" if e.detail else "")
        yield f"| {md_text(e.unit.source)} | {why} | {md_text(e.unit.text)} |"
    yield ""
