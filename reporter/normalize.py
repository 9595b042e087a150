"""Normalisation for matching: one folded form of a sentence, and its content words.

Two outlets write the same fact with different quotes, apostrophes, accents, spaces and
number formats (``42 000 $`` and ``$42 000``); matching must not see those differences.
The function-word lists are curated by hand: stock stop-word lists drop negations,
comparatives and numerals (``ne``, ``pas``, ``plus``, ``deux``), which carry the claims
this tool compares.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Typographic variants folded to one ASCII form; zero-width characters vanish.
_TRANSLATE = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2039": '"', "\u203a": '"',
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u2026": "...", "\u2022": " ", "\u00b7": " ",
        "\u0153": "oe", "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE", "\u00df": "ss",
    }
)

CURRENCIES = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "usd": "usd",
              "eur": "eur", "gbp": "gbp", "dollars": "usd", "dollar": "usd", "euros": "eur",
              "euro": "eur"}

_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])")
_CURRENCY_BEFORE = re.compile(r"([$€£¥₹])\s?(\d[\d.,]*)")
_CURRENCY_AFTER = re.compile(r"(\d[\d.,]*)\s?(?:([$€£¥₹])|\b(dollars?|euros?|usd|eur|gbp)\b)")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}\b)")
_WORD = re.compile(r"[a-z0-9]+(?:[.][0-9]+)?")
_DIGIT = re.compile(r"\d")

FUNCTION_WORDS = {
    "fr": frozenset(
        """
        a au aux avec ce ces cet cette ceci cela ca celui celle ceux celles c d de des du
        dans en et est etait etaient etre ete a avait avaient ont sont sera seront serait
        fut il ils elle elles on je tu nous vous leur leurs lui l la le les se sa son ses
        s m mon ma mes t ton ta tes un une par pour sur sous que qu qui quoi dont ou y
        mais donc or car comme si selon vers chez entre lors tout toute tous toutes meme
        aussi ainsi deja encore alors puis cependant toutefois tres bien fait faire
        ici la-bas apres avant pendant depuis afin notamment egalement ete contre sans
        parmi malgre envers hors sauf via lorsque quand puisque tandis dont laquelle lequel
        lesquels lesquelles auquel auxquels duquel desquels
        """.split()
    ),
    "en": frozenset(
        """
        a an the and or but of to in on at by for with from into onto over as is are was
        were be been being has have had do does did this that these those it its he she
        they them their his her him we us our you your i me my which who whom whose what
        when where while so than then there here also just about after before during since
        until upon via per both each such very can could would should will shall may
        might must said says say according against without within among toward towards
        through because however although though if whether into onto
        """.split()
    ),
}
"""Words that carry no claim. Kept on purpose: negations (ne, pas, not, no, aucun),
comparatives (plus, moins, more, less), numerals and quantifiers."""

ANY_FUNCTION_WORD = FUNCTION_WORDS["fr"] | FUNCTION_WORDS["en"]
"""Function words of either language: one lookup a word."""

POLARITY_WORDS = frozenset(
    "ne n pas plus jamais aucun aucune rien ni moins not no never none nor more less".split()
)
"""Negations and comparatives: kept in the matching text because they carry the claim,
but weak evidence that two sentences state the same fact (see group.rarity_weights)."""

_STEMMERS = {"fr": "french", "en": "english"}


def fold(text: str) -> str:
    """Case-fold, strip accents, unify quotes, apostrophes, dashes and spaces."""
    if text.isascii():
        # Most English text: nothing to decompose, and of ``_TRANSLATE`` only the
        # backquote to replace (a tab is white space, which the split folds anyway);
        # a plain replace and lower() take half the time of the table and casefold().
        return " ".join(text.replace("`", "'").lower().split())
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def canonical_numbers(text: str) -> str:
    """Write numbers and amounts one way: ``42 000 $`` and ``$42 000`` become ``usd42000``.

    Expects folded text. Decimal commas become points (``54,20`` → ``54.20``).
    """
    if _DIGIT.search(text) is None:
        return text  # every pattern below needs a digit, and many texts read have none
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    text = _DECIMAL_COMMA.sub(".", text)
    text = _CURRENCY_BEFORE.sub(lambda m: f" {CURRENCIES[m.group(1)]}{_plain(m.group(2))} ", text)
    text = _CURRENCY_AFTER.sub(
        lambda m: f" {CURRENCIES[m.group(2) or m.group(3)]}{_plain(m.group(1))} ", text
    )
    return text


def _plain(number: str) -> str:
    """Drop thousands separators left in a number (``42,000`` → ``42000``)."""
    number = number.rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number):
        return number.replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        return number.replace(".", "")
    return number


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> snowballstemmer.stemmer:
    # snowballstemmer hands out PyStemmer's C implementation when it is installed.
    return snowballstemmer.stemmer(_STEMMERS.get(lang, "french"))


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a folded word; numbers and polarity words stay as they are."""
    if word in POLARITY_WORDS or any(c.isdigit() for c in word):
        return word
    return str(_stemmer(lang).stemWord(word))


def content_terms(text: str, *, lang: str) -> list[tuple[str, str]]:
    """(stem, folded word) for each content word of a sentence, in order.

    Elisions are split (``l'API`` → ``api``), numbers are canonical, and function
    words of both French and English are dropped, so a French sentence quoting
    English still matches.
    """
    folded = canonical_numbers(fold(text)).replace("'", " ")
    return [(stem(w, lang), w) for w in _WORD.findall(folded) if w not in ANY_FUNCTION_WORD]


_LANG_HINTS = {
    "fr": frozenset("le la les des du est et une dans pour que qui pas sur avec ne".split()),
    "en": frozenset("the and of to is in that for was with on by has are not from".split()),
}


def detect_language(text: str, *, default: str = "fr") -> str:
    """``fr`` or ``en``, by which language's commonest words the text uses more.

    Ties and texts with no signal (a headline and a date) get ``default``.
    """
    words = re.findall(r"[a-z]+", fold(text[:20000]))
    fr = sum(1 for w in words if w in _LANG_HINTS["fr"])
    en = sum(1 for w in words if w in _LANG_HINTS["en"])
    return "en" if en > fr else "fr" if fr > en else default
