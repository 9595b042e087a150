"""Broken, hostile and odd input through the real command: a clear error or a correct
report, never a traceback, never lost data.

Every case runs ``python -m reporter compare`` as a subprocess, as a user would. A
failing case must exit with its documented code and print one ``Error:`` line naming
the file and the problem; a case that succeeds must write a JSON report that keeps
contract v1 against the files re-read with the encoding the report names (or, for a
saved web page, against the extracted text the report embeds).
"""

from __future__ import annotations

import codecs
import json
import os
import random
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import build_report
from reporter.errors import SourceError
from reporter.model import Article
from reporter.render import render_json
from reporter.sources import decode
from tests.conftest import ROOT
from tests.contract import contract_problems

A = ("Microsoft retire Twitter de sa plateforme publicitaire\n\n"
     "Le groupe a annoncé mardi 25 avril 2023 qu'il cessait de vendre des annonces sur le"
     " réseau social. Elon Musk menace de poursuivre l'entreprise en justice.\n")
B = ("Musk menace Microsoft d'un procès\n\n"
     "Microsoft ne vendra plus de publicité sur Twitter à partir du 25 avril, a indiqué"
     " l'entreprise. Le patron de Twitter promet un procès.\n")
LATIN = "L'Élysée a reçu 300 élèves à Noël, été comme hiver : « Déjà vu », dit-il.\n"


def page(body: str, head: str = '<meta charset="utf-8">') -> str:
    """``body`` (a headline line, then paragraphs) as a saved news page with template."""
    title, *paras = [p for p in body.split("\n") if p.strip()]
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
            "<nav><a href='/'>Accueil</a> <a href='/tech'>Tech</a></nav>"
            f"<article><h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in paras)}</article>"
            "<div class='share'>Partager sur Facebook</div><footer>© Le Journal 2023 - Tous"
            " droits réservés</footer></body></html>\n")


PAGE_B = page(B + LATIN)
NAV_ONLY = ("<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a>"
            " <a href='/tech'>Tech</a> <a href='/sport'>Sport</a></nav></body></html>")


@dataclass
class Case:
    """What one bad-input case expects from the command."""

    args: list[str]
    """Arguments after ``compare``; ``{d}`` is replaced by the case's directory."""
    code: int
    needles: tuple[str, ...] = ()
    """Substrings of the one ``Error:`` line (or of the warnings when code is 0)."""
    names: tuple[str, ...] = ()
    """File names the message must mention."""
    encodings: dict[str, str] = field(default_factory=dict)
    """Source id → encoding the JSON report must record."""
    sources: tuple[str, ...] | None = None
    """Source ids the report must contain (when code is 0)."""


def w(d: Path, name: str, data: str | bytes) -> Path:
    path = d / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def two_good(d: Path) -> None:
    w(d, "a.txt", A)
    w(d, "b.txt", B)


# Each setup writes files into the case directory and returns the Case to check.
Setup = Callable[[Path], Case]


def enc_case(name: str, data: bytes, encoding: str) -> Setup:
    def setup(d: Path) -> Case:
        w(d, "a.txt", A)
        w(d, name, data)
        return Case(["{d}/a.txt", f"{{d}}/{name}"], 0,
                    encodings={Path(name).stem: encoding})
    return setup


def text_case(body: str, name: str = "odd.txt") -> Setup:
    def setup(d: Path) -> Case:
        w(d, "a.txt", A)
        w(d, name, body)
        return Case(["{d}"], 0, sources=("a", Path(name).stem))
    return setup


def error_case(name: str, data: bytes, *needles: str, code: int = 1) -> Setup:
    def setup(d: Path) -> Case:
        w(d, "a.txt", A)
        w(d, name, data)
        return Case(["{d}/a.txt", f"{{d}}/{name}"], code, needles, (name,))
    return setup


def _with(setup: Callable[[Path], object], case: Case) -> Setup:
    def run(d: Path) -> Case:
        setup(d)
        return case
    return run


def _big_page(d: Path) -> None:
    w(d, "a.txt", A)
    with (d / "huge.html").open("wb") as f:
        f.truncate(21 * 2**20)


def _fifo(d: Path) -> None:
    two_good(d)
    os.mkfifo(d / "pipe.txt")


def _big_sparse(d: Path) -> None:
    w(d, "a.txt", A)
    with (d / "huge.txt").open("wb") as f:
        f.truncate(21 * 2**20)


def _bad_name(d: Path) -> None:
    w(d, "a.txt", A)
    fd = os.open(os.fsencode(d) + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, B.encode())
    os.close(fd)


def _newline_name(d: Path) -> None:
    w(d, "a.txt", A)
    w(d, "bad\nname.txt", b"\x00\x01\x02")


def _unreadable(d: Path) -> None:
    two_good(d)
    (d / "b.txt").chmod(0)


def _copy(d: Path) -> None:
    two_good(d)
    w(d, "copy.txt", A.replace("\n", "\r\n"))


def _mixed_dir(d: Path) -> None:
    (d / "in").mkdir()
    w(d / "in", "a.txt", A)
    w(d / "in", "b.txt", B)
    w(d / "in", "c.xml", "<p>no</p>")
    w(d / "in", "d.csv", "x,y")
    (d / "in" / "sub.txt").mkdir()
    (d / "in" / "dangling.txt").symlink_to(d / "nowhere.txt")


ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0
LINE_1MB = ("Le ministre a annoncé 300 postes le 3 mai, selon un communiqué. " * 16_000)[:2**20]

def _is_char_device(path: str) -> bool:
    try:
        return stat.S_ISCHR(os.stat(path).st_mode)
    except OSError:
        return False


CASES = [
    # Encodings: read, recorded, offsets valid against the decoded text.
    pytest.param(enc_case("u8bom.txt", codecs.BOM_UTF8 + B.encode(), "utf-8-sig"), id="utf8-bom"),
    pytest.param(enc_case("u16le.txt", B.encode("utf-16"), "utf-16"), id="utf16-bom"),
    pytest.param(enc_case("u16be.txt", codecs.BOM_UTF16_BE + B.encode("utf-16-be"), "utf-16"),
                 id="utf16-be-bom"),
    pytest.param(enc_case("u32.txt", B.encode("utf-32"), "utf-32"), id="utf32-bom"),
    pytest.param(enc_case("win.txt", (B + "L’œuvre coûte 10 €.\n").encode("cp1252"),
                          "cp1252"), id="windows-1252"),
    pytest.param(enc_case("latin.txt", (B + LATIN).encode("latin-1"), "cp1252"),
                 id="latin-1-long"),
    pytest.param(enc_case("short.txt", "Élysée, été".encode("latin-1"), "cp1252"),
                 id="latin-1-short"),
    pytest.param(enc_case("crlf-u16.txt", B.replace("\n", "\r\n").encode("utf-16"), "utf-16"),
                 id="utf16-crlf"),
    # Not text: one line naming the file.
    pytest.param(error_case("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
                 id="png"),
    pytest.param(error_case("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
                 id="pdf"),
    pytest.param(error_case("doc.md", b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"), id="docx"),
    pytest.param(error_case("nul.txt", b"Un texte\x00 avec NUL", "NUL"), id="nul-bytes"),
    pytest.param(error_case("ctl.txt", bytes(random.Random(5).randrange(1, 32)
                                             for _ in range(400)), "control characters"),
                 id="control-bytes"),
    pytest.param(error_case("junk.txt", bytes(range(0x80, 0x100)) * 4, "not UTF-8",
                            "convert it to UTF-8"), id="undecodable"),
    pytest.param(error_case("odd16.txt", B.encode("utf-16") + b"\x41", "not valid UTF-16"),
                 id="utf16-odd-length"),
    pytest.param(error_case("bom-latin.txt", codecs.BOM_UTF8 + LATIN.encode("latin-1"),
                            "UTF-8 byte order mark"), id="utf8-bom-then-latin-1"),
    # Saved web pages: the article read in the page's declared (or detected) charset, or
    # one line naming the file.
    pytest.param(enc_case("page.html", PAGE_B.encode(), "utf-8"), id="html-utf8"),
    pytest.param(enc_case("page.htm", page(B + LATIN, '<meta http-equiv="Content-Type"'
                                           ' content="text/html; charset=windows-1252">'
                                           ).encode("cp1252"), "cp1252"),
                 id="html-meta-charset-windows-1252"),
    pytest.param(enc_case("page.html", page(B + LATIN, "<meta charset=iso-8859-1>"
                                            ).encode("latin-1"), "cp1252"),
                 id="html-meta-charset-latin-1-read-as-windows-1252"),
    pytest.param(enc_case("page.html", page(B + LATIN, "").encode("latin-1"), "cp1252"),
                 id="html-missing-charset"),
    pytest.param(enc_case("page.html", page(B + LATIN, '<meta charset="utf-8">'
                                            ).encode("cp1252"), "cp1252"),
                 id="html-wrong-charset-utf8-declared"),
    pytest.param(enc_case("page.html", page(B + LATIN, '<meta charset="iso-8859-1">'
                                            ).encode(), "utf-8"),
                 id="html-utf8-under-stale-latin-1-declaration"),
    pytest.param(enc_case("page.html", page(B + LATIN, '<meta charset="nonsense-9">'
                                            ).encode("cp1252"), "cp1252"),
                 id="html-unknown-charset-label"),
    pytest.param(enc_case("page.html", page(B, '<meta charset="utf-8">').encode("utf-16"),
                          "utf-16"), id="html-utf16-bom-over-meta"),
    pytest.param(error_case("cut.html", PAGE_B[:len(PAGE_B) // 2].encode(), "cut off"),
                 id="html-truncated"),
    pytest.param(error_case("img.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
                 id="html-binary-png"),
    pytest.param(error_case("nul.html", PAGE_B.encode()[:200] + b"\x00\x00" + b"x" * 40,
                            "NUL"), id="html-nul-bytes"),
    pytest.param(error_case("nav.html", NAV_ONLY.encode(), "no article text"),
                 id="html-no-article"),
    pytest.param(error_case("junk.html", b"<html>" + bytes(range(0x80, 0x100)) * 4,
                            "not UTF-8"), id="html-undecodable"),
    pytest.param(_with(_big_page, Case(["{d}/a.txt", "{d}/huge.html"], 1,
                                       ("21.0 MiB", "20.0 MiB limit"), ("huge.html",))),
                 id="html-above-size-limit"),
    pytest.param(_with(lambda d: (two_good(d), w(d, "e.html", "")),
                       Case(["{d}"], 0, ("empty file, skipped",), ("e.html",),
                            sources=("a", "b"))), id="html-empty-file"),
    # Odd but valid text: a report that keeps the contract.
    pytest.param(text_case(B.replace("\n", "\r\n")), id="crlf"),
    pytest.param(text_case(B.replace("\n", "\r")), id="cr-only"),
    pytest.param(text_case(B.replace(" ", "\t")), id="tabs"),
    pytest.param(text_case(B.replace(" ", "\u00a0").replace("e", "e\u200b")),
                 id="nbsp-and-zero-width"),
    pytest.param(text_case(B.replace("Twitter", "Twi\x07tter\x1b")), id="control-chars"),
    pytest.param(text_case("\u202eMusk menace\u202c Microsoft.\u2066x\u2069\n" + B),
                 id="bidi-overrides"),
    pytest.param(text_case(B.replace("\n", "\u2028")), id="unicode-line-separators"),
    pytest.param(text_case(LINE_1MB), id="one-mb-line"),
    pytest.param(text_case("a" * 300_000 + "\n" + B), id="long-run-without-spaces"),
    pytest.param(text_case("# Musk menace **Microsoft**\n\nVoir [le communiqué]"
                           "(https://news.example.com/a.b?c=1). *Twitter* perd un client.\n\n"
                           "| pays | date |\n|---|---|\n| US | 25 avril |\n\n---\n\n"
                           "```\ncode\n```\n<br/> > - un point `inline`\n", name="doc.md"),
                 id="markdown"),
    # Skipped with a warning, the rest compared.
    pytest.param(_with(lambda d: (two_good(d), w(d, "e.txt", "")),
                       Case(["{d}"], 0, ("empty file, skipped",), ("e.txt",), sources=("a", "b"))),
                 id="empty-file"),
    pytest.param(_with(lambda d: (two_good(d), w(d, "s.md", " \n\t\r\n\u200b\u00a0\n")),
                       Case(["{d}"], 0, ("only white space",), ("s.md",), sources=("a", "b"))),
                 id="whitespace-only"),
    pytest.param(_with(_copy, Case(["{d}"], 0, ("same text as", "a copy is not"),
                                   ("copy.txt", "a.txt"), sources=("a", "b"))),
                 id="same-content-two-names"),
    pytest.param(_with(two_good, Case(["{d}/a.txt", "{d}/a.txt", "{d}", "{d}/b.txt"], 0,
                                      sources=("a", "b"))), id="same-file-twice"),
    pytest.param(_with(_mixed_dir, Case(["{d}/in"], 0, sources=("a", "b"))),
                 id="dir-ignores-other-files"),
    # Too few usable sources: usage error, after the warnings that say why.
    pytest.param(_with(lambda d: (w(d, "a.txt", A), w(d, "e.txt", "  \n")),
                       Case(["{d}"], 2, ("at least two sources",))), id="one-left-after-skip"),
    pytest.param(_with(lambda d: (w(d, "a.txt", A), w(d, "b.txt", A)),
                       Case(["{d}"], 2, ("at least two sources",))), id="only-copies"),
    pytest.param(_with(lambda d: (w(d, "a.txt", ""), w(d, "b.md", "\n")),
                       Case(["{d}"], 2, ("at least two sources",))), id="dir-of-empty-files"),
    # Paths.
    pytest.param(_with(two_good, Case(["{d}/a.txt", "{d}/nope.txt"], 2, ("does not exist",),
                                      ("nope.txt",))), id="missing-path"),
    pytest.param(_with(lambda d: (w(d, "a.txt", A), (d / "none").mkdir()),
                       Case(["{d}/a.txt", "{d}/none"], 1, ("no .txt, .md or .html files",),
                            ("none",))), id="dir-without-text-files"),
    pytest.param(_with(lambda d: (w(d, "a.txt", A), (d / "x").mkdir(), w(d / "x", "a.md", B)),
                       Case(["{d}/a.txt", "{d}/x"], 1, ("id 'a'",), ("a.md",))),
                 id="clashing-ids"),
    pytest.param(_with(_big_sparse, Case(["{d}/a.txt", "{d}/huge.txt"], 1,
                                         ("21.0 MiB", "20.0 MiB limit"), ("huge.txt",))),
                 id="above-default-size-limit"),
    pytest.param(_with(two_good, Case(["{d}", "--max-size", "0.0001"], 1,
                                      ("above the 104 bytes limit",), ("a.txt",))),
                 id="above-max-size"),
    pytest.param(_with(_fifo, Case(["{d}/a.txt", "{d}/pipe.txt"], 1, ("not a regular file",),
                                   ("pipe.txt",))), id="fifo"),
    pytest.param(_with(lambda d: w(d, "a.txt", A),
                       Case(["{d}/a.txt", "/dev/null"], 1, ("not a regular file",),
                            ("/dev/null",))), id="device",
                 marks=pytest.mark.skipif(
                     not _is_char_device("/dev/null"),
                     reason="/dev/null is not a character device on this machine (a sandbox "
                            "may make it a plain file): no device to test with")),
    pytest.param(_with(_bad_name, Case(["{d}"], 1, ("file name is not valid UTF-8",))),
                 id="non-utf8-file-name"),
    pytest.param(_with(_newline_name, Case(["{d}"], 1, ("binary",), ("bad\\nname.txt",))),
                 id="newline-in-file-name"),
    pytest.param(_with(_unreadable, Case(["{d}"], 1, ("permission denied",), ("b.txt",))),
                 marks=pytest.mark.skipif(ROOT_USER, reason="root reads any file"),
                 id="permission-denied"),
    # Outputs.
    pytest.param(_with(two_good, Case(["{d}", "-o", "{d}/a.txt"], 1, ("is also an input",),
                                      ("a.txt",))), id="output-is-input"),
    pytest.param(_with(two_good, Case(["{d}", "--json", "{d}/no/r.json"], 1,
                                      ("does not exist", "--mkdir"), ("r.json",))),
                 id="output-dir-missing"),
    pytest.param(_with(two_good, Case(["{d}", "--json", "{d}/a.txt/r.json"], 1,
                                      ("is not a directory",), ("r.json",))),
                 id="output-under-a-file"),
    pytest.param(_with(two_good, Case(["{d}", "--max-size", "nan"], 2, ("--max-size",))),
                 id="max-size-nan"),
]


def run_cli(args: list[str], cwd: Path, env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "reporter", "compare", *args], cwd=cwd,
                          capture_output=True, check=False, timeout=120,
                          env={**os.environ, **(env or {}),
                               # this tree's reporter, whatever copy is installed
                               "PYTHONPATH": os.pathsep.join(
                                   filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})


@pytest.mark.parametrize("setup", CASES)
def test_bad_input(setup: Setup, tmp_path: Path) -> None:
    """No traceback; the documented exit code; one clear line naming the file."""
    d = tmp_path / "case"
    d.mkdir()
    case = setup(d)
    args = [a.replace("{d}", str(d)) for a in case.args]
    if case.code == 0:
        args += ["--json", str(tmp_path / "r.json")]
    proc = run_cli(args, tmp_path)
    err = proc.stderr.decode("utf-8")
    info = f"exit={proc.returncode}\nstderr:\n{err}"
    assert "Traceback" not in err, info
    assert proc.returncode == case.code, info
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    warnings = [line for line in err.splitlines() if line.startswith("Warning:")]
    if case.code == 0:
        assert errors == [], info
        for needle in case.needles + case.names:
            assert any(needle in line for line in warnings), info
        check_report(tmp_path / "r.json", case)
    else:
        assert len(errors) == 1, info
        for needle in case.needles + case.names:
            assert needle in errors[0] or (case.code == 2 and needle in "".join(warnings)), info


def check_report(path: Path, case: Case) -> None:
    """The report keeps contract v1 against each file re-read with its recorded encoding."""
    rep = json.loads(path.read_text(encoding="utf-8"))
    texts = {}
    for s in rep["sources"]:
        if "text" in s:  # a saved page: offsets index the extracted text it embeds
            assert s["format"] == "html"
            texts[s["id"]] = s["text"]
            continue
        with open(s["path"], encoding=s["encoding"], newline="") as f:
            texts[s["id"]] = f.read()
    assert contract_problems(rep, texts) == []
    got = {s["id"]: s["encoding"] for s in rep["sources"]}
    assert {k: got.get(k) for k in case.encodings} == case.encodings
    if case.sources is not None:
        assert sorted(got) == sorted(case.sources)


def test_markdown_link_url_is_not_a_claim_and_title_is_a_heading(tmp_path: Path) -> None:
    """In a .md source the link URL stays inside its sentence and ``# Title`` heads it."""
    w(tmp_path, "a.txt", A)
    w(tmp_path, "m.md", "# Musk menace Microsoft\n\nVoir [le texte](https://x.example/a.b)."
                        " Twitter perd un client.\n")
    proc = run_cli([str(tmp_path), "--json", str(tmp_path / "r.json")], tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    spans = [m for g in rep["groups"] for m in g["members"] if m["source"] == "m"]
    spans += [e for e in rep["excluded"] if e["source"] == "m"]
    texts = sorted(s["text"] for s in spans)
    assert texts == ["# Musk menace Microsoft", "Twitter perd un client.",
                     "Voir [le texte](https://x.example/a.b)."]
    assert any(m["heading"] and m["text"].startswith("# ") for g in rep["groups"]
               for m in g["members"])


def test_reports_are_byte_identical_across_hash_seeds_and_order(tmp_path: Path) -> None:
    """Two PYTHONHASHSEED values and two source orders give byte-identical reports."""
    fixtures = sorted((ROOT / "fixtures" / "musk-microsoft").glob("*.txt"))
    outs = []
    for seed, order in (("1", fixtures), ("4242", list(reversed(fixtures)))):
        out = tmp_path / seed
        out.mkdir()
        proc = run_cli([*map(str, order), "-o", str(out / "r.md"), "--html",
                        str(out / "r.html"), "--json", str(out / "r.json")], tmp_path,
                       env={"PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append([(out / f"r.{ext}").read_bytes() for ext in ("md", "html", "json")])
    assert outs[0] == outs[1]


def test_mkdir_creates_the_output_directory(tmp_path: Path) -> None:
    """--mkdir creates a missing output directory and writes the report there."""
    two_good(tmp_path)
    target = tmp_path / "out" / "deeper" / "r.md"
    proc = run_cli([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--mkdir", "-o",
                    str(target)], tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert target.read_text(encoding="utf-8").startswith("# Source comparison: 2 sources")


# Generated articles mixing sentences with every odd character class above.
ODD = st.sampled_from(["\r\n", "\r", "\t", "\u00a0", "\u202f", "\u200b", "\ufeff", "\u202e",
                       "\u2066", "\x07", "\x1b", "\x0c", "\u2028", "\x85", "  "])
MARKS = st.sampled_from(["# ", "**", "_", "[", "](https://ex.com/a.b)", "`", "<b>", "> ",
                         "- ", "| ", "---", "\n```\n", "![", "\\*"])
WORDS = st.sampled_from([
    "Le ministre a annoncé 300 postes le 3 mai.", "The minister announced 300 jobs.",
    "Le budget atteint 12 milliards d'euros.", "Getty Images", "Pourquoi ?",
    "« Nous ne paierons pas », a dit le PDG.", "42 000 $ par mois.", "\n", "\n\n",
])
BODY = st.lists(st.one_of(WORDS, WORDS, ODD, MARKS, st.text(max_size=12)), max_size=14).map(
    "".join)


@settings(deadline=None, max_examples=60)
@given(st.lists(st.tuples(BODY, st.booleans()), min_size=2, max_size=4))
def test_generated_odd_articles_keep_the_contract(bodies: list[tuple[str, bool]]) -> None:
    """Line endings, invisible and control characters, bidi marks and Markdown syntax,
    as text or as Markdown sources: no exception, contract v1 holds, and the report
    does not depend on the order of the sources."""
    arts = [Article(id=f"s{i}", path=f"s{i}", text=t, markup="markdown" if md else "text")
            for i, (t, md) in enumerate(bodies)]
    rep = json.loads(render_json(build_report(arts)))
    assert contract_problems(rep, {a.id: a.text for a in arts}) == []
    again = build_report(list(reversed(arts)))
    assert json.loads(render_json(again)) == rep


@settings(deadline=None, max_examples=200)
@given(BODY, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"]))
def test_decoding_gives_back_the_text_that_was_encoded(text: str, encoding: str) -> None:
    """Text written in a Unicode encoding is read back exactly, and cp1252 text too
    unless its bytes read as another encoding; or it is refused with a SourceError
    (binary-looking text)."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        got, used = decode(data, "f")
    except SourceError:
        return
    if encoding == "cp1252":  # its bytes may also be valid UTF-8 or another code page
        assert got == text or used != "cp1252"
    elif encoding == "utf-8":  # a leading U+FEFF is read as a BOM
        assert got == text.removeprefix("\ufeff")
    else:
        assert got == text
