"""Wording disagreements: one statement that one source affirms and another denies, or
words with opposite words (``rose`` / ``fell``) or with another thing of the same kind
(``school`` / ``hospital``).

``Microsoft will pay the fine`` against ``Microsoft will not pay the fine``, ``le groupe
a confirmé l'accord`` against ``le groupe n'a pas confirmé l'accord``. The words are
aligned as for names (rapidfuzz's Levenshtein opcodes on folded words); a changed place
where one side has a negation and the other side none, inside sentences that otherwise
read the same, is a disagreement. Every rule leans towards silence:

* negations are words (``not``, ``n't``, ``never``, ``no``, ``without``; ``pas``,
  ``jamais``, ``aucun``, ``rien``, ``sans``, ``ni``, and ``plus`` or ``personne`` after
  ``ne``), not meanings: a negation against a negative verb (``refused``, ``denied``,
  ``failed``, ``a démenti``, ``a refusé``) counts as two negatives, so no disagreement;
* phrases that read as negations and are not are skipped: bounds (``no more than``, ``pas
  moins de``: amounts are the value comparison's), ``not only``, ``non seulement``, ``sans
  doute``, ``plus que jamais``, ``whether or not``, ``No. 1``;
* the two sentences must be evidently the same statement, with the thresholds of
  :mod:`reporter.names`: three quarters of the words around the place, and six tenths of
  all the words, align unchanged; and the changed place is short (at most two words
  besides the negation), so a reworded clause is not read as a denial.

Opposites come from a short bilingual list of pairs common in news (rise/fall, profit/loss,
upheld/overturned, hausse/baisse, acquitté/condamné), and terms from short lists of kinds
of things reports get wrong (roles, outcomes such as killed / injured, time units, times
of day, seasons, compass points, colours, vehicles, buildings, weapons, charges, levels of
government, devices, magnitudes said alone, sales / profits), matched by Snowball stem; a
word with a negating prefix is the word's opposite (``controlled`` / ``uncontrolled``).
In English, words outside the lists are looked up in WordNet (:mod:`reporter.lexicon`):
antonyms are opposites, concrete things of different kinds terms (``milk`` / ``meat``);
a place of two content words is read as a WordNet compound (``oil rig``) or by its head
after an adjective, and a longer place only when it holds one content word a side.
Opposites under a negation (``no rise`` / ``no fall``) both can be true; a time unit after
a number (``three days``) is a value, compared as one; a word the other sentence has as
often was moved, not replaced.

Swaps (``Smith sued Jones`` / ``Jones sued Smith``) are the same words with two parts
trading places across a one-way relation: symmetric relations (``and``, ``with``,
``met``, ``played``), list marks between the parts and figures keep them silent.

Measured on ECB+ (982 English articles grouped by the report): these rules report two
opposites there, both real differences of wording (``divorced`` / ``married``,
``national`` / ``local`` observers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from reporter import lexicon
from reporter.names import SAME_STATEMENT, Place, align_statement
from reporter.normalize import ANY_FUNCTION_WORD, fold, stem

__all__ = ["ContrastClash", "NegationClash", "SwapClash", "contrast_clashes", "negation_clashes",
           "outcome", "replaced_places", "swap_clashes"]

_RE_WORD = re.compile(
    r"\w+(?=n\s?['’]\s?t(?!\w))"  # "did" of "didn't" (or "didn ’ t", as tokenised text has it)
    r"|n\s?['’]\s?t(?!\w)"  # its "n't"
    r"|(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)"  # French elision: "n'" of "n'a"
    r"|\w+(?:-\w+)*",  # a word; "non-profit" stays one
    re.IGNORECASE,
)

_NEGATIONS = frozenset(
    # English
    "not n't never no none nobody nothing nowhere neither nor without cannot "
    # French ("ne" alone is also the expletive or restrictive "ne ... que": not counted)
    "pas jamais aucun aucune aucuns aucunes rien nullement guere ni sans non "
    # contractions typed without an apostrophe ("dont" is left out: French "dont" is "of
    # which")
    "cant doesnt didnt isnt arent wasnt werent hasnt havent hadnt couldnt wouldnt "
    "shouldnt mustnt neednt aint".split()
)
_AUXILIARIES = frozenset("ne do does did longer yet even encore".split())
"""Words a negation brings along (``did not confirm`` / ``confirmed``, ``no longer``,
``not yet``, ``pas encore``)."""
_CONTRAST = frozenset({"but", "mais"})
"""``not one person but several`` / ``several``: a negation that corrects, not denies."""
MAX_CHANGE = 2
"""Most words, other than negations, that may change in the negated place: more is a
rewording (``but they got out safely`` / ``although no one was hurt``)."""
_FUNCTION = ANY_FUNCTION_WORD | frozenset(
    # reflexive pronouns: no claim of their own in a changed place
    "itself himself herself themselves themself myself yourself ourselves yourselves".split())
_AFTER_NE = frozenset({"plus", "personne"})
"""Negations only after ``ne`` (``ne ... plus``, ``ne ... personne``): alone they mean
"more" and "person"."""
_NEGATIVE_STEMS = (
    # verbs and adjectives that deny or withhold: a negation against one of these is two
    # ways of saying no
    "refus", "reject", "deni", "deny", "fail", "declin", "unabl", "imposs", "lack",
    "absen", "avoid", "halt", "stop", "ceas", "cancel", "withh", "bann", "forb", "prevent",
    "rejet", "dement", "echou", "incapab", "manqu", "evit", "cess", "annul", "interdi",
    "empech", "abandon", "renon", "suspend",
)
_NEGATIVE_WORDS = frozenset(
    # short ones, whole words only: as stems they would also start "bank" or "niece"
    "ban bans nie nies nier niait niant nient nia".split()
)
_NOT_NEGATING_BEFORE = frozenset(
    # "no more than", "not only", "pas moins de", "non seulement": bounds and additions;
    # "no doubt", "sans doute": "surely"
    "more less fewer later earlier sooner only just least plus moins seulement "
    "uniquement doute doubt".split()
)
_NOT_NEGATING_WITH = {
    # "nothing but" (only), "none other than" (exactly)
    "nothing": frozenset({"but"}),
    "none": frozenset({"other"}),
}
_NOT_NEGATING_AFTER = {
    # "whether or not", "plus que jamais", "si jamais"
    "not": frozenset({"or"}),
    "jamais": frozenset({"que", "si"}),
}


@dataclass(frozen=True, slots=True)
class NegationClash:
    """The changed place of two sentences where only one of them has a negation.

    Spans are (start, end) offsets into each text; ``a_negated`` tells which side denies.
    """

    a: tuple[int, int]
    b: tuple[int, int]
    a_negated: bool


class _Word(NamedTuple):
    """A word's offsets in its text, its comparison key, and the punctuation mark right
    after it, if any (``No,``). A named tuple: texts have many words, and it is cheap."""

    start: int
    end: int
    key: str
    mark: str


@lru_cache(maxsize=65_536)
def _key(word: str) -> str:
    """A word as compared: folded, ``n't`` read as ``not``, an elided ``n'`` as ``ne``."""
    key = fold(word).replace("’", "'").replace(" ", "")
    if key in {"n't", "n'"}:
        return "not" if key == "n't" else "ne"
    return key[:-1] if key.endswith("'") else key


_RE_PLAIN_WORD = re.compile(r"\w+(?:-\w+)*")
"""Words of a text with no apostrophe: no contraction or elision to split (faster)."""


@lru_cache(maxsize=65_536)
def _words(text: str) -> tuple[_Word, ...]:
    out = []
    pattern = _RE_WORD if ("'" in text or "’" in text) else _RE_PLAIN_WORD
    for m in pattern.finditer(text):
        key = _key(m.group())
        after = text[m.end():m.end() + 2].lstrip()[:1]
        out.append(_Word(m.start(), m.end(), key, after if after in ",.;:!?" else ""))
    return tuple(out)


def _negation(words: tuple[_Word, ...], i: int) -> bool:
    """Whether word ``i`` negates the statement."""
    key = words[i].key
    after = words[i + 1].key if i + 1 < len(words) else ""
    before = words[i - 1].key if i else ""
    if key in _AFTER_NE:
        return any(w.key == "ne" for w in words[max(0, i - 4):i])
    if key not in _NEGATIONS:
        return False
    if after in _NOT_NEGATING_BEFORE or after in _NOT_NEGATING_WITH.get(key, ()):
        return False
    if before in _NOT_NEGATING_AFTER.get(key, ()):
        return False
    if key in {"no", "non"} and words[i].mark:
        return False  # "No, it makes no difference": an answer, not a denial ("No. 1")
    return not (key == "no" and after[:1].isdigit())  # "No 1"


def _negative(key: str) -> bool:
    """Whether a word denies or withholds (``refused``, ``a démenti``, ``ban``)."""
    return key in _NEGATIVE_WORDS or key.startswith(_NEGATIVE_STEMS)


@dataclass(frozen=True, slots=True)
class _Alignment:
    """Two texts' words aligned (rapidfuzz Levenshtein opcodes on folded words)."""

    wa: tuple[_Word, ...]
    wb: tuple[_Word, ...]
    ka: list[str]
    kb: list[str]
    neg_a: list[bool]
    neg_b: list[bool]
    places: list[Place]
    """The changed places, as (i1, i2, j1, j2) word ranges."""
    equal: int
    weights: list[int]
    """How many words each place changes (see :func:`reporter.names.align_statement`)."""

    def same_around(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Whether the words around one changed place read the same (the other changes
        are few)."""
        rest = sum(self.weights) - self.weights[self.places.index((i1, i2, j1, j2))]
        return self.equal >= SAME_STATEMENT * (self.equal + rest)


@lru_cache(maxsize=65_536)
def _negations(text: str) -> tuple[bool, ...]:
    """For each word of ``text``, whether it negates the statement."""
    words = _words(text)
    return tuple(_negation(words, i) for i in range(len(words)))


@lru_cache(maxsize=65_536)
def _listed(text: str, lang: str) -> bool:
    """Whether ``text`` has a word of the opposite or term lists (a cheap test before
    aligning two texts)."""
    return any(_entries(part, lang) for w in _words(text) for part in w.key.split("-"))


@lru_cache(maxsize=16_384)
def _align(text_a: str, text_b: str) -> _Alignment | None:
    """The alignment of two texts that read as one statement (six tenths of the longer
    one's words, and at least four, aligned unchanged), else ``None``."""
    wa, wb = _words(text_a), _words(text_b)
    ka, kb = [w.key for w in wa], [w.key for w in wb]
    aligned = align_statement(ka, kb)
    if aligned is None:
        return None
    equal, places, weights = aligned
    return _Alignment(wa, wb, ka, kb, list(_negations(text_a)), list(_negations(text_b)),
                      places, equal, weights)


Span = tuple[int, int]
"""(start, end) offsets into a text."""


@lru_cache(maxsize=16_384)
def replaced_places(text_a: str, text_b: str) -> tuple[tuple[Span, Span], ...]:
    """The (span in a, span in b) of each place where two wordings of one statement differ,
    when each of them replaces a few words by a few others (nothing added or dropped);
    ``()`` when the texts are not one statement or differ otherwise.

    Symmetric: the result for ``(b, a)`` is this one with sides swapped.
    """
    if text_b < text_a:
        return tuple((b, a) for a, b in replaced_places(text_b, text_a))
    al = _align(text_a, text_b)
    if al is None or not all(0 < i2 - i1 <= MAX_CHANGE and 0 < j2 - j1 <= MAX_CHANGE
                             for i1, i2, j1, j2 in al.places):
        return ()
    return tuple(((al.wa[i1].start, al.wa[i2 - 1].end), (al.wb[j1].start, al.wb[j2 - 1].end))
                 for i1, i2, j1, j2 in al.places)


@lru_cache(maxsize=16_384)
def negation_clashes(text_a: str, text_b: str) -> tuple[NegationClash, ...]:
    """Places where one of two wordings of one statement is negated and the other is not.

    Symmetric: the result for ``(b, a)`` is this one with sides swapped.
    """
    if text_b < text_a:
        return tuple(NegationClash(c.b, c.a, not c.a_negated)
                     for c in negation_clashes(text_b, text_a))
    if sum(_negations(text_a)) == sum(_negations(text_b)):
        return ()  # as many negations on each side: moved or reworded, not added
    al = _align(text_a, text_b)
    if al is None:
        return ()
    wa, wb, ka, kb, neg_a, neg_b = al.wa, al.wb, al.ka, al.kb, al.neg_a, al.neg_b
    out: list[NegationClash] = []
    for i1, i2, j1, j2 in al.places:
        in_a, in_b = any(neg_a[i1:i2]), any(neg_b[j1:j2])
        if in_a == in_b:
            continue  # neither side, or both, negate here
        if not al.same_around(i1, i2, j1, j2):
            continue
        negated, other = (ka[i1:i2], kb[j1:j2]) if in_a else (kb[j1:j2], ka[i1:i2])
        if any(_negative(k) for k in other):
            continue  # "did not pay" / "refused to pay"
        if _opposed(negated, other):
            continue  # "did not rise" / "fell": a denial worded by its opposite
        if _negated_bound(ka, i2, kb) if in_a else _negated_bound(kb, j2, ka):
            continue  # "n'ont pas constitué moins de 2 %" says at least 2 %, not "not 2 %"
        flags = neg_a[i1:i2] if in_a else neg_b[j1:j2]
        core = [k for k, neg in zip(negated, flags, strict=True)
                if not neg and k not in _AUXILIARIES]
        if len(core) > MAX_CHANGE or len(other) > MAX_CHANGE or _CONTRAST & set(negated):
            continue
        if core and not other:
            continue  # words added around the negation: another clause ("You don't.")
        if any(_prefixed_negative(k, core) for k in other):
            continue  # "not known" / "unknown", "pas connu" / "inconnu", "unharmed"
        (i1, i2), (j1, j2) = _place(wa, wb, i1, i2, j1, j2, in_a)
        out.append(NegationClash((wa[i1].start, wa[i2 - 1].end), (wb[j1].start, wb[j2 - 1].end),
                                 in_a))
    return tuple(out)


_COMPARATIVES = frozenset({"less", "fewer", "more", "moins", "plus"})
_THAN = frozenset({"than", "de", "d", "que", "qu"})


def _negated_bound(keys: list[str], after: int, other: list[str]) -> bool:
    """Whether a comparison follows a negation within a few words and the other side has
    none: ``not less than`` / ``pas moins de`` bound a figure rather than deny it."""
    for k in range(after, min(len(keys) - 1, after + 3)):
        if keys[k] in _COMPARATIVES and keys[k + 1] in _THAN:
            return not any(a == keys[k] and b in _THAN for a, b in pairwise(other))
    return False


def _place(
    wa: tuple[_Word, ...], wb: tuple[_Word, ...], i1: int, i2: int, j1: int, j2: int,
    in_a: bool,
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The words each claim quotes: the changed place, from a ``ne`` shortly before it on
    the negated side (``n'a pas confirmé`` / ``a confirmé``), and with a word on each side
    when one side has nothing there (``has not confirmed`` / ``has confirmed``)."""
    neg, lo = (wa, i1) if in_a else (wb, j1)
    for k in range(lo - 1, max(-1, lo - 4), -1):
        if neg[k].key == "ne":
            between = lo - k - 1  # aligned words between "ne" and the change
            i1, j1 = (k, max(0, j1 - between)) if in_a else (max(0, i1 - between), k)
            break
    if i2 == i1 or j2 == j1:
        i1, j1 = max(0, i1 - 1), max(0, j1 - 1)
        i2, j2 = min(len(wa), i2 + 1), min(len(wb), j2 + 1)
    plain, lo, hi = (wb, j1, j2) if in_a else (wa, i1, i2)
    while i2 < len(wa) and j2 < len(wb) and all(w.key in _FUNCTION for w in plain[lo:hi]):
        i2, j2, hi = i2 + 1, j2 + 1, hi + 1  # "a" / "n'a pas": quote the verb after
    return (i1, i2), (j1, j2)



_OPPOSITES_EN = (
    # each line: words of one side | words of the other (any inflection: matched by stem;
    # irregular forms listed)
    "rise rose risen | fall fell fallen",
    "increase | decrease",
    "raise | lower",
    "gain | lose lost loss",
    "win won | lose lost",
    "grow grew grown | shrink shrank shrunk",
    "higher | lower",
    "highest | lowest",
    "open | close shut",
    "accept | reject",
    "approve | reject",
    "allow permit | forbid forbade forbidden ban",
    "legal | illegal",
    "support | oppose",
    "acquit | convict",
    "guilty | innocent",
    "profit | loss",
    "surplus | deficit",
    "strengthen | weaken",
    "expand | contract",
    "buy bought | sell sold",
    "import | export",
    "before | after",
    "first | last",
    "earlier | later",
    "maximum | minimum",
    "success | failure",
    "succeed | fail",
    "positive | negative",
    "voluntary | mandatory compulsory",
    "public | private",
    "include | exclude",
    "arrive arrival | depart departure",
    "majority | minority",
    "best | worst",
    "alive | dead",
    "strong | weak",
    "north northern | south southern",
    "east eastern | west western",
    "upheld uphold | overturn overturned",
    "lift lifted | impose imposed",
    "victory | defeat",
    "optimistic | pessimistic",
    "man men | woman women",
    "boy | girl",
    "male | female",
    "brother | sister",
    "son | daughter",
    "father | mother",
    "husband | wife",
    "small little | large big",
    "high | low",
    "cheap | expensive",
    "secret secretly | public publicly openly",
    "boost spur | hinder hamper",
    "domestic | foreign",
    "minor | major",
    "temporary | permanent",
    "full | empty",
    "entry | exit",
    "internal | external",
    "peace | war",
    "ally allies | enemy enemies",
    "attack | defend",
    "civilian commercial | military",
    "because following thanks | despite",
    "confirm confirmed announce announced admit admitted | deny denied",
)
_OPPOSITES_FR = (
    "hausse | baisse",
    "augmenter augmentation | diminuer diminution baisser",
    "monter montee | descendre descente",
    "gagner victoire | perdre perdu defaite",
    "ouvrir ouvert ouverte ouverture | fermer ferme fermee fermeture",
    "accepter | refuser rejeter",
    "approuver | rejeter",
    "autoriser autorise autorisee | interdire interdit interdite",
    "legal legale | illegal illegale",
    "soutenir soutenu | opposer oppose",
    "acquitter acquitte | condamner condamne",
    "coupable | innocent",
    "benefice benefices | perte pertes",
    "excedent | deficit",
    "renforcer | affaiblir",
    "acheter achete | vendre vendu",
    "importer | exporter",
    "avant | apres",
    "premier premiere | dernier derniere",
    "maximum | minimum",
    "succes reussite | echec",
    "reussir | echouer",
    "positif positive | negatif negative",
    "volontaire facultatif | obligatoire",
    "public publique | prive privee",
    "inclure inclus | exclure exclu",
    "arrivee | depart",
    "majorite | minorite",
    "meilleur meilleure | pire",
    "vivant vivante | mort morte",
    "fort forte | faible",
    "nord | sud",
    "est | ouest",
    "optimiste | pessimiste",
    "croissance | recession",
    "homme hommes | femme femmes",
    "garcon | fille",
    "masculin | feminin",
    "frere | soeur",
    "fils | fille",
    "pere | mere",
    "mari | epouse femme",
    "petit petite | grand grande",
    "haut haute | bas basse",
    "secret secrete secretement | public publiquement",
    "confirmer confirme confirmee annoncer annonce annoncee reconnaitre reconnu "
    "| dementir dementi",
    "interieur | exterieur",
    "temporaire provisoire | definitif permanent",
    "plein pleine | vide",
    "entree | sortie",
    "guerre | paix",
    "allie allies | ennemi ennemis",
    "civil civile civils civiles | militaire militaires",
    "grace | malgre",
)


_TERMS_EN = (
    # kinds of things a statement can get wrong: each line is one kind, "|" separates its
    # members, words between two bars are one member written several ways
    "soldier | police policeman policemen | firefighter fireman firemen | doctor physician "
    "| nurse | teacher | journalist | lawyer attorney | judge | priest | farmer | pilot "
    "| engineer | astronomer | biologist | chemist | physicist | economist | civilian",
    "second | minute | hour | day | week | month | year | decade | century",
    "red | blue | green | yellow | white | black | orange | purple | pink | brown | grey gray",
    "car | truck lorry | bus coach | train | plane airplane aeroplane aircraft jet "
    "| helicopter | boat ship | motorcycle motorbike | bicycle bike | van | tram",
    "school | hospital | church | mosque | synagogue | home house | factory | shop store "
    "| supermarket | restaurant | hotel | prison jail | stadium | airport | embassy "
    "| university college",
    "knife | gun firearm | rifle | pistol handgun | bomb | grenade | missile rocket | machete",
    "murder | manslaughter | assault | robbery | theft | fraud | rape | kidnapping "
    "| terrorism",
    "federal | provincial | municipal | regional",
    "phone smartphone | laptop | tablet",
    "hundreds | thousands | millions | billions | trillions",
    "revenue revenues sales turnover | profit profits earnings",
    "morning | afternoon | evening | night overnight",
    "spring | summer | autumn fall | winter",
    "north northern | south southern | east eastern | west western",
    "kill killed die died dead | injure injured wound wounded hurt | sick ill | missing",
    "arrest arrested detain detained | kill killed | release released freed",
    "explosion explosions blast | fire fires blaze | collapse | flood floods flooding "
    "| earthquake quake | landslide mudslide | avalanche",
)
_TERMS_FR = (
    "soldat soldats militaire militaires | policier policiers gendarme gendarmes "
    "| pompier pompiers | medecin medecins | infirmier infirmiere infirmiers infirmieres "
    "| enseignant enseignants professeur professeurs | journaliste journalistes "
    "| avocat avocats | juge juges | pretre pretres | agriculteur agriculteurs "
    "| pilote pilotes | ingenieur ingenieurs | astronome | biologiste | chimiste "
    "| physicien | economiste",
    "seconde secondes | heure heures | jour jours journee | semaine semaines | mois "
    "| ans annee annees | decennie decennies | siecle siecles",
    "rouge | bleu bleue | vert verte | jaune | blanc blanche | noir noire | violet violette "
    "| marron | gris grise",
    "voiture voitures | camion camions | bus autobus autocar | train trains | avion avions "
    "| helicoptere | bateau navire | moto | velo | camionnette | tramway",
    "ecole | hopital | eglise | mosquee | synagogue | maison domicile | usine "
    "| magasin boutique | supermarche | restaurant | hotel | prison | stade | aeroport "
    "| gare | ambassade | universite",
    "couteau | fusil | pistolet | bombe | grenade | missile roquette | machette",
    "meurtre assassinat | agression | fraude escroquerie | viol | enlevement | terrorisme",
    "federal | provincial | municipal | regional",
    "telephone smartphone | tablette",
    "centaines | milliers | millions | milliards",
    "matin matinee | apres-midi | soir soiree | nuit",
    "printemps | ete | automne | hiver",
    "nord | sud | est | ouest",
    "tue tues tuee tuees mort morts decede decedes | blesse blesses blessee blessees "
    "| malade malades | disparu disparus disparue disparues",
    "interpelle interpelles interpellee arrete arretes arretee | tue tues tuee "
    "| relache relaches relachee libere liberes liberee",
    "explosion explosions deflagration | incendie incendies | effondrement "
    "| inondation inondations crue crues | seisme seismes | glissement eboulement "
    "| avalanche",
)
_TABLES = {
    "opposite": (("en", _OPPOSITES_EN), ("fr", _OPPOSITES_FR)),
    "term": (("en", _TERMS_EN), ("fr", _TERMS_FR)),
}
_Entry = tuple[str, str, int, int]
"""(kind, language, line number, member number) of a word in the lists."""


@lru_cache(maxsize=1)
def _contrasts() -> dict[tuple[str, str], frozenset[_Entry]]:
    """(language, stem) -> the list entries a word of that stem stands for."""
    out: dict[tuple[str, str], set[_Entry]] = {}
    for kind, tables in _TABLES.items():
        for lang, table in tables:
            for number, line in enumerate(table):
                for member, words in enumerate(line.split("|")):
                    for word in words.split():
                        out.setdefault((lang, stem(word, lang)), set()).add(
                            (kind, lang, number, member))
    return {key: frozenset(entries) for key, entries in out.items()}


def _label(entry: _Entry) -> str:
    kind, lang, number, member = entry
    table = dict(_TABLES[kind])[lang]
    return table[number].split("|")[member].split()[0]


@lru_cache(maxsize=65_536)
def _entries(key: str, lang: str = "") -> tuple[_Entry, ...]:
    """The list entries a folded word stands for in the text's language (``""``: either
    language; French ``car`` is "because", not a vehicle), sorted."""
    table = _contrasts()
    langs = (lang,) if lang in ("en", "fr") else ("en", "fr")
    return tuple(sorted({entry for one in langs
                         for entry in table.get((one, stem(key, one)), ())}))


_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "des", "mis", "mal")


def _prefixed_negative(word: str, core: list[str]) -> bool:
    """Whether ``word`` denies one of ``core`` by a prefix (``unknown`` for ``known``,
    ``inconnu`` for ``connu``), or is an English ``un-…-ed`` adjective (``unharmed``)."""
    if word.startswith("un") and word.endswith("ed"):
        return True
    for prefix in _NEGATIVE_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            rest = word[len(prefix):]
            if any(stem(rest, lang) == stem(k, lang) for k in core for lang in ("en", "fr")):
                return True
    return False


def _opposed(xs: list[str], ys: list[str]) -> bool:
    """Whether a word of ``xs`` and a word of ``ys`` are listed opposites."""
    return any(x[0] == "opposite" and x[:3] == y[:3] and x[3] != y[3]
               for a in xs for b in ys for x in _entries(a) for y in _entries(b))


@dataclass(frozen=True, slots=True)
class ContrastClash:
    """Two words in one place of one statement that say different things: opposites
    (``rose`` / ``fell``) or two members of one kind (``school`` / ``hospital``).

    Spans are (start, end) offsets into each text; ``a_norm`` and ``b_norm`` are the
    listed words (``rise`` / ``fall``); ``kind`` is ``opposite`` or ``term``.
    """

    a: tuple[int, int]
    b: tuple[int, int]
    a_norm: str
    b_norm: str
    kind: str


_NUMBER_BEFORE = re.compile(r"^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|few|several|"
                            r"quelques|plusieurs)$")
"""A word before a time unit that makes it a value (``three days``), compared as one."""
def _term_lines(en_first: str, fr_first: str) -> frozenset[tuple[str, str, int]]:
    """The (kind, language, line) of the two term lines that start with these words."""
    return frozenset(
        ("term", lang, next(k for k, line in enumerate(table) if line.split()[0] == first))
        for lang, table, first in (("en", _TERMS_EN, en_first), ("fr", _TERMS_FR, fr_first))
    )


_VALUE_LINES = _term_lines("second", "seconde")
"""The time units: after a number, they are values."""
_AMOUNT_LINES = _term_lines("hundreds", "centaines")
"""Magnitudes said alone (``the billions it has``); followed by ``of`` / ``de`` they are
amounts (``millions of dollars``), which the value comparison reads."""
_OF = frozenset({"of", "de", "d"})
_OUTCOME_LINES = _term_lines("kill", "tue")
"""Outcomes for people: killed, injured, sick, missing (members in the same order in
both languages)."""


OUTCOME_NAMES = ("killed", "injured", "sick", "missing")
"""The English name of each outcome ``outcome`` returns, by its number."""


def outcome(word: str, lang: str) -> int | None:
    """Which outcome a folded word names: 0 killed, 1 injured, 2 sick, 3 missing (the
    same number in French and English: ``tués`` and ``killed`` give 0), else None."""
    for entry in _entries(word, lang):
        if entry[:3] in _OUTCOME_LINES:
            return entry[3]
    return None


@lru_cache(maxsize=16_384)
def contrast_clashes(text_a: str, text_b: str, lang_a: str = "",
                     lang_b: str = "") -> tuple[ContrastClash, ...]:
    """Places where two wordings of one statement use opposite words (``shares rose`` /
    ``shares fell``, ``en hausse`` / ``en baisse``) or two different things of one kind
    (``at a school`` / ``at a hospital``, ``three soldiers`` / ``three policemen``), from
    short bilingual lists. A negation on one side only is :func:`negation_clashes`'s
    business (``did not rise`` / ``fell`` says the same); a time unit after a number is
    a value, compared as one.

    Symmetric: the result for ``(b, a)`` is this one with sides swapped.
    """
    if text_b < text_a:
        return tuple(ContrastClash(c.b, c.a, c.b_norm, c.a_norm, c.kind)
                     for c in contrast_clashes(text_b, text_a, lang_b, lang_a))
    english = lang_a == lang_b == "en"
    # the cheapest tests first: two English texts need no list or prefix pre-test
    if sum(_negations(text_a)) != sum(_negations(text_b)) or not (
            english or (_listed(text_a, lang_a) and _listed(text_b, lang_b))
            or _prefix_pair(text_a, text_b)):
        return ()
    al = _align(text_a, text_b)
    if al is None:
        return ()
    wa, wb, ka, kb, neg_a, neg_b = al.wa, al.wb, al.ka, al.kb, al.neg_a, al.neg_b
    out: list[ContrastClash] = []
    for i1, i2, j1, j2 in al.places:
        if not (i2 > i1 and j2 > j1) or not al.same_around(i1, i2, j1, j2):
            continue
        # the lists read places of a few words; WordNet counts content words only
        # ("defends itself from" / "attacks")
        short = i2 - i1 <= MAX_CHANGE and j2 - j1 <= MAX_CHANGE
        found = [
            (i, j, x, y)
            for i in range(i1, i2) for j in range(j1, j2)
            for x in _entries(ka[i], lang_a) for y in _entries(kb[j], lang_b)
            if x[:3] == y[:3] and x[3] != y[3]
        ] if short else []
        part = (_changed_part(ka[i1], kb[j1])
                if not found and i2 - i1 == 1 and j2 - j1 == 1 else None)
        if part is not None:  # compounds that differ in one part: "one-year" / "one-month"
            found = [(i1, j1, x, y) for x in _entries(part[0], lang_a)
                     for y in _entries(part[1], lang_b) if x[:3] == y[:3] and x[3] != y[3]]
        prefixed = [(i, j) for i in range(i1, i2) for j in range(j1, j2)
                    if _prefix_antonyms(ka[i], kb[j])] if short else []
        listed = bool(found)
        found = [(i, j, x, y) for i, j, x, y in found if not _value_words(ka, kb, i, j, x)]
        if found:
            i, j, x, y = found[0]
            first_a, first_b = i, j
            kind, norm_a, norm_b = x[0], _label(x), _label(y)
        elif listed:
            continue
        elif prefixed:
            (i, j), kind = prefixed[0], "opposite"
            first_a, first_b = i, j
            norm_a, norm_b = ka[i], kb[j]
        elif english and (looked := _looked_up(
                ka[i1:i2], kb[j1:j2], (_named(text_a, wa, i1, i2), _named(text_b, wb, j1, j2)),
                heads=short)) is not None:
            first_a, first_b = i1 + looked[0], j1 + looked[2]
            i, j, kind = i1 + looked[1], j1 + looked[3], looked[4]
            norm_a, norm_b = looked[5].replace("_", " "), looked[6].replace("_", " ")
        else:
            continue
        if any(neg_a[max(0, i - 4):i]) or any(neg_b[max(0, j - 4):j]):
            continue  # "no rise" / "no fall": both can be true
        if kind == "term" and _other_ends(ka[i1:i2], kb[j1:j2]):
            continue  # "taken from the scene" / "taken to hospital": two ends of one move
        if kb.count(ka[i]) >= ka.count(ka[i]) or ka.count(kb[j]) >= kb.count(kb[j]):
            continue  # as many of each word on both sides: moved, not replaced
        out.append(ContrastClash((wa[first_a].start, wa[i].end), (wb[first_b].start, wb[j].end),
                                 norm_a, norm_b, kind))
    return tuple(out)


def _value_words(ka: list[str], kb: list[str], i: int, j: int, entry: _Entry) -> bool:
    """Whether listed words ``ka[i]`` / ``kb[j]`` are part of values, compared as such: a
    time unit after a number (``three days``), a magnitude of an amount (``millions of``,
    ``2 millions``)."""
    if entry[:3] in _VALUE_LINES:
        return bool((i and _NUMBER_BEFORE.match(ka[i - 1]))
                    or (j and _NUMBER_BEFORE.match(kb[j - 1])))
    if entry[:3] in _AMOUNT_LINES:
        return bool((i + 1 < len(ka) and ka[i + 1] in _OF) or (j + 1 < len(kb) and kb[j + 1] in _OF)
                    or (i and ka[i - 1][:1].isdigit()) or (j and kb[j - 1][:1].isdigit()))
    return False


_FROM = frozenset({"from", "depuis"})
_TO = frozenset({"to", "into", "onto", "toward", "towards", "vers", "jusqu"})


def _other_ends(xs: list[str], ys: list[str]) -> bool:
    """Whether one place says where a move starts and the other where it ends."""
    return bool((_FROM & set(xs) and _TO & set(ys)) or (_TO & set(xs) and _FROM & set(ys)))


def _named(text: str, words: tuple[_Word, ...], i1: int, i2: int) -> bool:
    """Whether words ``i1:i2`` hold a capitalised word that does not start a sentence
    (after an initial or a short title, ``A.J. Smith``, ``Mr. Butler``, it does not)."""
    return any(text[words[i].start].isupper() and i > 0 and (
        words[i - 1].mark not in {".", "!", "?"} or len(words[i - 1].key) <= 3)
        for i in range(i1, i2))


def _looked_up(xs: list[str], ys: list[str], names: tuple[bool, bool], *,
               heads: bool = True) -> tuple[int, int, int, int, str, str, str] | None:
    """The content word changed for another in an English place, if WordNet tells them
    apart (:func:`reporter.lexicon.relation`): its first and last index in ``xs``, in
    ``ys``, the kind, and the two words as compared.

    Up to two content words a side are read as a WordNet compound (``mine`` / ``oil
    rig``), else by the last, the English head, when the first is an adjective (``humans``
    / ``domestic poultry``; a noun before it makes a compound WordNet may not know,
    ``cliff`` / ``rock face``); by its head not when ``heads`` is false, for a long place
    (``next to materials`` / ``in the middle``). ``names`` tells whether a side's place holds a
    capitalised word inside the sentence: a name, which WordNet would read as something
    else, and :mod:`reporter.names` compares."""
    if any(names):
        return None
    a = _content_word(xs, heads)
    b = _content_word(ys, heads)
    if a is None or b is None:
        return None
    found = lexicon.relation(a[2], b[2])
    return None if found is None else (a[0], a[1], b[0], b[1], found, a[2], b[2])


def _content_word(words: list[str], heads: bool) -> tuple[int, int, str] | None:
    """The one content word of a place, or its compound or head: (first, last, word)."""
    content = [k for k, w in enumerate(words) if w not in _FUNCTION and w.isalpha()]
    if len(content) == 1:
        return content[0], content[0], words[content[0]]
    if len(content) != 2:
        return None
    first, last = content
    if last == first + 1 and lexicon.synsets(f"{words[first]}_{words[last]}", "n"):
        return first, last, f"{words[first]}_{words[last]}"
    if heads and lexicon.adjectival(words[first]):
        return last, last, words[last]
    return None


def _changed_part(a: str, b: str) -> tuple[str, str] | None:
    """The one part in which two hyphenated compounds of as many parts differ."""
    pa, pb = a.split("-"), b.split("-")
    if len(pa) < 2 or len(pa) != len(pb):
        return None
    diff = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    return diff[0] if len(diff) == 1 else None


_ANTONYM_PREFIXES = ("un", "non")
"""Prefixes that make a word's opposite whatever follows (``controlled`` /
``uncontrolled``, ``popular`` / ``unpopular``, ``résident`` / ``non-résident``)."""
_ANTONYM_PREFIXES_ADJ = ("in", "im", "il", "ir", "mal")
"""Prefixes that make an adjective's opposite (``possible`` / ``impossible``, ``connu`` /
``inconnu``) but also start unrelated words (``pose`` / ``impose``): only before the
adjective endings below."""
_ALL_ANTONYM_PREFIXES = (*_ANTONYM_PREFIXES, *_ANTONYM_PREFIXES_ADJ)
"""Both lists, in order."""
_ADJECTIVE_ENDINGS = (
    "able", "ible", "al", "ale", "ent", "ente", "ant", "ante", "ive", "if", "ed", "ar",
    "ous", "ity", "ite", "ain", "aine", "et", "ete", "ect", "u", "ue", "ile", "ier",
    "iere", "ace",
)


def _prefix_antonyms(a: str, b: str) -> bool:
    """Whether one word is the other with a negating prefix (``unnamed`` / ``named``)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    for prefix in _ALL_ANTONYM_PREFIXES:
        if not long.startswith(prefix):
            continue
        rest = long[len(prefix):].removeprefix("-")
        if rest != short or len(rest) < 4:
            continue
        if prefix in _ANTONYM_PREFIXES or rest.endswith(_ADJECTIVE_ENDINGS):
            return True
    return False


@lru_cache(maxsize=16_384)
def _prefix_pair(text_a: str, text_b: str) -> bool:
    """Whether a word of one text is a word of the other with a negating prefix (a cheap
    test before aligning)."""
    ka = {w.key for w in _words(text_a)}
    kb = {w.key for w in _words(text_b)}
    only_a, only_b = ka - kb, kb - ka
    return any(_prefix_antonyms(word, rest)
               for words, others in ((only_a, only_b), (only_b, only_a)) for word in words
               if word.startswith(_ALL_ANTONYM_PREFIXES)  # most words have none: one test in C
               for prefix in _ALL_ANTONYM_PREFIXES
               if word.startswith(prefix)
               and (rest := word[len(prefix):].removeprefix("-")) in others)


MAX_SWAPPED = 4
"""Longest part (in words) of a swap: names and short noun phrases, not clauses."""

_SYMMETRIC = frozenset(
    "and or nor with between versus vs v as like plus et ou ni avec entre contre comme "
    "ainsi".split()
)
"""Words that relate two parts symmetrically: the parts can trade places."""

_SYMMETRIC_STEMS = (
    # met, played, faced, drew, tied, married, talked, negotiated, merged, clashed ...
    "meet", "met", "play", "face", "facing", "draw", "drew", "tie", "tied", "marr", "wed",
    "talk", "spoke", "speak", "negotiat", "agree", "merg", "compet", "fight", "fought",
    "clash", "collid", "resembl", "equal", "match", "rival", "partner", "ally", "allied",
    "rencontr", "affront", "jou", "epous", "mari", "negoci", "discut", "fusion", "oppos",
    "allie", "egal", "ressembl", "entretenu", "parl", "dialog", "duel", "derby",
)
"""Stems of verbs and nouns that relate two parts symmetrically (``Smith met Jones``)."""

_RE_LIST_MARK = re.compile(r"[,;/&()\[\]–—]")


@dataclass(frozen=True, slots=True)
class SwapClash:
    """Two parts of one statement that trade places (``Smith sued Jones`` / ``Jones sued
    Smith``): who did what to whom. Spans run from the first part to the second in each
    text; ``a_norm`` and ``b_norm`` name the parts in order (``smith > jones``)."""

    a: tuple[int, int]
    b: tuple[int, int]
    a_norm: str
    b_norm: str


def _content(keys: list[str]) -> str:
    """A swapped part as named in ``normalized``: without its leading function words."""
    while keys[0] in _FUNCTION:
        keys = keys[1:]
    return " ".join(keys)


def _part_ok(keys: list[str]) -> bool:
    """A swapped part holds a content word and no figure (figures are values)."""
    return (any(k not in _FUNCTION for k in keys)
            and not any(ch.isdigit() for k in keys for ch in k))


def _relating(keys: list[str]) -> bool:
    """Whether the words between two parts relate them one way: a content word, and no
    word of a symmetric relation (``and``, ``with``, ``met``, ``played``)."""
    return (any(k not in _FUNCTION for k in keys)
            and not any(k in _SYMMETRIC or k.startswith(_SYMMETRIC_STEMS) for k in keys))


@lru_cache(maxsize=65_536)
def _sorted_keys(text: str) -> tuple[str, ...]:
    """A text's word keys in sorted order: what two texts whose parts trade places share
    (computed once per text rather than once per pair)."""
    return tuple(sorted(w.key for w in _words(text)))


@lru_cache(maxsize=16_384)
def swap_clashes(text_a: str, text_b: str) -> tuple[SwapClash, ...]:
    """Where two wordings of one statement are the same words but for two parts that trade
    places across a one-way relation (``Paris beat Lyon`` / ``Lyon beat Paris``, ``le
    PSG a battu Lyon`` / ``Lyon a battu le PSG``).

    Silent when anything else changes, when the relation is symmetric (``and``, ``with``,
    ``between``, ``met``, ``played``), when a comma or list mark stands between the parts
    (``Facebook, Instagram, LinkedIn`` reordered) or inside one, and for figures (values
    are compared as values). Symmetric: the result for ``(b, a)`` is this one with sides swapped.
    """
    if text_b < text_a:
        return tuple(SwapClash(c.b, c.a, c.b_norm, c.a_norm)
                     for c in swap_clashes(text_b, text_a))
    if _sorted_keys(text_a) != _sorted_keys(text_b):
        return ()  # a swap keeps every word
    wa, wb = _words(text_a), _words(text_b)
    ka, kb = [w.key for w in wa], [w.key for w in wb]
    if ka == kb:
        return ()
    n = len(ka)
    p = 0
    while ka[p] == kb[p]:
        p += 1
    s = 0
    while ka[n - 1 - s] == kb[n - 1 - s]:
        s += 1
    ma, mb = ka[p:n - s], kb[p:n - s]
    for total in range(2, 2 * MAX_SWAPPED + 1):
        for lx in range(max(1, total - MAX_SWAPPED), min(MAX_SWAPPED, total - 1) + 1):
            ly = total - lx
            m = len(ma) - total
            if m < 1:
                continue
            x, y, middle = ma[:lx], ma[lx + m:], ma[lx:lx + m]
            if not (mb[:ly] == y and mb[ly + m:] == x and mb[ly:ly + m] == middle):
                continue
            if not (_part_ok(x) and _part_ok(y) and _relating(middle)):
                return ()
            a_span = (wa[p].start, wa[n - s - 1].end)
            b_span = (wb[p].start, wb[n - s - 1].end)
            if (_RE_LIST_MARK.search(text_a, a_span[0], a_span[1])
                    or _RE_LIST_MARK.search(text_b, b_span[0], b_span[1])):
                return ()  # a list reordered, or parts that are lists themselves
            first, second = _content(x), _content(y)
            return (SwapClash(a_span, b_span, f"{first} > {second}", f"{second} > {first}"),)
    return ()
