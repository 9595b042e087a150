"""reporter.bilingual: French -> English translations from the FreeDict extract."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from reporter import bilingual
from reporter.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
DICTD = Path("/usr/share/dictd")

TRANSLATION = [
    # (French, one English word the dictionaries give for it); checked in FreeDict 2022.04
    ("maison", "house"),
    ("séisme", "earthquake"),
    ("habitant", "inhabitant"),
    ("milliard", "billion"),
    ("blessé", "injured"),
    ("blessé", "wounded"),
    ("navire", "ship"),
    ("navire", "vessel"),
    ("otage", "hostage"),
    ("banque", "bank"),
    ("bijou", "jewel"),
    ("câble", "cable"),
    ("village", "village"),
    ("pirate", "pirate"),
    ("dollar", "dollar"),
    ("tuer", "kill"),
    ("ville", "town"),
    ("président", "president"),
    ("tremblement de terre", "earthquake"),  # only in eng-fra: the reverse is read too
    ("quotidien", "daily paper"),  # two-word translations are kept
]
INFLECTED = [
    # plural, feminine and participle forms reach the headword
    ("maisons", "house"),
    ("habitations", "dwelling"),
    ("habitants", "inhabitant"),
    ("milliards", "billion"),
    ("blessés", "wounded"),
    ("blessées", "injured"),
    ("tués", "kill"),  # no tué in FreeDict: the participle's verb, tuer
    ("tuées", "kill"),
    ("mortes", "death"),
    ("otages", "hostage"),
    ("bijoux", "jewel"),  # -x
    ("chevaux", "horse"),  # -aux -> -al
    ("travaux", "work"),  # -aux -> -ail
    ("grandes", "big"),
    ("saisis", "seize"),  # -i participle -> -ir
]
NO_TRANSLATION = [
    # (French, an English word that must not be among its translations)
    ("maison", "killed"),
    ("maison", "kill"),
    ("séisme", "house"),
    ("tués", "injured"),
    ("tués", "you"),  # folded "tue" less its "e" is "tu": the verb must come first
    ("blessés", "killed"),
    ("blessés", "kill"),
    ("milliards", "millions"),
    ("milliards", "million"),
    ("banque", "bench"),
    ("navire", "house"),
    ("otages", "pirates"),
    ("otages", "pirate"),
    ("habitants", "hostage"),
]
UNKNOWN = ["magnitude", "xyzzy", "", "tsunamis"]


@pytest.mark.parametrize(("french", "english"), TRANSLATION + INFLECTED)
def test_english_of(french: str, english: str) -> None:
    assert english in bilingual.english_of(french)


@pytest.mark.parametrize(("french", "english"), TRANSLATION + INFLECTED)
def test_french_of(french: str, english: str) -> None:
    found = bilingual.french_of(english)
    assert any(form in found for form in bilingual.forms(fold(french)))


@pytest.mark.parametrize(("french", "english"), [
    *TRANSLATION,
    *INFLECTED,
    ("tués", "killed"),  # the English side reduced by WordNet: killed -> kill
    ("tuées", "killing"),
    ("blessés", "injured"),
    ("maisons", "houses"),
    ("milliards", "billions"),
    ("habitants", "inhabitants"),
    ("navires", "ships"),
    ("otages", "hostages"),
])
def test_translates(french: str, english: str) -> None:
    assert bilingual.translates(french, english)


@pytest.mark.parametrize(("french", "english"), NO_TRANSLATION)
def test_no_translation(french: str, english: str) -> None:
    assert english not in bilingual.english_of(french)
    assert not bilingual.translates(french, english)


@pytest.mark.parametrize("french", UNKNOWN)
def test_unknown(french: str) -> None:
    assert bilingual.english_of(french) == frozenset()
    assert not bilingual.translates(french, french)


def test_english_of_folds() -> None:
    assert bilingual.english_of("Séisme") == bilingual.english_of("seisme") != frozenset()
    assert bilingual.french_of("Earthquake") == bilingual.french_of("earthquake")


@pytest.mark.parametrize(("word", "found"), [
    ("maisons", ("maisons", "maison")),
    ("tues", ("tues", "tue", "tuer", "tu")),  # the bare -e, giving "tu", is tried last
    ("mortes", ("mortes", "morte", "morter", "mort")),
    ("chevaux", ("chevaux", "cheval", "chevail", "chevau")),
    ("actives", ("actives", "active", "actif", "activer", "activ")),
    ("as", ("as",)),  # too short to lose a letter
])
def test_forms(word: str, found: tuple[str, ...]) -> None:
    assert bilingual.forms(word) == found


PLAIN = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def test_extract_holds_plain_folded_words() -> None:
    table = bilingual.load()
    assert len(table) > 8000
    for french, english in table.items():
        assert fold(french) == french and all(PLAIN.fullmatch(w) for w in french.split(" "))
        assert english and len(french.split(" ")) <= 3
        for word in english:
            assert fold(word) == word and len(word.split(" ")) <= 2
            assert all(PLAIN.fullmatch(w) for w in word.split(" ")), (french, word)


def test_extract_is_what_the_builder_makes(tmp_path: Path) -> None:
    """``tools/build_bilingual.py`` run on FreeDict fra-eng and eng-fra writes the shipped
    extract, byte for byte."""
    if not all((DICTD / f"freedict-{name}.dict.dz").is_file() for name in ("fra-eng", "eng-fra")):
        pytest.skip("FreeDict fra-eng and eng-fra are not installed in /usr/share/dictd "
                    "(Debian: apt-get install dict-freedict-fra-eng dict-freedict-eng-fra; "
                    ".ci/run installs them)")
    out = tmp_path / "bilingual-fr-en.txt.gz"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_bilingual.py"), "--dictd",
                    str(DICTD), "--out", str(out)], check=True, capture_output=True)
    shipped = resources.files("reporter").joinpath("data", "bilingual-fr-en.txt.gz").read_bytes()
    assert out.read_bytes() == shipped


def test_builder_says_what_to_install(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_bilingual
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert build_bilingual.main(["--dictd", str(tmp_path), "--out",
                                 str(tmp_path / "out.gz")]) == 2
    assert "apt-get install dict-freedict-fra-eng dict-freedict-eng-fra" in capsys.readouterr().err
    assert not (tmp_path / "out.gz").exists()


def test_extract_covers_the_licence() -> None:
    text = resources.files("reporter").joinpath("data", "FREEDICT-LICENSE").read_text()
    assert "GNU General Public License version 2.0 or" in text
    assert "Files: fra-eng/*" in text and "Files: eng-fra/*" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2, June 1991" in text
