"""Fuzz the reader (decoding, saved pages), the Markdown blanker and the segmenter for a
bounded time.

Any byte string must either be refused with a ``SourceError`` or give units that keep
the segmentation invariants (exact slices, no overlap, every visible character in one
unit). Anything else -- another exception, a broken invariant -- is a crash: the input
is saved to ``fuzz-crash-<sha1>.bin`` and the run exits 1.

    python bench/fuzz_reader.py --seconds 60            # atheris if installed, else random
    python bench/fuzz_reader.py --seconds 60 --plain    # seeded random-input loop only

atheris (coverage-guided, libFuzzer) is optional: ``pip install atheris``. Without it the
harness mutates seed articles at random (encodings, BOMs, line endings, invisible and
control characters, Markdown marks, long runs, truncations) with a fixed seed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    import atheris
except ImportError:  # the plain loop needs nothing
    atheris = None
if "--plain" in sys.argv:  # no coverage instrumentation: it only slows the plain loop
    atheris = None

if atheris is not None:
    with atheris.instrument_imports(include=["reporter"]):
        from reporter.errors import SourceError
        from reporter.markup import plain_text
        from reporter.model import Article
        from reporter.pages import declared_charset, extract_page
        from reporter.segment import segment_article
        from reporter.sources import decode
else:
    from reporter.errors import SourceError
    from reporter.markup import plain_text
    from reporter.model import Article
    from reporter.pages import declared_charset, extract_page
    from reporter.segment import segment_article
    from reporter.sources import decode

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
PAGE_LIMIT = 8192
"""Inputs up to this size are also read as saved pages (extraction is slow on big ones,
and would starve the reader and segmenter of inputs)."""


def check_units(text: str, markup: str) -> None:
    """Segment ``text`` and assert the invariants the JSON contract relies on."""
    art = Article(id="f", path="f", text=text, markup=markup)  # type: ignore[arg-type]
    covered = bytearray(len(text))
    last = 0
    for u in segment_article(art, lang="fr"):
        assert text[u.start:u.end] == u.text, (u.start, u.end)
        assert u.text and u.text == u.text.strip(), repr(u.text)
        assert u.start >= last, "units overlap or go backwards"
        last = u.end
        covered[u.start:u.end] = b"\x01" * (u.end - u.start)
    for i, ch in enumerate(text):
        if not covered[i] and not ch.isspace() and ch not in INVISIBLE:
            raise AssertionError(f"{ch!r} at {i} is in no unit")


def one_input(data: bytes) -> None:
    """The fuzz target: decode, then segment as text and as Markdown; read as a saved
    page, then segment the extracted article."""
    try:
        text, encoding = decode(data, "fuzz")
    except SourceError:
        text = None
    if text is not None:
        assert data.decode(encoding) == text
    # Segment the bytes even when the reader refuses them, so the segmenter sees junk.
    for candidate in (text, data.decode("utf-8", "replace")):
        if candidate is None:
            continue
        plain = plain_text(candidate)
        assert len(plain) == len(candidate)
        check_units(candidate, "text")
        check_units(candidate, "markdown")
    if len(data) > PAGE_LIMIT:
        return
    try:
        html, encoding = decode(data, "fuzz", declared=declared_charset(data))
        assert data.decode(encoding) == html
        page = extract_page(html, name="fuzz")
    except SourceError:
        return
    check_units(page.text, "text")


SEEDS = [
    "Microsoft retire Twitter de sa plateforme\n\nLe groupe a annoncé mardi 25 avril qu'il "
    "cessait. « Nous irons en justice », a dit M. Musk. Pourquoi ? Parce que.\n",
    "# Titre **gras**\n\nVoir [le texte](https://ex.com/a.b). *Fin* du `code`.\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx = 1.\n```\n> - cité\n---\n",
    "Mr. Smith paid $4.5 million on Jan. 3. He left.\r\nL'Élysée, été, œuvre à 10 €.\r",
    "<!doctype html><html><head><meta charset='windows-1252'><title>Musk menace</title>"
    "</head><body><nav><a href='/'>Accueil</a></nav><article><h1>Musk menace</h1><p>Le "
    "groupe a annoncé mardi 25 avril qu'il cessait de vendre des annonces, a dit M. Musk."
    "</p><p>L'Élysée, été, œuvre à 10 € : « Déjà vu », dit-il.</p></article><footer>© 2023"
    "</footer></body></html>\n",
]
ODD = ["\r\n", "\r", "\n", "\t", "\u00a0", "\u202f", "\u200b", "\ufeff", "\u202e", "\u2066",
       "\x00", "\x07", "\x1b", "\x0c", "\x85", "\u2028", "#", "**", "_", "[", "](", ")", "`",
       "<b>", "|", "> ", "- ", "```", "\\", ". ", "? ", "« ", " »", '"', "…", "<p>", "</p>",
       "</html>", "<!--", "&amp;"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"]


def mutate(rng: random.Random) -> bytes:
    """A random hostile input built from the seeds."""
    text = rng.choice(SEEDS)
    for _ in range(rng.randrange(12)):
        at = rng.randrange(len(text) + 1)
        piece = rng.choice(ODD) * (rng.randrange(1, 4) if rng.random() < 0.9 else 400)
        text = text[:at] + piece + text[at + rng.randrange(3):]
    if rng.random() < 0.05:
        text = text * rng.randrange(50, 400)
    data = text.encode(rng.choice(ENCODINGS), errors="replace")
    if rng.random() < 0.3:  # flip, cut or splice raw bytes
        raw = bytearray(data)
        for _ in range(rng.randrange(1, 8)):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw[: rng.randrange(len(raw) + 1)] if rng.random() < 0.3 else raw)
    if rng.random() < 0.05:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(2000)))
    return data


def save_crash(data: bytes) -> Path:
    path = Path(f"fuzz-crash-{hashlib.sha1(data).hexdigest()[:12]}.bin")
    path.write_bytes(data)
    return path


def plain_loop(seconds: float, seed: int, target: Callable[[bytes], None]) -> int:
    """Run the target on random inputs until time is up; 1 on the first crash."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:
        data = mutate(rng)
        try:
            target(data)
        except Exception:  # every exception that escapes the target is a finding
            traceback.print_exc()
            print(f"crash after {runs} inputs; input saved to {save_crash(data)}",
                  file=sys.stderr)
            return 1
        runs += 1
    print(f"fuzz_reader: {runs} inputs in {seconds:g} s, no crash")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0, help="seed of the plain loop")
    parser.add_argument("--plain", action="store_true",
                        help="use the random-input loop even if atheris is installed")
    args = parser.parse_args(argv)
    if atheris is None or args.plain:
        return plain_loop(args.seconds, args.seed, one_input)
    corpus = [s.encode(e, errors="replace") for s in SEEDS for e in ENCODINGS]

    def target(data: bytes) -> None:
        try:
            one_input(data)
        except Exception:
            print(f"input saved to {save_crash(data)}", file=sys.stderr)
            raise

    for data in corpus:  # the seeds must pass before fuzzing starts
        target(data)
    atheris.Setup([sys.argv[0], f"-max_total_time={int(args.seconds)}",
                   f"-seed={args.seed + 1}", "-max_len=65536", "-rss_limit_mb=4096"], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
