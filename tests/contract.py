"""Contract v1 invariants, checked on a JSON report dict against the source texts."""

from __future__ import annotations

from typing import Any


def contract_problems(rep: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Every broken invariant of contract v1 (empty when the report keeps the contract)."""
    problems: list[str] = []
    if rep.get("version") != 1:
        problems.append("version is not 1")
    if [s["id"] for s in rep["sources"]] != sorted(texts):
        problems.append("sources are not the inputs sorted by id")
    cover = {sid: [0] * len(t) for sid, t in texts.items()}
    primary: dict[tuple[str, int, int], set[str]] = {}
    secondary: list[tuple[str, dict[str, Any]]] = []

    def span(item: dict[str, Any], where: str) -> None:
        src, start, end = item["source"], item["start"], item["end"]
        if texts[src][start:end] != item["text"]:
            problems.append(f"{where}: text is not source[{start}:{end}]")
        for i in range(start, end):
            cover[src][i] += 1

    for g in rep["groups"]:
        srcs = sorted({m["source"] for m in g["members"]})
        if g["sources"] != srcs:
            problems.append(f"{g['id']}: sources {g['sources']} != {srcs}")
        disputed = [c for c in g["conflicts"] if not c.get("compatible")]
        want = "unique" if len(srcs) == 1 else ("conflict" if disputed else "shared")
        if g["kind"] != want:
            problems.append(f"{g['id']}: kind {g['kind']} but expected {want}")
        for c in g["conflicts"]:
            members = {cl["member"] for cl in c["claims"]}
            if not all(0 <= m < len(g["members"]) for m in members):
                problems.append(f"{g['id']}: claim names no member")
            if len({g["members"][m]["source"] for m in members}) < 2:
                problems.append(f"{g['id']}: a conflict needs two sources")
        for m in g["members"]:
            if m.get("secondary"):
                secondary.append((g["id"], m))
                continue
            span(m, g["id"])
            primary.setdefault((m["source"], m["start"], m["end"]), set()).add(g["id"])
    # a secondary member repeats a sentence whose own place is another group, and its
    # part lies inside it; it does not count towards coverage
    for gid, m in secondary:
        if primary.get((m["source"], m["start"], m["end"]), {gid}) == {gid}:
            problems.append(f"{gid}: secondary member {m['source']}[{m['start']}] has no "
                            "own place in another group")
        lo, hi = m.get("part", (m["start"], m["end"]))
        if not m["start"] <= lo < hi <= m["end"]:
            problems.append(f"{gid}: part {lo}:{hi} is not inside its sentence")
        if texts[m["source"]][m["start"]:m["end"]] != m["text"]:
            problems.append(f"{gid}: secondary text is not source[{m['start']}:{m['end']}]")
    for e in rep["excluded"]:
        span(e, "excluded")
        if e["reason"] not in ("boilerplate", "duplicate", "fragment"):
            problems.append(f"excluded reason {e['reason']!r}")
    for sid, text in texts.items():
        for i, ch in enumerate(text):
            if not ch.isspace() and ch not in "\u200b\u200c\u200d\u2060\ufeff":
                if cover[sid][i] == 0:
                    problems.append(f"{sid}[{i}] {ch!r} is in no unit")
                    break
                if cover[sid][i] > 1:
                    problems.append(f"{sid}[{i}] is in two units")
                    break
    ids = [g["id"] for g in rep["groups"]]
    if ids != [f"G{n}" for n in range(1, len(ids) + 1)]:
        problems.append("group ids are not G1..Gn in order")
    return problems
