"""The JSON report: contract v1, a public API documented in docs/json-contract.md.

Format history (``version``):
    1: sources, groups (with members and conflicts), excluded. Extensions that keep
       v1 readers working: sources carry ``encoding``, ``lang``, ``claims``,
       ``excluded``; members carry ``score`` and ``evidence``; conflicts carry
       ``unit``; conflict claims carry ``qualifier``; excluded entries carry
       ``detail``; a top-level ``options`` object; groups carry
       ``independent_sources``; top-level ``overlaps`` (every ordered pair of sources
       sharing a fact) and ``dependent`` (near-copy and rewrite pairs); conflict kind
       ``name``; top-level ``slots`` (figure slots); members carry ``secondary``
       and ``part`` (a sentence that states several facts, in its other groups); slot
       values of amounts carry ``currency`` (a slot's ``unit`` joins its currencies
       with ``/`` when an amount is restated in another); sources read from a saved
       web page carry ``format`` (``"html"``), ``text`` (the article extracted from
       the page, which their offsets index: the file itself is markup) and, when the
       page's metadata names them, ``page_title`` and ``author``; their ``published``
       may come from the page's metadata (2026-12); sources read from a feed carry
       ``format`` ``"feed"`` and ``text`` likewise; excluded ``reason`` ``fragment``
       (a sentence cut off where an excerpt ends); conflict entries marked
       ``"compatible": true`` after a group's disputed ones (figures its sources state
       differently that can all hold; they do not make the group a conflict) (2026-12).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from reporter.gcpause import collector_paused
from reporter.model import Article, Excluded, Group, Report, Slot

FORMAT_VERSION = 1


def _number(value: Decimal | str) -> Any:
    """JSON value of a normalised quantity: an int or float for amounts, else the string."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    return value


def _group(g: Group, independent: int) -> dict[str, Any]:
    return {
        "id": g.id,
        "kind": g.kind.value,
        "sources": list(g.sources),
        "independent_sources": independent,
        "members": [
            {
                "source": m.unit.source,
                "start": m.unit.start,
                "end": m.unit.end,
                "text": m.unit.text,
                "heading": m.unit.heading,
                "score": m.score,
                "evidence": list(m.evidence),
                **({} if m.masked_score is None else {"masked_score": m.masked_score}),
                **({} if not m.secondary else {"secondary": True}),
                **({} if m.part is None else {
                    "part": [m.unit.start + m.part[0], m.unit.start + m.part[1]]}),
            }
            for m in g.members
        ],
        "conflicts": [
            {
                "kind": c.kind.value,
                "unit": c.unit,
                "claims": [
                    {"member": cl.member, "value": cl.value, "normalized": _number(cl.normalized),
                     "qualifier": cl.qualifier}
                    for cl in c.claims
                ],
                **({"compatible": True} if c.compatible else {}),
            }
            for c in g.conflicts + g.compatible
        ],
    }


def _excluded(e: Excluded) -> dict[str, Any]:
    return {
        "source": e.unit.source,
        "start": e.unit.start,
        "end": e.unit.end,
        "text": e.unit.text,
        "reason": e.reason.value,
        "detail": e.detail,
    }


def _slot(s: Slot) -> dict[str, Any]:
    return {
        "id": s.id,
        "kind": s.kind.value,
        "unit": s.unit,
        "label": s.label,
        "sources": list(s.sources),
        "disputed": s.disputed,
        "compatible": s.compatible,
        "values": [
            {
                "source": v.unit.source,
                "start": v.unit.start + v.start,
                "end": v.unit.start + v.end,
                "value": v.text,
                "normalized": _number(v.normalized),
                "qualifier": v.qualifier,
                "group": v.group,
                "sentence": [v.unit.start, v.unit.end],
                **({"currency": v.currency} if v.currency else {}),
                **({"relative": True} if v.relative else {}),
                **({"speaker": v.speaker} if v.speaker else {}),
            }
            for v in s.values
        ],
    }


def _page(a: Article) -> dict[str, Any]:
    """A page's or a feed article's extension fields: the text its offsets index (no
    file holds it as it is), and the metadata found."""
    return {"format": a.format, "text": a.text,
            **({"page_title": a.page_title} if a.page_title else {}),
            **({"author": a.author} if a.author else {})}


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    cov = report.coverage
    units_per_source: dict[str, int] = {}
    langs: dict[str, str] = {}
    for u in report.units:
        units_per_source[u.source] = units_per_source.get(u.source, 0) + 1
        langs.setdefault(u.source, u.lang)
    return {
        "version": FORMAT_VERSION,
        "sources": [
            {
                "id": a.id,
                "path": a.path,
                "title": report.titles.get(a.id, ""),
                "sentences": units_per_source.get(a.id, 0),
                "claims": report.stats(a.id).claims,
                "excluded": report.stats(a.id).excluded,
                "encoding": a.encoding,
                "lang": langs.get(a.id, ""),
                **({"published": report.published[a.id]} if a.id in report.published else {}),
                **(_page(a) if a.format in ("html", "feed") else {}),
            }
            for a in report.articles
        ],
        "groups": [_group(g, report.independent(g))
                   for g in report.groups],
        "excluded": [_excluded(e) for e in report.excluded],
        "overlaps": [{"source": o.source, "other": o.other, "claims": o.claims,
                      "shared": o.shared, "identical": o.identical} for o in cov.overlaps],
        "dependent": [{"source": o.source, "other": o.other, "kind": o.dependence,
                       "claims": o.claims, "shared": o.shared, "identical": o.identical}
                      for o in cov.copies],
        "slots": [_slot(s) for s in report.slots],
        "options": {
            "threshold": report.options.threshold,
            "duplicate_threshold": report.options.duplicate_threshold,
            "twin_threshold": report.options.twin_threshold,
            "lang": report.options.lang,
            **({"semantic": True} if report.options.semantic else {}),
        },
    }


@collector_paused
def render_json(report: Report) -> str:
    """The report as indented JSON text (UTF-8, keys in a fixed order)."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
