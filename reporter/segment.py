"""Stage 2: cut an article into units (lines, then sentences) with exact offsets.

Lines come first because headlines, captions and bullets carry no final period and a
sentence splitter glues them to the next sentence. A line continues on the next one only
where the text is visibly wrapped: in Markdown, a paragraph's or list item's lines (the
next line starts no block); in plain text, a line without final punctuation followed by
one starting in lower case. Inside such a block, yasbd-lib finds sentence boundaries
(see the README for why it was chosen). Units never include
surrounding white space, and always satisfy ``text[start:end] == unit.text``.

Markdown articles are segmented on ``markup.plain_text`` (same length, markup blanked)
and units are then widened over the original so marks stay inside the unit they touch.
yasbd is quadratic in the length of a run without spaces (100k characters: ~50 s), so
it never sees one: long runs are masked in a same-length copy, and very long lines are
handed to it in chunks; offsets are unchanged by both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import yasbd

from reporter.markup import ATX_HEADING, BLOCK_START, NO_CONTINUATION, plain_text
from reporter.model import Article, Unit
from reporter.normalize import fold

# Line breaks: CR, LF, and the separators str.splitlines knows (VT, FF, NEL, U+2028/9).
_LINE = re.compile(r"[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
# White space Python's str.isspace misses or that pages scatter around text.
_EDGE_SPACE = "\u200b\u200c\u200d\u2060\ufeff"
_TERMINAL = re.compile(r"[.!?…](?:[\s\"'»”’)\]]*)$")
_QUESTION = re.compile(r"\?[\s\"'»”’)\]]*$")
_OPENERS = {"»": "«", "”": "“", "’": "‘"}
# End punctuation, a closing quote, then a capital: a boundary yasbd can miss when the
# quote mark is spaced on both sides (`Paris. " Pour`).
_QUOTE_END = re.compile(r"[.!?…]\s*([\"»”])(?=\s+[A-ZÀ-ÖØ-Þ])")
# No end mark followed by a space inside the line: no boundary to find (most lines of
# one-sentence-per-line text), so the detector need not run.
_MAYBE_BOUNDARY = re.compile(r"[.!?…;:][\"'»”’)\]]*\s+\S")

HEADING_MAX_WORDS = 25
"""A line without final punctuation longer than this is a run-on sentence, not a title."""

LONG_RUN = 100
"""Runs of non-space characters longer than this are masked before yasbd sees them."""
CHUNK = 20_000
"""Lines longer than this go to yasbd in pieces, cut after a sentence end if possible."""

_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_KEEP = 16
_SPACES = re.compile(r"\s+")
_CHUNK_CUT = re.compile(r"[.!?…][\"'»”’)\]]*\s+")


@lru_cache(maxsize=8)
def _detector(lang: str) -> yasbd.BoundaryDetector:
    return yasbd.BoundaryDetector(lang if lang in ("fr", "en") else "fr")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with white space."""
    while start < end and (text[start].isspace() or text[start] in _EDGE_SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_SPACE):
        end -= 1
    return start, end


def _closes_previous(prev: str, quote: str) -> bool:
    """Whether a quote mark that opens a sentence really closes a quotation opened before
    it on its line (``prev``), perhaps sentences before (``« Ça ne m'étonne pas. Elle
    valait déjà tout pour nous. »``)."""
    if quote == '"':
        return prev.count('"') % 2 == 1
    opener = _OPENERS.get(quote)
    return opener is not None and prev.count(opener) > prev.count(quote)


def _mask_runs(line: str) -> str:
    """``line`` with the middle of each long space-free run made ``x x x``, same length.

    The run keeps its first and last characters, so a sentence end right after a
    long URL is still seen, and the middle has no punctuation, so no boundary.
    """
    def mask(m: re.Match[str]) -> str:
        run = m.group(0)
        middle = len(run) - 2 * _KEEP
        return run[:_KEEP] + ("x " * middle)[:middle] + run[-_KEEP:]
    return _RUN.sub(mask, line)


def _chunks(line: str) -> Iterator[tuple[int, int]]:
    """Pieces of about CHUNK characters, cut after a sentence end or else at a space.

    A space-free run is never cut (it is masked, so yasbd is linear on it anyway).
    """
    start = 0
    while len(line) - start > CHUNK:
        window = line[start + CHUNK // 2: start + CHUNK]
        ends = [m.end() for m in _CHUNK_CUT.finditer(window)]
        if not ends:
            ends = [m.end() for m in _SPACES.finditer(window)]
        if ends:
            cut = start + CHUNK // 2 + ends[-1]
        else:
            after = _SPACES.search(line, start + CHUNK)
            cut = after.end() if after else len(line)
        yield start, cut
        start = cut
    if start < len(line):
        yield start, len(line)


def _boundaries(line: str, lang: str) -> set[int]:
    """yasbd's sentence boundaries in one line, kept linear in the line's length."""
    tame = _mask_runs(line)
    cuts: set[int] = set()
    for a, b in _chunks(line):
        cuts.add(a)
        cuts.update(a + c for c in _detector(lang).detect(tame[a:b]) if 0 < c < b - a)
    return cuts


def _quote_cuts(line: str) -> set[int]:
    """Ends of spaced closing quotes (`Paris. " Pour`), counting quotes in one pass."""
    cuts: set[int] = set()
    counted, counts = 0, dict.fromkeys("\"«»“”‘’", 0)
    for m in _QUOTE_END.finditer(line):
        for ch in line[counted:m.start(1)]:
            if ch in counts:
                counts[ch] += 1
        counted = m.start(1)
        quote = m.group(1)
        opener = _OPENERS.get(quote)
        if (counts['"'] % 2 == 1 if quote == '"'
                else opener is not None and counts[opener] > counts[quote]):
            cuts.add(m.end())
    return cuts


def split_sentences(text: str, start: int, end: int, *, lang: str) -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one line), stripped of white space."""
    line = text[start:end]
    if not _MAYBE_BOUNDARY.search(line):
        yield start, end
        return
    spans: list[list[int]] = []
    cuts = sorted({0, len(line)} | _boundaries(line, lang) | _quote_cuts(line))
    for a, b in itertools.pairwise(cuts):
        s, e = _strip(line, a, b)
        if s >= e:
            continue
        # yasbd puts a spaced closing quote (`Paris. " Pour`) at the start of the
        # next sentence; give it back to the sentence it closes.
        if spans and line[s] in "\"»”’" and _closes_previous(line[:s], line[s]):
            spans[-1][1] = s + 1
            s, e = _strip(line, s + 1, e)
            if s >= e:
                continue
        spans.append([s, e])
    for s, e in _rejoin(line, spans):
        yield start + s, start + e


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """Words written with a final period that usually do not end a sentence."""

    pattern: str
    """The abbreviation without its final period, as a regex (case-sensitive)."""
    before: str
    """What the next sentence's first word must be for the period to be the
    abbreviation's, not a sentence end: ``any`` (a title before a name: ``Mr.``,
    ``M.``), ``name`` (not a word that opens sentences: ``the U.S. Geological
    Survey`` but ``in the U.S. It rained``), ``lower`` (a lowercase word, a weekday, a
    month or a time zone: ``9 a.m. local time``, ``9 a.m. Tuesday``), ``date`` (as
    ``lower``, or a number: ``Sat. 15 Nov.``). After any of them, a bracket continues
    the sentence (``4:18 a.m. (1.3 m)``)."""


ABBREVIATIONS: tuple[Abbreviation, ...] = (
    # titles and ranks before a name, English and French
    Abbreviation(r"Mr|Mrs|Ms|Messrs|Dr|Prof|St|Ste|Mt|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cmdr"
                 r"|Adm|Maj|Rev|Fr|Sr|Jr|Pres|Supt|Insp|Det|Cpl|Hon|Nos?|Pr|Mgr|Me|MM|Mmes?"
                 r"|Mlles?|M|Gal|Cdt|Cne|Dept|Univ|vs|c|T[ée]l|Tel|Ph|Fax|Tlf|Ep|[ÉE]p|R[ée]f",
                 "any"),
    # initialisms written with periods, and company suffixes, which may end a sentence
    Abbreviation(r"(?:[A-Z]\.){1,3}[A-Z]|Corp|Inc|Ltd|Co|Bros", "name"),
    # clock times and dates
    Abbreviation(r"[ap]\.m|[AP]\.M|Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
                 r"|janv|f[ée]vr|avr|juil|sept|oct|nov|d[ée]c", "lower"),
    # weekdays, in listings and stamps (``Tue. Nov. 11``, ``sam. 15 nov.``)
    Abbreviation(r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|lun|jeu|ven|sam|dim", "date"),
)
"""The abbreviations that yasbd may take for a sentence end, by what may follow."""

_ABBREVIATION_END = re.compile(
    "|".join(rf"(?P<k{n}>(?<![\w.])(?:{a.pattern})\.)$" for n, a in enumerate(ABBREVIATIONS)))
_SENTENCE_OPENERS = frozenset(
    """The A An It He She They We I In On At But And This That These Those There Its His
    Her Their Our Officials Police After Before When While Since As If Yet So Still Le La
    Les Un Une Il Elle Ils Elles On Nous Je Ce Cette Ces En Au Aux Mais Et Selon Pour Dans
    Par Lors Depuis Alors Ainsi Pourtant""".split())
"""Words that open sentences: after ``U.S.`` they mean the sentence did end there."""
_MONTHS_DAYS_ZONES = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|lun|mar|mer|jeu|ven|sam|dim)\w*$|[A-Z]{2,4}T$|[ECMP]T$|GMT$|UTC$", re.I)


def _continues_after(abbreviation: Abbreviation, word: str) -> bool:
    """Whether a sentence starting with ``word`` is the rest of the one before."""
    if abbreviation.before == "any" or word.startswith(("(", "[")):
        return True
    word = word.strip("\"'«»“”‘’").rstrip(".,;:")
    if abbreviation.before == "name":
        return word[:1].isupper() and word not in _SENTENCE_OPENERS
    if abbreviation.before == "date" and word[:1].isdigit():
        return True
    return word[:1].islower() or _MONTHS_DAYS_ZONES.match(word) is not None


def _rejoin(line: str, spans: list[list[int]]) -> list[list[int]]:
    """Spans merged back where a sentence "ended" at an abbreviation (``U.S.``,
    ``a.m.``, ``Dr.``): yasbd knows some, not all, and splits before a capital."""
    out: list[list[int]] = []
    for s, e in spans:
        if out:
            head = line[max(out[-1][0], out[-1][1] - 12):out[-1][1]]
            m = _ABBREVIATION_END.search(head)
            first = line[s:e].split(maxsplit=1)[0]
            if m and first and _continues_after(
                    ABBREVIATIONS[int(next(k for k, v in m.groupdict().items() if v)[1:])],
                    first):
                out[-1][1] = e
                continue
        out.append([s, e])
    return out


def is_heading(text: str) -> bool:
    """A whole-line unit that reads as a title: no final punctuation, or a short question."""
    words = len(text.split())
    if _QUESTION.search(text):
        return words <= 12
    return not _TERMINAL.search(text) and words <= HEADING_MAX_WORDS


def _widen(text: str, spans: list[tuple[int, int]], start: int,
           end: int) -> list[tuple[int, int]]:
    """Stretch spans found on plain text over the marks around them in ``text``.

    The first span starts at ``start`` and the last ends at ``end``; between two spans,
    marks before the first white space close the earlier span (``**``, ``)``) and the
    rest open the later one (``[``), so every visible character lies in one unit.
    """
    out = [[s, e] for s, e in spans]
    out[0][0], out[-1][1] = start, end
    for prev, nxt in itertools.pairwise(out):
        gap = prev[1]
        while gap < nxt[0] and not (text[gap].isspace() or text[gap] in _EDGE_SPACE):
            gap += 1
        prev[1] = gap
        nxt[0] = _strip(text, gap, nxt[1])[0]
    return [(s, e) for s, e in out]


DATE_STAMP = re.compile(
    r"(?:(?i:date|dated|published|updated|publi[ée]|mis [àa] jour)[ \t]*:?[ \t]*"
    r"(?:(?i:le|on)[ \t]+)?)?"
    r"\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
"""A page's ISO date stamp, with its label if any (``date 2023-04``, ``Published:
2023-04-25T10:00Z``): metadata, split from a sentence it precedes on the same line."""


STAMP_WORDS = frozenset(
    """janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec janv fevr avr juil lundi mardi mercredi
    jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun lun mer jeu ven sam dim le the at a on am pm
    h heure heures gmt utc cet cest edt est pst et ct mt pt bst cst cdt mdt pdt aest ist jst
    hne hae hnc hre hrs hr ast adt akst hst sast wat pkt sgt hkt nzst nzdt aedt acst awst aet
    msk eet eest wib ict uk updated update mis jour publie published publication posted
    modified modifie modifiee actualise last derniere mise maj edited time p m originally
    initially first date dated hier aujourd'hui aujourd hui yesterday today ago il y min mins
    minute minutes hour hours day days jours semaine semaines week weeks en ligne online eat cat
    direct commence started began debute live""".split())
"""Words of date and update stamps (folded): months, weekdays, time zones, labels."""
_STAMP_TOKEN = re.compile(r"[^\s,;|()\[\]–—-]+")
_STAMP_NUMBER = re.compile(r"\d+(?:[-/.:h]\d+)*(?:h|am|pm|st|nd|rd|th|er)?", re.I)
_STAMP_TAIL = frozenset({"le", "the", "on", "at", "a", "il", "y"})
"""Stamp words that open a sentence's date (``The``, ``Le``): never a stamp's last word."""
_STAMP_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}|\d\s?[ap]\.?m\b|\d[/.]\d{1,2}[/.]\d", re.I)
"""A clock time or a numeric date: what a stamp holds that a sentence's date does not."""
_LABEL_WORDS = (
    "CORRECTIONS?|UPDATED?|NOTES?|EDITOR|EDITOR'S|WARNING|BREAKING|WATCH|LISTEN|READ|EXCLUSIVE"
    "|ANALYSIS|OPINION|EDITORIAL|LIVE|POLL|VIDEO|PHOTOS?|FACT|FACTS|QUOTE|ALERT|FLASH|URGENT"
    "|AVIS|ERRATUM|MISE|RECTIFICATIF|SONDAGE|LIRE|VOIR|DIRECT|EXCLUSIF|TRIBUNE|ENQU[ÊE]TE"
    "|INTERVIEW|ENTRETIEN|REPORTAGE|DOSSIER|INFO|INFOS|ATTENTION|IMPORTANT|UPDATE|SPONSORED"
    "|ADVERTISEMENT|PUBLICIT[ÉE]|TAGS|TOPICS|RELATED|SHARE|SOURCE|SOURCES|CREDIT|PHOTO|QUIZ"
    "|JEU|CONCOURS|CONTEST|COMPETITION|GAME|TEXT|ADS?|ANNONCES?|PROMO|OFFRE|OFFER|DEALS?"
    "|TRAFFIC|TRAFIC|WEATHER|M[ÉE]T[ÉE]O|ROADS?|ROUTES?|TRAVEL|NEWS|MUST|PLUS|MORE|ALSO|SEE"
    "|NOTICE|TIP|TIPS|Q|A|RESULTS?|SCORES?|MARKETS?|BOURSE")
"""Words in capitals before a colon that label what follows (``CORRECTION:``, ``UPDATE:``),
not a place opening a paragraph (``PUNE:``)."""
DATELINE_LEAD = re.compile(
    r"(?:(?:[A-Z][A-ZÀ-Ý'’.-]+(?:[ /][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}(?: \([A-ZÀ-Ý][\w .'’-]{1,30}\))?"
    r"(?:, [^()\n]{1,30}?)?"
    r"|[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2}, [^()\n]{1,30}?)"
    r" \([A-Z][\w .&/'’-]{0,30}\)"
    r"|[A-ZÀ-Ý][\w'’.-]+(?:[ /-][A-ZÀ-Ý][\w'’.-]+){0,2}(?: \([A-ZÀ-Ý][\w .'’-]{1,30}\))?"
    r" \((?:AFP|ATS|AP|Reuters|Belga|ANSA|EFE|dpa"
    r"|MAP|APS|TAP|PTI|afp|ats|belga|ansa|efe|reuters)(?:/(?:AFP|ATS|AP|Reuters|Belga|ANSA|EFE"
    r"|dpa|MAP|APS|TAP|PTI|afp|ats|ap|belga|ansa|efe|reuters))*\)"
    r"|[A-Z][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3}, [^()\n—–]{0,30}?(?:Jan|Feb|Mar|Apr"
    r"|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|janv|f[ée]v|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov"
    r"|d[ée]c)[a-zé.]* \d{1,2}[^()\n—–]{0,6}?) ?[-—–]+"
    rf"|(?!(?:{_LABEL_WORDS})\b)[A-Z][A-ZÀ-Ý'’.-]{{3,}}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){{0,2}}"
    r"(?:, [A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?)? [—–]"
    rf"|(?!(?:{_LABEL_WORDS})\b)[A-Z][A-ZÀ-Ý'’.-]{{2,}}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){{0,2}}:"
    r"(?= [A-ZÀ-Ý][a-zà-ÿ])")
"""A wire dateline that opens a paragraph (``DALLAS (AP) —``, ``PORT-VILA (Vanuatu), 14
avril (AFP) —``, ``LYON, March 14 (Global Wire) -``, ``Bruxelles, 7 décembre (Belga) -``,
``Bamako, 26 mai (L'Écho du Fleuve) -``, ``Québec/Genève (ATS/AFP) –``, ``NUUK/LAUSANNE (ARP) –``,
``RABAT, Morocco, Dec 2 —``, ``PUNE:``): where and from whom, split from the sentence it
precedes; a place in lower case needs its date or a known agency, a place in capitals
without an agency its date, a dash or a colon (not a label's word: ``CORRECTION:``)."""


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """fold() of one word, memoised: the words opening lines recur."""
    return fold(word)


def _stamp_end(text: str, s: int, e: int) -> int:
    """End of a date or update stamp that opens ``text[s:e]`` and is followed by a
    sentence (``Updated 4:12 AM EDT, Sat March 14, 2026 About 1,200 people…``), or -1.

    A stamp holds a clock time or a full date; a date that opens a sentence ends with a
    comma (``On March 3, 2026, the court…``) or runs into lowercase words, so it stays,
    and so does a date in brackets (``(Tue, 16 Aug 2011) This morning…``), which dates
    the sentence's own words."""
    if text[s] in "([":
        return -1
    if text[s].isupper() and (m := DATELINE_LEAD.match(text, s, e)) and text[
            m.end():m.end() + 1].isspace() and (
            text[m.end() - 1] != ":" or _TERMINAL.search(text, s, e)):
        return m.end()  # (a title has no stop: ``MUST SEE: Navy pins down…`` stays whole)
    lead = _STAMP_TOKEN.match(text, s, e)
    if lead is None or not (text[s].isdigit() or text[s:s + 2].isupper()
                            or _fold(lead.group().rstrip(".:")) in STAMP_WORDS):
        return -1  # most lines: no stamp word, number or capitals in front
    end, numbers, opener = -1, 0, -1
    opens = fold(text[s:e].split(maxsplit=1)[0]) in _STAMP_TAIL  # On 12 March 2026 The…
    for words, m in enumerate(_STAMP_TOKEN.finditer(text, s, e)):
        token = m.group()
        word = _fold(token.rstrip(".:"))
        number = _STAMP_NUMBER.fullmatch(token) is not None
        if not (number or word in STAMP_WORDS):
            start = opener if opener >= 0 else m.start()
            first = text[start:m.end()]
            stamp = text[s:end] if end >= 0 else ""
            if (words < 2 or text[end:start].rstrip().endswith(",")
                    or not (_STAMP_CLOCK.search(stamp) or (numbers >= 2 and not opens))
                    or not (first[:1].isupper() or first[:1] in "\"«“")
                    or len(text[start:e].split()) < 3):
                return -1
            return end
        numbers += number
        if word in _STAMP_TAIL:
            opener = m.start() if opener < 0 else opener
        else:
            end, opener = m.end(), -1
    return -1


def _split_stamp(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first span cut after a leading date stamp or wire dateline, when a sentence
    follows it."""
    if not spans:
        return spans
    s, e = spans[0]
    m = DATE_STAMP.match(text, s, e)
    if m is not None:
        end = m.end() if text[m.end():m.end() + 1].isspace() else -1
    else:
        end = _stamp_end(text, s, e)
    if end < 0:
        return spans
    rest = _strip(text, end, e)
    if rest[0] >= rest[1]:
        return spans
    return [(s, end), rest, *spans[1:]]


AD_LABEL = re.compile(
    r"(?:ADVERTISEMENT|Advertisement)(?:[ \t]*Hide Ad)?|PUBLICIT[ÉE]|Publicit[ée]|SPONSORED|ANNONCE"
    r"|ANZEIGE|Anzeige|(?:Story|Article) continues below(?:(?: this)? (?:advertisement|ad))?"
    r"|L['’]article continue (?:sous|apr[èe]s) (?:cette |la )?publicit[ée]")
"""An advertisement's label, as a page prints it where the ad sat (``Advertisement``,
``PUBLICITÉ``, ``Story continues below advertisement``, ``AdvertisementHide Ad`` with the
button that hides it)."""
_GLUED_LABEL = re.compile(
    rf"(?:{AD_LABEL.pattern})(?=\s*(?:[«\"“‘']|[A-ZÀ-Ý](?:[a-zà-ÿ]|\s)))")
"""An ad label a copied page glues to the sentence below it (``Advertisement Experts
believe…``, ``AdvertisementAlso taken were…``, ``PUBLICITÉ Le gouvernement…``): the
label, then a quote or a capital opening a word in lower case (not a title in
capitals)."""


def _split_labels(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span cut after an ad label glued to the front of its sentence, and before one
    glued to its end after the sentence's stop."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = None if AD_LABEL.fullmatch(text, s, e) else _GLUED_LABEL.match(text, s, e)
        rest = _strip(text, m.end(), e) if m is not None else (e, e)
        if m is not None and rest[0] < rest[1]:
            out.extend([(s, m.end()), rest])
            continue
        tail = _TRAILING_LABEL.search(text, s, e)
        if tail is not None:
            out.extend([(s, tail.start() + 1), (tail.start(1), tail.end(1))])
        else:
            out.append((s, e))
    return out


_TRAILING_LABEL = re.compile(rf"[.!?»”\"]\s*({AD_LABEL.pattern})\s*$")
"""An ad label after a sentence's stop at the end of its span (``…for about 10
years.Story continues below advertisement``): the label where the ad sat, glued by the
copy."""


LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""One line break, as ``_LINE`` reads them."""

def _continues(text: str, line: tuple[int, int], nxt: tuple[int, int], *, markdown: bool) -> bool:
    """Whether the next line (one line break after ``line``) continues its paragraph."""
    if LINE_BREAK.fullmatch(text, line[1], nxt[0]) is None:
        return False  # a blank line, or white space other than one break, ends a block
    head, tail = text[line[0]:line[1]], text[nxt[0]:nxt[1]]
    if markdown:
        return not (NO_CONTINUATION.match(head) or BLOCK_START.match(tail))
    body = tail.lstrip()
    # a short unpunctuated line under a title is a credit or label, not its wrapped end
    # (``franceinfo avec AFP``, ``ats/afp``): a wrapped line would end the sentence
    if (not _TERMINAL.search(body.rstrip()) and len(body.split()) < _CREDIT_WORDS
            and len(head.split()) >= _CREDIT_WORDS):
        return False
    return (not _TERMINAL.search(head.rstrip()) and not head.rstrip().endswith(":")
            and not _COUNTED.search(head.rstrip()) and body[:1].islower()
            and not _DATE_LINE.fullmatch(head.strip())
            and not _MONTH_YEAR.fullmatch(head.strip())
            and not _MONTH_YEAR.fullmatch(body.strip())
            and not _AGO.fullmatch(body.strip()) and not _HANDLE.fullmatch(body.strip())
            and not _LABEL_START.match(body) and not _titled(head)
            and _fits_wrap(head.strip(), body.rstrip()))


_COUNTED = re.compile(
    r"\(\d[\d\s.,]*\)$|^\d[\d\s.,]*\s(?i:comments?|commentaires?|r[ée]actions?|replies"
    r"|r[ée]ponses|responses)$")
"""A count in brackets closing a line (``Commentaires (2)``, ``Photos (12)``), or a
comment count alone on it (``42 Comments``): a label's counter, which no wrapped sentence
ends a line with (the commenter's name under it may start in lower case)."""
_DATE_LINE = re.compile(
    r"(?:[A-ZÀ-Ý][a-zé]+,?\s+)?(?:[A-ZÀ-Ý][a-zé]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?,?)\s+\d{4}")
"""A line that is a date alone (``Wednesday, March 12, 2025``): a page's stamp, which no
wrapped sentence is (the line under it may start in lower case: ``ePaper``)."""
_MONTH_YEAR = re.compile(
    r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|january|february|march|april|may|june|july|august|september|october"
    r"|november|december) (?:19|20)\d{2}(?:\s*\(\d+\))?")
"""A line that is a month alone (``novembre 2025 (4)``): a blog's archive link, which
neither continues a line nor is continued."""
_AGO = re.compile(
    r"(?i:il y a|depuis) \d+\s?(?:s|sec|secondes?|min|mn|minutes?|h|heures?|j|jours?)"
    r"|\d+\s?(?:s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?) ago")
"""A line that is a relative time alone (``il y a 1 h``, ``5 min ago``): a comment's or a
post's stamp, never the end of a wrapped line."""
_HANDLE = re.compile(r"@?[a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9]")
"""A line that is a user's handle alone (``cathy.l``, ``ibou_touba``): a commenter's."""
_CREDIT_WORDS = 5
"""An unpunctuated line shorter than this (in words) never continues a line at least
this long (plain text): a wrapped paragraph would end its sentence."""


def _fits_wrap(head: str, tail: str) -> bool:
    """Whether ``tail`` could follow ``head`` in text wrapped at a fixed width: a wrapped
    line ends where the next word no longer fits, so the line after it is at most about
    as long as it plus that word. A short headline over a long lowercase line is not
    wrapped text (``Council drops the plan`` / ``the company said on Tuesday …``)."""
    first = len(tail.split(maxsplit=1)[0]) if tail else 0
    return len(tail) <= 1.2 * (len(head) + 1 + first) + 8


_MONTH_START = (r"(?:jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[ûu]|sep|oct"
                r"|nov|d[ée]c)")
_LABEL_START = re.compile(
    r"[^\W\d_]+ ?:"
    r"|(?:updated|published|posted|modified|publi[ée]|mis [àa] jour|modifi[ée])\b"
    rf"|(?:on|le) (?:\d|{_MONTH_START})", re.IGNORECASE)
"""``published:``, ``updated 12/19/2005``, ``on April 30, 2008``: a metadata line under a
headline, whatever its case."""


def _titled(line: str) -> bool:
    """A headline in title case or capitals: most of its words start with a capital."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _exclaimed_title(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line's pieces are one title cut at a question or exclamation mark
    (``Heading to Guadeloupe? What Canadians should know``, ``CASTLE KING! Castlebridge
    smash…``): the last piece has no end mark, the others end on ``?`` or ``!``, and the
    whole is a title's length."""
    if len(spans) < 2 or not all(text[s:e].rstrip().endswith(("?", "!")) for s, e in spans[:-1]):
        return False
    last = text[spans[-1][0]:spans[-1][1]]
    return (not _TERMINAL.search(last) and not _QUESTION.search(last)
            and len(last.split()) >= _TITLE_REST_WORDS and not _GREETING.match(last)
            and not _ADDRESSED.search(text, spans[0][0], spans[-1][1])
            and len(text[spans[0][0]:spans[-1][1]].split()) <= HEADING_MAX_WORDS)


_TITLE_REST_WORDS = 5
"""A title's words after its question or exclamation are this many or more; a prompt's
button is shorter (``Already registered? Log in``, ``Got a tip? Get in touch``)."""
_GREETING = re.compile(r"(?i:welcome|bienvenue)\b")
_ADDRESSED = re.compile(r"\b(?i:you|your|vous|votre|vos|tu|ton|ta|our|notre|nos)\b")
"""A question to the reader (``Vous étiez à bord ?``) or the site's own pitch (``Need the
bigger picture? Try our…``): a call-out, not a title."""


def _blocks(text: str, *, markdown: bool) -> Iterator[tuple[int, int, bool]]:
    """(start, end, first line is the only one) of each run of lines read as one block."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    k = 0
    while k < len(lines):
        first = k
        while k + 1 < len(lines) and _continues(text, lines[k], lines[k + 1], markdown=markdown):
            k += 1
        yield lines[first][0], lines[k][1], first == k
        k += 1


def segment_article(article: Article, *, lang: str) -> tuple[Unit, ...]:
    """All units of an article, in order, with ``heading`` set on title-like lines."""
    units: list[Unit] = []
    text = article.text
    markdown = article.markup == "markdown"
    plain = plain_text(text) if markdown else text
    # The sentence splitter reads a wrapped block as one line: breaks become spaces in a
    # same-length copy, so offsets still index the original.
    flat = LINE_BREAK.sub(lambda m: " " * len(m.group()), plain)
    for raw_start, raw_end, single in _blocks(text, markdown=markdown):
        start, end = _strip(text, raw_start, raw_end)
        if start >= end:
            continue
        p_start, p_end = _strip(plain, start, end)
        if p_start >= p_end:  # nothing but markup (a rule, a fence): one unit, no claim
            spans, heading = [(start, end)], False
        else:
            spans = _split_labels(plain, _split_stamp(
                plain, list(split_sentences(flat, p_start, p_end, lang=lang))))
            if single and _exclaimed_title(plain, spans):
                spans = [(spans[0][0], spans[-1][1])]  # ``CASTLE KING! Castlebridge smash…``
            heading = single and len(spans) == 1 and (
                is_heading(plain[p_start:p_end])
                or (markdown and ATX_HEADING.match(text[raw_start:end]) is not None))
            if markdown:
                spans = _widen(text, spans, start, end)
        for s, e in spans:
            units.append(
                Unit(
                    source=article.id,
                    index=len(units),
                    start=s,
                    end=e,
                    text=text[s:e],
                    heading=heading,
                    lang=lang,
                )
            )
    return tuple(units)
