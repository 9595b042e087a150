"""Name disagreements: two wordings of one statement that give its role to different names.

``Apple's CEO Tim Cook said`` against ``Apple's CEO Satya Nadella said``: the words are
aligned (rapidfuzz's Levenshtein opcodes on word keys), and a replaced run that is a proper
name on both sides, inside sentences that otherwise read the same, is a candidate. There is
no entity recogniser and no gazetteer beyond a few irregular country names and the French
demonyms (written in lower case), so every rule leans towards silence:

* a name is a capitalised word not at a sentence start (there, only an acronym, a possessive
  or a word one of the texts capitalises elsewhere), or an acronym, with particles such as
  ``de``, ``van`` or ``al-`` inside it; weekdays, months and words with digits are not
  names, titles (``Mr``, ``President``) do not tell two people apart, and a text in title
  case has no readable names at all;
* the two sentences must be evidently the same statement: three quarters of the words
  around the name, and six tenths of all the words, align unchanged;
* the two names must not be aliases: sharing a word or a stem (``Johnson`` / ``Boris
  Johnson``, ``Russia`` / ``Russian``), one an initialism of the other (``UN`` / ``United
  Nations``), listed irregular variants (``UK`` / ``Britain``), or one appearing anywhere
  in the other sentence outside the aligned place (a reordering, not a swap); a given name
  that changes in front of the same surname with the same first letter is taken for a
  nickname (``Kathryn`` / ``Katie``).

Measured on ECB+ (English news, 86 events, a million cross-outlet sentence pairs): what is
left are places one inside the other or standing for each other (``Sudan`` / ``Khartoum``)
and generic words inside names (``Pacific Ocean`` / ``Pacific Basin``); a list of places
would be needed to tell those apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from reporter.normalize import ANY_FUNCTION_WORD, fold

__all__ = ["NameClash", "Place", "align_statement", "hunks", "name_clashes"]

SAME_STATEMENT = 0.75
"""Share of the words around a replaced name that must align unchanged (counting the longer
side of each other change): below it the two sentences may say different things, and a
different name is no contradiction."""
SAME_SENTENCE = 0.6
"""Share of the longer sentence's words that must align unchanged, names included: a short
sentence whose long name differs is too little of one statement to compare."""
MIN_EQUAL = 4
"""Fewest aligned words: a short pair shares too little context to fix the role."""
_SPELLING = 0.7
"""Levenshtein similarity from which two long name words are one spelt two ways."""
TITLE_CASE = 0.5
"""A text with at least this share of capitalised words is a headline: no names read."""

_RE_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[’'-]\w+)*")
_RE_POSSESSIVE = re.compile(r"['’]s$")
_RE_ELISION = re.compile(r"^(?i:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)")
_RE_ARABIC_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|ash|abu|bin|ben|ibn)-(?=[A-Z])")
_SENTENCE_END = frozenset(".!?…:«“\"")

_PARTICLES = frozenset(
    "de du des d da di del della dos das van von der den ter ten la le bin ibn ben al el y of"
    .split()
)
"""Lowercase words allowed inside a name, between two capitalised words."""
_TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady m mme mlle mm me pr prof president pres "
    "lieutenant lt sergeant sgt captain capt colonel col detective det officer jr "
    "senator sen rep gov governor gen general king queen prince princess pope saint st "
    "minister ministre chancellor chancelier premier prime ceo pdg chairman chief "
    "monsieur madame mademoiselle maitre docteur professeur".split()
)
"""Honorifics and titles: they say how a person is addressed, not who it is."""
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()
)
"""Capitalised in English, but compared as dates and days, not names."""
_ALIAS_GROUPS = (
    "uk britain british great-britain england english united-kingdom royaume-uni "
    "grande-bretagne britannique angleterre anglais",
    "us usa america american americans united-states etats-unis americain americaine",
    "france french francais francaise",
    "netherlands dutch holland hollande neerlandais pays-bas",
    "ireland irish irlande irlandais",
    "denmark danish danemark danois",
    "switzerland swiss suisse",
    "wales welsh",
    "philippines filipino philippin",
    "spain spanish",
    "poland polish",
    "finland finnish",
    "turquie turc turque",
    "grece grec grecque",
    "europe european eu ue union-europeenne europeen",
    "kyiv kiev",
)
"""Irregular country, demonym and transliteration variants the stem rule cannot see."""
_FR_DEMONYMS = (
    "americain canadien mexicain bresilien argentin chilien colombien venezuelien cubain "
    "britannique anglais ecossais irlandais francais allemand autrichien italien espagnol "
    "portugais belge suisse neerlandais luxembourgeois danois suedois norvegien finlandais "
    "polonais tcheque slovaque hongrois roumain bulgare serbe croate grec turc russe "
    "ukrainien bielorusse georgien armenien israelien palestinien libanais syrien irakien "
    "iranien saoudien qatari jordanien egyptien libyen tunisien algerien marocain malien "
    "nigerien senegalais ivoirien congolais ethiopien soudanais somalien afghan pakistanais "
    "indien chinois japonais coreen nord-coreen sud-coreen vietnamien thailandais "
    "indonesien philippin australien europeen africain asiatique"
).split()
"""French demonyms, written in lower case as adjectives (``les autorités russes``): names
for this module, as their English counterparts are by their capital."""


def _inflections(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s"]
    if base in ("grec", "turc"):
        stem = base[:-1] + "qu"
        return [base, base + "s", stem + "e", stem + "es"]
    if base.endswith("ien"):
        return [base, base + "s", base + "ne", base + "nes"]
    if base.endswith("s"):
        return [base, base + "e", base + "es"]
    return [base, base + "s", base + "e", base + "es"]


_DEMONYM: dict[str, str] = {form: base for base in _FR_DEMONYMS for form in _inflections(base)}
"""Inflected form -> the masculine singular: ``russes`` and ``russe`` are one word."""
_FR_DEMONYM_SET = frozenset(_FR_DEMONYMS)

_ALIAS: dict[str, int] = {
    word: i for i, group in enumerate(_ALIAS_GROUPS) for word in group.split()
}


class _Token(NamedTuple):
    """One word: its span in the text (possessive and elision left out) and its key. A
    named tuple: a story has hundreds of thousands of words, and it is the cheapest to
    build."""

    start: int
    end: int
    key: str
    name: bool
    """Part of a proper name by capitalisation (titles too; lowercase particles not)."""
    title: bool = False
    acronym: bool = False
    initial_cap: bool = False
    """Capitalised at a sentence start, so a name only if the other text has it as one."""


@dataclass(frozen=True, slots=True)
class NameClash:
    """One replaced name: the span of each side in its own text."""

    a: tuple[int, int]
    b: tuple[int, int]
    a_norm: str
    b_norm: str


@lru_cache(maxsize=65_536)
def _fold_word(word: str) -> str:
    """``fold`` of one word; words recur across a story's sentences, so it is memoised."""
    return fold(word)


@lru_cache(maxsize=65_536)
def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _raw_tokens(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, sentence-initial) per word, possessive ``'s`` and elision cut."""
    out: list[tuple[int, int, str, bool]] = []
    prev_end = 0
    prev_word = ""
    for m in _RE_TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        gap = text[prev_end:start]
        initial = not out or not _SENTENCE_END.isdisjoint(gap)
        if initial and out and gap.strip() == "." and (
            _fold_word(prev_word) in _TITLES or len(prev_word) == 1 or (
                prev_word[:1].isupper() and len(prev_word) <= 3
                and not any(c in "aeiouyAEIOUY" for c in prev_word)
            )
        ):
            initial = False  # "Mr. Smith", "J. Smith", "Lt. Gray": an abbreviation
        prev_end, prev_word = end, word
        if "'" in word or "’" in word:  # an elision or a possessive has an apostrophe
            elision = _RE_ELISION.match(word)
            if elision:
                start += elision.end()
                word = word[elision.end():]
            possessive = _RE_POSSESSIVE.search(word)
            if possessive and len(word) > 2:
                end -= 2
                word = word[:-2]
        out.append((start, end, word, initial))
    return out


@lru_cache(maxsize=65_536)
def _key(word: str) -> str:
    if _is_acronym(word):
        return _fold_word(word).replace(".", "")
    folded = _fold_word(word)
    return _DEMONYM.get(folded, folded)


@lru_cache(maxsize=65_536)
def _tokens(text: str) -> tuple[_Token, ...]:
    """The words of ``text`` with their name status."""
    raw = _raw_tokens(text)
    capitalised = [w[:1].isupper() for _, _, w, _ in raw]
    if len(raw) >= 4 and sum(capitalised) >= TITLE_CASE * len(raw):
        return tuple(_Token(s, e, _key(w), False) for s, e, w, _ in raw)
    inner_caps = {_fold_word(w) for (_, _, w, initial), cap in zip(raw, capitalised, strict=True)
                  if cap and not initial}
    out: list[_Token] = []
    for i, (start, end, word, initial) in enumerate(raw):
        key = _key(word)
        cap = capitalised[i] or ("-" in word and _RE_ARABIC_PARTICLE.match(word) is not None)
        name = (
            cap
            and len(word) > 1
            and not any(map(str.isdigit, word))
            and key not in _CALENDAR
        )
        if not cap and key in _FR_DEMONYM_SET:
            name = True  # "les autorités russes": a name in French, though lower case
        initial_cap = False
        if name and initial:
            possessive = text[end:end + 2] in ("'s", "’s")
            initial_cap = key not in ANY_FUNCTION_WORD
            name = initial_cap and (
                _is_acronym(word) or possessive or _fold_word(word) in inner_caps
            )
        out.append(_Token(start, end, key, name, title=key in _TITLES, acronym=_is_acronym(word),
                          initial_cap=initial_cap and not name))
    for i in range(len(out) - 1, -1, -1):
        # "Le" in "Bruno Le Maire" or "The" in "The Hague" only lead into a name
        t = out[i]
        if t.name and not t.acronym and t.key in ANY_FUNCTION_WORD and not (
            i + 1 < len(out) and out[i + 1].name
        ):
            out[i] = t._replace(name=False)
    return tuple(out)


def _stem_variant(a: str, b: str) -> bool:
    """``Russia`` / ``Russian``, ``Fed`` / ``Federal``, ``UK`` / ``Britain``: one name."""
    if a == b or a.replace("-", "") == b.replace("-", ""):
        return True
    if a in _ALIAS and _ALIAS.get(b) == _ALIAS[a]:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4


def _abbreviates(short: str, long: str) -> bool:
    """``Mt`` / ``Mount``, ``Lt`` / ``Lieutenant``: same first letter, letters in order."""
    if len(short) > 4 or len(long) < len(short) + 2 or short[:1] != long[:1]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def _variant(a: _Token, b: _Token) -> bool:
    """Whether two name words may be one: stem, listed alias, or abbreviation."""
    if _stem_variant(a.key, b.key):
        return True
    if a.acronym or b.acronym:
        return False
    short, long = sorted((a.key, b.key), key=len)
    if len(short) >= 5 and Levenshtein.normalized_similarity(short, long) >= _SPELLING:
        return True  # "Gaddafi" / "Kadhafi": a transliteration or a typo
    return _abbreviates(short, long)


def _initialism(acronym: _Token, other: list[_Token]) -> bool:
    """Whether ``acronym`` may abbreviate ``other``; conservative, so a shared first letter
    is enough (``EU`` / ``European Commission``). Two acronyms are one when they have the
    same letters in another order (``NATO`` / ``OTAN``) or one's letters hold the other's."""
    if len(other) == 1 and other[0].acronym:
        x, y = sorted((acronym.key, other[0].key), key=len)
        return sorted(x) == sorted(y) or (set(x) <= set(y) and len(x) >= 3)
    words = [t.key for t in other if t.key not in _PARTICLES]
    return bool(words) and acronym.key[0] == words[0][0]


def _joined(tokens: list[_Token]) -> str:
    return "-".join(t.key for t in tokens)


def _aliases(x: list[_Token], y: list[_Token]) -> bool:
    """Whether names ``x`` and ``y`` (title-less tokens) may name one entity."""
    xj, yj = _joined(x), _joined(y)
    if xj in _ALIAS and _ALIAS.get(yj, -1) == _ALIAS[xj]:
        return True
    for one, other in ((x, y), (y, x)):
        if len(one) == 1 and one[0].acronym and _initialism(one[0], other):
            return True
    rest_x = [t for t in x if not any(_variant(t, o) for o in y)]
    rest_y = [t for t in y if not any(_variant(t, o) for o in x)]
    return not rest_x or not rest_y


def _moved(names: list[_Token], elsewhere: list[_Token]) -> bool:
    """Whether the other sentence has ``names`` outside the aligned hunk: a form of one
    of its words, or an acronym of exactly its initials (``IE`` / ``Internet Explorer``)."""
    initials = "".join(t.key[0] for t in names if t.key not in _PARTICLES)
    return any(
        any(_variant(t, o) for t in names) or (o.acronym and o.key == initials)
        for o in elsewhere
    )


def _trim(tokens: list[_Token]) -> list[_Token]:
    """Drop function words and titles at the edges; ``[]`` unless all the rest is a name."""
    lo, hi = 0, len(tokens)
    while lo < hi and not tokens[lo].name and (
        tokens[lo].key in ANY_FUNCTION_WORD or tokens[lo].key in _PARTICLES
    ):
        lo += 1
    while hi > lo and not tokens[hi - 1].name and (
        tokens[hi - 1].key in ANY_FUNCTION_WORD or tokens[hi - 1].key in _PARTICLES
    ):
        hi -= 1
    core = tokens[lo:hi]
    if not core or not core[0].name or not core[-1].name:
        return []
    if not all(t.name or t.key in _PARTICLES for t in core):
        return []
    return core


Place = tuple[int, int, int, int]
"""A changed place of two aligned word lists: (i1, i2, j1, j2) word ranges."""


def hunks(a: list[str], b: list[str]) -> tuple[int, list[Place]]:
    """Aligned words, and the maximal runs of non-equal opcodes as (i1, i2, j1, j2)."""
    equal = 0
    out: list[tuple[int, int, int, int]] = []
    current: list[int] | None = None
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            equal += op.src_end - op.src_start
            if current is not None:
                out.append((current[0], current[1], current[2], current[3]))
                current = None
            continue
        if current is None:
            current = [op.src_start, op.src_end, op.dest_start, op.dest_end]
        else:
            current[1], current[3] = op.src_end, op.dest_end
    if current is not None:
        out.append((current[0], current[1], current[2], current[3]))
    return equal, out


def align_statement(ka: list[str], kb: list[str],
                    ) -> tuple[int, list[Place], list[int]] | None:
    """Two sentences' words aligned when they read as one statement: the number of
    aligned words, the changed places (see :func:`hunks`) and how many words each changes
    (the longer side); else ``None``.

    One statement: the shorter sentence is at least six tenths of the longer, and six
    tenths of the longer, and at least four words, align unchanged. Or one sentence is
    contained in the other: all its words, and at least eight, align but for at most two
    replaced, and what the longer adds (``have launched an investigation`` / ``... into
    the wave of illnesses``, or a clause joined on) is a detail more, which changes no
    word: it counts zero."""
    equal, places = hunks(ka, kb)
    if equal < MIN_EQUAL:
        return None
    replaced = [p for p in places if p[0] < p[1] and p[2] < p[3]]
    contained = equal >= _CONTAINED_EQUAL and (
        (all(i1 < i2 for i1, i2, _, _ in places) or all(j1 < j2 for _, _, j1, j2 in places))
        and sum(i2 - i1 for i1, i2, _, _ in replaced) <= _CONTAINED_CHANGE
        and sum(j2 - j1 for _, _, j1, j2 in replaced) <= _CONTAINED_CHANGE
    )
    if contained:
        return equal, places, [max(i2 - i1, j2 - j1) if i1 < i2 and j1 < j2 else 0
                               for i1, i2, j1, j2 in places]
    longer = max(len(ka), len(kb))
    if min(len(ka), len(kb)) < SAME_SENTENCE * longer or equal < SAME_SENTENCE * longer:
        return None
    return equal, places, [max(i2 - i1, j2 - j1) for i1, i2, j1, j2 in places]


_CONTAINED_CHANGE = 2
"""Most words replaced in a sentence contained in a longer one (see
:func:`align_statement`)."""
_CONTAINED_EQUAL = 2 * MIN_EQUAL
"""Fewest aligned words of a sentence contained in a longer one: a short phrase found
inside a long sentence (``revolver at the officers`` / ``revolver was found at the
scene``) may fill another role there."""


def _norm(tokens: list[_Token]) -> str:
    return " ".join(t.key for t in tokens if not t.title)


def _promote(tokens: tuple[_Token, ...], other: tuple[_Token, ...]) -> list[_Token]:
    """A sentence-initial capitalised word is a name when the other text has it as one."""
    names = {t.key for t in other if t.name}
    return [t._replace(name=True) if t.initial_cap and t.key in names else t for t in tokens]


_RE_BAG_CUT = re.compile(r"(?<!\w)(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]|['’]s(?!\w)")


@lru_cache(maxsize=65_536)
def _bag(text: str) -> tuple[Counter[str], int]:
    """The folded words of ``text`` with their counts, and how many there are."""
    words = _RE_TOKEN.findall(_RE_BAG_CUT.sub(" ", fold(text)).replace(".", ""))
    return Counter(words), len(words)


def _may_align(text_a: str, text_b: str) -> bool:
    """A cheap test before aligning: words two sentences share as a bag are at least
    those an alignment finds equal, which :func:`align_statement` wants to be six tenths
    of the shorter sentence when only the longer adds words. Keys differ from the
    aligner's in small ways (acronym dots, a dotted initial), so the bound is loosened by
    a fifth."""
    (bag_a, na), (bag_b, nb) = _bag(text_a), _bag(text_b)
    shared = sum(min(bag_a[w], bag_b[w]) for w in bag_a.keys() & bag_b.keys())
    return shared >= 0.8 * MIN_EQUAL and shared >= 0.8 * SAME_SENTENCE * min(na, nb)


_RE_DIGITS = re.compile(r"\d+")
_RE_CLOCK = re.compile(r"\d{1,2}h\d{0,2}|\d{1,2}(?:am|pm)", re.I)


def _lettered_number(t: _Token) -> bool:
    """``G7``, ``MH17``, ``SARS-CoV-2``, ``A320``: a designation, not an amount."""
    return any(map(str.isdigit, t.key)) and any(map(str.isalpha, t.key))


def _designations(ta: list[_Token], tb: list[_Token], i: int, j: int) -> bool:
    """Whether word ``i`` of one sentence and word ``j`` of the other, the only words
    replaced in their place, are two designations of one pattern: ``Boeing 737`` /
    ``Boeing 747``, ``G7`` / ``G20``, ``SARS-CoV-2`` / ``SARS-CoV-4``, ``vol MH17`` /
    ``vol MH370``. A bare number counts only after a name (``Apollo 11``); amounts are the
    value comparison's. One number ending the other (``Covid-19`` / ``Covid-2019``) or
    equal to it (``MH017``) is the same designation written another way; either one
    elsewhere in the other sentence was moved, not replaced."""
    x, y = ta[i], tb[j]
    if _RE_CLOCK.fullmatch(x.key) or _RE_CLOCK.fullmatch(y.key):
        return False  # "10h30" / "11h15": clock times, compared as values
    nx, ny = _RE_DIGITS.findall(x.key), _RE_DIGITS.findall(y.key)
    if not nx or not ny or _RE_DIGITS.sub("#", x.key) != _RE_DIGITS.sub("#", y.key):
        return False
    if not _lettered_number(x) and not (i > 0 and j > 0 and ta[i - 1].name and tb[j - 1].name):
        return False
    for a, b in zip(nx, ny, strict=True):
        if a != b and (int(a) == int(b) or a.endswith(b) or b.endswith(a)):
            return False
    return x.key not in {t.key for t in tb} and y.key not in {t.key for t in ta}


def name_clashes(text_a: str, text_b: str) -> tuple[NameClash, ...]:
    """Names that ``text_a`` and ``text_b`` put in the same place of one statement.

    Symmetric: the result for ``(b, a)`` is this one with sides swapped.
    """
    if text_b < text_a:
        return tuple(NameClash(c.b, c.a, c.b_norm, c.a_norm) for c in name_clashes(text_b, text_a))
    if not _may_align(text_a, text_b):
        return ()
    ta, tb = _promote(_tokens(text_a), _tokens(text_b)), _promote(_tokens(text_b), _tokens(text_a))
    if not (any(t.name or _lettered_number(t) for t in ta)
            and any(t.name or _lettered_number(t) for t in tb)):
        return ()
    aligned = align_statement([t.key for t in ta], [t.key for t in tb])
    if aligned is None:
        return ()
    equal, places, weights = aligned
    changed = sum(weights)
    unaligned_a = {i for i1, i2, _, _ in places for i in range(i1, i2)}
    unaligned_b = {j for _, _, j1, j2 in places for j in range(j1, j2)}
    out: list[NameClash] = []
    for (i1, i2, j1, j2), weight in zip(places, weights, strict=True):
        rest = changed - weight
        if equal < SAME_STATEMENT * (equal + rest):
            continue  # outside this place, the two sentences say too much differently
        if i2 - i1 == 1 and j2 - j1 == 1 and _designations(ta, tb, i1, j1):
            out.append(NameClash((ta[i1].start, ta[i1].end), (tb[j1].start, tb[j1].end),
                                 ta[i1].key, tb[j1].key))
            continue
        x, y = _trim(ta[i1:i2]), _trim(tb[j1:j2])
        xn = [t for t in x if not t.title and t.key not in _PARTICLES]
        yn = [t for t in y if not t.title and t.key not in _PARTICLES]
        if not xn or not yn or _aliases(xn, yn):
            continue
        # a name the other sentence has elsewhere, unaligned, was moved, not replaced
        elsewhere_b = [tb[j] for j in sorted(unaligned_b) if not j1 <= j < j2]
        elsewhere_a = [ta[i] for i in sorted(unaligned_a) if not i1 <= i < i2]
        if _moved(xn, elsewhere_b) or _moved(yn, elsewhere_a):
            continue
        # "Kathryn Jenkin" / "Katie Jenkin": a given name that changes but keeps its first
        # letter in front of the same surname is more often a nickname than another person
        lead = (i1 == 0 or not ta[i1 - 1].name) and (j1 == 0 or not tb[j1 - 1].name)
        if lead and i2 < len(ta) and j2 < len(tb) and ta[i2].name and (
            ta[i2].key == tb[j2].key and xn[0].key[:1] == yn[0].key[:1]
        ):
            continue
        out.append(
            NameClash((x[0].start, x[-1].end), (y[0].start, y[-1].end), _norm(x), _norm(y))
        )
    return tuple(out)
