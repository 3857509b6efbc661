"""Speakers that a paragraph names by where it puts them, with no cue verb for :mod:`.speakers`
to read a subject of: a quote's trailing attribution with a verb of any kind ("“...,” Smith
started."), a verb of saying that opens the sentence ("Said Smith, “...”"), a fronted "Asked by
Smith", "in Smith's view", "To Smith, ...", a name and a colon in a headline, roundup or
transcript ("Smith: ..."), a document of theirs and a colon ("Smith's statement: “...”"), a
person described by a role and a colon ("... surprised pollster Jane Smith: “...”"), the
signature of an embedded post ("— Jane Doe (@janedoe) July 5, 2016") and a pull quote signed
after a dash ("“...” ― Jane Doe").

Each rule reads the whole paragraph once, after its cues, and only when a cheap test on the text
(a quote, a colon, "Asked by", "To ", "(@") says it may apply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import BASE_FORMS, CUE, SAY_VERBS
from .discourse import MODIFIER_GAP, ROLES_PATTERN, Person, in_spans, sentence_start
from .subjects import OBJECT_LEAD, with_conjuncts

__all__ = ["paragraph_speakers", "quoted_label"]


def paragraph_speakers(
    found: list[str],
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    capitals: dict[str, str],
) -> None:
    """Add to ``found`` (the speakers the paragraph's cues named, in order) the people the rules
    of this module find in it; ``quotes`` are its quote spans and ``capitals`` maps a surname
    written in capitals ("PENCE") to its person."""
    if quotes and len(found) < len(people):
        found.extend(n for n in _quote_trailers(text, people) if n not in found)
        signer = _quote_signer(text, people, quotes)
        if signer and signer not in found:
            found.append(signer)
    if quotes or ":" in text:
        found.extend(n for n in _fronted_verb_speakers(text, people) if n not in found)
    if "Asked by" in text:
        # the question comes first: the last speaker stays the one who answers
        found[:0] = [n for n in _askers(text, people) if n not in found]
    if " view" in text or " words" in text or " opinion" in text or " estimation" in text:
        found.extend(
            n for n in _framed(text, people, _IN_BEFORE, _VIEW_AFTER, 40) if n not in found
        )
    if "To " in text:
        found.extend(n for n in _framed(text, people, _TO_BEFORE, _TO_AFTER, 60) if n not in found)
    if ":" in text:
        names = _colon_speakers(text, people, quotes, capitals)
        found.extend(n for n in names if n not in found)
        found.extend(n for n in _document_speakers(text, people, quotes) if n not in found)
        found.extend(n for n in _described_quoters(text, people, quotes) if n not in found)
    if "(@" in text:
        for signed in _SIGNATURE.finditer(text):
            found.extend(
                p[0]
                for p in people
                if signed.start("name") <= p[1] < signed.end("name") and p[0] not in found
            )


# A quote's trailing attribution with a verb of any kind: "“...,” Hannity started.", "“...!”
# beamed Donald Hartley of Madison", "“...,” an angry Hollande retaliated." The quote closes
# with a comma, "?" or "!" (so the name is not the next sentence's subject), and the name and
# one verb (or the verb and the name) end the clause.
_QUOTE_CLOSE = re.compile(r"[,?!][\"”]\s+(?:(?:an?|the)\s+[a-z]+\s+)?$")
_TRAILING_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b(?:\s+[a-z]+ly)?\s*[.,;]")
_QUOTE_CLOSE_VERB = re.compile(r"[,?!][\"”]\s+[a-z]{3,}(?:ed|s)\s+(?:[A-Z][\w.'’-]*\s+)*$")


def _quote_trailers(text: str, people: Sequence[Person]) -> list[str]:
    """People named in a trailing attribution of a quote whose verb is not a cue."""
    found = []
    for name, start, end in people:
        lead = text[max(0, start - 40) : start]
        if ("”" not in lead and '"' not in lead) or text.startswith(("'s", "’s"), end):
            continue
        if (_QUOTE_CLOSE.search(lead) and _TRAILING_VERB_AFTER.match(text, end)) or (
            _QUOTE_CLOSE_VERB.search(lead) and _INVERTED_CLAUSE_END.match(text, end)
        ):
            found.append(name)
    return found


_INVERTED_CLAUSE_END = re.compile(r"\s*[.,;]|\s+(?:of|from|in)\s")

# A verb of saying that opens its sentence, before the name ("Said Doe, “...”", "Continued Doe:
# ..."); the tagger may take the verb into the name ("[Said Jane Doe]"). Lower case too: a short
# paragraph of capitalised words ("Stated Stone:") is read as a headline, its verbs lowered.
_OPENS = r"(?:^|[.!?;:\"”]\s+)"
"""Where a sentence or a quoted passage opens."""
_FRONTED_VERB = re.compile(rf"{_OPENS}(?P<verb>[A-Za-z][a-z]+)\s+$")
_SENTENCE_OPEN = re.compile(rf"{_OPENS}$")
# ... and the words it introduces: a quote or a colon after the name and perhaps an appositive
# ("Said Doe, who grew up there, “...”"), so that a first name like "Said" is not read as a verb.
_FRONTED_WORDS = re.compile(r"(?:,[^,;:\"“”.]{1,120})?[,:]\s*(?:[\"“]|$)")


# "Asked by Doe whether ..., Roe said": the one who asks, named in a fronted passive.
_ASKED_BY = re.compile(rf"{_OPENS}Asked\s+by\s+(?:[A-Z][\w.'’&-]*\s+){{0,4}}$")


def _askers(text: str, people: Sequence[Person]) -> list[str]:
    """People named after a fronted "Asked by": they speak before the one who answers."""
    return [p[0] for p in people if _ASKED_BY.search(text, max(0, p[1] - 50), p[1])]


def _fronted_verb_speakers(text: str, people: Sequence[Person]) -> list[str]:
    """People named right after a verb of saying that opens the sentence and introduces words."""
    found = []
    for name, start, end in people:
        first, _, rest = text[start:end].partition(" ")
        if rest and _SENTENCE_OPEN.search(text, max(0, start - 3), start):
            verb = first  # "[Said Jane Doe]"
        else:
            lead = _FRONTED_VERB.search(text, max(0, start - 16), start)
            verb = lead.group("verb") if lead else ""
        word = verb.lower()
        if word in SAY_VERBS and word not in BASE_FORMS and _FRONTED_WORDS.match(text, end):
            found.append(name)
    return found


# "in Doe's view", "in Doe's words": the view or the words are the possessor's.
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_VIEW_AFTER = re.compile(r"['’]s?\s+(?:own\s+)?(?:view|opinion|words|estimation)\b")


def _framed(
    text: str,
    people: Sequence[Person],
    before: re.Pattern[str],
    after: re.Pattern[str],
    reach: int,
) -> list[str]:
    """People named between ``before`` (within ``reach`` characters) and ``after``: those whose
    view "in Doe's view" or "To Doe, ..." gives."""
    return [
        name
        for name, start, end in people
        if after.match(text, end) and before.search(text, max(0, start - reach), start)
    ]


# "To Doe, the plan is a fraud": a sentence opened by "To" and a name, then a comma, gives the
# view of the one named. A capital follows "To" (titles and a job may come before the name:
# "To Ohio consultant Jane Doe"), so not a purpose ("To stop Doe, ...") nor "To the extent".
_TO_BEFORE = re.compile(
    rf"{_OPENS}(?:(?:But|And|Yet)\s+)?To\s+(?:[A-Z][\w.'’-]*\s+(?:[a-z][\w-]*\s+){{0,2}})*$"
)
# ... the name closed by a comma, perhaps after a party in brackets or an apposition.
_TO_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,[^,;:\"“”]{1,100})?,\s")


# A colon that introduces words: "Pence: ...", "Former AG Mukasey at RNC: ...", "PENCE: ...",
# a transcript's "JANE DOE, CNN ANCHOR: ..." (a title in capitals after the name's comma).
_COLON = re.compile(r"(?<=\S):(?=\s|$|[\"“])")
_COLON_HEAD = re.compile(
    r"[^\w“”\"]*(?:(?:(?!(?:For|Of|To|In|On|At|With|By|From|The|And|A|An)\b)[A-Z][\w.'’-]*|"
    r"[Mm]ore\s+from|[Ff]ormer|ex-)\s+)*"
)
# What a colon introduces: words or a quote, not a figure ("Clinton: 2,316").
_COLON_WORDS = re.compile(r"\s*(?P<quote>[\"“‘'])?[A-Za-z]")
_COLON_TAIL = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?i:at|to|on|in|from|with|for|via)\s+"
    r"(?:[^,.;:\"“”]|(?<=[A-Z])\.){1,70}?|,(?:\s+[A-Z][A-Z0-9.'’&()-]*){1,8})?\s*"
)
# A transcript quoted whole, its speaker's label just inside the opening mark: '"PENCE: Well,
# ...'; or a stage direction ('"(CROSSTALK.)').
_QUOTED_LABEL = re.compile(r"\s*[\"“]\s*[A-Z][A-Z'’.-]+")
_TRANSCRIPT_TURN = re.compile(rf"{_QUOTED_LABEL.pattern}:|\s*[\"“]\s*\(")


def quoted_label(text: str) -> bool:
    """Whether the paragraph is a quoted transcript's turn ('"WALLACE: ...') or stage direction:
    the label's words, known or not, or no one's, so they go on no one else's quote."""
    return bool(_TRANSCRIPT_TURN.match(text))


_CAPS_NAME = re.compile(r"[^\w“”\"]*(?P<name>[A-Z][A-Z'’-]+)\s*")
_CLAUSE_START = re.compile(r".*(?:\s[-–—]+\s|[“”\"]\s*)", re.DOTALL)


def _colon_speakers(
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    capitals: dict[str, str],
) -> list[str]:
    """Speakers introduced by a colon after their name, in a headline, roundup or transcript."""
    found: list[str] = []
    for colon in _COLON.finditer(text):
        at = colon.start()
        words = _COLON_WORDS.match(text, at + 1)
        if (in_spans(at, quotes) and not _QUOTED_LABEL.fullmatch(text, 0, at)) or not (
            words or not text[at + 1 :].strip()
        ):
            continue
        start = sentence_start(text, at)
        clause = _CLAUSE_START.match(text, start, at)
        if clause:
            start = clause.end()
        caps = _CAPS_NAME.fullmatch(text, start, at)
        if caps and caps.group("name") in capitals:
            found.append(capitals[caps.group("name")])
            continue
        inside = [p for p in people if start <= p[1] and p[2] <= at]
        # "Smith Challenger Jane Doe: ...": a name that only modifies the next is no speaker
        # ("Smith Praises Jane Doe: ..." has a verb between them)
        inside = [
            p
            for i, p in enumerate(inside)
            if i + 1 == len(inside)
            or not MODIFIER_GAP.fullmatch(text, p[2], inside[i + 1][1])
            or CUE.search(text[p[2] : inside[i + 1][1]].lower())
        ]
        if not inside or not _COLON_TAIL.fullmatch(text, inside[-1][2], at):
            continue
        first = inside[0]
        if _COLON_HEAD.fullmatch(text, start, first[1]):
            names = with_conjuncts(text, inside, len(inside) - 1)
            # "Netanyahu and Obama: A tortured relationship" names a topic, not two speakers.
            if len(inside) == 1 or (len(names) == len(inside) and words and words.group("quote")):
                found.extend(names)
    return found


# A person's words by their document and a colon before a quote: "From Doe's Facebook post:
# “...”", "Doe's statement read: “...”", "Doe's response was: “...”".
_DOCUMENT_COLON = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:tweets?|posts?|statements?|letter|e-?mails?|message|remarks|"
    r"speech|response|answer|reply|op-ed|column|essay|memo)\b[^.,;:\"“”]{0,30}:\s*[\"“]"
)


def _document_speakers(
    text: str, people: Sequence[Person], quotes: Sequence[tuple[int, int]]
) -> list[str]:
    """People whose post, statement or answer a colon quotes."""
    return [
        name
        for name, start, end in people
        if _DOCUMENT_COLON.match(text, end) and not in_spans(start, quotes)
    ]


# The signature an embedded post ends with: "... — Jane Doe (@janedoe) July 5, 2016".
_SIGNATURE = re.compile(
    r"(?:—|--)\s*(?P<name>[^—()]{2,60}?)\s*\(@\w+\)\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
)


# A pull quote or a roundup's entry, signed after a dash: "“...” ― Jane Doe." The name must end
# the paragraph and the paragraph open with the quote, so that a reporter's sign-off after
# reported words ('Doe said he will "try."--Kim Roe.') is no speaker.
_SIGNED_QUOTE = re.compile(r"[”\"]\s*(?:―|—|–|--)\s*$")
_SIGNED_END = re.compile(r"\s*\.?\s*")


def _quote_signer(text: str, people: Sequence[Person], quotes: Sequence[tuple[int, int]]) -> str:
    """The person whose name, after a dash, signs the quote that is the whole paragraph."""
    name, start, end = people[-1]
    if (
        _SIGNED_END.fullmatch(text, end)
        and quotes[0][0] == len(text) - len(text.lstrip())
        and _SIGNED_QUOTE.search(text, max(0, start - 6), start)
    ):
        return name
    return ""


# A person described by a role right before a colon that opens a quote: "... doesn't surprise
# Republican pollster Jane Doe: “...”"; the sentence has no cue before them, whose subject
# would speak ("Doe attacked Senator Roe: “...”"), and they are no preposition's object ("Doe
# sent a message to Senator Roe: “...”").
_ROLE_BEFORE = re.compile(rf"\b(?i:{ROLES_PATTERN})\s+$")
_COLON_QUOTE = re.compile(r":\s*[\"“]")


def _described_quoters(
    text: str, people: Sequence[Person], quotes: Sequence[tuple[int, int]]
) -> list[str]:
    """People described by their role whose quote a colon opens."""
    return [
        name
        for name, start, end in people
        if _COLON_QUOTE.match(text, end)
        and not in_spans(start, quotes)
        and _ROLE_BEFORE.search(text, max(0, start - 40), start)
        and not OBJECT_LEAD.search(text, max(0, start - 80), start)
        and not CUE.search(text, sentence_start(text, start), start)
    ]
