"""Who gives a figure: the body or people a sentence attributes its values to.

``Tehran's seismologic center said the quake measured 5.9, but the U.S. Geological
Survey said it was 6.1``; ``police put the march at 30,000, but witnesses said there
were more than 50,000``; ``selon l'institut géologique américain (USGS), la magnitude
était de 6,4``. Outlets that report two bodies' figures of one thing state both; figure
slots read who gives each (``reporter.slots``) so that both sit in the figure's row, each
with its speaker, rather than in two rows.

A speaker is an agent noun phrase beside a verb of saying or estimating (``X said``, ``X
put it at``, ``X a annoncé``, ``a annoncé vendredi l'AFAD``) or after ``according to`` /
``selon`` / ``d'après``: a name (capitalised inside the sentence, an acronym) or a noun of
the bodies and people that give figures (police, officials, witnesses, organisers,
agency, ministry…). Pronouns and things (``the quake measured 5.9``) are no speakers.

Who pays or offers an amount is read the same way, from the subject of a verb of giving
(``the Angels are believed to have offered at least $160 million``, ``les Red Sox ont
proposé 180 millions``): two bidders' offers are two figures (``giver_at``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reporter.normalize import fold

__all__ = ["Speaker", "giver_at", "speaker_at", "speaker_key", "speakers_of"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker named in a sentence, with the clause it speaks for."""

    start: int
    """Start of the clause (offset in the sentence)."""
    end: int
    """End of the clause."""
    name: str
    """As written, without its determiner (``U.S. Geological Survey``, ``police``)."""
    key: str
    """What two mentions of one speaker share (see ``speaker_key``)."""


AGENTS = frozenset("""
police policeman policemen officer officers official officials authority authorities
witness witnesses organiser organisers organizer organizers union unions agency agencies
ministry ministries department government governor mayor minister spokesman spokeswoman
spokesperson spokespeople media newspaper broadcaster television tv radio survey centre
center institute institution service services office observatory commission committee
council company firm group army military navy coastguard hospital hospitals doctors
rescuers residents activists analysts experts sources source prosecutor prosecutors
court
policier policiers gendarmerie gendarmes préfecture prefecture autorités autorites
témoins temoins organisateurs syndicat syndicats agence ministère ministere gouvernement
préfet prefet maire ministre porte-parole médias medias journal institut centre
observatoire service services secours pompiers hôpital hopital parquet procureur
sources source entreprise société societe groupe armée armee marine mairie
""".split())
"""Nouns of the bodies and people that give figures, folded: the head of a speaker that
is no name (``police said``, ``selon les organisateurs``)."""

_NOT_SPEAKERS = frozenset(fold(w) for w in """
it he she they we i you this that there these those which who what one
il elle ils elles on nous vous ce cela ça qui que
""".split())
_DETERMINERS = frozenset(fold(w) for w in """
the a an its their his her our le la les l' un une des du de son sa ses leur leurs
""".split())
_ADVERBS = frozenset("also still then later earlier previously initially first now".split())
"""Words between a speaker and its verb that are not its name (``Moffat also said``)."""
_STOPS = frozenset(fold(w) for w in """
but and or while whereas as when after before because if than since that which who
whom where although though so yet mais et ou tandis alors lorsque quand après avant
car si puisque que qui dont où
was were is are be been being has have had will would could should can may might
est sont été était étaient sera serait ont avait
""".split())
"""Words a speaker's phrase never crosses (it starts after them): conjunctions, and the
auxiliaries of a passive (``Damage was estimated at``: no one is named)."""

_SAY_EN = (r"said|says|say|estimated|puts?(?=\s[^.;]{0,60}?\sat\s)|reported|told|tells"
           r"|announced|announces|confirmed|confirms|stated|noted|claimed")
"""English verbs of saying or estimating (``put`` only as ``put the march at``), without
the forms that are also nouns (``reports``, ``estimates``) and the verbs a player or a
thing is the subject of (``recorded``, ``added``, ``measured``, ``gave``)."""
_SAY_FR_STEMS = (r"annonc|indiqu|précis|estim|affirm|déclar|rapport|recens|évalu|chiffr"
                 r"|confirm")
_SAY_FR = (rf"(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:{_SAY_FR_STEMS})é|fait\s+état)"
           rf"|(?:{_SAY_FR_STEMS})(?:e|ent)|fait\s+état|font\s+état")
"""French verbs of saying or estimating: a past tense with its auxiliary (``a annoncé``;
``s'est déclaré`` is a fire breaking out) or a present (``indique``, ``estiment``), not
the nouns and adjectives of their stems (``annonceurs``, ``rapport``)."""
_RE_SAY_AFTER = re.compile(rf"(?<![\w'’-])(?:{_SAY_EN}|{_SAY_FR})(?![\w'’-])")
"""A verb of saying or estimating: its subject, before it, may be a speaker."""
_RE_SAY_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Aa]ccording\s+to|[Ss]elon|[Dd]['’]apr[èe]s|said|says|a\s+annonc[ée]"
    r"|a\s+indiqu[ée]|a\s+pr[ée]cis[ée]|annonce|indique|pr[ée]cise|rapporte|estime"
    r"|a\s+estim[ée]|a\s+d[ée]clar[ée]|a\s+affirm[ée]|a\s+rapport[ée])(?![\w'’-])")
"""A phrase whose speaker follows it (``according to AFAD``, ``said the USGS``,
``a annoncé vendredi l'AFAD``)."""
_RE_TOKEN = re.compile(
    r"\([A-ZÀ-Ý][A-ZÀ-Ý.&-]{1,12}\)|[\w.&'’-]+|[,;:()\[\]—–]|\s[-–—]\s|[`\"“”«»]+")
_RE_CLAUSE = re.compile(
    r"(?:,|;|:|\s[—–-]\s)?\s+(?=(?:but|while|whereas|mais|tandis|alors\s+que|et\s+que)\b)"
    r"|;", re.IGNORECASE)
"""Where a sentence's clauses part: each may give its figure from another speaker."""
_RE_ACRONYM = re.compile(r"^\(?([A-ZÀ-Ý](?:\.?[A-ZÀ-Ý&]){1,9})\.?\)?$")
_WEEKDAYS = frozenset(fold(w) for w in """
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
vendredi samedi dimanche today yesterday hier aujourd'hui soir matin night morning
""".split())
"""Words a French inverted speaker may follow (``a annoncé vendredi l'AFAD``)."""
_MONTHS = frozenset(fold(w) for w in """
january february march april may june july august september october november december
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
décembre decembre
""".split())
"""Months: no payer's name (``In March, the club paid…``)."""
_AFTER_NAME = frozenset("""
in at on to that based late earlier this last yesterday today à en le lors dans ce hier
mardi lundi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
friday saturday sunday
""".split())
"""Words that end a speaker's name after it (a place, a time)."""
SPEAKER_WORDS = 6
"""Words a speaker's phrase has at most."""
APPOSITION = 10
"""Tokens an apposition between a speaker and its verb has at most (``the USGS, in
Golden, Colo., said``; ``l'USGS, à Golden (Colorado), a fait état``)."""


def _bare(token: str) -> str:
    """A word folded without its possessive (``Tehran's`` -> ``tehran``)."""
    word = fold(token)
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _capital(token: str, first: bool) -> bool:
    """A capitalised word that is a name: not the sentence's first word."""
    return not first and token[:1].isupper()


def speaker_key(name: str) -> str:
    """What mentions of one speaker share: its acronym (``AFAD``; ``USGS`` for ``U.S.
    Geological Survey`` or ``United States Geological Survey``), else its agent noun
    folded (``police``)."""
    tokens = name.split()
    for t in tokens:
        if t.startswith("(") and _RE_ACRONYM.match(t):
            return t.strip("()").replace(".", "")  # ``institut géologique (USGS)``
    capitals = [t for t in tokens if t[:1].isupper()]
    if len(capitals) >= 2:  # a name's initials, an acronym's letters among them
        return "".join(t.replace(".", "") if _RE_ACRONYM.match(t) else t[0] for t in capitals)
    for t in capitals:
        if _RE_ACRONYM.match(t) and len(t.replace(".", "")) >= 2:
            return t.replace(".", "")
    agents = [fold(t) for t in tokens if fold(t) in AGENTS]
    if agents:
        return agents[-1]
    return _bare(tokens[-1]) if tokens else ""


def _phrase(tokens: list[tuple[int, int, str]], first_word: int) -> str:
    """A speaker's name from its phrase's tokens, or ``""`` if it names no agent."""
    words = [t for t in tokens if any(c.isalnum() for c in t[2])]
    while words and fold(words[0][2]) in _DETERMINERS:
        words = words[1:]
    if not words:
        return ""
    texts = [w[2] for w in words]
    if texts[0][:2].lower() in ("l'", "l’", "d'", "d’"):
        texts[0] = texts[0][2:]
    if not texts[0] or any(fold(t) in _NOT_SPEAKERS for t in texts) or any(
            c.isdigit() for t in texts for c in t):
        return ""
    agent = any(_bare(t) in AGENTS for t in texts) or any(
        _capital(t, w[0] == first_word) or _RE_ACRONYM.match(t)
        for t, w in zip(texts, words, strict=True))
    return " ".join(texts) if agent else ""


_Token = tuple[int, int, str]
"""(start, end, text) of a word or mark of a sentence."""


def _word(token: _Token) -> bool:
    return any(c.isalnum() for c in token[2])


def _named_after(text: str, tokens: list[_Token], m: re.Match[str]) -> list[_Token]:
    """The words of the speaker a phrase like ``according to`` or an inverted ``said``
    names after it (``said the USGS``, ``a annoncé vendredi l'AFAD``), else []."""
    after = [t for t in tokens if t[0] >= m.end()]
    if after and not _word(after[0]):
        return []  # ``said `` Moon ''``: a quotation follows, not a name
    while after and fold(after[0][2].rstrip(".")) in _WEEKDAYS:
        after = after[1:]
    phrase: list[_Token] = []
    for t in after:
        if not _word(t) or fold(t[2]) in _STOPS or len(phrase) >= SPEAKER_WORDS:
            break
        if t[2].endswith(".") and (not _RE_ACRONYM.match(t[2]) or not text[t[1]:].strip()):
            phrase.append((t[0], t[1] - 1, t[2][:-1]))  # the sentence's full stop
            break
        phrase.append(t)
    for n, t in enumerate(phrase):
        if n and t[2].lower() in _AFTER_NAME:
            phrase = phrase[:n]
            break
    if not phrase or m.group().lower().startswith(("accord", "selon", "d'", "d’")):
        return phrase
    head = phrase[0][2]
    if not (fold(head) in _DETERMINERS or fold(head)[:2] in ("l'", "l’")
            or head[:1].isupper() or _bare(head) in AGENTS):
        return []  # ``said in sentencing him``: no name follows
    # ``said the USGS``, ``a annoncé l'AFAD`` end their clause: ``said police had``
    # opens a reported clause whose subject is no speaker
    rest = [t for t in tokens if t[0] >= phrase[-1][1]]
    if rest and rest[0][2] not in ",;:()[]—–." and rest[0][2].lower() not in _AFTER_NAME:
        return []
    return phrase


def _subject(tokens: list[_Token], at: int) -> list[_Token]:
    """The words before a verb of saying (at offset ``at``) back to a clause mark or a
    stop word, over an apposition between commas (``the U.S. Geological Survey in
    Golden, Colo., said``) and an adverb (``also said``); [] for a passive (``was
    estimated``)."""
    k = next((n for n, t in enumerate(tokens) if t[0] >= at), len(tokens))
    before = tokens[:k]
    if len(before) >= 4 and before[-1][2] == ",":
        back = [n for n in range(max(0, len(before) - APPOSITION), len(before) - 1)
                if before[n][2] == ","]
        if back:
            before = before[:back[-1]]
    while before and (before[-1][2] in _ADVERBS or (
            before[-1][2].endswith("ly") and before[-1][2].islower())):
        before = before[:-1]
    if before and fold(before[-1][2]) in _STOPS:
        return []  # a passive or a relative clause: ``was estimated``, ``that said``
    phrase: list[_Token] = []
    for t in reversed(before):
        if (not _word(t) or fold(t[2]) in _STOPS or len(phrase) >= SPEAKER_WORDS
                or _RE_SAY_AFTER.fullmatch(t[2])):
            break
        phrase.insert(0, t)
    for n, t in enumerate(phrase):  # a place after the name (``the USGS in Golden``)
        if n and t[2].lower() in ("in", "at", "à", "en", "based"):
            return phrase[:n]
    return phrase


@lru_cache(maxsize=1 << 14)
def speakers_of(text: str) -> tuple[Speaker, ...]:
    """The speakers a sentence names, each with its clause (see the module's doc)."""
    if not (_RE_SAY_AFTER.search(text) or _RE_SAY_BEFORE.search(text)):
        return ()
    tokens = [(m.start(), m.end(), m.group().strip()) for m in _RE_TOKEN.finditer(text)]
    first_word = tokens[0][0] if tokens else 0
    cuts = [0] + [m.end() for m in _RE_CLAUSE.finditer(text)] + [len(text)]
    clauses = list(pairwise(cuts))

    def clause(at: int) -> tuple[int, int]:
        return next(((a, b) for a, b in clauses if a <= at < b), clauses[-1])

    found: list[Speaker] = []
    inverted_at: set[int] = set()
    for m in _RE_SAY_BEFORE.finditer(text):
        if _add(found, _phrase(_named_after(text, tokens, m), first_word), clause(m.start())):
            inverted_at.add(m.start())
    for m in _RE_SAY_AFTER.finditer(text):
        if m.start() not in inverted_at:  # ``…, a annoncé l'AFAD``: its speaker follows
            _add(found, _phrase(_subject(tokens, m.start()), first_word), clause(m.start()))
    return tuple(sorted(set(found), key=lambda s: (s.start, s.key, s.name)))


def _add(found: list[Speaker], name: str, where: tuple[int, int]) -> bool:
    """A speaker found, shown by its acronym when it gives one (``the country's disaster
    agency AFAD`` is ``AFAD``); False if ``name`` is none."""
    if not name:
        return False
    key = speaker_key(name)
    shown = next((t.strip("()") for t in name.split()
                  if _RE_ACRONYM.match(t) and t.strip("()").replace(".", "") == key), name)
    found.append(Speaker(where[0], where[1], shown, key))
    return True


def speaker_at(text: str, at: int) -> Speaker | None:
    """Who gives the value at offset ``at``: the speaker of its clause, else the
    sentence's one speaker; None when the sentence names none or several elsewhere."""
    found = speakers_of(text)
    if not found:
        return None
    own = [s for s in found if s.start <= at < s.end]
    if own:
        keys = {s.key for s in own}
        return own[0] if len(keys) == 1 else None
    keys = {s.key for s in found}
    return found[0] if len(keys) == 1 else None


_GIVE_EN = (r"offer(?:s|ed|ing)?|bid(?:s|ding)?|pa(?:id|ys?|ying)|sp(?:ent|ends?|ending)"
            r"|propos(?:ed|es?|ing)|pledg(?:ed|es?|ing)|lent|lends?|loaned|donat(?:ed|es?)"
            r"|b(?:ought|uys?|uying)|acquir(?:ed|es?|ing)|purchas(?:ed|es?|ing)"
            r"|(?:made|makes?|making)(?=[^.;]{0,80}?\b(?:offer|bid|proposal)s?\b)")
_GIVE_FR = (r"offr(?:e|ent|ait|aient|ir)|offert|propos(?:e|ent|é|ée|ait|aient|er)"
            r"|pa(?:ye|ie|yé|yent|ient|yer)|vers(?:e|é|ent|er)|débours(?:e|é|ent|er)"
            r"|dépens(?:e|é|ent|er)|invest(?:i|it|ir|issent)|rach(?:ète|été|ètent|eter)"
            r"|acqu(?:iert|is|irent|érir)"
            r"|(?:fait|faite|font)(?=[^.;]{0,80}?\b(?:offre|proposition)s?\b)")
_RE_GIVE = re.compile(rf"(?<![\w'’-])(?:{_GIVE_EN}|{_GIVE_FR})(?![\w'’-])")
"""Verbs of giving, paying or offering an amount: their subject is who pays it (``the
Angels offered $160 million``, ``les Red Sox ont proposé``); ``made … an offer`` too."""
_AUXILIARIES = frozenset(fold(w) for w in """
have has had having are is was were be been being will would could should can may might
must shall to believed thought said reported expected reportedly allegedly apparently
also already now still just then later agreed decided plans planned wants wanted
ont a avait avaient aurait auraient aura auront va vont allait devait doit veut voulait
aussi déjà finalement
""".split())
"""Words between who pays and the verb (``the Angels are believed to have offered``,
``les Red Sox auraient finalement proposé``)."""


_RE_NEW_SUBJECT = re.compile(
    r",\s+(?:(?:the|les?|la|l['’])\s*)?[A-ZÀ-Ý]"
    r"|[$€£¥]\s?\d|\d\s*(?:bn|m|billion|million|milliards?|millions?|euros?|dollars?)\b")
"""Between the verb and the amount, a name after a comma (another subject whose verb is
left out: ``the Nationals have bid $160 million, the Orioles $140 million``) or another
amount (the verb's own: ``Kessler offered €4.2bn, topping Lumetra's €3.9bn``)."""
_RE_OWNER_BEFORE = re.compile(r"[\w.&-]+['’]s?\s+(?:[\w-]+\s+){0,2}$")
"""A possessive right before the amount (``Lumetra's €3.8bn cash offer``,
``Teixeira's $160 million offer``): the amount is its owner's, who may pay or be paid."""


@lru_cache(maxsize=1 << 14)
def giver_at(text: str, at: int) -> frozenset[str]:
    """Who pays or offers the amount at offset ``at``: the names (folded capitalised
    words) of the subject of the nearest verb of giving before it in its clause that has
    one (``the Boston Red Sox have made Teixeira an eight-year, $200 million offer`` ->
    {boston, red, sox, brs}); empty when the clause names none (a pronoun, a thing, a
    possessive: ``Teixeira's offer`` is an offer made to him)."""
    start = max(c for c in [0] + [m.end() for m in _RE_CLAUSE.finditer(text)] if c <= at)
    verbs = [m for m in _RE_GIVE.finditer(text) if start <= m.start() < at]
    if (not verbs or _RE_NEW_SUBJECT.search(text, verbs[-1].end(), at)
            or _RE_OWNER_BEFORE.search(text, max(start, at - 60), at)):
        return frozenset()
    tokens = [(m.start(), m.end(), m.group().strip()) for m in _RE_TOKEN.finditer(text)]
    for verb in reversed([m.start() for m in verbs]):
        before = [t for t in tokens if start <= t[0] < verb]
        while before and fold(before[-1][2]) in _AUXILIARIES:
            before.pop()
        if not before or before[-1][2].endswith(("'s", "’s")):
            continue
        phrase = [t for t in _subject(tokens, before[-1][1]) if _word(t)]
        while phrase and fold(phrase[0][2]) in _DETERMINERS:
            phrase = phrase[1:]
        words = [t[2] for t in phrase]
        if words and fold(words[0])[:2] in ("l'", "l’"):
            words[0] = words[0][2:]  # l'AFAD
        names = _giver_names(words, first=bool(phrase) and phrase[0][0] == tokens[0][0])
        if names:
            return names
    return frozenset()


def _giver_names(words: list[str], *, first: bool) -> frozenset[str]:
    """The names of a giver's phrase: its capitalised words (the sentence's first word
    only when no other is: ``Google agreed to buy``, not ``Reports of the Red Sox
    offer``), and their initials (``Advanced Micro Devices`` is ``AMD``); none for a
    pronoun or a figure, nor for a common noun (``the company paid`` may be any company
    of the story), a weekday or a month."""
    if any(_bare(w) in _NOT_SPEAKERS or any(c.isdigit() for c in w) for w in words):
        return frozenset()
    written = [w for w in words if w[:1].isupper()]
    capitals = [w for n, w in enumerate(words) if w[:1].isupper() and not (first and n == 0)]
    if not capitals and first and words and words[0][:1].isupper():
        capitals = words[:1]
    names = {_bare(w) for w in capitals if _bare(w) not in AGENTS and _bare(w) not in _WEEKDAYS
             and _bare(w) not in _MONTHS}
    if names and len(written) >= 2:  # Advanced Micro Devices: AMD
        names.add(fold("".join(w[0] for w in written)))
    return frozenset(names)
