"""Typed values a sentence states: money, counts, percents, dates, weekdays, relative
times and quotes, in French and English.

Own regular expressions do the work; ``text_to_num`` only turns number-word spans into
numbers (applied to whole sentences it corrupts scale words such as ``milliards``).
Dateparser, price-parser and babel were measured and rejected: they invent dates from
``sa`` or ``$2,15`` and drop scale words (see the dependency research, section 4).

Matchers run from the most specific to the most general; a later match that overlaps an
earlier one is dropped, so ``2022`` inside ``octobre 2022`` is never also a count.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache

from text_to_num import text2num

from reporter import lexicon
from reporter.lexicon import person
from reporter.model import Quantity, QuantityKind
from reporter.polarity import outcome

__all__ = ["calendar_key", "extract_quantities", "remember_quantities", "value_words"]

# --------------------------------------------------------------------------- vocab


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_SP = r"[ \u00a0\u202f]"
"""A space that may sit inside a number or between a number and its unit."""
_AP = r"['’]"

_DIGITS_BODY = (
    r"(?:"
    r"\d{1,2}(?:,\d{2})+,\d{3}"  # Indian grouping 1,20,000
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
    r"|\d{1,3}(?:['’]\d{3})+(?!\d)"  # Swiss grouping 900'000
    r"|\d{1,3}(?:,\d{3})+(?![\d])"
    r"|\d{1,3}(?:\.\d{3})+(?![\d])"
    r"|\d{1,3}(?:,[ \u00a0]0\d{2})+(?!\d)"  # a space after the comma, a group led by 0: 20, 000
    r"|\d+"
    r")(?:[.,]\d+)?(?![\d])(?![.,]\d)(?!:\d)"
)
_DIGITS = (r"(?:(?<![\w.,:/-])|(?<=[Mm]agnitude-)"  # not "AK-47"; "a magnitude-5.9 quake"
           r"|(?<=\bM)(?=\d[.,]\d\b)|(?<=\bM[wL])(?=\d[.,]\d\b))"  # a quake's "M6.1", "Mw6.1"
           + _DIGITS_BODY)
"""Digits with thousands groups (space, NBSP, narrow NBSP, apostrophe, comma, point) and
decimals. A comma the copy or a tokeniser spaced out (``20, 000``, ``4, 051``) still groups
thousands when the group after it starts with 0: no count or list item is written so."""

_WORD_UNITS = {
    "fr": _words(
        "zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize vingt vingts trente quarante cinquante soixante cent cents mille "
    ),
    "en": _words(
        "zero two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
        "sixty seventy eighty ninety hundred thousand "
    ),
}
_WORD_ALT = "|".join(sorted({w for ws in _WORD_UNITS.values() for w in ws}, key=len, reverse=True))
_WORDNUM = (
    rf"(?i:\b(?:{_WORD_ALT})(?:(?:[\s-]+(?:et|and)[\s-]+|[\s-]+)(?:{_WORD_ALT}|un|une|one)\b)*\b)"
)
_ONE_BEFORE_SCALE = (
    r"(?i:\b(?:un|une|a|one)(?=\s+(?:millions?|milliards?|billions?|trillions?|thousand)\b))"
)
_ONE = r"(?i:\b(?:one|une?)\b)"
"""``one``, ``un``, ``une`` alone: a count only where :func:`_counts_one` says so."""
_NUM = rf"(?:{_DIGITS}|{_WORDNUM}|{_ONE_BEFORE_SCALE}|{_ONE})"

_SCALE_WORDS: dict[str, int] = {
    "mille": 3,
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "milliard": 9,
    "milliards": 9,
    "md": 9,
    "mds": 9,
    "mrd": 9,
    "mrds": 9,
    "bn": 9,
    "trillion": 12,
    "trillions": 12,
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
}
_SCALE_ABBR: dict[str, int] = {
    "k": 3, "K": 3, "M": 6, "mn": 6, "Mn": 6, "Md": 9, "Mds": 9, "m": 6, "mm": 6, "MM": 6,
    "mil": 6, "mln": 6, "b": 9, "B": 9, "bln": 9, "tn": 12, "trn": 12,
}
_SCALE = (
    r"(?:(?i:billions?|trillions?|milliards?|millions?|mille|thousand|mrds?|mds?|bn|lakhs?"
    r"|crores?)"
    r"|K|k|Mds|Md|Mn|mn|M)(?![\w])"
)

_CURRENCY_PRE: dict[str, str] = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
}
_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "JPY", "INR", "CHF", "CNY")
_CUR_PRE = (
    "(?:"
    + "|".join(re.escape(c) for c in sorted(_CURRENCY_PRE, key=len, reverse=True))
    + "|(?:"
    + "|".join(_CODES)
    + r")(?=\s?\d))"
)
_CUR_WORDS: tuple[tuple[str, str], ...] = (
    (r"dollars?\s+canadiens?|canadian\s+dollars?", "CAD"),
    (r"dollars?\s+australiens?|australian\s+dollars?", "AUD"),
    (r"(?:us\s+)?dollars?(?:\s+(?:am[ée]ricains?|us))?", "USD"),
    (r"euros?", "EUR"),
    (r"livres?\s+sterling|pounds?(?:\s+sterling)?", "GBP"),
    (r"yens?", "JPY"),
    (r"yuans?", "CNY"),
    (r"roupies?|rupees?", "INR"),
    (r"francs?\s+suisses?|swiss\s+francs?", "CHF"),
)
_CUR_POST = (
    "(?:"
    + "|".join(re.escape(c) for c in ("$", "€", "£", "¥", "₹"))
    + "|(?:"
    + "|".join(_CODES)
    + r")\b|(?i:(?:"
    + "|".join(p for p, _ in _CUR_WORDS)
    + r"))\b)"
)
_CUR_WORD_RES = tuple((re.compile(rf"(?i:{p})$"), code) for p, code in _CUR_WORDS)

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "janvier janv january jan",
        "février fevrier févr fevr fév fev february feb",
        "mars march mar",
        "avril avr april apr",
        "mai may",
        "juin june jun",
        "juillet juil july jul",
        "août aout august aug",
        "septembre sept september sep",
        "octobre oct october",
        "novembre nov november",
        "décembre decembre déc dec december",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_MONTH_FR = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
    r"|novembre|d[ée]cembre|janv\.|f[ée]vr?\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.)"
)
_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MONTH = rf"(?:(?i:{_MONTH_FR})|{_MONTH_EN})(?!\w)"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

_WEEKDAYS = {
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
}

_STOP = frozenset(
    _words(
        "le la les l de des du d un une et ou a au aux en par pour sur dans avec sans "
        "chez selon entre vers que qu qui dont ne n pas plus moins son sa ses leur leurs "
        "ce cet cette ces se s mon ma mes notre nos votre vos il elle ils elles on nous "
        "vous je j y est sont ete etait etaient ont avait avaient sera seront soit fut "
        "environ pres depuis apres avant contre ainsi aussi deja seulement meme tout tous "
        "toute toutes chaque fin debut mi jusqu lors puis donc mais car si sous via soit "
        "contre the an and or of to in on at by for with from as than that which who whom "
        "is are was were be been being has have had will would can could may might this "
        "these those its his her their our your my per about over under more less some "
        "only also into after before since until up out it they we he she you i not no so "
        "but if while then each every just around nearly almost like last next ago later "
        "earlier "
    )
)
"""Function words: never a counted noun."""

_NOUN_CANON = {
    "an": "year",
    "ans": "year",
    "annee": "year",
    "annees": "year",
    "year": "year",
    "years": "year",
    "jour": "day",
    "jours": "day",
    "day": "day",
    "days": "day",
    "semaine": "week",
    "semaines": "week",
    "week": "week",
    "weeks": "week",
    "mois": "month",
    "month": "month",
    "months": "month",
    "heure": "hour",
    "heures": "hour",
    "hour": "hour",
    "hours": "hour",
    "personne": "person",
    "personnes": "person",
    "people": "person",
    "person": "person",
    "persons": "person",
    "gens": "person",
    "utilisateur": "user",
    "utilisateurs": "user",
    "users": "user",
    "employe": "employee",
    "employes": "employee",
    "salarie": "employee",
    "salaries": "employee",
    "employees": "employee",
    "fois": "time",
    "times": "time",
    "pays": "country",
    "countries": "country",
    "action": "share",
    "actions": "share",
    "shares": "share",
    # what news counts, in either language and under its usual synonyms
    "emploi": "job",
    "emplois": "job",
    "poste": "job",
    "postes": "job",
    "jobs": "job",
    "habitant": "resident",
    "habitants": "resident",
    "resident": "resident",
    "residents": "resident",
    "inhabitant": "resident",
    "inhabitants": "resident",
    "manifestant": "protester",
    "manifestants": "protester",
    "protesters": "protester",
    "protestors": "protester",
    "demonstrator": "protester",
    "demonstrators": "protester",
    "enfant": "child",
    "enfants": "child",
    "children": "child",
    "pompier": "firefighter",
    "pompiers": "firefighter",
    "firefighters": "firefighter",
    "firemen": "firefighter",
    "fireman": "firefighter",
    "soldat": "soldier",
    "soldats": "soldier",
    "soldiers": "soldier",
    "troops": "soldier",
    "victime": "victim",
    "victimes": "victim",
    "victims": "victim",
    "voix": "vote",
    "votes": "vote",
    "siege": "seat",
    "sieges": "seat",
    "seats": "seat",
    "cas": "case",
    "cases": "case",
    "deces": "death",
    "deaths": "death",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometres-heure": "km/h",
    "km": "km",
    "metre": "metre",
    "metres": "metre",
    "meter": "metre",
    "meters": "metre",
    "tonne": "tonne",
    "tonnes": "tonne",
    "mille": "mile",
    "centimetre": "cm",
    "centimetres": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "millimetre": "mm",
    "millimetres": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "km2": "square km",
    "km²": "square km",
    "m2": "square metre",
    "m²": "square metre",
}
"""Counted nouns shared by both languages, so ``3 ans`` and ``three years`` compare, and
a few synonyms news uses for one counted thing (``postes`` / ``emplois``, ``troops`` /
``soldiers``)."""

_RE_PER_HOUR = re.compile(r"(?:/h\b|[ \u00a0]+(?:per|an|par|à l')[ \u00a0]*(?:hour|heure)\b)",
                          re.I)
"""What makes a distance a speed: ``/h``, ``per hour``, ``an hour``, ``par heure``."""

_UNIT_MODIFIERS = frozenset({"nautical", "square", "cubic"})
"""Words that make a unit of measure another one (``nautical miles``, ``square km``)."""

_RE_UNIT_MODIFIER_AFTER = re.compile(r"[ \u00a0]+(?P<m>carr[ée]s?|cubes?|nautiques?)\b", re.I)
"""The same modifiers French writes after the unit (``kilomètres carrés``, ``milles
nautiques``)."""

_MODIFIER_AFTER = {"carre": "square", "cube": "cubic", "nautique": "nautical"}
_LENGTH_UNITS = frozenset({"km", "metre", "mile", "cm", "mm"})

_ADJ_SKIP = frozenset(
    _words(
        "nouveaux nouvelles nouveau nouvelle autres new other more additional premiers "
        "derniers first last straight consecutive successive seul seule seuls seules "
    )
)

_ORDINAL_AFTER = re.compile(r"(?:er|re|e|ème|eme|è|nd|st|rd|th|h\d*|ᵉ)\b|\s?h\b|\s?h\d")
_NAME_BEFORE = re.compile(
    r"(?i:\b(?:versions?|v\.|release|pages?|p\.|pp\.|chapitres?|chapters?|article|"
    r"n°|no\.|nos\.|num[ée]ros?|number|tomes?|vol\.|volumes?|saisons?|seasons?|"
    r"[ée]pisodes?|levels?|niveaux?|phases?|[ée]tapes?|steps?|sections?|§|figures?|fig\.|"
    r"tableau|table|annexe|appendix|g[ée]n[ée]ration|generation|rue|avenue|route|ligne|"
    r"line|salle|room|#)\s*$)"
)
"""Words after which a number is a name or a reference, not a count."""
_VERSION_LIST = re.compile(
    r"(?i:\b(?:versions?|v\.?|releases?)\s*\d+(?:\.\d+)*"
    r"(?:\s*(?:,|et|and|ou|or|&|/)\s*\d+(?:\.\d+)*)*)"
    r"|\bv\d+(?:\.\d+)*\b|\b\d+\.\d+\.\d+(?:\.\d+)*\b"
)
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s*$")
_WORD_AT = re.compile(r"[ \u00a0\u202f]*([^\W\d_][\w'’-]*)")
_OF_ANY = re.compile(r"[ \u00a0\u202f]*(?i:de|d['’]|of)[ \u00a0\u202f]*")
_OF_DET = re.compile(
    r"[ \u00a0\u202f]*(?i:de|d['’]|of)[ \u00a0\u202f]*(?i:ses|leurs|ces|nos|vos|mes|the|its|his|"
    r"her|their|these|those)[ \u00a0\u202f]+"
)

_QUAL_BEFORE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"(?i:\b(?:plus\s+de|plus\s+d['’]|more\s+than|over|au\s+moins|at\s+least|"
            r"au-del[àa]\s+de|upwards\s+of|above|sup[ée]rieure?s?\s+[àa]|d[ée]passe(?:nt)?|"
            r"d[ée]passant|exceeds?|exceeding|in\s+excess\s+of|upward\s+of)\s*$)"
        ),
        "more",
    ),
    (
        re.compile(
            r"(?i:\b(?:moins\s+de|moins\s+d['’]|less\s+than|fewer\s+than|under|au\s+plus|"
            r"at\s+most|jusqu['’][àa]|up\s+to|below|inf[ée]rieure?s?\s+[àa]|[àa]\s+peine|"
            r"(?<!twice )(?<!times )(?<!half )as\s+(?:many|much|high)\s+as)\s*$)"
        ),
        "less",
    ),
    (
        re.compile(
            r"(?i:\b(?:environ|about|around|approximately|approx\.|de\s+l['’]ordre\s+de|"
            r"pr[èe]s\s+de|pr[èe]s\s+d['’]|nearly|almost|presque|some|quelque|autour\s+de|"
            r"roughly|quasiment|approximativement|grosso\s+modo|circa|ca\.)\s*$|~\s*$)"
        ),
        "about",
    ),
)
_NEGATED = re.compile(r"(?i:\b(?:no|not|pas)[ \u00a0\u202f]+$)")
"""A negation right before a bound turns it round: ``no more than 20`` / ``pas plus de
20`` is at most 20, ``not less than 8`` / ``pas moins de 8`` at least 8."""
_FLIPPED = {"more": "less", "less": "more"}
_RANGE_OPEN = re.compile(r"(?i:\b(?:entre|between|de|d['’]|from|du)\s*$)")
_RANGE_MID = re.compile(r"^(?i:\s*(?:et|and|[àa]|to|au|-|–)\s*)$")
_RANGE_OPEN_AND = re.compile(r"(?i:entre|between)\b")
_RANGE_MID_AND = re.compile(r"^(?i:\s*(?:et|and)\s*)$")
"""``et`` / ``and`` close a range ``entre`` / ``between`` opens; after ``de`` / ``from``
they join a list."""
_RANGE_MID_ALONE = re.compile(r"^(?i:\s+(?:[àa]|to)\s+)$")
_RANGE_MID_DASH = re.compile(r"^[ \u00a0]*[-–][ \u00a0]*$")
"""A dash between two amounts of one currency (``$140-$150 million``) makes a range."""
"""Between two numbers with no ``entre`` / ``between`` before them, what still makes a
range (``et`` / ``and`` make a list)."""

_DATE_STRONG = (
    r"en|in|depuis|since|jusqu['’]en|until|till|d[èe]s|during|pendant|ann[ée]e|year|"
    r"l['’]an|d[ée]but|fin|mi-|circa|courant|printemps|[ée]t[ée]|automne|hiver|spring|"
    r"summer|autumn|fall|winter"
)
_DATE_WEAK = r"de|d['’]|from|of|avant|apr[èe]s|before|after|by|pour|for|the|of"


# --------------------------------------------------------------------------- regexes

_RE_ISO_DAY = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")
_RE_ISO_MONTH = re.compile(r"(?<![\w-])(\d{4})-(\d{2})(?![\w-])")
_RE_SLASH = re.compile(r"(?<![\w/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\w/])")
_RE_DAY_MONTH = re.compile(
    rf"(?<![\w,.])(?:(?i:le|du|au|the|on)\s+)?({_DAYNUM})(?:er|re|st|nd|rd|th|ᵉʳ)?"
    rf"\s+(?:of\s+)?({_MONTH}\.?)(?:,?\s+({_YEAR}))?(?!\d)"
)
_RE_MONTH_DAY = re.compile(
    rf"\b({_MONTH_EN})\.?\s+({_DAYNUM})(?:st|nd|rd|th)?(?![\d\w])(?:,?\s+({_YEAR})(?![\d-]))?"
)
_RE_MONTH_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(?:(?i:de|of)\s+)?({_YEAR})(?![\d\w])")
_RE_MONTH_ALONE = re.compile(
    r"(?i:\b(?:en|in|d[ée]but|fin|mi-|depuis|since|de|d['’]|jusqu['’]en|until|"
    r"du\s+mois\s+de|du\s+mois\s+d['’]|le\s+mois\s+de|le\s+mois\s+d['’]))\s*"
    r"((?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre)|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))(?![\w-])"
)
_RE_YEAR_RANGE = re.compile(
    rf"(?:(?i:\b(?:de|entre|from|between|du)\s+))?(?<![\w.,-])({_YEAR})"
    rf"(?:\s*[-–/]\s*|\s+(?i:[àa]|et|and|to|au)\s+)({_YEAR}|\d\d)(?![\w-]|[.,]\d)"
)
_RE_YEAR = re.compile(
    rf"(?:(?i:\b(?P<strong>{_DATE_STRONG})\s*)|(?i:\b(?P<weak>{_DATE_WEAK})\s*))"
    r"(?<![\w.,])(?P<year>19\d\d|20\d\d|2100)(?![\w%]|[.,]\d|\s?[$€£])"
)
_RE_WEEKDAY = re.compile(
    r"\b(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_REL_UNITS = {
    "jour": "D",
    "journee": "D",
    "day": "D",
    "semaine": "W",
    "week": "W",
    "moi": "M",
    "mois": "M",
    "month": "M",
    "an": "Y",
    "annee": "Y",
    "year": "Y",
    "heure": "TH",
    "hour": "TH",
    "minute": "TM",
}
_REL_UNIT = (
    r"(?i:jours?|journ[ée]es?|semaines?|mois|ans?|ann[ée]es?|heures?|minutes?|days?|weeks?"
    r"|months?|years?|hours?)"
)


def _rel_qty(words: str) -> str:
    return (
        rf"(?:(?P<vague>(?i:quelques|plusieurs|a\s+few|few|several|some))|(?P<num>\d+{words}"
        r"|(?i:un|une|a|an|one)))"
    )


def _rel_after(words: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{_rel_qty(words)}\s+(?P<unit>{_REL_UNIT})\s+(?P<dir>(?i:plus\s+tard|plus\s+t[ôo]t|"
        r"auparavant|avant|apr[èe]s|later|earlier|before|after|ago|afterwards?))\b"
    )


def _rel_ago(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:\bil\s+y\s+a)\s+{_rel_qty(words)}\s+(?P<unit>{_REL_UNIT})\b")


_RE_REL_FIXED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i:\b(?:la\s+veille|the\s+day\s+before|the\s+previous\s+day)\b)"), "-P1D"),
    (
        re.compile(
            r"(?i:\b(?:le\s+lendemain|the\s+next\s+day|the\s+following\s+day|the\s+day\s+after)\b)"
        ),
        "+P1D",
    ),
)

_MONEY_SCALE = r"(?:(?i:mil|mln|bln|trn|tn)\.?(?![\w])|m(?![\w])|[bB](?![\w])|(?i:mm)(?![\w]))"
"""Scale abbreviations read only right after a currency-prefixed amount (``$40m``,
``$ 29.3 mil``, ``£2.5b``): elsewhere ``m`` is a metre and ``b`` a letter."""
_SCALE_SEP = r"(?:\s|-(?=(?i:millions?|billions?|trillions?|milliards?|thousand)\b))?"
"""Between a number and its scale word: a space, or a hyphen (``$2.6-million``,
``a two-million-euro haul``, as North American and agency copy writes them)."""
_RE_EURO_AS_E = re.compile(
    r"(?<![\w.@/-])(?P<cur>e)(?P<num>\d{1,3}(?:[.,]\d{1,3})?)[ \u00a0]?"
    r"(?P<scale>(?i:millions?|billions?|milliards?|bn)|m)\b")
"""A euro sign some copy turns into a letter ``e`` (``steal e80 million``): read only
before a figure with its scale word, where nothing else is written that way."""
_RE_MONEY_PRE = re.compile(
    rf"(?P<cur>{_CUR_PRE})\s?(?P<num>{_DIGITS})(?:{_SCALE_SEP}(?P<scale>{_SCALE}|{_MONEY_SCALE}))?"
)


def _money_post(num: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<num>{num})(?:{_SCALE_SEP}(?P<scale>{_SCALE}|{_MONEY_SCALE}))?"
        rf"(?:\s?(?i:de|d['’]|of)\s?)?(?:\s|(?<=\w)-)?(?P<cur>{_CUR_POST})"
    )


def _percent_re(num: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<num>{num})\s?(?:%|(?i:pour\s?cent|pourcents?|per\s?cent|percent)\b)")


_RE_VAGUE = re.compile(
    r"(?i:\b(?:des|plusieurs|quelques|several|a\s+few)\s+"
    r"(?P<fr>dizaines\s+de\s+milliers|centaines\s+de\s+milliers|dizaines|centaines|milliers"
    r"|millions|milliards)"
    r"|\b(?P<en>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|tens|hundreds|thousands"
    r"|millions|billions)\s+of\b)"
)
_VAGUE_LOW = {
    "dizaines de milliers": 10_000,
    "centaines de milliers": 100_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "dizaines": 10,
    "dozens": 12,
    "tens": 10,
    "centaines": 100,
    "hundreds": 100,
    "milliers": 1_000,
    "thousands": 1_000,
    "millions": 1_000_000,
    "milliards": 1_000_000_000,
    "billions": 1_000_000_000,
}


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The patterns that read numbers; word numbers make them several times slower."""

    money_post: re.Pattern[str]
    percent: re.Pattern[str]
    number: re.Pattern[str]
    rel_after: re.Pattern[str]
    rel_ago: re.Pattern[str]


def _patterns(num: str, words: str) -> _Patterns:
    return _Patterns(
        money_post=_money_post(num),
        percent=_percent_re(num),
        number=re.compile(rf"(?P<num>{num})(?:{_SCALE_SEP}(?P<scale>{_SCALE}))?"),
        rel_after=_rel_after(words),
        rel_ago=_rel_ago(words),
    )


_WITH_WORDS = _patterns(_NUM, f"|{_WORDNUM}")
_DIGITS_ONLY = _patterns(f"(?:{_DIGITS}|{_ONE_BEFORE_SCALE})", "")
_NUMBER_WORDS = frozenset({w for ws in _WORD_UNITS.values() for w in ws} | {"one", "seul", "seule"})
_RE_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=256)
def _tokens(text: str) -> frozenset[str]:
    """Lowercased words (with and without accents) that gate the matchers."""
    words = _RE_LETTERS.findall(text.casefold())
    return frozenset(words) | frozenset(_fold(w) for w in words if not w.isascii())


@lru_cache(maxsize=256)
def _pick(text: str) -> _Patterns:
    """The cheap digit-only patterns unless the text has a number word (French ``un`` /
    ``une`` only before a length of time: elsewhere they are articles)."""
    tokens = _tokens(text)
    if _NUMBER_WORDS.isdisjoint(tokens) and not _un_span(text, tokens):
        return _DIGITS_ONLY
    return _WITH_WORDS


def _un_span(text: str, tokens: frozenset[str]) -> bool:
    """Whether French ``un`` / ``une`` counts a length of time in ``text`` (``un an``)."""
    return bool(_UN_BEFORE_SPAN & tokens) and _RE_UN_SPAN.search(text) is not None


_QUOTE_PAIRS = (
    ("«", re.compile(r"«(?P<q>[^«»]+?)»")),
    ("“", re.compile(r"“(?P<q>[^“”]+?)”")),
    ("„", re.compile(r"„(?P<q>[^„“”]+?)[“”]")),
    ('"', re.compile(r"(?<![\w\"])\"(?P<q>[^\"\n]+?)\"(?!\w)")),
    ("‘", re.compile(r"(?<!\w)‘(?P<q>[^‘]+?)’(?!\w)")),
    ("``", re.compile(r"``(?P<q>[^`\n]+?)''")),
    ("''", re.compile(r"(?<![\w'])''(?P<q>[^'\n]+?)''(?![\w'])")),
)
"""Each quotation pattern with the opening mark it needs: most sentences quote no one,
and a substring test is far cheaper than a regex scan."""
_NAME = r"(?P<name>[A-ZÀ-Ý][\w.’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2})"
_SAY_FR = (
    r"(?:[ée]crit|d[ée]clar[ée]|dit|affirm[ée]|tweet[ée]|twitt[ée]|expliqu[ée]|ajout[ée]|"
    r"indiqu[ée]|pr[ée]cis[ée]|lanc[ée]|soulign[ée]|estim[ée]|assur[ée]|r[ée]pondu|"
    r"annonc[ée]|comment[ée]|confi[ée]|martel[ée]|pr[ée]venu|r[ée]agi|publi[ée]|poursuit|"
    r"insist[ée]|d[ée]nonc[ée]|raill[ée]|ironis[ée]|avert[ie]?|conclu[ts]?)"
)
_SAY_EN = (
    r"(?:said|says|wrote|writes|tweeted|posted|added|explained|stated|noted|argued|declared|"
    r"told\s+\w+|replied|responded|warned|claimed|insisted|announced)"
)
_RE_SPEAKER_AFTER = re.compile(
    rf"\s*[,.!?]?\s*(?:(?:a|avait|aurait|ont|a\s+alors|a\s+ainsi)\s+)?(?:{_SAY_FR}|{_SAY_EN})"
    rf"\s+(?:(?i:le|la|l['’])\s*)?{_NAME}"
)
_RE_SPEAKER_AFTER_NAME = re.compile(rf"\s*,?\s*{_NAME}\s+(?:a\s+)?(?:{_SAY_FR}|{_SAY_EN})\b")
_RE_SPEAKER_BEFORE = re.compile(
    rf"{_NAME}\s+(?:(?:a|avait|a\s+alors)\s+)?(?:{_SAY_FR}|{_SAY_EN})\s*(?:que\s*)?:?\s*$"
)
_RE_SELON = re.compile(rf"(?:\b(?i:selon|according\s+to|d['’]apr[èe]s)\s+){_NAME}")
_RE_BRACKETS = re.compile(r"\[[^\]]*\]|\([^()]*\)")
_RE_ELLIPSIS = re.compile(r"\((?:\.\.\.|…)\)|\.\.\.|…")
"""Words left out of a quotation: ``...``, ``…``, ``(...)``; normalised to ``…``."""


def _unbracket(m: re.Match[str]) -> str:
    """An editor's insertion goes (``Nous [la société] ne paierons pas``, ``her (Tara
    Reid) and her family``); a cut marked ``[...]`` or ``(...)`` stays as one."""
    inner = m.group()[1:-1]
    return " … " if inner.strip() and not inner.strip(" .…") else " "
_RE_SPACES = re.compile(r"\s+")
_NOT_SPEAKER = frozenset(
    _words("il elle ils elles le la les un une the a an he she they it this ce cette ")
)


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True, slots=True)
class _Cand:
    """A match before overlap resolution; ``exp`` keeps the scale exponent for ranges."""

    q: Quantity
    exp: int = 0
    noun: bool = False


def _fold(word: str) -> str:
    """Lowercase and strip accents, so ``Employés`` and ``employes`` compare."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _singular(word: str) -> str:
    """A light singular: enough to make ``tweets`` and ``tweet`` the same unit."""
    w = _fold(word).strip("'’-")
    if w in _NOUN_CANON:
        return _NOUN_CANON[w]
    if len(w) >= 6 and w.endswith("men") and w not in _SINGULAR_MEN:
        w = w[:-3] + "man"  # gunmen, policemen
    elif len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("aux"):
        w = w[:-3] + "al"
    elif len(w) > 3 and w[-1] in "sx" and not w.endswith("ss"):
        w = w[:-1]
    return _NOUN_CANON.get(w, w)


def _parse_digits(raw: str, *, scaled: bool, lang: str) -> Decimal | None:
    """Read ``42 000``, ``42,000``, ``1.500``, ``54,20``, ``1,20,000``, ``900'000`` as a
    Decimal."""
    s = re.sub(r"[ \u00a0\u202f'’]", "", raw)
    seps = [c for c in s if c in ".,"]
    if not seps:
        digits = s
    elif len(set(seps)) == 2:
        dec = s[max(s.rfind(","), s.rfind("."))]
        other = "," if dec == "." else "."
        digits = s.replace(other, "").replace(dec, ".")
    elif len(seps) > 1:
        digits = s.replace(seps[0], "")
    else:
        sep = seps[0]
        head, tail = s.split(sep)
        grouping = len(tail) == 3 and not (scaled and (lang == "fr" or sep == "."))
        if head.strip("0") == "" or (lang == "en" and sep == "."):
            grouping = False  # "0.505" is never 505; English writes 1.505 for one and a half
        if len(tail) == 3 and " " not in raw and re.search(r"[ \u00a0\u202f]", raw):
            grouping = False
        digits = s.replace(sep, "") if grouping else s.replace(sep, ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _parse_words(raw: str, lang: str) -> Decimal | None:
    """Number words through text2num, one span at a time."""
    low = raw.casefold()
    if low in ("un", "une", "a", "one"):
        return Decimal(1)
    langs = [lang, "en" if lang == "fr" else "fr"]
    for code in langs:
        try:
            return Decimal(text2num(low, code))
        except (ValueError, KeyError, IndexError):
            continue
    return None


def _parse_num(raw: str, *, scaled: bool, lang: str) -> Decimal | None:
    if raw[:1].isdigit():
        return _parse_digits(raw, scaled=scaled, lang=lang)
    return _parse_words(raw, lang)


def _scale_exp(word: str | None, lang: str) -> int:
    if not word:
        return 0
    key = word.rstrip(".")
    if key in _SCALE_ABBR:
        return _SCALE_ABBR[key]
    low = key.casefold()
    if low.startswith("billion"):
        return 12 if lang == "fr" else 9
    return _SCALE_WORDS.get(low, _SCALE_ABBR.get(low, 0))


def _currency(cur: str, prefix: bool) -> str:
    if cur in _CURRENCY_PRE:
        return _CURRENCY_PRE[cur]
    if prefix and cur == "e":
        return "EUR"  # see _RE_EURO_AS_E
    if cur in _CODES:
        return cur
    for pattern, code in _CUR_WORD_RES:
        if pattern.match(cur):
            return code
    return ""


def _norm_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros so equal amounts are equal Decimals, without exponents."""
    with localcontext() as ctx:
        ctx.prec = 80
        try:
            if value == value.to_integral_value():
                return value.quantize(Decimal(1))
            return value.normalize()
        except InvalidOperation:  # absurdly long digit runs
            return value


_RE_HYPHEN_NOUN = re.compile(r"-([a-zà-ÿ]{3,})(?![\w-])")
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year",
                         "decade", "century"})
"""Units of time a hyphenated compound measures a thing's length in."""


def _noun_after(text: str, end: int, *, after_scale: bool,
                lang: str = "") -> tuple[str, int]:
    """The counted noun right after a number, as a unit, and where the mention ends.

    ``de``/``of`` may sit between them only after a scale word (``3 millions d'euros``)
    or before a possessive (``trois de ses projets``), so ``12 de plus`` has no noun.
    French ``an`` is a year (``un an``), not the English article.
    """
    compound = _RE_HYPHEN_NOUN.match(text, end)
    if compound is not None and not after_scale:
        # "a six-storey building", "a 28-yard pass": a measure of the noun after it, so
        # compared only with the same measure of the same thing (not "127 yards")
        unit = _singular(compound.group(1))
        if unit in _TIME_UNITS and not _RE_HYPHEN_NOUN.match(text, compound.end()):
            # "an eight-year contract", "a 24-hour strike": how long the thing lasts, a
            # duration like "eight years" ("a 51-year-old" is an age, read elsewhere)
            return unit, compound.end()
        head, head_end = _noun_after(text, compound.end(), after_scale=False, lang=lang)
        if head and unit != "magnitude" and not _RE_HYPHEN_NOUN.match(text, compound.end()):
            return f"{unit} {head}", head_end
        return unit, compound.end()
    pos = end
    link = (_OF_ANY if after_scale else _OF_DET).match(text, pos)
    if link is not None:
        pos = link.end()
    for _ in range(2):
        m = _WORD_AT.match(text, pos)
        if m is None:
            return "", end
        word = m.group(1)
        folded = _fold(word)
        if folded == "an" and lang == "fr":
            return "year", m.end()
        if folded in _ADJ_SKIP:
            pos = m.end()
            continue
        if folded == "m" and m.start(1) == end and _RE_METRES_AFTER.match(text, m.end()):
            return "metre", m.end()  # "fell 200m (650ft)", "a 10m wave": not a million
        if folded in _STOP or len(folded) < 2 or folded in _SCALE_WORDS:
            return "", end
        if _currency(word, prefix=False):
            if _weighed(text, word, end, m.end()):
                return "pound", m.end()  # a weight (see ``_money``)
            return "", end
        if folded in _WEEKDAYS:
            return "", end
        per_hour = _RE_PER_HOUR.match(text, m.end())
        if per_hour is not None and _singular(word) in ("km", "mile"):
            # "190 km/h", "100 kilomètres par heure", "50 miles an hour": a speed
            return ("km/h" if _singular(word) == "km" else "mph"), per_hour.end()
        after = _RE_UNIT_MODIFIER_AFTER.match(text, m.end())
        if after is not None and lang != "en" and _singular(word) in _LENGTH_UNITS:
            modifier = _MODIFIER_AFTER[_singular(after.group("m"))]
            return f"{modifier} {_singular(word)}", after.end()
        if lang == "en" and (not _plural_looking(folded) or _compound(text, m.end())):
            found = _english_head(text, m.end(), word)
            if found is not None:
                if folded in _UNIT_MODIFIERS:  # "150 nautical miles": another unit
                    return f"{folded} {_singular(found[0])}", found[1]
                return (_model_key(found[2]) if found[2] else _singular(found[0])), found[1]
        if _RE_MODEL_WORD.fullmatch(word.rstrip("s")):
            return _model_key(word.rstrip("s")), m.end()  # "seven AK-47s"
        if lang == "en" and _verb_form(folded):
            return "", end  # "Two managed to escape", "four fled": the count is a subject
        if (lang == "en" and word.islower() and _modifier_only(folded)
                and _RE_NO_NOUN_NEXT.match(text, m.end())):
            return "", end  # "about 412,000 worldwide", "20,000 nationwide": no noun
        return _singular(word), m.end()
    return "", end


_RE_NO_NOUN_NEXT = re.compile(
    r"[ \u00a0]*(?:[^\w\s]|$|(?i:in|on|at|by|for|from|to|and|or|but|since|as|with|last|this"
    r"|over|after|before|during|were|was|are|is|have|had|has)\b)")
"""What follows a modifier that ends a count with no noun (``412,000 worldwide.``,
``20,000 nationwide in 2024``); a word after it may be the noun (``two traditional post
players``)."""


@lru_cache(maxsize=4096)
def _modifier_only(folded: str) -> bool:
    """Whether an English word has no noun sense in WordNet but is an adjective or an
    adverb in ``-ly`` (``worldwide``, ``nationwide``, ``abroad``, ``globally``), and is
    no word of what happened to people (``three missing`` counts people by it)."""
    return (not lexicon.synsets(folded, "n") and outcome(folded, "en") is None
            and (bool(lexicon.synsets(folded, "a")) or folded.endswith("ly")))


@lru_cache(maxsize=4096)
def _verb_form(folded: str) -> bool:
    """Whether an English word is only a verb's inflected form (``managed``, ``fled``,
    ``remained``): no noun sense in WordNet, and not a word of what happened to people
    (``five injured``, ``two died``, ``three missing`` count people by it)."""
    return (not lexicon.synsets(folded, "n")
            and any(lemma != folded for lemma in lexicon.lemmas(folded, "v"))
            and outcome(folded, "en") is None)


_RE_METRES_AFTER = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:about[ \u00a0]+)?[\d,.]+[ \u00a0]*(?:ft|feet|foot)\b"
    r"|[ \u00a0]+(?:high|tall|deep|long|wide|away|above|below|underground|into|of[ \u00a0]+water"
    r"|in[ \u00a0]+(?:length|height|depth|diameter))\b")
"""What makes ``200m`` written without a currency a length: its restatement in feet, or a
word of distance or height after it (``300m tall``, ``10m high``, ``3,000m of water``)."""


_IRREGULAR_PLURALS = frozenset(_words(
    "people men women children police staff personnel cattle feet teeth mice geese"))


_SINGULAR_MEN = frozenset(_words(
    "abdomen acumen albumen amen bitumen cognomen dolmen hymen lumen omen regimen rumen "
    "semen specimen stamen yemen"))
"""Words ending in ``-men`` that are not plurals of ``-man`` (``gunmen``, ``policemen``)."""


def _plural_looking(folded: str) -> bool:
    return folded in _IRREGULAR_PLURALS or (
        len(folded) >= 4 and folded.endswith("s") and not folded.endswith("ss")) or (
        len(folded) >= 6 and folded.endswith("men") and folded not in _SINGULAR_MEN)


def _undashed(m: re.Match[str]) -> tuple[str, int]:
    """The word ``_WORD_AT`` matched and where it ends, cut before a hyphen that leads to
    a number word: ``workers-two women`` is a dash written without spaces (``three bank
    workers-two women and a man-were killed``), not one word."""
    word = m.group(1)
    cut = word.find("-")
    while cut > 0:
        if _fold(re.split(r"[-'’]", word[cut + 1:])[0]) in _NUMBER_WORDS:
            return word[:cut], m.start(1) + cut
        cut = word.find("-", cut + 1)
    return word, m.end()


_RE_MODEL_WORD = re.compile(r"[A-Z][A-Za-z]*[- \u00a0]?\d{1,4}[A-Za-z]?")
"""A model's name: capitals then a number (``AK-47``, ``F-16``, ``MiG-29``, ``AK 47``)."""


def _model_key(model: str) -> str:
    """One unit for a model however its name is spaced (``AK-47``, ``AK 47``: ``ak47``)."""
    return re.sub(r"[- \u00a0]", "", model).casefold()


def _english_head(text: str, pos: int, first: str) -> tuple[str, int, str] | None:
    """English noun phrases end on their noun: in ``23 Somali pirates``, ``13 loaded
    magazines`` or ``23 heavily armed pirates`` what is counted is the plural word the
    modifiers lead to, not the first word (``first``, read up to ``pos``). Two words on
    at most, or more while the words before look like modifiers (an adverb, a
    participle, a hyphened word, proper adjectives, joined or not: ``23 heavily armed
    Somali and Yemeni pirates``); a plural noun right before another is a modifier too
    (``two police officers``)."""
    lead = [first]  # the words read so far, joins left out
    # a model's name among the modifiers says what is counted more closely than the noun:
    # seven AK-47 rifles and nine assault rifles are not one count
    model = first if _RE_MODEL_WORD.fullmatch(first) else ""
    while len(lead) <= _HEAD_WORDS:
        m = _WORD_AT.match(text, pos)
        if m is None:
            number = _RE_MODEL_NUMBER.match(text, pos)
            if number is None or not lead[-1][:1].isupper():
                return None
            model = lead[-1] + number.group().strip()
            pos = number.end()  # "six AK 47 rifles", "two F 16 jets": a model's number
            continue
        word, word_end = _undashed(m)
        folded = _fold(word)
        if folded in _JOINS and lead[-1][:1].isupper():
            following = _WORD_AT.match(text, word_end)
            if following is not None and following.group(1)[:1].isupper():
                pos = word_end
                continue
        if (folded in _STOP or folded in _SCALE_WORDS or folded in _WEEKDAYS
                or _currency(word, prefix=False)):
            return None
        if _plural_looking(folded):
            after = _compound(text, word_end) if word_end == m.end() else None
            return ((word, word_end, model) if after is None
                    else (after.group(1), after.end(), model))
        if len(lead) >= 2 and not all(map(_modifier_looking, lead[:-1])):
            return None
        if word_end != m.end():
            return None  # a dash ends the phrase before its noun
        if _RE_MODEL_WORD.fullmatch(word):
            model = word
        lead.append(word)
        pos = word_end
    return None


_HEAD_WORDS = 5
_RE_MODEL_NUMBER = re.compile(r"[ \u00a0]\d{1,4}(?=[ \u00a0][^\W\d_])")
"""A number right after a capitalised word and before another word: the rest of a model's
name written with a space (``AK 47``)."""


def _compound(text: str, pos: int) -> re.Match[str] | None:
    """The plural noun at ``pos`` that makes the plural before it a modifier (``police
    officers``, ``weapons inspectors``), if there is one."""
    m = _WORD_AT.match(text, pos)
    if m is None or not m.group(1).islower():
        return None
    folded = _fold(m.group(1))
    return m if folded not in _STOP and _plural_looking(folded) else None
_JOINS = frozenset(("and", "or"))


def _modifier_looking(word: str) -> bool:
    """An adverb, a participle, a hyphened word or a proper adjective: a word that leads
    on to a noun (``heavily``, ``armed``, ``AK-47``, ``Somali``)."""
    return word[:1].isupper() or "-" in word or word.lower().endswith(("ly", "ed"))


def _is_reference(before: str) -> bool:
    """Whether the word before a number makes it a name (``page 12``, ``version 3``)."""
    tail = before[-14:]
    return any(c.isalpha() or c in "°§#." for c in tail[-3:]) and (
        _NAME_BEFORE.search(tail) is not None
    )


def _span_overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


# --------------------------------------------------------------------------- matchers


def _iso_dates(text: str, lang: str) -> Iterator[_Cand]:
    for m in _RE_ISO_DAY.finditer(text):
        y, mo, d = m.groups()
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            yield _date(m, f"{y}-{mo}-{d}", "day")
    for m in _RE_ISO_MONTH.finditer(text):
        y, tail = m.groups()
        if 1 <= int(tail) <= 12:
            yield _date(m, f"{y}-{tail}", "month")
        elif int(tail) == (int(y) + 1) % 100:
            yield _date(m, f"{y}/{int(y) + 1}", "range")
    for m in _RE_SLASH.finditer(text):
        a, b, y = (int(g) for g in m.groups())
        dotted = text[m.end(1)] == "."  # 07.04.2014: day first, as wherever dots are used
        day, month = (b, a) if lang == "en" and not dotted and b <= 31 and a <= 12 else (a, b)
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield _date(m, f"{y:04d}-{month:02d}-{day:02d}", "day")


def _date(m: re.Match[str], value: str, unit: str, group: int = 0) -> _Cand:
    return _Cand(
        Quantity(QuantityKind.DATE, m.start(group), m.end(group), m.group(group), value, unit)
    )


_MONTH_ABBREVIATIONS = frozenset(
    "janv jan févr fevr fév fev feb mar avr apr juil jul aug sept sep oct nov déc dec jun "
    "may".split()
)
"""Not month names out of a date: abbreviations, ``sept`` (seven) and ``may``."""


@lru_cache(maxsize=8192)
def calendar_key(word: str, lang: str) -> str:
    """One key for a month, weekday or number word of either language, else ``""``.

    ``avril`` and ``april`` give ``month-4``, ``mercredi`` and ``wednesday`` give
    ``day-wednesday``, ``deux`` (in French) and ``two`` give ``2``: the words a
    translation changes that name the same thing. Expects a folded word (lower case, no
    accents); number words are read in ``lang`` only (English ``sept`` is not seven).
    """
    if word in _MONTHS and word not in _MONTH_ABBREVIATIONS:
        return f"month-{_MONTHS[word]}"
    if word in _WEEKDAYS or word in _WEEKDAYS.values():
        return f"day-{_WEEKDAYS.get(word, word)}"
    if word in _WORD_UNITS.get(lang, ()):
        value = _parse_words(word, lang)
        return "" if value is None else str(value)
    return ""


def _month_of(word: str) -> int:
    return _MONTHS.get(_fold(word).rstrip("."), 0) or _MONTHS.get(word.casefold().rstrip("."), 0)


_ORD = r"(?:er|re|st|nd|rd|th|ᵉʳ)?"
_RE_DAY_RANGE = re.compile(
    rf"(?<![\w,.])(?:(?P<open>(?i:entre\s+le|du|from|between(?:\s+the)?))\s+)?"
    rf"(?P<d1>{_DAYNUM}){_ORD}(?:\s+(?:of\s+)?(?P<m1>{_MONTH})\.?)?"
    r"\s*(?P<sep>-|–|(?i:au|to|through|until|et(?:\s+le)?|and(?:\s+the)?))\s*"
    rf"(?P<d2>{_DAYNUM}){_ORD}\s+(?:of\s+)?(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y>{_YEAR}))?(?!\d)"
)
"""``du 1er au 5 mars``, ``entre le 1er et le 5 mars 2022``, ``1-5 March``, ``from 1 to
5 March``."""
_RE_MONTH_DAY_RANGE = re.compile(
    rf"(?:\b(?P<open>(?i:from|between))\s+)?\b(?P<m1>{_MONTH_EN})\.?\s+(?P<d1>{_DAYNUM})"
    r"(?:st|nd|rd|th)?\s*(?P<sep>-|–|(?i:to|through|until|and))\s*"
    rf"(?:(?P<m2>{_MONTH_EN})\.?\s+)?(?P<d2>{_DAYNUM})(?:st|nd|rd|th)?(?![\d\w])"
    rf"(?:,?\s+(?P<y>{_YEAR})(?![\d-]))?"
)
"""``March 1-5, 2022``, ``from March 1 to March 5``, ``between March 1 and 5``."""
_LIST_SEPARATORS = ("et", "and")


def _day_ranges(text: str, lang: str) -> Iterator[_Cand]:
    """Ranges of days (ISO 8601 intervals, ``2022-03-01/2022-03-05``): a date inside
    one agrees with it. ``et`` / ``and`` make a range only after ``entre`` /
    ``between`` (``le 3 et le 5 mars`` are two days)."""
    del lang
    for pattern in (_RE_DAY_RANGE, _RE_MONTH_DAY_RANGE):
        for m in pattern.finditer(text):
            sep = m["sep"].casefold().split()[0]
            if sep in _LIST_SEPARATORS and not (
                    m["open"] and m["open"].casefold().startswith(("entre", "between"))):
                continue
            last_month = _month_of(m["m2"]) if m["m2"] else 0
            first_month = _month_of(m["m1"]) if m["m1"] else last_month
            last_month = last_month or first_month
            first, last = (first_month, int(m["d1"])), (last_month, int(m["d2"]))
            if not (first_month and first < last):
                continue
            y = m["y"] or "XXXX"
            value = f"{y}-{first[0]:02d}-{first[1]:02d}/{y}-{last[0]:02d}-{last[1]:02d}"
            yield _date(m, value, "day")


def _day_dates(text: str, lang: str) -> Iterator[_Cand]:
    del lang
    for m in _RE_DAY_MONTH.finditer(text):
        day, month_word, year = m.groups()
        month = _month_of(month_word)
        if not month:
            continue
        if month_word == "May" or month_word.casefold() == "mar":
            pass
        elif month_word.casefold() in ("may",) and month_word.islower():
            continue
        y = year or "XXXX"
        yield _date(m, f"{y}-{month:02d}-{int(day):02d}", "day")
    for m in _RE_MONTH_DAY.finditer(text):
        month_word, day, year = m.groups()
        month = _month_of(month_word)
        if month:
            y = year or "XXXX"
            yield _date(m, f"{y}-{month:02d}-{int(day):02d}", "day")


def _month_dates(text: str, lang: str) -> Iterator[_Cand]:
    del lang
    for m in _RE_MONTH_YEAR.finditer(text):
        month = _month_of(m.group(1))
        if month:
            yield _date(m, f"{m.group(2)}-{month:02d}", "month")
    for m in _RE_MONTH_ALONE.finditer(text):
        month = _month_of(m.group(1))
        if month:
            yield _date(m, f"XXXX-{month:02d}", "month", group=1)


def _year_dates(text: str, lang: str) -> Iterator[_Cand]:
    del lang
    for m in _RE_YEAR_RANGE.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not first < last <= first + 100:
            continue
        if _noun_after(text, m.end(), after_scale=False)[0]:
            continue
        yield _date(m, f"{first}/{last}", "range")
    for m in _RE_YEAR.finditer(text):
        if m.group("weak") and _noun_after(text, m.end(), after_scale=False)[0]:
            continue
        if m.group("weak") and _QUAL_BEFORE_ANY.search(text, 0, m.start()):
            continue
        yield _date(m, m.group("year"), "year", group=3)


_QUAL_BEFORE_ANY = re.compile(r"(?i:\b(?:plus|moins|more|less|fewer|au\s+moins)\s*$)")


_ORDINAL_WORDS = {
    "en": _words(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    ),
    "fr": _words(
        "premier deuxième troisième quatrième cinquième sixième septième huitième neuvième "
        "dixième onzième douzième"
    ),
}
_ORDINAL_ALIASES = {"première": 1, "premiers": 1, "premières": 1, "second": 2, "seconde": 2}
_RE_ORDINAL = re.compile(
    r"(?<![\w-])(?:(?P<digits>\d{1,3})(?:st|nd|rd|th|er|re|ère|e|ème|eme|ᵉ|ᵉʳ)"
    r"|(?P<word>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|premi[eè]re?s?|deuxi[eè]me|secondes?|troisi[eè]me|quatri[eè]me|cinqui[eè]me"
    r"|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me|onzi[eè]me|douzi[eè]me)))"
    r"(?![\w-])"
)
_RE_ORDINAL_DET = re.compile(
    r"(?i:\b(?:the|a|an|its|his|her|their|our|this|le|la|l['’]|sa|son|leur|du|au|ce|cette)"
    r"[ \u00a0\u202f]*$)"
)
_ORDINAL_TOKENS = frozenset(w for ws in _ORDINAL_WORDS.values() for w in ws) | frozenset(
    _fold(w) for ws in _ORDINAL_WORDS.values() for w in ws
) | frozenset(_ORDINAL_ALIASES) | frozenset(_fold(w) for w in _ORDINAL_ALIASES)


RANK = "nth "
"""What the unit of a rank starts with (``nth quarter``): a rank is no count."""


_RE_RANK_MODIFIER = re.compile(
    r"[ \u00a0]+(?:[a-z]+-[a-z-]+|[a-z]{3,}(?:ful|ive|ous|ual|ical|est)|straight)"
    r"(?=[ \u00a0]+[a-z])")
"""An English adjective between a rank and its noun (``fifth successful operation``,
``third straight win``, ``second anti-piracy mission``): a hyphened word, a common
adjective ending, or ``straight``."""


def _ordinals(text: str, lang: str) -> Iterator[_Cand]:
    """Ranks of a counted noun (``fourth quarter``, ``3e année``): unit ``nth <noun>``,
    so a rank only ever compares with the same rank of the same noun."""
    for m in _RE_ORDINAL.finditer(text):
        if m.group("digits"):
            rank = int(m.group("digits"))
        else:
            low = m.group("word").casefold()
            if low in _ORDINAL_ALIASES:
                rank = _ORDINAL_ALIASES[low]
            else:
                folded = {_fold(w): i for i, w in enumerate(_ORDINAL_WORDS["en"], 1)}
                folded.update({_fold(w): i for i, w in enumerate(_ORDINAL_WORDS["fr"], 1)})
                rank = folded.get(_fold(low), 0)
            if not rank or (lang == "en" and low.startswith("premi")):
                continue  # "Premier Li" is a title
        if not _RE_ORDINAL_DET.search(text, max(0, m.start() - 8), m.start()):
            continue  # "he first said": an adverb, not the rank of a noun
        after = m.end()
        for _ in range(2):
            skipped = _RE_RANK_MODIFIER.match(text, after) if lang == "en" else None
            if skipped is None:
                break
            after = skipped.end()
        noun, end = _noun_after(text, after, after_scale=False)
        if not noun:
            continue
        q = Quantity(
            QuantityKind.NUMBER, m.start(), end, text[m.start() : end], Decimal(rank),
            f"{RANK}{noun}",
        )
        yield _Cand(q, noun=True)


_CLOCK_CUE = (
    r"(?i:(?P<cue>shortly\s+after|shortly\s+before|just\s+after|just\s+before|around|about"
    r"|approximately|roughly|some|nearly|almost|environ|approximativement|autour\s+de"
    r"|at|by|after|before|until|till|since|from|peu\s+apr[èe]s|peu\s+avant"
    r"|aux\s+alentours\s+de|vers|d[èe]s|avant|apr[èe]s|jusqu['’][àa]|depuis|[àa]))"
    r"[ \u00a0\u202f]+$"
)
_RE_CLOCK_CUE = re.compile(_CLOCK_CUE)
_CUE_QUALIFIER = {
    "shortly after": "about", "shortly before": "about", "just after": "about",
    "just before": "about", "around": "about", "about": "about", "peu apres": "about",
    "approximately": "about", "roughly": "about", "some": "about", "nearly": "about",
    "almost": "about", "environ": "about", "approximativement": "about",
    "autour de": "about",
    "peu avant": "about", "aux alentours de": "about", "vers": "about",
    "after": "more", "since": "more", "from": "more", "des": "more", "apres": "more",
    "depuis": "more", "before": "less", "until": "less", "till": "less", "by": "less",
    "avant": "less", "jusqu'a": "less",
}
_RE_CLOCK = re.compile(
    # 3 p.m., 3pm, 3:30 p.m., 3: 09 AM (tokenised text)
    r"(?<![\w:.,])(?P<h12>1[0-2]|0?[1-9])(?:\s?[:.]\s?(?P<m12>[0-5]\d))?\s?"
    r"(?P<ap>[aApP])(?:\.\s?[mM]\b\.?|\s?[mM]\b)"  # "6pm." ends its sentence: no dot
    # 10h30, 10 h 30, 15h (French)
    r"|(?<![\w:.,])(?P<hh>[01]?\d|2[0-3])\s?h\s?(?P<mh>[0-5]\d)?(?![\w])"
    # 15:30 (24-hour, after a cue or before a time zone)
    r"|(?<![\w:.,])(?P<h24>[01]?\d|2[0-3])\s?:\s?(?P<m24>[0-5]\d)(?![\d:])"
    # 15 heures, 15 heures 30
    r"|(?<![\w:.,])(?P<hw>[01]?\d|2[0-3])\s+heures?(?:\s+(?P<mw>[0-5]\d))?\b"
    r"|(?P<noon>(?i:noon|midday|midi))|(?P<midnight>(?i:midnight|minuit))"
    # 1353 GMT, 1353 (1023 GMT): four-digit military time, with a zone or its GMT time
    r"|(?<![\w:.,])(?P<hx>[01]\d|2[0-3])(?P<mx>[0-5]\d)"
    r"(?=[ \u00a0]?(?:GMT|UTC)\b|[ \u00a0]?\((?:[01]\d|2[0-3])[0-5]\d[ \u00a0]?(?:GMT|UTC)\))"
)
_RE_ZONE = re.compile(
    r"[ \u00a0\u202f]*(?P<open>\()?(?:(?P<zone>GMT|UTC|CET|CEST|BST|IST|JST|AEST|AEDT"
    r"|[ECMP][SD]?T)\b"
    r"|(?P<local>(?i:local\s+time|heure\s+locale|heure\s+de\s+Paris|heure\s+fran[çc]aise)))"
    r"(?(open)\))"
)
_RE_GAME_CLOCK = re.compile(
    r"[ \u00a0]+(?:mark|remaining|left|to\s+play|minutes?|into\b|of\s+the\s+(?:first|second"
    r"|third|fourth|final)|restantes?|[àa]\s+jouer)\b", re.I
)
_ZONE_GROUPS = {"EST": "ET", "EDT": "ET", "CST": "CT", "CDT": "CT", "MST": "MT", "MDT": "MT",
                "PST": "PT", "PDT": "PT", "GMT": "UTC"}


def _clock_times(text: str, lang: str) -> Iterator[_Cand]:
    """Clock times (``3 p.m.``, ``15:30``, ``10h30``, ``à 15 heures``, ``at noon``), as
    ``HH:MM``, with their time zone as unit (``ET``, ``UTC``; none for local time) and a qualifier
    from the cue before them (``around`` / ``vers``: about; ``after`` / ``dès``: more;
    ``before`` / ``avant``: less), the cue then quoted in the mention. Bare hours
    (``15h``, ``15 heures``), 24-hour times and noon or midnight need a cue before them or
    a time zone after: ``24h sur 24`` and ``pendant 15 heures`` are durations."""
    del lang
    for m in _RE_CLOCK.finditer(text):
        if _RE_GAME_CLOCK.match(text, m.end()):
            continue  # "at the 2:15 mark", "with 6:00 remaining": a game clock
        cue = _RE_CLOCK_CUE.search(text, max(0, m.start() - 25), m.start())
        zone = _RE_ZONE.match(text, m.end())
        minute_text = next((m.group(g) for g in ("m12", "mh", "m24", "mw", "mx") if m.group(g)),
                           "")
        if m.group("hx") is not None:
            hour = int(m.group("hx"))
        elif m.group("h12"):
            hour = int(m.group("h12")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        elif m.group("hh") is not None:
            hour = int(m.group("hh"))
            if not minute_text and cue is None and zone is None:
                continue
        elif m.group("h24") is not None or m.group("hw") is not None:
            if cue is None and zone is None:
                continue
            hour = int(m.group("h24") or m.group("hw"))
        else:
            if cue is None:
                continue
            hour = 12 if m.group("noon") else 0
        minute = int(minute_text or 0)
        unit = ""
        end = m.end()
        if zone is not None:
            # a time without a zone is the place's own: "local time" says no more
            unit = "" if zone.group("local") else zone.group("zone")
            unit = _ZONE_GROUPS.get(unit, unit)
            end = zone.end()
        start = m.start()
        qualifier = ""
        if cue is not None:
            qualifier = _CUE_QUALIFIER.get(_fold(" ".join(cue.group("cue").split())), "")
            if qualifier:  # the mention quotes its cue: "shortly after 3 p.m."
                start = cue.start("cue")
        q = Quantity(QuantityKind.TIME, start, end, text[start:end], f"{hour:02d}:{minute:02d}",
                     unit, qualifier)
        yield _Cand(q)


_RE_SAID_BEFORE = re.compile(
    r"(?i:\b(?:said|says|told(?:\s+\w+){0,2}|announced|reported|confirmed|added|stated"
    r"|declared|explained|insisted|warned|statement|"
    r"(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?\s+(?:d[ée]clar[ée]|indiqu[ée]|annonc[ée]"
    r"|affirm[ée]|pr[ée]cis[ée]|confirm[ée]|expliqu[ée]|ajout[ée]|soulign[ée])s?)"
    r"[ \u00a0]+(?:(?:on|late|early|last|this|ce)[ \u00a0]+)?)$")
SAID = "said"
"""The unit of a weekday that dates a statement (``police said Saturday``, ``a déclaré
samedi``) rather than what is told: the fire was on Friday, the damage was estimated on
Saturday, and the two days are no dispute."""


def _weekdays(text: str, lang: str) -> Iterator[_Cand]:
    del lang
    for m in _RE_WEEKDAY.finditer(text):
        low = m.group(0).casefold()
        value = _WEEKDAYS.get(low, low)
        said = _RE_SAID_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        yield _Cand(Quantity(QuantityKind.DAY, m.start(), m.end(), m.group(0), value,
                             SAID if said else ""))


_RE_RELATIVE_DAY = re.compile(
    r"(?i:\b(?P<m2>the[ \u00a0]+day[ \u00a0]+before[ \u00a0]+yesterday|avant-hier)\b"
    r"|\b(?P<p2>the[ \u00a0]+day[ \u00a0]+after[ \u00a0]+tomorrow|apr[èe]s-demain)\b"
    r"|\b(?P<m1>yesterday|last[ \u00a0]+night|hier(?![ \u00a0]*-))\b"
    r"|\b(?P<p1>tomorrow|demain)\b"
    r"|\b(?P<z>today|tonight|this[ \u00a0]+(?:morning|afternoon|evening)|aujourd['’][ \u00a0]*hui"
    r"|ce[ \u00a0]+(?:matin|soir)|cet[ \u00a0]+apr[èe]s-midi)\b)")
"""Days named from the day of writing: ``yesterday``, ``last night``, ``hier (soir)``,
``today``, ``this morning``, ``aujourd'hui``, ``tomorrow``, ``demain``, ``the day before
yesterday``, ``avant-hier``. Not ``the day before`` / ``la veille`` / ``le lendemain``,
which count from another day the text names (``reporter`` reads those as relative
times)."""

_RELATIVE_DAY_OFFSETS = {"m2": -2, "p2": 2, "m1": -1, "p1": 1, "z": 0}

RELATIVE_DAY = "relative"
"""The unit of a day named from the day of writing (``yesterday``); its value is the
offset in days (``-1``). Compared only once the source's publication date says which
weekday it is (``reporter.conflicts.values_of``)."""

_RELATIVE_DAY_TOKENS = frozenset(_words(
    "yesterday night tomorrow today tonight morning afternoon evening hier demain aujourd "
    "hui matin soir midi"))


def _relative_days(text: str, lang: str) -> Iterator[_Cand]:
    del lang
    for m in _RE_RELATIVE_DAY.finditer(text):
        offset = next(_RELATIVE_DAY_OFFSETS[k] for k, v in m.groupdict().items() if v)
        said = _RE_SAID_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        unit = f"{RELATIVE_DAY} {SAID}" if said else RELATIVE_DAY
        yield _Cand(Quantity(QuantityKind.DAY, m.start(), m.end(), m.group(0), f"{offset:+d}",
                             unit))


def _relative(text: str, lang: str) -> Iterator[_Cand]:
    for m in _pick(text).rel_after.finditer(text):
        direction = _fold(m.group("dir"))
        sign = (
            "-"
            if direction in ("avant", "auparavant", "before", "ago", "earlier")
            or ("tot" in direction)
            else "+"
        )
        cand = _relative_cand(m, sign, lang)
        if cand is not None:
            yield cand
    for m in _pick(text).rel_ago.finditer(text):
        cand = _relative_cand(m, "-", lang)
        if cand is not None:
            yield cand
    for pattern, value in _RE_REL_FIXED:
        for m in pattern.finditer(text):
            yield _Cand(Quantity(QuantityKind.RELATIVE, m.start(), m.end(), m.group(0), value))


def _relative_cand(m: re.Match[str], sign: str, lang: str) -> _Cand | None:
    unit_word = _fold(m.group("unit"))
    letter = _REL_UNITS.get(unit_word) or _REL_UNITS.get(unit_word.rstrip("s"), "")
    if not letter:
        return None
    qualifier = ""
    if m.group("vague"):
        amount, qualifier = "x", "vague"
    else:
        n = _parse_num(m.group("num"), scaled=False, lang=lang)
        if n is None:
            return None
        amount = str(_norm_decimal(n))
    value = f"{sign}PT{amount}{letter[1]}" if letter.startswith("T") else f"{sign}P{amount}{letter}"
    q = Quantity(QuantityKind.RELATIVE, m.start(), m.end(), m.group(0), value, "", qualifier)
    return _Cand(q)


_RE_POUND = re.compile(r"(?i:pounds?)")
_RE_WEIGHED_BEFORE = re.compile(
    r"(?i:\b(?:weigh(?:s|ed|ing)?|heavy|heavier|lighter)(?:\s+[\w,.]+){0,2}\s*$)")
_RE_WEIGHT_WORD = re.compile(
    r"(?i:\b(?:weigh\w*|weight\w*|heav(?:y|ier|iest)|light(?:er|est|weight)|pesant|p[eè]se)\b)")
_RE_MONEY_WORD = re.compile(
    r"[£$€]|(?i:\b(?:cost\w*|pric\w*|paid|pay\w*|worth|sterling|fine[sd]?|spent|spend\w*"
    r"|sold|sell\w*|bought|buy\w*|earn\w*|salar\w*|budget\w*|fund\w*|bill\w*)\b)")
_RE_OF_THING = re.compile(r"\)?\s+of\s+(?P<word>[^\W\d_][\w'’]*)", re.I)
_MONEY_OF = frozenset(_words(
    "money funding funds investment investments spending public taxpayers taxpayer "
    "taxpayers' revenue revenues debt debts damage damages aid cuts savings sales profit "
    "profits losses tax taxes income cash capital assets government state his her their "
    "its the a an new extra additional british uk"))
"""Words after ``pounds of`` that keep it money (``millions of pounds of public money``)."""


def _weighed(text: str, word: str, start: int, end: int) -> bool:
    """``pounds`` (``word``, ending at ``end``) after a figure (starting at ``start``)
    is a weight, not sterling, where the sentence weighs something with it: ``5,500
    pounds of cocaine``, ``weighed 20 pounds``."""
    if not _RE_POUND.fullmatch(word):
        return False
    of = _RE_OF_THING.match(text, end)
    if of is not None and of.group("word").casefold() not in _MONEY_OF:
        return True
    if _RE_WEIGHED_BEFORE.search(text, 0, start) is not None:
        return True
    # a sentence about weight that says nothing of money (``at only 5.46 pounds, it is
    # the lightest``)
    return _RE_WEIGHT_WORD.search(text) is not None and _RE_MONEY_WORD.search(text) is None


def _money(text: str, lang: str) -> Iterator[_Cand]:
    for pattern, prefix in ((_RE_MONEY_PRE, True), (_RE_EURO_AS_E, True),
                            (_pick(text).money_post, False)):
        for m in pattern.finditer(text):
            scale = m.group("scale")
            exp = _scale_exp(scale, lang)
            value = _parse_num(m.group("num"), scaled=bool(scale), lang=lang)
            code = _currency(m.group("cur"), prefix)
            if value is None or not code or (
                    not prefix and _weighed(text, m.group("cur"), m.start(), m.end())):
                continue
            if not scale and m.group("num").casefold() in ("un", "une", "a", "one"):
                continue  # "deux dollars" is a mention, "a dollar" is not
            start, value = _half(text, m.start(), m.group("num"), value)
            amount = _norm_decimal(value.scaleb(exp))
            q = Quantity(
                QuantityKind.MONEY, start, m.end(), text[start : m.end()], amount, code,
                margin=_margin(value, exp),
            )
            yield _Cand(q, exp)


_RE_MONEY_DASH_RANGE = re.compile(
    rf"(?P<cur>{_CUR_PRE})\s?(?P<a>{_DIGITS})[ \u00a0]?[-–][ \u00a0]?(?P<b>{_DIGITS_BODY})"
    rf"(?:{_SCALE_SEP}(?P<scale>{_SCALE}|{_MONEY_SCALE}))?(?![\w-]|[.,]\d)")
"""A range of amounts whose currency is written once, before the first end, and its scale
once, after the second (``$140-150 million``, ``€3–4bn``, ``$140-150MM``)."""
_RE_MONEY_DASH_RANGE_POST = re.compile(
    rf"(?P<a>{_DIGITS})[ \u00a0]?[-–][ \u00a0]?(?P<b>{_DIGITS_BODY})"
    rf"(?:{_SCALE_SEP}(?P<scale>{_SCALE}))?(?:\s?(?i:de|d['’]|of)\s?)?(?:\s|(?<=\w)-)?"
    rf"(?P<cur>{_CUR_POST})")
"""The same with the currency after the second end (``140-150 millions de dollars``,
``10–15 euros``)."""


def _money_dash_ranges(text: str, lang: str) -> Iterator[_Cand]:
    """Both ends of ``$140-150 million``: amounts of that currency at that scale (read
    otherwise, the first is $140 and the second a bare number). Only a rising pair."""
    for m in itertools.chain(_RE_MONEY_DASH_RANGE.finditer(text),
                             _RE_MONEY_DASH_RANGE_POST.finditer(text)):
        scale = m.group("scale")
        exp = _scale_exp(scale, lang)
        a, b = (_parse_num(m.group(g), scaled=bool(scale), lang=lang) for g in ("a", "b"))
        prefix = m.start("cur") == m.start()
        code = _currency(m.group("cur"), prefix)
        if a is None or b is None or not code or not a < b or (
                not prefix and _weighed(text, m.group("cur"), m.start(), m.end())):
            continue
        yield _Cand(Quantity(QuantityKind.MONEY, m.start(), m.end("a"),
                             text[m.start():m.end("a")], _norm_decimal(a.scaleb(exp)), code,
                             "from", margin=_margin(a, exp)), exp)
        yield _Cand(Quantity(QuantityKind.MONEY, m.start("b"), m.end(),
                             text[m.start("b"):m.end()], _norm_decimal(b.scaleb(exp)), code,
                             "to", margin=_margin(b, exp)), exp)


def _percent(text: str, lang: str) -> Iterator[_Cand]:
    for m in _pick(text).percent.finditer(text):
        value = _parse_num(m.group("num"), scaled=False, lang=lang)
        if value is not None:
            q = Quantity(
                QuantityKind.PERCENT, m.start(), m.end(), m.group(0), _norm_decimal(value), "%",
                margin=_margin(value, 0),
            )
            yield _Cand(q)


_SHARE_NUM = rf"(?:\d{{1,3}}|{_WORDNUM}|{_ONE})"
_RE_SHARE = re.compile(
    rf"(?P<a>{_SHARE_NUM})[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?P<b>{_SHARE_NUM})\b"
    rf"|(?P<fa>{_SHARE_NUM})[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){{0,3}}?sur[ \u00a0]+"
    rf"(?P<fb>{_SHARE_NUM})\b")
"""A share told as a fraction of a whole (``four in 10 connected cars``, ``one in
three``, ``nine out of ten``, ``quatre voitures connectées sur dix``, ``un Français sur
trois``): a percentage (40%), not two counts."""
_RE_SHARE_GATE = re.compile(
    rf"[ \u00a0](?:in|of|sur)[ \u00a0]+(?:\d|(?i:{_WORD_ALT}|one|une?)\b)")
"""What every share holds: ``in``, ``of`` or ``sur`` before its whole (a cheap gate)."""
_RE_SHARE_SPAN = re.compile(
    r"[ \u00a0]+(?:minutes?|hours?|days?|weeks?|months?|years?|seasons?|games?|matches"
    r"|seconds?|ans?|années?|mois|jours?|semaines?|heures?|saisons?|matchs?)\b", re.I)
"""A span of time after the second number (``two in 10 minutes``, ``5 milliards sur 10
ans``): a rate or a period, no share."""


def _shares(text: str, lang: str) -> Iterator[_Cand]:
    """Shares told as fractions (``_RE_SHARE``), as percentages within half of the whole's
    unit, five points at most (``four in 10`` is 40%, give or take 5; ``one in 20``, 5%
    give or take 2.5)."""
    for m in _RE_SHARE.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("fa"), m.group("fb"))
        x, y = (Decimal(1) if raw.casefold() in ("one", "un", "une")
                else _parse_num(raw, scaled=False, lang=lang) for raw in (a, b))
        if x is None or y is None or not 0 < x < y or y > 1000 or _RE_SHARE_SPAN.match(
                text, m.end()):
            continue
        value = _norm_decimal((100 * x / y).quantize(Decimal("0.1")))
        yield _Cand(Quantity(QuantityKind.PERCENT, m.start(), m.end(), m.group(0), value, "%",
                             margin=_norm_decimal(min(Decimal(5),
                                                      (Decimal(50) / y).quantize(Decimal("0.1"))))))


_ZERO_NOUNS = (
    r"people|persons|deaths|casualties|injuries|fatalities|victims|survivors|arrests"
    r"|morts|bless[ée]s|victimes|d[ée]c[èe]s|interpellations|arrestations"
)
_RE_ZERO = re.compile(
    r"(?i:\b(?P<person>no\s+one|no-one|nobody)\b"
    r"|\b(?P<personne>personne)(?=\s+(?:ne\b|n['’]))"
    rf"|\b(?:no|aucune?|pas\s+de)\s+(?P<noun>{_ZERO_NOUNS}"
    r"|mort|bless[ée]|victime|personne)\b)"
)
"""Counts of zero: ``no one``, ``nobody``, ``personne n'a``, ``no casualties``, ``aucun
blessé``, ``pas de victimes``."""


def _zero_counts(text: str, lang: str) -> Iterator[_Cand]:
    """People or casualties counted as none, so ``No one was injured`` and ``Two people
    were injured`` compare (as counts of people injured)."""
    del lang
    for m in _RE_ZERO.finditer(text):
        unit = "person" if m.group("person") or m.group("personne") else _singular(
            m.group("noun"))
        q = Quantity(QuantityKind.NUMBER, m.start(), m.end(), m.group(0), Decimal(0), unit)
        yield _Cand(q, noun=True)


def _vague(text: str, lang: str) -> Iterator[_Cand]:
    for m in _RE_VAGUE.finditer(text):
        key = _RE_SPACES.sub(" ", (m.group("fr") or m.group("en")).casefold())
        low = Decimal(_VAGUE_LOW[key])
        end = m.end()
        rest = text[end:]
        cur = re.match(rf"\s*(?:(?i:de|d['’]|of)\s*)?({_CUR_POST})", rest)
        if (cur is not None and not cur.group(1)[:1].isalpha()) or (
            cur is not None and _currency(cur.group(1), prefix=False)
        ):
            assert cur is not None
            end += cur.end()
            code = _currency(cur.group(1), prefix=False)
            q = Quantity(
                QuantityKind.MONEY, m.start(), end, text[m.start() : end], low, code, "vague"
            )
            yield _Cand(q)
            continue
        if m.group("en"):
            noun, noun_end = _noun_after(text, end, after_scale=True)
        else:
            noun, noun_end = _noun_after(text, end, after_scale=True)
        if noun:
            end = noun_end
        q = Quantity(QuantityKind.NUMBER, m.start(), end, text[m.start() : end], low, noun, "vague")
        yield _Cand(q, noun=bool(noun))


_ROUND_NOUNS = {
    "dozen": 12, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
    "centaine": 100, "millier": 1000,
}
"""Nouns of a round number (``a dozen``, ``une vingtaine``): about that many."""
_TIMES: dict[str, Decimal | int] = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "half a": Decimal("0.5"), "two": 2, "deux": 2,
    "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5}
_RE_ROUND = re.compile(
    r"(?i:\b(?P<times>half[ \u00a0]+a|an?|one|two|three|four|five|\d{1,2})[ \u00a0]+"
    r"(?P<en>dozen)\b(?![ \u00a0]*-)"
    r"|\b(?P<fois>une?|deux|trois|quatre|cinq)[ \u00a0]+(?P<fr>dizaine|douzaine|quinzaine"
    r"|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s?"
    r"(?=[ \u00a0]*(?:de|d['’])))"
)
_ROUND_TOKENS = frozenset(_ROUND_NOUNS)


def _round_counts(text: str, lang: str) -> Iterator[_Cand]:
    """``a dozen ships``, ``half a dozen``, ``two dozen``, ``une vingtaine de morts``,
    ``deux centaines de personnes``: about so many of the noun after (twenty-odd is
    not twenty: compared as ``about``, like ``some 20``)."""
    for m in _RE_ROUND.finditer(text):
        word = (m.group("en") or m.group("fr")).casefold()
        times = m.group("times") or m.group("fois")
        key = " ".join(times.casefold().split())
        factor = Decimal(times) if times.isdigit() else Decimal(_TIMES[key])
        value = _norm_decimal(factor * _ROUND_NOUNS[word])
        noun, end = _noun_after(text, m.end(), after_scale=True, lang=lang)
        end = end if noun else m.end()
        yield _Cand(Quantity(QuantityKind.NUMBER, m.start(), end, text[m.start():end], value,
                             noun, "about"), noun=bool(noun))


_RE_PART_OF = re.compile(
    r"[ \u00a0]+(?i:of|de|d['’]|des)[ \u00a0]+(?:(?i:the|his|her|its|their|these|those|ses"
    r"|leurs|ces|les|nos|vos)[ \u00a0]+)?(?=\d|(?i:(?:" + _WORD_ALT + r")\b))")
"""``of (the) …`` after a count and before another: the count is a part of a stated whole
(``three of his eight children``, ``trois des huit enfants``)."""
PART = "part of "
"""Unit prefix of a count that is a part of a whole stated beside it: compared only with
other such parts of the same noun, never with the whole (``eight children``)."""


_RE_HEDGED_ONE = re.compile(
    r"(?i:\b(?P<hedge>about|around|nearly|almost|roughly|some|more[ \u00a0]+than"
    r"|less[ \u00a0]+than|over|under|just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+"
    r"(?P<one>an?)[ \u00a0]+(?P<unit>second|minute|hour|day|week|month|year|decade)\b)")
_HEDGE_QUALIFIER = {"more than": "more", "over": "more", "just over": "more",
                    "less than": "less", "under": "less", "just under": "less"}
"""``about``, ``nearly`` and the other hedges read ``about``."""


def _hedged_ones(text: str, lang: str) -> Iterator[_Cand]:
    """``about a minute``, ``nearly an hour``, ``more than a year``: one unit of time, as
    ``one minute`` is (an article alone before a unit is no figure: ``wait a minute``)."""
    del lang
    for m in _RE_HEDGED_ONE.finditer(text):
        hedge = " ".join(m.group("hedge").casefold().split())
        yield _Cand(Quantity(QuantityKind.NUMBER, m.start(), m.end(), m.group(), Decimal(1),
                             m.group("unit").casefold(), _HEDGE_QUALIFIER.get(hedge, "about")),
                    noun=True)


def _numbers(text: str, lang: str) -> Iterator[_Cand]:
    for m in _pick(text).number.finditer(text):
        raw = m.group("num")
        start, end = m.start(), m.end()
        after = text[m.end("num") :]
        before = text[max(0, start - 40) : start]
        if raw[:1].isdigit():
            if _ORDINAL_AFTER.match(after):
                continue
            if start and text[start - 1].isalpha() and not _magnitude_sign(text, before, raw):
                continue  # glued to a letter: "M2.5 chip" is a name, "M6.1 quake" a magnitude
            if _is_reference(before):
                continue
            prev = _WORD_BEFORE.search(before)
            if prev is not None and before.endswith(prev.group(1) + text[start - 1 : start]):
                word = prev.group(1)
                if (
                    any(c.isupper() for c in word)
                    and _fold(word) not in _STOP
                    and not _month_of(word)
                    and not _magnitude_sign(text, before, raw)
                    and not re.match(
                        r"(?i:plus|moins|environ|pr[èe]s|over|about|some|nearly"
                        r"|around|almost|under|more|less|entre|between|from)$",
                        word,
                    )
                ):
                    continue  # "Microsoft 365", "iPhone 15"
                if (word.endswith("-") or re.search(r"[A-Za-z]-$", before)) and not (
                        _RE_MAGNITUDE_BEFORE.search(before)):
                    continue  # "AK-47", "COVID-19"; not "a magnitude-5.9 quake"
        else:
            low = raw.casefold()
            if low == "sept" and lang == "en":
                continue
            if low in ("un", "une", "a", "one") and not m.group("scale") and not _counts_one(
                text, end, low, lang
            ):
                continue
        scale = m.group("scale")
        value = _parse_num(raw, scaled=bool(scale), lang=lang)
        if value is None:
            continue
        start, value = _half(text, start, raw, value)
        if raw[:1].isdigit() and not scale and text[end:end + 1] in _VULGAR:
            value += _VULGAR[text[end]]  # "2½ years"
            end += 1
        exp = _scale_exp(scale, lang)
        whole = _RE_PART_OF.match(text, end) if not scale else None
        if whole is not None:
            # "three of his eight children": a part; its whole is read as a count of its own
            total = re.match(_NUM, text[whole.end():])
            noun, _ = _noun_after(text, whole.end() + total.end(), after_scale=False,
                                  lang=lang) if total else ("", 0)
            if noun:
                amount = _norm_decimal(value)
                yield _Cand(Quantity(QuantityKind.NUMBER, start, end, text[start:end], amount,
                                     f"{PART}{noun}"), noun=True)
                continue
        noun, noun_end = _noun_after(text, end, after_scale=bool(scale), lang=lang)
        if not scale and not noun and raw[:1].isdigit():
            glued = _RE_GLUED_MILLION.match(text, end)
            if glued is not None and lang != "fr":
                # "2m people", "1.2m visitors": British copy's million, for people (a
                # "10m wall" or "10m waves" are metres)
                noun, noun_end = _noun_after(text, glued.end(), after_scale=True, lang=lang)
                if noun and _counts_people(noun, lang):
                    exp = 6
                else:
                    noun, noun_end = "", end
        if (not noun or noun in ("degree", "degre")) and raw[:1].isdigit():
            degrees = _RE_DEGREES.match(text, end)
            if degrees is not None and (degrees.group("sign") or degrees.group("word") or (
                    degrees.group("glued") and _RE_HEAT.search(text))):
                # "45 °C", "45 degrés Celsius", "45C (113F)" beside a word of heat or cold
                named = degrees.group("scale") or degrees.group("named") or degrees.group("glued")
                noun, noun_end = _DEGREES_UNIT[_fold(named or "")[:1]], degrees.end()
            elif noun == "degre":
                noun = "degree"
        if raw.casefold() == "neuf" and not noun:
            continue  # "flambant neuf"
        is_year_like = raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and not scale
        if is_year_like and not (
            noun
            and noun_end > end
            and text[end:noun_end].rstrip().endswith(("s", "x", "people", "gens"))
        ):
            continue  # a year outside a date context, or "the 2020 election"
        measured = _measure(text, start, end, noun, noun_end, value)
        if measured is not None:
            noun, noun_end = measured
        extra = ""
        if noun:
            if _RE_EXTRA_BEFORE.search(text, max(0, start - 20), start) or _RE_EXTRA_AFTER.match(
                text[m.end("num") : noun_end + 20]
            ):
                extra = "extra"
            end = noun_end
        amount = _norm_decimal(value.scaleb(exp))
        q = Quantity(
            QuantityKind.NUMBER, start, end, text[start:end], amount, noun, extra,
            margin=_margin(value, exp),
        )
        yield _Cand(q, exp, noun=bool(noun))


_RE_GLUED_MILLION = re.compile(r"m(?=[ \u00a0]+[^\W\d_])")
"""``m`` glued to a number and followed by a word: a million or a metre (see ``_numbers``)."""
_RE_DEGREES = re.compile(
    r"[ \u00a0]?(?:(?P<sign>[°º])[ \u00a0]?(?P<scale>[CF](?![\w]))?"
    r"|(?P<word>(?i:degr[ée]s?|degrees?))[ \u00a0]+(?P<named>(?i:celsius|fahrenheit|C|F)(?![\w]))"
    r"|(?<=\d)(?P<glued>[CF])(?![\w]))")
"""A temperature's unit after its number (``45 °C``, ``45 degrés Celsius``, ``45C``)."""
_RE_HEAT = re.compile(
    r"(?i:temp[ée]rature|heat|chaleur|canicule|thermom|mercury|mercure|cold|froid|degr"
    r"|frost|gel\b|warm|chaud)")
"""Words that make ``45C`` a temperature and not a form, a grade or a room."""
_DEGREES_UNIT = {"c": "°C", "f": "°F", "": "degree"}
_RE_AGE_AFTER = re.compile(r"\s?-?\s?years?\s?-?\s?old\b", re.I)
_PEOPLE_NOUNS = (
    r"person|man|woman|child|boy|girl|baby|teenager|soldier|officer|policeman|firefighter"
    r"|worker|employee|passenger|pilot|student|civilian|victim|patient|miner|journalist"
    r"|personne|homme|femme|enfant|gar[çc]on|fille|b[ée]b[ée]|adolescente?|soldat|policier"
    r"|pompier|ouvri[eè]re?|employ[ée]e?|salari[ée]e?|passag[eè]re?|pilote|[ée]l[èe]ve"
    r"|[ée]tudiante?|civile?|victime|patiente?|mineur|journaliste|adulte"
)
"""People a count of one (``one soldier``) or an apposed age (``The suspect, 34,``) is
about."""
_CAP = r"[A-ZÀ-Ý][\w'’-]+"
_CAP_OR_INITIAL = r"(?:[A-ZÀ-Ý][\w'’-]+|[A-ZÀ-Ý]\.)"
"""A name's later word, or its initial (``Essia B.``, as French courts reports write it)."""
_RE_APPOSITION_BEFORE = re.compile(
    rf"(?:\b(?P<name>{_CAP}(?:[ \u00a0]+{_CAP_OR_INITIAL}){{0,2}})"
    rf"|\b(?P<noun>(?i:{_PEOPLE_NOUNS}|suspect|driver|teen|mother|father|son|daughter|wife"
    r"|husband|conducteur|conductrice|p[èe]re|m[èe]re|fils)))\s*,[ \u00a0]*$"
)
_RE_APPOSITION_AFTER = re.compile(r"[ \u00a0]*(?:ans[ \u00a0]*)?,(?![ \u00a0]*\d)")
_RE_AGED_BEFORE = re.compile(
    rf"(?:\b(?P<name>{_CAP}(?:[ \u00a0]+{_CAP_OR_INITIAL}){{0,2}})|\b(?P<noun>[a-zà-ÿ][\w'’-]+))?"
    r",?[ \u00a0]+(?i:aged|[âa]g[ée]e?s?[ \u00a0]+de)[ \u00a0]*$"
)
"""``John Smith, aged 34``, ``un salarié, âgé de 34 ans``: whose age, before the word."""
_RE_NOUN_DE_BEFORE = re.compile(
    rf"\b(?P<noun>(?i:{_PEOPLE_NOUNS}|suspecte?|conducteur|conductrice|p[èe]re|m[èe]re"
    r"|fils|individu|jeune|automobiliste|pi[ée]tonne?|motard|retrait[ée]e?|d[ée]tenue?"
    r"|pr[ée]venue?|accus[ée]e?|tireur|agresseur|assaillant|cycliste|randonneu(?:r|se)"
    r"|habitante?|propri[ée]taire|chauffeur|fillette|nourrisson|s[œo]ur|fr[èe]re"
    r"|ministre|maire|pr[ée]sidente?|d[ée]put[ée]e?|[ée]pouse|mari|veuve|veuf|m[ée]decin"
    r"|[a-zà-ÿ]{3,}(?:iste|icienne?|euse|rice|eur)))"
    r"s?[ \u00a0]+d[e']?[ \u00a0]*$"
)
"""``un homme de 54 ans``, ``la victime, une femme de 30 ans``, ``la musicienne de 34
ans``: a person's age in French (``une peine de 5 ans`` is a duration: only nouns of
people, by the list or by the endings of people's nouns: ``-iste``, ``-icien(ne)``,
``-eur``, ``-euse``, ``-rice``)."""
_RE_NOUN_DE_LIST_BEFORE = re.compile(
    _RE_NOUN_DE_BEFORE.pattern.removesuffix(r"[ \u00a0]*$")
    + r"[ \u00a0]*\d{1,3}[ \u00a0]+et[ \u00a0]+$")
"""The second age of a list (``deux hommes de 27 et 41 ans``): the noun's as the first."""
_RE_AGES_AFTER = re.compile(r"[ \u00a0]+et[ \u00a0]+\d{1,3}[ \u00a0]+ans\b")
"""What follows the first age of such a list."""
_RE_WHO_AFTER = re.compile(
    rf"[ \u00a0]+(?:(?P<name>{_CAP}(?:[ \u00a0]+{_CAP}){{0,2}})|(?P<noun>[a-zà-ÿ][\w'’-]+))"
)
"""``34-year-old Christopher Kenyon Simpson``, ``58-year-old mother``: whose age."""
_RE_MAGNITUDE_BEFORE = re.compile(
    r"\bmagnitude(?:[ \u00a0]+(?:of|de))?(?:[ \u00a0]+(?:over|above|below|under|about|around"
    r"|nearly|almost|more[ \u00a0]+than|less[ \u00a0]+than|at[ \u00a0]+least|up[ \u00a0]+to"
    r"|plus[ \u00a0]+de|moins[ \u00a0]+de|environ|pr[èe]s[ \u00a0]+de"
    r"|(?:sup|inf)[ée]rieure?[ \u00a0]+[àa]))?[ \u00a0]*$"
    r"|\bmagnitude-$", re.I
)
_RE_MAGNITUDE_SIGN = re.compile(r"(?<![\w-])M[wL]?[ \u00a0]?$")
"""A magnitude's sign as seismologists write it, before a decimal (``M6.1``, ``Mw 6.1``)."""


def _magnitude_sign(text: str, before: str, raw: str) -> bool:
    """Whether a number is a magnitude by its sign (``M6.1``, ``Mw 6.1``): a decimal, in a
    sentence about a quake (``Model M 2.5`` is no magnitude)."""
    return (_RE_MAGNITUDE_SIGN.search(before) is not None and re.search(r"[.,]\d", raw)
            is not None and _RE_SEISMIC_WORD.search(text) is not None)
_RE_MAGNITUDE_AFTER = re.compile(r"\s?-?\s?(?:in[ \u00a0]+)?magnitude\b", re.I)
_SEISMIC = (r"(?:earth)?quakes?|temblors?|tremors?|aftershocks?|s[ée]ismes?|secousses?"
            r"|r[ée]pliques?|tremblements?[ \u00a0]+de[ \u00a0]+terre")
_RE_SEISMIC_WORD = re.compile(rf"\b(?:{_SEISMIC})\b", re.I)
_RE_SEISMIC_NOUN = re.compile(rf"[ \u00a0-]*(?:magnitude[ \u00a0-]+)?(?:{_SEISMIC})", re.I)
_RE_POINT_ZERO = re.compile(r"\d[.,]0$")
_RE_SEISMIC_BEFORE = re.compile(
    rf"\b(?:{_SEISMIC}),?[ \u00a0]+(?:of|de|d['’]une?[ \u00a0]+intensit[ée][ \u00a0]+de"
    r"|measuring|registering|mesurant)[ \u00a0]*$", re.I)
_RE_RICHTER_AFTER = re.compile(
    r"[ \u00a0]+(?:on[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+)?Richter\b"
    r"|sur[ \u00a0]+l['’][ \u00a0]*[ée]chelle(?:[ \u00a0]+ouverte)?"
    r"[ \u00a0]+de[ \u00a0]+Richter\b)",
    re.I)
"""A quake's magnitude without the word: ``a 5.6 quake``, ``an earthquake measuring 5.6``,
``un séisme de 5,6``, ``6.1 on the Richter scale``. Without the scale named, only a
number written with decimals (``a quake of 6`` is rare; ``two quakes`` is a count)."""


def _measure(text: str, start: int, end: int, noun: str, noun_end: int,
             value: Decimal) -> tuple[str, int] | None:
    """What the words around a number say it measures, when its noun does not: a
    person's age (``a 34-year-old man``, ``34-year-old John Smith``, ``The suspect,
    34,``, ``Jean Dupont, 34 ans,``) or a magnitude (``a magnitude of 6.2``, ``de
    magnitude 6,2``, ``a 6.2-magnitude quake``); the unit and where the mention ends."""
    before = text[max(0, start - 30):start]
    after = _RE_AGE_AFTER.match(text, end)
    if after is not None and noun in ("", "year", "year-old"):
        # "34 years old" is an age even when nothing says whose: not a duration
        return _age_of(_RE_WHO_AFTER.match(text, after.end())) or "age", after.end()
    aged = _RE_AGED_BEFORE.search(before)
    if aged is not None and noun in ("", "year"):
        if aged.group("noun") and _fold(aged.group("noun")) in _STOP:
            return "age", noun_end if noun else end  # "il est âgé de 34 ans": unnamed
        return _age_of(aged) or "age", noun_end if noun else end
    if noun == "year" and ((of := _RE_NOUN_DE_BEFORE.search(before)) is not None
                           or (of := _RE_NOUN_DE_LIST_BEFORE.search(before)) is not None):
        return _age_of(of), noun_end
    if (not noun and (of := _RE_NOUN_DE_BEFORE.search(before)) is not None
            and _RE_AGES_AFTER.match(text, end) is not None):
        return _age_of(of), end  # the first age of a list: ``deux hommes de 27 et 41 ans``
    apposition = _RE_APPOSITION_BEFORE.search(before)
    if (noun in ("", "year") and value == value.to_integral_value() and 0 < value <= 120
            and apposition is not None
            and _RE_APPOSITION_AFTER.match(text, noun_end if noun else end)):
        return _age_of(apposition), noun_end if noun else end
    if _RE_MAGNITUDE_BEFORE.search(before) or _magnitude_sign(text, before, text[start:end]):
        return "magnitude", end
    if _RE_RICHTER_AFTER.match(text, end) and noun in ("", "richter"):
        return "magnitude", end
    decimal = value != value.to_integral_value() or bool(_RE_POINT_ZERO.search(text, start, end))
    if decimal and noun and _RE_SEISMIC_NOUN.fullmatch(text, end, noun_end):
        return "magnitude", noun_end
    if decimal and not noun and _RE_SEISMIC_BEFORE.search(text, max(0, start - 60), start):
        return "magnitude", end
    after_magnitude = _RE_MAGNITUDE_AFTER.match(text, end)
    if after_magnitude is not None and noun in ("", "magnitude"):
        return "magnitude", after_magnitude.end()
    return None


def _age_of(who: re.Match[str] | None) -> str:
    """The unit of an age: whose it is, by first and last name (``age of John Jenkin``:
    not Kathryn Jenkin's) or by noun (``age of mother``), so the ages of two people are
    never compared; ``""`` when nothing says whose."""
    if who is None:
        return ""
    name = who.groupdict().get("name")
    if name and not _RE_ELIDED.match(name):
        names = name.split()
        return "age of " + " ".join(dict.fromkeys((names[0], names[-1])))
    noun = who.group("noun") or _RE_ELIDED.sub("", name or "")
    return f"age of {_singular(noun.lower())}"


_RE_ELIDED = re.compile(r"^[LlDd]['’](?=[a-zà-ÿ]+$)")
"""``L'homme`` starting a sentence: an article and a noun, not a name."""


_UN_BEFORE_SPAN = frozenset({"un", "une"})
_RE_UN_SPAN = re.compile(
    r"(?i:\bune?[ \u00a0]+(?:an|mois|semaine|minute|d[ée]cennie|si[èe]cle)\b)")
_RE_ONE_PERSON = re.compile(rf"[ \u00a0]+(?:{_PEOPLE_NOUNS})\b", re.I)
_RE_SEUL = re.compile(rf"[ \u00a0]+seule?[ \u00a0]+(?:{_PEOPLE_NOUNS})\b", re.I)
_RE_ONE_SPAN = {
    # a length of time: "one year", "un an de prison". Not "one day" / "un jour"
    # (someday), "une heure" (also one o'clock) or "une année" (also "a record year")
    "en": re.compile(r"[ \u00a0]+(?:year|month|week|hour|minute|decade|century)\b", re.I),
    "fr": re.compile(r"[ \u00a0]+(?:an|mois|semaine|minute|d[ée]cennie|si[èe]cle)\b", re.I),
}


def _counts_one(text: str, end: int, low: str, lang: str) -> bool:
    """Whether ``one`` (English) or ``un seul`` / ``une seule`` (French) counts people
    (``one person``, ``one soldier``, ``une seule victime``), or ``one`` / ``un`` a length
    of time (``one year``, ``un an de prison``): elsewhere these words are articles and
    pronouns as often as numbers. Such a count is compared only with counts
    of the same outcome (see :mod:`reporter.conflicts`)."""
    if low == "one" and lang == "en":
        return (_RE_ONE_PERSON.match(text, end) is not None
                or _RE_ONE_SPAN["en"].match(text, end) is not None)
    if low in ("un", "une") and lang == "fr":
        return (_RE_SEUL.match(text, end) is not None
                or _RE_ONE_SPAN["fr"].match(text, end) is not None)
    return False


_RE_EXTRA_BEFORE = re.compile(
    r"(?i:\b(?:another|an\s+additional|a\s+further|an\s+extra|encore)\s+$)"
)
_RE_EXTRA_AFTER = re.compile(
    r"(?i:\s*(?:\S+\s+)?(?:more|additional|further|extra|other|new|autres|nouveaux|nouvelles"
    r"|nouveau|nouvelle|suppl[ée]mentaires?|de\s+plus)\b)"
)
"""An increment (``two more times``, ``3 jours supplémentaires``) is not a total."""


_RE_HALF = re.compile(r"(?i:\bhalf[ \u00a0\u202f]+)$")


_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
"""Fractions written as one character right after a figure (``2½``)."""


def _half(text: str, start: int, raw: str, value: Decimal) -> tuple[int, Decimal]:
    """``half a million``: the mention starts at ``half`` and is worth 0.5 million."""
    if raw.casefold() in ("a", "one"):
        m = _RE_HALF.search(text, max(0, start - 8), start)
        if m is not None:
            return m.start(), Decimal("0.5")
    return start, value


def _margin(value: Decimal, exp: int) -> Decimal:
    """Half a unit of the last decimal written, scaled: what a rounded figure covers. A
    whole number of ten or more of a scale word is rounded to it (``$71bn`` covers
    ``$71.03 billion``); other whole numbers are exact (10 killed is not 11; ``$2 million``
    is not ``$2.4 million``, which a writer rounding would call about $2 million)."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        return Decimal(0)
    if exponent >= 0:
        return _norm_decimal(Decimal(5).scaleb(exp - 1)) if exp > 0 and value >= 10 else Decimal(0)
    return _norm_decimal(Decimal(5).scaleb(exponent - 1 + exp))


def _speaker(text: str, start: int, end: int) -> str:
    """Who said the quote, when the sentence says it plainly; else ``""``."""
    name = ""
    m = _RE_SPEAKER_AFTER.match(text, end) or _RE_SPEAKER_AFTER_NAME.match(text, end)
    if m is not None:
        name = m.group("name")
    if not name:
        b = _RE_SPEAKER_BEFORE.search(text, 0, start)
        if b is not None:
            name = b.group("name")
    if not name:
        s = _RE_SELON.search(text)
        if s is not None:
            name = s.group("name")
    if not name:
        return ""
    words = [w for w in name.split() if _fold(w) not in _NOT_SPEAKER]
    return _fold(words[-1]).strip(".'’") if words else ""


def _quotes(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for opening, pattern in _QUOTE_PAIRS:
        if opening not in text:
            continue
        for m in pattern.finditer(text):
            if _span_overlaps(taken, m.start(), m.end()):
                continue
            inner = _RE_BRACKETS.sub(_unbracket, m.group("q"))
            inner = _RE_ELLIPSIS.sub(" … ", inner)
            value = _RE_SPACES.sub(" ", inner.casefold()).strip(" \t\n,.;:!?…-–—")
            if len(value.split()) < 2:
                continue
            taken.append((m.start(), m.end()))
            speaker = _speaker(text, m.start(), m.end())
            found.append(
                Quantity(QuantityKind.QUOTE, m.start(), m.end(), m.group(0), value, speaker)
            )
    return found


_CUR_TOKENS = frozenset(
    _words(
        "usd eur gbp cad aud jpy inr chf cny dollar dollars euro euros livre livres pound "
        "pounds yen yens yuan yuans roupie roupies rupee rupees franc francs rs"
    )
)
_PERCENT_TOKENS = frozenset(_words("cent pourcent pourcents percent"))
_REL_TOKENS = frozenset(
    _words(
        "jour jours journee journees semaine semaines mois an ans annee annees heure heures "
        "minute minutes day days week weeks month months year years hour hours veille lendemain"
    )
)
_VAGUE_TOKENS = frozenset(
    _words("dizaines centaines milliers millions milliards tens dozens hundreds thousands billions")
)
_ZERO_TOKENS = frozenset(_words("no nobody aucun aucune personne pas no-one"))
_MONTH_TOKENS = frozenset(_MONTHS) | frozenset(_fold(m) for m in _MONTHS)
_WEEKDAY_TOKENS = frozenset(_WEEKDAYS) | frozenset(
    _words("monday tuesday wednesday thursday friday saturday sunday")
)
_SCALE_TOKENS = frozenset(_fold(w) for w in _SCALE_WORDS) | frozenset(_words("billion billions"))
_RE_FOUR_DIGITS = re.compile(r"\d{4}")
_RE_DIGIT = re.compile(r"\d")

_ROUND_PLURALS = frozenset(w + "s" for w in _ROUND_NOUNS)
_TIME_TOKENS = frozenset(_words("second minute hour day week month year decade"))
_ARTICLE_TOKENS = frozenset(("a", "an"))
_VALUE_TOKENS = (_MONTH_TOKENS | _WEEKDAY_TOKENS | _NUMBER_WORDS | _VAGUE_TOKENS
                 | _REL_TOKENS | _CUR_TOKENS | _PERCENT_TOKENS | _ROUND_TOKENS)
_RE_DIGIT_RUN = re.compile(r"\d+")


def value_words(text: str) -> frozenset[str]:
    """The digit runs and words of ``text`` that can state a value: two sentences can
    only disagree on a value when each has such a word the other lacks, a test far
    cheaper than extracting their values."""
    return frozenset(_RE_DIGIT_RUN.findall(text)) | (_tokens(text) & _VALUE_TOKENS)


_Gate = Callable[[str, frozenset[str], bool], bool]
"""A cheap test of a sentence (its text, its ``_tokens``, whether it has a digit) before
a matcher: most sentences state no value of the kind, and two thirds have no digit."""
_RE_CLOCK_GATE = re.compile(
    r"\d\s?(?:[:h]|[aApP]\.?\s?[mM]\b|heure)|noon|midday|midi|minuit|midnight"
    r"|\d{4}\s?\(?(?:GMT|UTC)", re.I
)
"""A cheap test before the clock-time pattern."""
_RE_CLOCK_WORDS = re.compile(r"(?i:mid(?:day|i|night)|noon|minuit)")
"""``_RE_CLOCK_GATE`` for a text without a digit: its words only, factored."""

_RE_SCORE = re.compile(
    r"(?<![\w.,:/-])(?P<a>\d{1,3})(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0]+(?:[àa]|to)[ \u00a0]+)"
    r"(?P<b>\d{1,3})(?![\w:/%-]|[.,]\d|[ \u00a0]*(?:%|h\b|[ap]\.?m\b))"
)
_RE_SCORE_MOMENT = re.compile(
    r"(?i:\b(?:tied|level|led|leading|trailing|trailed|[ée]galit[ée]|menait|men[ée]e?)"
    r"(?:[ \u00a0]+\w+)?[ \u00a0]*$"
    r"|[ \u00a0]*(?:at|by|à|a)[ \u00a0]+(?:the[ \u00a0]+|la[ \u00a0]+)?"
    r"(?:half-?time|the[ \u00a0]+break|la[ \u00a0]+pause|mi-temps|pause)\b)"
)
_RE_SCORE_OF = re.compile(r"(?i:\b(?:score|scoreline|r[ée]sultat|result)[ \u00a0]+(?:de|d['’]|of)"
                          r"[ \u00a0]*$)")
_RE_SCORE_RANGE = re.compile(r"(?i:\b(?:de|d['’]|du|from|between|entre|of|ages?)[ \u00a0]*$)")
_RE_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:beat|beats|beaten|defeated|defeat|defeats|won|win|wins|winning|lost|lose|loses"
    r"|losing|drew|draw|drawn|victory|victories|triumph|triumphed|thrashed|edged|routed"
    r"|crushed|score|scoreline|result"
    r"|battu|battue|bat|battent|battre|impos[ée]e?s?|impose|imposent|victoire|d[ée]faite"
    r"|gagn[ée]e?s?|gagne|perdu|perd|emport[ée]e?s?|emporte"
    r"|nul|inclin[ée]e?s?|incline|corrig[ée]e?s?|domin[ée]e?s?|succ[èe]s|vainqueur"
    r"|(?P<vote>voted|passed|approved|rejected|confirmed|ruled|vot[ée]e?s?|adopt[ée]e?s?"
    r"|rejet[ée]e?s?|approuv[ée]e?s?))\b"
    r"(?:[ \u00a0]+[\w'’-]+){0,3}[ \u00a0]+$)"
)
_RE_SCORE_AFTER = re.compile(
    r"(?i:[ \u00a0]+(?:[\w'’-]+[ \u00a0]+)?(?:victory|win|defeat|loss|draw|victoire|d[ée]faite"
    r"|succ[èe]s|vote|ruling|decision|majority)\b)")
"""A result said around two numbers: ``beat Chelsea 3-1``, ``s'est imposé 3 à 0``, ``a 2-1
home win``, ``passed 52-48``, ``a 5-4 ruling``. Without one, ``10-15`` is a range; a
lead (``a 14-0 lead``) is one moment of a match, and a story tells several."""


def _scores(text: str, lang: str) -> Iterator[_Cand]:
    """Match results (``3-1``, ``2–0``, ``3 à 0``), the higher side first as normalised:
    ``lost 1-3`` and ``won 3-1`` state one result."""
    for m in _RE_SCORE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if _RE_SCORE_MOMENT.search(text, max(0, m.start() - 25), m.start()) or (
                _RE_SCORE_MOMENT.match(text, m.end())):
            continue  # "tied 13-13", "2-0 at half-time": one moment of a match
        cue = _RE_SCORE_BEFORE.search(before)
        if not (cue or _RE_SCORE_AFTER.match(text, m.end())):
            continue
        if cue and cue["vote"] and _noun_after(text, m.end(), after_scale=False)[0] not in (
                "", "vote", "voix", "ruling", "decision", "majority"):
            continue  # "approved 10-15 projects": a range of things, not a tally
        if _RE_SCORE_RANGE.search(before) and not _RE_SCORE_OF.search(before):
            continue  # "de 3 à 5 places", "between 10-15": a range; not "le score de 2-2"
        a, b = int(m["a"]), int(m["b"])
        value = f"{max(a, b)}-{min(a, b)}"
        yield _Cand(Quantity(QuantityKind.SCORE, m.start(), m.end(), m.group(), value))


_RE_DASH_RANGE = re.compile(
    r"(?<![\w.,:/-])(?P<a>\d{1,3}(?:[.,]\d+)?)[ \u00a0]?[-–][ \u00a0]?(?P<b>\d{1,3}(?:[.,]\d+)?)"
    r"(?![\w.,:/-]|[ \u00a0]*(?:h\b|[ap]\.?m\b))"
)
_RE_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ \u00a0]+$")


def _dash_ranges(text: str, lang: str) -> Iterator[_Cand]:
    """``10-15 jours``, ``10–15 people``, ``5-10%``: a range, each end with the noun or
    percent sign after the second (read otherwise, ``15`` after a dash is no number, like
    ``19`` in ``COVID-19``). Only a rising pair before a counted noun or ``%``: ``Boeing
    737-800`` is a name, ``10-11 mars`` a date."""
    for m in _RE_DASH_RANGE.finditer(text):
        # read as any number is: ``5,500-6,000`` is thousands, ``2,5-3,5`` decimals
        a, b = (_parse_num(m[g], scaled=False, lang=lang) for g in ("a", "b"))
        if a is None or b is None or not a < b < 10 * a:
            continue
        name = _RE_CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if name is not None and _fold(name.group(1)) not in _STOP and not _RANGE_OPEN.search(
                name.group(0)):
            continue
        percent = re.compile(r"[ \u00a0]?%").match(text, m.end())
        if percent is not None:
            kind, unit, end = QuantityKind.PERCENT, "%", percent.end()
        else:
            word = _WORD_AT.match(text, m.end())
            if word is None or _month_of(word.group(1)):
                continue
            unit, end = _noun_after(text, m.end(), after_scale=False, lang=lang)
            if not unit:
                continue
            kind = QuantityKind.NUMBER
        yield _Cand(Quantity(kind, m.start("a"), m.end("a"), m["a"], _norm_decimal(a), unit,
                             "from", margin=_margin(a, 0)), noun=True)
        yield _Cand(Quantity(kind, m.start("b"), end, text[m.start("b"):end], _norm_decimal(b),
                             unit, "to", margin=_margin(b, 0)), noun=True)


_MATCHERS: tuple[tuple[Callable[[str, str], Iterator[_Cand]], _Gate], ...] = (
    (_scores, lambda t, w, d: d and _RE_SCORE.search(t) is not None),
    (_money_dash_ranges, lambda t, w, d: d and ("-" in t or "–" in t) and (
        any(c in t for c in "$€£¥₹") or not _CUR_TOKENS.isdisjoint(w))),
    (_dash_ranges, lambda t, w, d: d and _RE_DASH_RANGE.search(t) is not None),
    (_iso_dates, lambda t, w, d: d and _RE_FOUR_DIGITS.search(t) is not None),
    (_clock_times, lambda t, w, d: (_RE_CLOCK_GATE if d else _RE_CLOCK_WORDS).search(t)
     is not None),
    (_day_ranges, lambda t, w, d: not _MONTH_TOKENS.isdisjoint(w)),
    (_day_dates, lambda t, w, d: not _MONTH_TOKENS.isdisjoint(w)),
    (_month_dates, lambda t, w, d: not _MONTH_TOKENS.isdisjoint(w)),
    (
        _money,
        lambda t, w, d: (any(c in t for c in "$€£¥₹") or not _CUR_TOKENS.isdisjoint(w)
                         or (d and _RE_EURO_AS_E.search(t) is not None)),
    ),
    (_shares, lambda t, w, d: ("in" in w or "of" in w or "sur" in w) and (
        d or not _NUMBER_WORDS.isdisjoint(w) or "one" in w or "un" in w or "une" in w)
     and _RE_SHARE_GATE.search(t) is not None),
    (_percent, lambda t, w, d: "%" in t or not _PERCENT_TOKENS.isdisjoint(w)),
    (_relative_days, lambda t, w, d: not _RELATIVE_DAY_TOKENS.isdisjoint(w)),
    (_relative, lambda t, w, d: not _REL_TOKENS.isdisjoint(w)),
    (_year_dates, lambda t, w, d: d and _RE_FOUR_DIGITS.search(t) is not None),
    (_vague, lambda t, w, d: not _VAGUE_TOKENS.isdisjoint(w)),
    (_zero_counts, lambda t, w, d: not _ZERO_TOKENS.isdisjoint(w)),
    (_hedged_ones, lambda t, w, d: not _TIME_TOKENS.isdisjoint(w)
     and not _ARTICLE_TOKENS.isdisjoint(w)),
    (_round_counts, lambda t, w, d: not _ROUND_TOKENS.isdisjoint(w)
     or not _ROUND_PLURALS.isdisjoint(w)),
    (
        _numbers,
        lambda t, w, d: (
            d
            or not _NUMBER_WORDS.isdisjoint(w)
            or not _SCALE_TOKENS.isdisjoint(w)
            or _un_span(t, w)
        ),
    ),
    (_weekdays, lambda t, w, d: not _WEEKDAY_TOKENS.isdisjoint(w)),
    (_ordinals, lambda t, w, d: d or not _ORDINAL_TOKENS.isdisjoint(w)),
)
"""Most specific first: an earlier match wins over any later overlapping one."""


_PHONE = re.compile(
    r"(?<![\w+])(?:"
    # a trunk 0 and at least three groups: 0845 125 2222, 01 45 67 89 10, 0800 555 111
    # (spaced: 07.04.2014 is a date), or French ten digits in pairs: 01.45.67.89.10
    r"\(?0\d{1,4}\)?(?:[ \u00a0]\d{2,4}){2,}|0\d(?:[.-]\d{2}){4}"
    # a country code and at least three groups: +33 1 45 67 89 10, +44 20 7946 0958
    r"|\+\d{1,3}(?:[ .\u00a0-]\(?\d{1,4}\)?){3,}"
    # North American: (555) 123-4567, 555-123-4567, 1-800-555-0199
    r"|(?:1-)?\(?\d{3}\)?[ .-]\d{3}-\d{4}"
    r")(?![\w])"
)
"""Phone numbers (a reader calls them; no figure of the story)."""


def _blocked(text: str) -> list[tuple[int, int]]:
    """Spans that are names, not values: version lists such as ``versions 1.1 et 2``
    (not a date written with dots, ``07.04.2014``) and phone numbers."""
    return [(m.start(), m.end()) for m in _VERSION_LIST.finditer(text)
            if not _RE_DOTTED_DATE.fullmatch(m.group())] + [
        (m.start(), m.end()) for m in _PHONE.finditer(text)]


_RE_DOTTED_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[5-9]|20)\d\d")


_RE_ARTICLE_END = re.compile(r"(?i:\ban?)[ \u00a0]+$")
"""An English article between a hedge and a number in words (``about a hundred``)."""


def _qualify(text: str, cand: _Cand, floor: int) -> _Cand:
    """Attach ``plus de``/``about``/… written just before a value, within its span."""
    q = cand.q
    if q.kind not in (QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.PERCENT) or (
        q.qualifier
    ):
        return cand
    window_start = max(floor, q.start - 40)
    before = text[window_start : q.start]
    article = _RE_ARTICLE_END.search(before) if q.text[:1].isalpha() else None
    if article is not None:
        before = before[:article.start()]  # "about a hundred people", "nearly a thousand"
    for pattern, qualifier in _QUAL_BEFORE:
        m = pattern.search(before)
        if m is not None:
            start = window_start + m.start()
            negated = (_NEGATED.search(text, max(floor, start - 8), start)
                       if qualifier in _FLIPPED else None)
            if negated is not None:
                start, qualifier = negated.start(), _FLIPPED[qualifier]
            return replace(
                cand,
                q=replace(q, start=start, text=text[start : q.end], qualifier=qualifier),
            )
    return cand


def _ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Mark ``entre X et Y`` / ``from X to Y`` ends; ``entre 3 et 5 M€`` gives 3 M€."""
    out = list(cands)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.q.qualifier or b.q.qualifier:
            continue
        if not _RANGE_MID.match(text[a.q.end : b.q.start]):
            continue
        opener = _RANGE_OPEN.search(text, max(0, a.q.start - 12), a.q.start)
        if (opener is not None and _RANGE_MID_AND.match(text[a.q.end : b.q.start])
                and not _RANGE_OPEN_AND.match(opener.group())):
            continue  # "une amende de 300 000 € et 3 M€ de dommages": a list
        start = a.q.start if opener is None else opener.start()
        qa = a.q
        money = qa.kind is b.q.kind is QuantityKind.MONEY and qa.unit == b.q.unit
        # "140-150 millions de dollars": the currency too is written once, after the second
        bare = (qa.kind is QuantityKind.NUMBER and b.q.kind is QuantityKind.MONEY
                and not a.noun and not qa.unit and a.exp == 0)
        if ((money or bare) and a.exp == 0 and b.exp > 0 and isinstance(qa.value, Decimal)
                and isinstance(b.q.value, Decimal) and qa.value.scaleb(b.exp) < b.q.value):
            # "$140-$150 million", "between $140 and $150 million": the scale is written
            # once, after the second end
            qa = replace(qa, value=_norm_decimal(qa.value.scaleb(b.exp)),
                         margin=_margin(qa.value, b.exp))
        if bare:
            qa = replace(qa, kind=QuantityKind.MONEY, unit=b.q.unit)
        if opener is None and not (
            (_RANGE_MID_ALONE.match(text[a.q.end : b.q.start])
             or ((money or bare) and _RANGE_MID_DASH.match(text[a.q.end : b.q.start])))
            and not a.noun
            and isinstance(qa.value, Decimal) and isinstance(b.q.value, Decimal)
            and qa.value < b.q.value < 10 * qa.value
        ):
            continue  # "10 à 15 jours", "10 to 15 people": a range without "entre"
        if qa.kind is not b.q.kind:
            if (
                qa.kind is not QuantityKind.NUMBER
                or a.noun
                or b.q.kind
                not in (
                    QuantityKind.MONEY,
                    QuantityKind.PERCENT,
                )
            ):
                continue
            scaled = qa.value
            if isinstance(scaled, Decimal) and a.exp == 0:
                scaled = _norm_decimal(scaled.scaleb(b.exp))
            qa = replace(qa, kind=b.q.kind, value=scaled, unit=b.q.unit)
        elif qa.unit != b.q.unit and qa.kind is QuantityKind.NUMBER:
            if a.noun:
                continue
            qa = replace(qa, unit=b.q.unit)
        elif qa.kind not in (QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.PERCENT):
            continue
        if qa.kind is QuantityKind.MONEY and qa.unit != b.q.unit:
            continue
        out[i] = replace(a, q=replace(qa, start=start, text=text[start : qa.end], qualifier="from"))
        out[i + 1] = replace(b, q=replace(b.q, qualifier="to"))
    return out


def extract_quantities(text: str, *, lang: str = "fr") -> tuple[Quantity, ...]:
    """Every value ``text`` states, sorted by offset.

    Args:
        text: one sentence (any length works, but qualifiers are read locally).
        lang: ``"fr"`` or ``"en"``; it only settles ambiguous words such as ``billion``.

    Returns:
        Quantities whose ``start``/``end`` slice back to their ``text``.
    """
    found = _FOUND.get((text, lang))
    if found is None:
        found = _extract(text, lang)
        remember_quantities(text, lang, found)
    return found


_FOUND: dict[tuple[str, str], tuple[Quantity, ...]] = {}
"""Memo: joining near-groups, finding conflicts and rendering read one unit's values in
turn (results are immutable); worker processes that extracted them hand them over."""
FOUND_MAX = 200_000


def remember_quantities(text: str, lang: str, found: tuple[Quantity, ...]) -> None:
    """Store what ``extract_quantities(text, lang=lang)`` returns (bounded memo)."""
    if len(_FOUND) >= FOUND_MAX:
        _FOUND.clear()
    _FOUND[(text, lang)] = found


_RE_RESTATED_OPEN = re.compile(r"[ \u00a0]*\($")
_RE_RESTATED_CLOSE = re.compile(r"[ \u00a0]*\)")
_HEDGES = frozenset({"about", "more", "less"})


def _restated_alike(found: list[Quantity], text: str) -> list[Quantity]:
    """A figure restated in brackets right after a hedged one (``about 58 km (36
    miles)``, ``more than €85m ($108m)``) is the same figure converted, hedged alike."""
    out = list(found)
    for k in range(1, len(out)):
        outer, inner = out[k - 1], out[k]
        if (outer.qualifier in _HEDGES and not inner.qualifier and outer.kind is inner.kind
                and _RE_RESTATED_OPEN.match(text[outer.end:inner.start])
                and _RE_RESTATED_CLOSE.match(text, inner.end)):
            out[k] = replace(inner, qualifier=outer.qualifier)
    return out


_RE_PEOPLE_UNIT = re.compile(rf"(?:{_PEOPLE_NOUNS}|people|gens|men|women|children)s?", re.I)
_RE_JOINED = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?i:and|et)[ \u00a0]+$|[ \u00a0]*,[ \u00a0]*$")
"""Between two counts of a list: ``and``/``et`` (a comma before it or not), or a comma."""
_RE_AND_ONE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?i:and|et)[ \u00a0]+(?i:an?|one|une?)[ \u00a0]+([^\W\d_]+)")
_RE_ONE_AND_BEFORE = re.compile(
    r"\b(?i:an?|one|une?)[ \u00a0]+([^\W\d_]+)[ \u00a0]*,?[ \u00a0]*(?i:and|et)[ \u00a0]+$")
_RE_TOTAL_BEFORE = re.compile(r"^[ \u00a0]*(?:[,(:–—-][ \u00a0]*)?$")


def _counts_people(unit: str, lang: str) -> bool:
    return (_RE_PEOPLE_UNIT.fullmatch(unit) is not None
            or (lang == "en" and unit.isascii() and unit.isalpha() and person(unit)))


def _listed_people(q: Quantity, lang: str) -> bool:
    """Whether a value is a count of people that a list of people's counts may add up:
    not one by origin (``12 Somali and 11 Yemeni``), whose parts are claims of their
    own (all 23 were Somali, says another outlet)."""
    return (q.kind is QuantityKind.NUMBER and bool(q.unit) and _counts_people(q.unit, lang)
            and not any(w[:1].isupper() for w in q.text.split()[1:]))


def _coordinated(found: list[Quantity], text: str, lang: str) -> list[Quantity]:
    """A list of counts of people is one count of all of them: ``two women and a man``
    died is three dead, not two (``deux femmes et un homme``, ``five soldiers and two
    civilians``). The list is one value, of people unless all its nouns are one. Right
    after a count of people it adds up to (``at least three people, a man and two
    women``; ``three bank workers - two women and a man``) it only breaks that count down,
    and is left out. Lists of things are left as they are: five houses and two schools
    are not seven of anything."""
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        q = found[k]
        if not _listed_people(q, lang):
            out.append(q)
            k += 1
            continue
        start, end, total, units, last = q.start, q.end, q.value, {q.unit}, k
        lead = _RE_ONE_AND_BEFORE.search(text, out[-1].end if out else 0, q.start)
        if lead is not None and _counts_people(_singular(lead.group(1)), lang):
            start = lead.start()  # "a man and two women"
            total += 1  # type: ignore[operator]
            units.add(_singular(lead.group(1)))
        while True:
            nxt = found[last + 1] if last + 1 < len(found) else None
            if (nxt is not None and not nxt.qualifier and _listed_people(nxt, lang)
                    and _RE_JOINED.match(text[end:nxt.start])):
                end, last = nxt.end, last + 1
                total += nxt.value  # type: ignore[operator]
                units.add(nxt.unit)
                continue
            one = _RE_AND_ONE.match(text, end)
            if one is not None and (nxt is None or nxt.start >= one.end()) and _counts_people(
                    _singular(one.group(1)), lang):
                end = one.end()
                total += 1  # type: ignore[operator]
                units.add(_singular(one.group(1)))
            break
        if (start, end) == (q.start, q.end):
            out.append(q)
            k += 1
            continue
        before = out[-1] if out else None
        if (before is not None and before.kind is QuantityKind.NUMBER and before.unit
                and _counts_people(before.unit, lang) and before.value == total
                and _RE_TOTAL_BEFORE.match(text[before.end:start])):
            k = last + 1  # "three workers - two women and a man": the total broken down
            continue
        unit = units.pop() if len(units) == 1 else "person"
        out.append(Quantity(QuantityKind.NUMBER, start, end, text[start:end], total, unit,
                            q.qualifier))
        k = last + 1
    return out


def _extract(text: str, lang: str) -> tuple[Quantity, ...]:
    digits = _RE_DIGIT.search(text) is not None
    taken = _blocked(text) if digits else []  # a version number has a digit
    accepted: list[_Cand] = []
    tokens = _tokens(text)
    for matcher, gate in _MATCHERS:
        if not gate(text, tokens, digits):
            continue
        for cand in matcher(text, lang):
            if not _span_overlaps(taken, cand.q.start, cand.q.end):
                taken.append((cand.q.start, cand.q.end))
                accepted.append(cand)
    accepted.sort(key=lambda c: (c.q.start, c.q.end))
    qualified: list[_Cand] = []
    floor = 0
    for cand in accepted:
        qualified.append(_qualify(text, cand, floor))
        floor = cand.q.end
    ranged = _ranges(text, qualified)
    result = _coordinated(_restated_alike([c.q for c in ranged], text), text, lang) + _quotes(text)
    result.sort(key=lambda q: (q.start, q.end, q.kind.value))
    return tuple(result)
