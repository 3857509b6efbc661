"""Who speaks in a passage: the people, and apart from them the organisations, whose words a
paragraph quotes or reports.

News attributes speech with a small set of patterns, and this module reads only those: a cue (a
verb of saying, acting on someone or holding a view, from :mod:`.cues`; "according to"; "in a
statement"; "was quoted as saying") next to its subject ("Trump said", "Carney has repeatedly
said", "Doug Ford, who ..., told reporters", "Trump and his lawyers have said", "Clinton took to
Twitter to say"), after it ("said Democratic pollster Stan Greenberg", "said the bureau's
director, James Comey"), or shared with an earlier verb ("Trump met them and said"); a
participle clause hanging on the sentence's subject ("..., saying", "After praising Jones, Smith
...", "blunt in calling", "..., casting him as a fraud and questioning", the name in apposition
to a possessive's noun: "Smith's aide, Jane Doe, ..."); a pronoun or a definite description
("he added", "the senator said") resolved to a person met earlier (see :mod:`.discourse`); the
agent of a passive verb of saying ("was first reported by Smith"); a
title-cased headline or subheading, read with its verbs in lower case ("Smith Just Announced
..."); and quotes that run over several paragraphs. A person named inside a quote, as a
preposition's object or as the person someone speaks for ("a spokesman for Smith") is not a
speaker; an unnamed one ("an aide said") keeps the quote from the last named speaker. Where a
cue names no person, :mod:`.orgspeakers` looks for an organisation ("the Pentagon said",
"according to a report by Reuters", "the commission said"). The patterns of a subject, an
inverted verb and a passive agent, which both read, are in :mod:`.subjects`; the cue regex in
:mod:`.cues`. Names that the paragraph's layout makes speakers, with no cue verb to hang on (a
quote's trailing attribution with a verb of any kind, "Said Smith, “...”", "Smith: ...", a
post's or a pull quote's signature), are found by :mod:`.paragraphspeakers`.

It works on plain data (paragraph texts and mentions with offsets), so it needs no tagger to
test, and it is cheap: a paragraph without a cue word or a quote mark costs one regex scan, and
the work for pronouns waits until one asks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from .cues import (
    ACT_VERBS,
    BASE_FORMS,
    BODY_ONLY,
    CLAIM_NOUNS,
    CLAIMS,
    CUE,
    ING_SPEECH,
    NOUN_LIKE,
    PLEDGES,
    SAY_VERBS,
    SPEECH,
    SPEECH_PATTERN,
    STANCE_ING,
    STANCE_ONLY,
    STANCE_VERBS,
    alternation,
    find_cues,
    inverted_allowed,
    not_speech_after,
)
from .discourse import (
    PRONOUN_START,
    QUOTE_MARK,
    QUOTED_TEXT,
    ROLES_PATTERN,
    SENTENCE_END,
    Discourse,
    Person,
    blank_quotes,
    headline_case,
    headline_names,
    in_spans,
    normalise_quotes,
    pronoun_sex,
    quote_spans,
    sentence_start,
    subject_mentions,
    title_cased,
)
from .lexicon import UNNAMED_SPEAKERS, wordset
from .orgspeakers import (
    described_body,
    lead_firm,
    modified_body,
    note_short_names,
    org_cue_speakers,
    referred_bodies,
    referred_body,
    untagged_source,
    untagged_subject,
)
from .paragraphspeakers import paragraph_speakers, quoted_label
from .subjects import (
    AGENT,
    AND_BEFORE,
    AND_GAP,
    AUX,
    CONJ_GAP,
    DIRECT_GAP,
    DOCUMENT_BY,
    DOCUMENT_MADE,
    DOCUMENT_THEN,
    GROUP_GAP,
    INSTITUTION_AFTER,
    INVERTED_LEAD,
    NEXT_TITLES,
    OBJECT_LEAD,
    PARTICIPLE,
    POSSESSIVE_AFTER,
    PREPOSITION_END,
    QUOTED_GAP,
    STATEMENT_AFTER,
    VERB_AFTER,
    is_object,
    named_after,
    passive_agent,
    subject_before,
    with_conjuncts,
)
from .untagged import surname_tables, untagged_near, untagged_quoter

__all__ = ["Person", "Speakers", "find_attributions", "find_speakers"]


class Speakers(NamedTuple):
    """Who one paragraph quotes or reports, in order of attribution: people by canonical name
    and organisations ("the Pentagon said") by name, kept apart because a search for what a
    person said must not return what their company said."""

    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()


# Speech acts that, like the say verbs, may share an earlier verb's subject ("Carson took the
# stage and called the system rotten"): past forms only, as "speeches and promises" is a noun.
_COORDINATED = frozenset(v for v in ACT_VERBS | STANCE_VERBS if v.endswith("ed"))
# "Trump is demanding", "Clinton has been saying", "he's saying": the auxiliary before an -ing
# cue (for "he's", only the "'s", so that the pronoun stays before it).
_PROGRESSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|been|am|(?:is|are|was|were)n['’]t)|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))['’]s)"
    r"(?:\s+(?:also|still|now|not|again|already|[a-z]+ly))*\s+$"
)
# A verb of beginning or going on before an -ing cue, which then shares its subject: "Smith has
# started asking", "Smith kept insisting", "Smith pivoted to arguing"; or, describing a
# recording, "Smith can be heard yelling".
_ASPECTUAL = re.compile(
    r"\b(?:beg[au]n|begins?|start(?:s|ed)?|kept|keeps?|continue[sd]?|resume[sd]?|went\s+on|"
    r"pivot(?:s|ed)\s+to|turn(?:s|ed)\s+to|(?:be|is|are|was|were)\s+heard)"
    r"(?:\s+[a-z]+ly)?\s+$"
)
# Before a third-person form that is also a plural noun, what makes it a verb: an adverb
# ("Smith frequently notes"), or an appositive or parenthesis ending in a comma or a dash
# ("Byrne — a former officer — states", "Democrats, Frank notes, ...").
_NOUN_LIKE_VERB_BEFORE = re.compile(r"(?:\s+(?:also|often|still|now|[a-z]+ly))+\s+$|[,—–-]\s*$")
_THAT_AFTER = re.compile(r"\s+that\b")
# A clause's subject or an object right after the verb: "notes the fund grew", "notes he was
# wrong", "praises Obama" (not a day: "Trump attacks Monday drew fire").
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|he|she|they|it|there)\s|[A-Z](?![a-z]+day\b))"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+$|['’]s?\s+$"
)
# "by" and its agent after a past form ("opposed by Israel"), not the means ("by saying").
_BY_AFTER = re.compile(r"\s+by\s+(?!\w+ing\b)")
# Auxiliaries that let a base form be a cue after one name: "Smith would argue".
_BASE_AUX = re.compile(
    r"\b(?:would|will|could|can|may|might|did|does|do|should|must|to)\b"
    r"|\b(?:would|could|did|does|do|should|ca|wo)n['’]t\b"
)
# A paragraph without a cue can still hold a quote, a colon, an embedded post's signature or a
# view given by "To Doe, ..." (looked for with ``in``: a set intersected with the text visits
# every character).
_MARKS = ('"', "“", "”", ":", "@", "To ")

# A headline's future: "Doe to back Roe", "Doe set to announce".
_HEADLINE_FUTURE = re.compile(r"\s+(?:(?:is|are|set|expected|due|poised)\s+)?to\s+")

# "he" or "she" opening on its first letter at a word start (no word character before it,
# looked behind), which lets a search skip the other characters: twice as fast as opening on
# "\b", for the same matches.
_HE_OR_SHE = r"(?P<pron>[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he))"
_PRONOUN_BEFORE = re.compile(rf"{_HE_OR_SHE}(?:\s+{AUX})*\s*$")
# ... with "has" or "had" written short before a verb of saying or a speech act: "he's
# predicted", "she'd argued" (before a belief, "'s" is mostly "is": "she's expected to").
_PRONOUN_SHORT_AUX = re.compile(rf"{_HE_OR_SHE}(?:['’][sd])?(?:\s+{AUX})*\s*$")
# A sentence's end right after an inverted verb's subject: "..., said Freeh." (or its title).
_SENTENCE_CLOSE = re.compile(r"[,]?\s*(?:[.!?;]|$)")


def _last_end(people: Sequence[Person], names: Sequence[str]) -> int:
    """Where the last mention of ``names`` ends."""
    return max(p[2] for p in people if p[0] in names)


# What may follow a trailing attribution before the sentence ends: "he told reporters on Monday."
_SENTENCE_REST = re.compile(r"(?:[^.;:\"“”]{0,60}?(?<!\bthat)(?:[.!?]|$))|\s*,")
_PRONOUN_QUOTED = re.compile(rf"{_HE_OR_SHE}{QUOTED_GAP.pattern}$")
# A word of a description before its role, not one of a clause.
_DESCRIPTION_WORD = (
    r"(?!(?:for|of|if|to|in|on|at|by|with|from|would|will|be|is|was|were|are|has|have|had|"
    r"that|who|which|their|his|her|its|they|he|she)\b)[\w'’-]+"
)
# A role's "of" phrase: "the secretary of state", "the governor of Texas".
_OF_PHRASE = r"of\s+(?:the\s+)?[A-Za-z][\w'’-]*"
_ROLE_OF = rf"(?i:{ROLES_PATTERN})\s+{_OF_PHRASE}"
# ... up to six words before the role (a role with its "of" phrase counting as one), not a
# clause's ("the Florida senator and Republican presidential candidate said", "the former
# secretary of state and current nominee said"; not "the consequences would be if their
# candidate announced"); the role may end on its "of" phrase ("the secretary of state said").
_DESCRIPTOR_BEFORE = re.compile(
    rf"[Tt](?<!\w.)he\s+(?:(?:{_ROLE_OF}|{_DESCRIPTION_WORD})\s+){{0,6}}?"
    rf"(?i:(?P<role>{ROLES_PATTERN}))(?:\s+{_OF_PHRASE})?(?:\s+{AUX})*\s*$"
)
# Before a pronoun, words that make its belief or wish no attribution: "anyone she wants",
# "what he believes", "if she hopes".
_STANCE_PRONOUN_NOT_AFTER = re.compile(r"\b(?:anyone|whoever|whomever|whom|what|whatever|if)\s+$")
_PRONOUN_AFTER = re.compile(r"\s+(?P<pron>he|she)\b")
# A person a story gives no name: "a senior Bank of Japan official", "another dealer", "the
# Chrysler source" (up to six words before the noun).
_UNNAMED_ROLE = rf"(?P<role>{alternation(UNNAMED_SPEAKERS)})"
_UNNAMED = (
    rf"(?:(?:{_ROLE_OF}|[A-Z][\w.'’&-]*\s+of|{_DESCRIPTION_WORD})\s+){{0,6}}?"
    rf"{_UNNAMED_ROLE}\b(?!['’]s|-|\s+[A-Z])"
)
# A sentence opened by such a person ("A foreign exchange analyst at a major Japanese bank here
# shared Baker's doubts.", "The Bank official said ..."): the "he" of the next sentence is that
# person, not a name the sentence mentions; not one who asks the named ("A reporter asked Doe").
_UNNAMED_OPENER = re.compile(
    rf"\s*(?:(?:And|But)\s+)?(?P<det>[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+{_UNNAMED}"
    r"(?!\s+(?:asked|questioned)\b)"
)
# ... or one it ends on, speaking after the words they report: "“...,” a Chrysler spokesman said."
_UNNAMED_SAYER = re.compile(
    rf"[,”\"]\s+(?P<det>the|an?|another|one)\s+(?:{_DESCRIPTION_WORD}\s+){{0,6}}?"
    rf"{_UNNAMED_ROLE}(?:\s+{AUX})*\s+(?:{SPEECH_PATTERN})\b"
)
# A name set beside the description, which then is no unnamed person: "A senior official,
# Jane Doe, said".
_APPOSED_NAME = re.compile(rf"(?:(?!\s(?:{SPEECH_PATTERN})\b)[^,;:“”\"]){{0,80}},\s+")
# What may come before a pronoun opening a paragraph's attribution: nothing, or a quote
# ("“...,” he added.").
_QUOTE_LEAD = re.compile(r"\s*(?:[“\"][^“”\"]*[”\"],?\s+)?")
# Such a person brought into the story ("an official"), whom "the official" then means.
_UNNAMED_BROUGHT_IN = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+{_UNNAMED}")
_DESCRIPTOR_AFTER = re.compile(
    rf"\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{ROLES_PATTERN}))\b(?!['’]s)"
)


def _with_following(text: str, people: Sequence[Person], index: int) -> list[str]:
    """The person at ``index`` and those joined to it by "and" right after it: a subject of
    several ("Smith and Jones sent a letter, asking ...")."""
    j = index
    while j + 1 < len(people) and CONJ_GAP.fullmatch(text, people[j][2], people[j + 1][1]):
        j += 1
    if j > index and not AND_GAP.fullmatch(text, people[j - 1][2], people[j][1]):
        j = index  # a list needs "and" before its last name
    return [p[0] for p in people[index : j + 1]]


# A plural noun and the named examples that follow it: "critics like", "experts such as".
_EXAMPLES_BEFORE = re.compile(rf"\b[a-z]+s,?\s+(?:like|such\s+as|including)\s+{NEXT_TITLES}$")


def _named_examples(text: str, before: Sequence[Person], cue: int) -> bool:
    """Whether the names right before a plural verb are examples of its plural subject
    ("critics like Smith and Jones say"), which then speak."""
    names = with_conjuncts(text, before, len(before) - 1)
    first = before[len(before) - len(names)]
    return bool(
        DIRECT_GAP.fullmatch(text, before[-1][2], cue)
        and _EXAMPLES_BEFORE.search(text, max(0, first[1] - 60), first[1])
    )


# A capitalised word and "and" before the name: "Both Mr. King and Mr. ", "Baker and Sen. ".
_CONJUNCT_BEFORE = re.compile(rf"\b[A-Z][\w.'’-]*\s+and\s+{NEXT_TITLES}$")


def _untagged_conjunct(text: str, last: Person, cue: int) -> bool:
    """Whether the name right before a plural form is the second of two joined by "and" whose
    first the tagger did not take for a person: the subject is plural, so the form is a verb
    (not a third-person form such as "attacks", which would be a noun: "the Bush and Clinton
    attacks")."""
    return bool(
        DIRECT_GAP.fullmatch(text, last[2], cue)
        and _CONJUNCT_BEFORE.search(text, max(0, last[1] - 40), last[1])
    )


def _noun_like_verb(text: str, before: Sequence[Person], start: int, end: int) -> bool:
    """Whether a form like "notes" or "states" after a name is the verb, not a plural noun
    ("the Smith notes"): it ends the sentence ("“...,” Smith notes."), an adverb precedes it,
    or an appositive stands between it and the name; or, in a parenthesis ("Democrats, Frank
    notes, applaud"), a comma follows. After "he" or "she" it is always the verb."""
    if VERB_AFTER.match(text, end) or _PRONOUN_BEFORE.search(text, max(0, start - 40), start):
        return True
    if not before:
        return False
    gap_start = before[-1][2]
    if _NOUN_LIKE_VERB_BEFORE.search(text, gap_start, start):
        return True
    if text[gap_start:start].strip():
        return False
    if _THAT_AFTER.match(text, end) or _CLAUSE_AFTER.match(text, end):
        # "Smith estimates that", "Smith notes the fund grew"; not "the Smith remarks that"
        return not _DETERMINER_BEFORE.search(text, max(0, before[-1][1] - 12), before[-1][1])
    lead = text[max(0, before[-1][1] - 2) : before[-1][1]]
    return lead.endswith(", ") and text.startswith(",", end)


def _clause_subject(
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    at: int,
    found: Sequence[str],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The subject of the sentence that a participle clause at ``at`` (", saying ...") hangs
    on: its first person in subject position, or the person its leading "he"/"she" means."""
    start = sentence_start(text, at)
    before = [p for p in people if p[2] <= at]
    relative = _RELATIVE_BY.search(text, max(start, at - 160), at)
    if relative and before and before[-1][2] == relative.start():
        # "Ryan, who surprised Trump by declaring ...": the relative clause's own subject
        return [before[-1][0]]
    fronted = _FRONTED_CLAUSE.match(blank_quotes(text[:at]), start)  # a quote's comma ends none
    if fronted:
        # "When Doe asked, Roe seized on it, repeating ...": the main clause's subject
        start = fronted.end()
        main = [p for p in before if p[1] >= start][:1]
        if not main:  # "When Doe did take Roe on, he did it sideways, acknowledging ..."
            pron = _PRONOUN_AFTER.match(text, start - 1)
            if pron is None or in_spans(start, quotes):
                return []
            earlier = [p for p in before if p[2] <= start]
            return [ctx.resolve(para, text, earlier, found, sex=pronoun_sex(pron.group("pron")))]
        if QUOTE_MARK.search(text, main[0][2], at):
            return []  # "After ... Doe in Iowa, “...,” Roe said, noting": Roe's words
        return _subject_after_clause(text, main, start - 2)
    breaks = list(_COORDINATE_BREAK.finditer(blank_quotes(text[:at]), start))
    after = [p for p in before if breaks and p[1] >= breaks[-1].end()]
    if (
        after
        and _TITLES_ONLY.fullmatch(text, breaks[-1].end(), after[0][1])
        and not POSSESSIVE_AFTER.match(text, after[0][2])
        and not INSTITUTION_AFTER.match(text, after[0][2])
    ):
        # "Trump pivoted to trade, but Wallace brought him back, asking ...": the participle
        # hangs on the clause it follows, which has a subject of its own
        return _with_following(text, before, before.index(after[0]))
    for person in subject_mentions(text, before):
        if person[1] >= start:
            if POSSESSIVE_AFTER.match(text, person[2]):
                # "Smith's campaign manager, Jane Doe, reached out, writing ...": the name in
                # apposition to the possessive's noun; "Smith's campaign went ..." is no one
                return _possessor_apposed(text, before, before.index(person))
            if INSTITUTION_AFTER.match(text, person[2]) or is_object(text, person):
                # "the Smith campaign went on the offensive, tweeting ...", "The event with
                # Smith comes two weeks later, urging ...": the subject is not the person
                return []
            return _with_following(text, before, before.index(person))
    return _pronoun_subject(text, before, quotes, start, at, found, para, ctx)


# A clause joined to the one before with its own subject: "..., but Wallace brought ...".
_COORDINATE_BREAK = re.compile(r",\s+(?:and|but|yet|while|whereas)\s|;\s")
_TITLES_ONLY = re.compile(rf"(?:(?:[A-Z][\w.'’-]*|former|(?i:{ROLES_PATTERN}))\s+)*")


# A relative clause on a name whose verb a participle after "by" or "in" goes with: "Ryan, who
# just a week ago surprised Trump by declaring", not across a comma or a quote.
_RELATIVE_BY = re.compile(r",\s+who\s[^,;:\"“”()]{1,140}\s(?:by|in)\s+$")


# The first participle of a clause hanging on the sentence's subject: ", casting him ...".
_FIRST_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b(?=[^,;:.]*$)")


# After a possessive, its noun and the comma of an apposition: "Smith's campaign manager, ".
_POSSESSED_NOUN = re.compile(r"['’]s?\s+(?:[\w.'’-]+\s+){0,4}?[\w.-]+,\s+")


def _possessor_apposed(text: str, before: Sequence[Person], index: int) -> list[str]:
    """The person named in apposition to the noun after ``before[index]``'s possessive, closed
    by a comma ("Smith's campaign manager, Jane Doe, ..."), or no one."""
    if index + 1 >= len(before):
        return []
    apposed = before[index + 1]
    if not _POSSESSED_NOUN.fullmatch(text, before[index][2], apposed[1]):
        return []
    return [apposed[0]] if text.startswith(",", apposed[2]) else []


def _pronoun_subject(
    text: str,
    before: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    start: int,
    at: int,
    found: Sequence[str],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The person meant by the "he" or "she", or the description ("The senator"), that opens
    the clause ``text[start:at]``."""
    lead = QUOTED_TEXT.sub("", text[start:at])
    pron = PRONOUN_START.match(lead)
    if in_spans(start, quotes):
        return []
    earlier = [p for p in before if p[2] <= start]
    if pron:
        return [ctx.resolve(para, text, earlier, found, sex=pronoun_sex(pron.group("pron")))]
    desc = _DESCRIPTOR_START.match(lead)
    if desc:
        return [
            ctx.resolve(para, text, earlier, found, desc.group("role"), description=desc.group())
        ]
    return []


# A description that opens a clause: "The Vermont senator".
_DESCRIPTOR_START = re.compile(
    rf"\W*[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{ROLES_PATTERN}))\b(?!['’]s)"
)


# A headline's comma for "and" between two names, and perhaps after the last: "Doe, Roe spar".
_HEADLINE_COMMA = re.compile(r",\s+")
_HEADLINE_LIST_END = re.compile(rf",?(?:\s+{AUX})*\s*")


def _headline_list(text: str, before: Sequence[Person], cue: int) -> list[str]:
    """The names a headline lists with commas right before its verb ("Trump, Ryan, pledge to
    work together", "As Clinton, Sanders answer"), or none."""
    if not _HEADLINE_LIST_END.fullmatch(text, before[-1][2], cue):
        return []
    i = len(before) - 1
    while i > 0 and _HEADLINE_COMMA.fullmatch(text, before[i - 1][2], before[i][1]):
        i -= 1
    return [p[0] for p in before[i:]] if i < len(before) - 1 else []


# Nothing but punctuation before a headline's first name: the name opens the headline.
_HEADLINE_SUBJECT = re.compile(r"\W*")
# "with Smith calling for a ban": the subject of an absolute clause, before its participle.
_WITH_SUBJECT = re.compile(
    rf"\b[Ww]ith\s+(?:(?:[A-Z][\w.'’-]*|former|then|fellow|(?i:{ROLES_PATTERN}))\s+)*$"
)
# A participle clause opening its sentence: "After praising Jones, Smith said".
_FRONTED_LEAD = re.compile(r"\W*(?:(?:After|Since|While|Before|When|By|Upon|Without)\s+)?")
_CLAUSE_END = re.compile(r"[,;:.!?\"“”]")
# What a participle that reports words is followed by: a quote, perhaps after a comma and a
# few names ("asking, “...", "telling Smith, “..."), a colon or "that".
_ING_WORDS_AFTER = re.compile(
    r"(?:\s+[a-z]+ly)?(?:,?\s*[\"“]|\s*:|\s+that\b|,\s+(?:[A-Z][\w.'’-]*\s+){0,6}[“\"])"
)
# What a belief's or wish's participle is followed by to report one: "..., hoping to win Iowa",
# "..., fearing that the vote was lost" (not "a hoping voter", "the backing of").
_STANCE_ING_AFTER = re.compile(r"\s+(?:to\s+[a-z]|that\b)")
# ... and the "of" of a recording before its speaker: "footage of Jane Doe asking, “...”".
_OF_BEFORE = re.compile(rf"\bof\s+{NEXT_TITLES}$")


def _clause_comma(text: str, at: int) -> int | None:
    """Where the comma that ends a clause from ``at`` ends; a quote whose words end on that
    comma ends it too ("After saying her foot was “so swollen,” she was"), no other mark."""
    mark = _CLAUSE_END.search(text, at)
    if mark is not None and mark.group() in '“"':
        quote = QUOTED_TEXT.match(text, mark.start())
        if quote and quote.group()[:-1].endswith(","):
            return quote.end()
    return mark.end() if mark is not None and mark.group() == "," else None


def _subject_after_clause(text: str, people: Sequence[Person], at: int) -> list[str]:
    """The subject after a fronted clause that runs from ``at`` to the next comma: the person
    that opens the main clause ("After praising Jones, Senator Smith said")."""
    comma = _clause_comma(text, at)
    if comma is None:
        return []
    after = [p for p in people if p[1] > comma]
    if not after:
        return []
    lead = text[comma : after[0][1]]
    if (
        len(lead.strip()) > 30
        or QUOTE_MARK.search(lead)
        or OBJECT_LEAD.search(lead)
        or POSSESSIVE_AFTER.match(text, after[0][2])
    ):
        return []
    return [after[0][0]]


_THAT = re.compile(r"\bthat\b")
# Someone who speaks for the person named before: "a Smith spokesman", "Smith aides".
_AGENT_AFTER = re.compile(rf"['’]?s?\s+{AGENT.pattern}\b")
# A relative clause on a noun: "the bombings that targeted", "the bill, which"; not "said that".
_RELATIVE = re.compile(r"\b(?P<word>[a-z][\w'’]*),?\s+(?:that|which)\s+(?!of\b)")
_VERBS = (
    SAY_VERBS
    | ACT_VERBS
    | STANCE_VERBS
    | wordset("with of to for in on at by from so such is was are were be been so now and or than")
)
_DASH_BREAK = re.compile(r"\s(?:--|[—–])\s")
# A verb followed by the words it reports: "joked, “...”", "said that".
_WORDS_AFTER = re.compile(r"\w+(?:\s+[a-z]+ly)?\s*(?:[,:\"“]|that\b)")
_PASSIVE_CLAUSE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")


def _coordinated_subject(
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    at: int,
    found: Sequence[str],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The subject shared by a verb coordinated at ``at`` ("Smith met Jones on Monday and said
    ..."): the first person of its clause, standing near the clause start and not as a
    preposition's object, or the person its opening "he"/"she" means. The "and" that joins
    the verb ("..., and said") and an aside between dashes ("Smith — a senator — met Jones
    and said") do not end the clause."""
    start = sentence_start(text, at)
    joined = AND_BEFORE.search(text, max(start, at - 80), at)
    breaks = list(_CLAUSE_BREAK_AFTER.finditer(text, start, joined.start() if joined else at))
    dashes = [b for b in breaks if _DASH_BREAK.fullmatch(b.group())]
    if len(dashes) % 2 == 0:
        breaks = [b for b in breaks if b not in dashes]
    if breaks:
        start = breaks[-1].end()
    before = [p for p in people if start <= p[1] and p[2] <= at]
    earlier = [p for p in people if p[2] <= start]
    if before:
        first = before[0]
        lead = text[start : first[1]]
        if PRONOUN_START.match(lead):
            # "She's a Doe supporter but concedes ...": the pronoun is the subject
            return _pronoun_subject(text, earlier, quotes, start, at, found, para, ctx)
        if _THAT.search(lead) or any(w in SPEECH for w in lead.split()):
            return []  # "The FBI concluded that Doe had been careless, but did not ...", "Acme
            # said Doe was not involved and said ...": Doe is in what the subject reported
        relative = _RELATIVE.search(text, first[2], joined.start()) if joined else None
        if relative and relative.group("word") not in _VERBS:
            return []  # "Doe flew to Nairobi after the bombings that hit the embassies, but
            # mostly claimed African lives": the verb may continue the relative clause
        if (
            joined
            and _PASSIVE_CLAUSE.search(text, first[2], joined.start())
            and not _WORDS_AFTER.match(text, at)
        ):
            # "Smith was arrested and charged with theft": he is the one charged; but "Smith
            # was joined on stage by Doe and joked, “...”" reports his words
            return []
        if (
            len(lead.strip()) <= 40
            and not QUOTE_MARK.search(lead)
            and not POSSESSIVE_AFTER.match(text, first[2])
            and not is_object(text, first)
            and not INSTITUTION_AFTER.match(text, first[2])  # "the Smith campaign"
            and not _AGENT_AFTER.match(text, first[2])  # "a Smith spokesman"
        ):
            return _with_following(text, before, 0)
        return []
    # "Doe helped. But on Tuesday, he stood with them and urged ...": the pronoun may mean a
    # person of an earlier sentence
    return _pronoun_subject(text, earlier, quotes, start, at, found, para, ctx)


# "“...?” he wondered": a stance verb right after the words it reports is a verb of saying.
_QUOTE_THEN_PRONOUN = re.compile(r"[,?!][\"”]\s+(?:[Hh]e|[Ss]he)\s+$")


_DETERMINERS = wordset(
    "the The a A an An this This these These those Those his His its Its their Their our Our "
    "your Your"
)
_NOT_POSSESSIVES = wordset("He She It That What There Here Who Where")
# The last letters of those words and of a possessive.
_LAST_LETTERS = frozenset("eaAnsr'’")


def _noun_phrase_before(text: str, start: int) -> bool:
    """Whether a determiner or a name's possessive stands right before ``start``, making the
    verb form there part of a noun phrase ("a state committee", "Doe's repeated offenses"; not
    "He's suggesting"). String methods, not a regex: this runs for every cue."""
    if text[start - 2 : start - 1] not in _LAST_LETTERS or not text[start - 1 : start].isspace():
        return False  # most cues: a name or a pronoun before them
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    if word in _DETERMINERS:
        return True
    stem = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word[-1:] in "'’" else ""
    return stem[:1].isupper() and stem not in _NOT_POSSESSIVES


def _stance_pronoun(
    text: str,
    left_at: int,
    start: int,
    before: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    found: Sequence[str],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The person a "he"/"she" right before a verb of belief or wish stands for ("Okafor is
    shaping a plan that he hopes to unveil in May", "... Okafor. She believes ..."), only when
    that person is named earlier in the paragraph; not in the words a verb of saying reports in
    the same sentence ("her aides said she wants ..."), nor in "anyone she wants"."""
    pron = _PRONOUN_BEFORE.search(text, left_at, start)
    if pron is None or in_spans(pron.start(), quotes):
        return []
    if _STANCE_PRONOUN_NOT_AFTER.search(text, left_at, pron.start()):
        return []
    opening = sentence_start(text, pron.start())
    for cue in CUE.finditer(text, opening, pron.start()):
        if cue.group("verb") in SPEECH and not in_spans(cue.start(), quotes):
            return []  # reported words: "Doe's aides said he plans ..."
    name = ctx.resolve(para, text, before, found, sex=pronoun_sex(pron.group("pron")))
    return [name] if any(p[0] == name for p in before) else []


# A person's possessive and up to two lower-case words before a noun of speech ("Doe's
# repeated "), and what the noun reports after it, perhaps after a day or a copula ("claim
# that", "assertion Monday that", "argument was that", "comments about"): :data:`CLAIM_NOUNS`.
_CLAIMANT_GAP = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
_CLAIMED_AFTER = {
    noun: re.compile(
        rf"(?:\s+[A-Z][a-z]+day)?\s+(?:(?:is|was)\s+(?=that\b))?(?:{alternation(after.split())})\b"
    )
    for noun, after in CLAIM_NOUNS.items()
}


def _claimant(
    text: str, before: Sequence[Person], start: int, end: int, ctx: Discourse
) -> list[str]:
    """The person whose claim, comment or call the noun at ``start`` is ("Doe's claim that the
    vote was rigged", "Doe's call for a ban"): the possessor speaks. Unless the noun reports
    what was said ("Roe rejected Doe's argument that ..."), a cue before them in the sentence
    makes their words only what someone else reacts to ("Roe slammed Doe's comments about",
    "Roe said Doe's call for a ban was"). A claim that ``his`` or ``her`` own, and that reports
    what was said, is the sentence's subject's, if no one else is named between ("Albright
    fanned controversy over her remark that ..."; not "Doe faulted Roe for his claim that")."""
    after = _CLAIMED_AFTER[text[start:end]].match(text, end) if before else None
    if after is None:
        return []
    name, name_start, name_end = before[-1]
    reported = text.endswith("that", 0, after.end())
    if not _CLAIMANT_GAP.fullmatch(text, name_end, start):
        own = _HIS_OR_HER_BEFORE.search(text, name_end, start) if reported else None
        if (
            own is None
            or name_start < sentence_start(text, start)
            or before[-1] not in subject_mentions(text, before)
            or ctx.sex(name) not in ("", "f" if own.group("pron").lower() == "her" else "m")
        ):
            return []
    elif not reported and CUE.search(text, sentence_start(text, name_start), name_start):
        return []
    return [name]


# "his" or "her", and up to two lower-case words, before a noun of speech: "her remark that".
_HIS_OR_HER_BEFORE = re.compile(r"\b(?P<pron>[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}$")
# ... with one word at most: "his own promise to", "her claim that".
_HIS_OR_HER_RIGHT_BEFORE = re.compile(r"\b(?P<pron>[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+)?$")


def _pronoun_claimant(
    text: str,
    before: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    start: int,
    end: int,
    found: Sequence[str],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The person a "his" or "her" before a claim or a pledge stands for when the sentence
    names no one before it ("Contrary to his claim that voters would learn nothing, ...", "His
    promises to tax the rich notwithstanding, ..."), as a "he" before "claimed" does; not inside
    a quote, nor after a verb of saying whose words it may be in. A view held (:data:`CLAIMS`)
    or a commitment (:data:`PLEDGES`) only: "his comments that" tends to follow talk about a
    man named as an object ("They were hard on Trump, ... over his comments that"), whom the
    pronoun's resolution, which favours subjects and speakers, misses. At most one word between:
    after two, "promises" is more often the verb of a noun ("Her economic plan promises to")."""
    noun = text[start:end]
    if noun not in CLAIMS and noun not in PLEDGES:
        return []
    opening = sentence_start(text, start)
    own = _HIS_OR_HER_RIGHT_BEFORE.search(text, opening, start)
    after = _CLAIMED_AFTER[noun].match(text, end)
    if (
        own is None
        or after is None
        or not (
            text.endswith("that", 0, after.end())
            or (noun in PLEDGES and after.group().endswith(" to"))
        )
        or in_spans(own.start(), quotes)
        or any(p[1] >= opening for p in before)
        or any(c.group("verb") in SPEECH for c in CUE.finditer(text, opening, own.start()))
    ):
        return []
    sex = "f" if own.group("pron").lower() == "her" else "m"
    return [ctx.resolve(para, text, before, found, sex=sex)]


def _cue_speakers(
    cue: re.Match[str],
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    found: Sequence[str],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The speakers one cue ("said", "according to", ...) attributes words to."""
    start, end = cue.span()
    kind = cue.lastgroup or "verb"
    before = [p for p in people if p[2] <= start]
    if kind in ("according", "statement"):
        # the author of what is cited: "according to calculations by Jane Doe", "in a statement
        # released by Jane Doe"
        by = DOCUMENT_BY.match(text, end if kind == "according" else start + 2)
        if by:
            return named_after(text, people, by.end(), INVERTED_LEAD, inverted=True)
    if kind == "according":
        then = DOCUMENT_THEN.match(text, end)
        if then:  # "according to a speech Mrs. Clinton delivered": its author
            author = [p for p in people if p[1] == then.end() and DOCUMENT_MADE.match(text, p[2])]
            if author:
                return [author[0][0]]
        return named_after(text, people, end, INVERTED_LEAD, inverted=True)
    if kind == "statement":
        names = named_after(text, people, end, STATEMENT_AFTER)
        if not names and before and DIRECT_GAP.fullmatch(text, before[-1][2], start):
            names = [before[-1][0]]
        return names
    if kind == "claim" or cue.group(0) in CLAIM_NOUNS:
        owner = _claimant(text, before, start, end, ctx) or _pronoun_claimant(
            text, before, quotes, start, end, found, para, ctx
        )
        if owner or kind == "claim":
            return owner
    verb = cue.group("verb") or cue.group(0)
    word = verb.split()[0]
    if word in BODY_ONLY:
        return []
    if not_speech_after(word, text, end):
        return []
    if kind == "verb" and _noun_phrase_before(text, start):
        return []  # "a state committee", "Doe's repeated offenses": a noun or an adjective
    # A headline that opens with a name reads "Smith attacks Jones" as a verb.
    headline = ctx.headline or (
        para == 0 and len(text) <= 160 and bool(before) and not text[: before[0][1]].strip()
    )
    if kind == "verb" and word.endswith("ing"):
        aux = _PROGRESSIVE.search(text, max(0, start - 40), start) or _ASPECTUAL.search(
            text, max(0, start - 30), start
        )
        if aux is None:
            if (
                headline
                and before
                and _HEADLINE_SUBJECT.fullmatch(text, 0, before[0][1])
                and DIRECT_GAP.fullmatch(text, before[-1][2], start)
            ):
                # "Doe hoping for a comeback": a headline's progressive, its "is" left out
                return with_conjuncts(text, before, len(before) - 1)
            if word not in ING_SPEECH and not (
                word in STANCE_ING and _STANCE_ING_AFTER.match(text, end)
            ):
                return []
            if PARTICIPLE.search(text, max(0, start - 40), start):
                return _clause_subject(text, people, quotes, start, found, para, ctx)
            if text[start - 5 : start] == " and ":
                # "..., casting him as a fraud and questioning his judgment": the second of
                # two participles shares the first one's subject
                earlier = _FIRST_PARTICIPLE.search(text, sentence_start(text, start), start - 5)
                if earlier and not QUOTE_MARK.search(text, earlier.end(), start):
                    return _clause_subject(text, people, quotes, earlier.end(), found, para, ctx)
            if _FRONTED_LEAD.fullmatch(text, sentence_start(text, start), start):
                comma = _clause_comma(text, end)
                pron = _PRONOUN_AFTER.match(text, comma) if comma is not None else None
                if pron:  # "After saying ..., she left": the "she" of the main clause
                    sex = pronoun_sex(pron.group("pron"))
                    return [ctx.resolve(para, text, before, found, sex=sex)]
                return _subject_after_clause(text, people, end)
            if before and DIRECT_GAP.fullmatch(text, before[-1][2], start):
                # "with Smith calling for a ban", "with Smith, Jones and Doe all calling"
                names = with_conjuncts(text, before, len(before) - 1)
                first = before[len(before) - len(names)]
                if _WITH_SUBJECT.search(text, max(0, first[1] - 60), first[1]):
                    return names
                if _ING_WORDS_AFTER.match(text, end) and (
                    not is_object(text, first)
                    or _OF_BEFORE.search(text, max(0, first[1] - 60), first[1])
                ):
                    # "the clip has Jane Doe saying that ...", "footage of Jane Doe asking,
                    # “...”": the words she says follow (not "a letter to Doe asking that")
                    return names
            return []
        start = aux.start()  # "Trump is demanding", "Doe began asking": the subject stands before
    # "they say", "would argue": a base form needs an auxiliary or several people before it.
    bare = kind == "verb" and (verb in BASE_FORMS or (verb in NOUN_LIKE and not headline))
    if bare and _BASE_AUX.search(text, max(0, start - 30), start):
        bare = False
    elif bare and before and GROUP_GAP.fullmatch(text, before[-1][2], start):
        bare = False  # "Smith and other experts acknowledge": a plural subject
    elif bare and before and _named_examples(text, before, start):
        bare = False  # "critics like Smith say": the examples of a plural subject
    elif bare and verb in BASE_FORMS and before and _untagged_conjunct(text, before[-1], start):
        bare = False  # "Both Mr. King and Mr. Smith say": a name the tagger left out comes first
    elif bare and verb not in BASE_FORMS and _noun_like_verb(text, before, start, end):
        bare = False  # "“...,” Smith notes.", "Smith often notes": a verb, not a plural noun
    agent = passive_agent(text, people, cue) if "by" in text[end : end + 4] else []
    if agent:
        return agent
    if verb.endswith("ed") and _BY_AFTER.match(text, end):
        return []  # "a favorite backed by the unions": a passive, its subject not the agent
    if (
        verb in SAY_VERBS
        and text[max(0, start - 2) : start].startswith(",")
        and not text.startswith(" of ", end)  # "..., Doe said of Roe.": Roe is talked about
    ):
        # "Kopp, meanwhile, may have fled, said Freeh.": a verb after a comma that a name ends
        # the sentence after is inverted; the name before the comma is in what it reports
        inverted = named_after(text, people, end, INVERTED_LEAD, inverted=True)
        if inverted and _SENTENCE_CLOSE.match(text, _last_end(people, inverted)):
            return inverted
    names = subject_before(text, people, start, verb)
    if (
        not names
        and para == 0
        and verb in BASE_FORMS
        and before
        and len(text) <= 160
        and _HEADLINE_FUTURE.fullmatch(text, before[-1][2], start)
    ):
        names = with_conjuncts(text, before, len(before) - 1)  # "Doe to endorse Roe"
    if headline and len(names) < 2 and len(before) > 1:
        names = _headline_list(text, before, start) or names
    if names and (not bare or len(names) > 1):
        return names
    if names or bare:
        return []
    left_at = max(0, start - 80)
    left = text[left_at:start]
    if (
        (verb in SPEECH or verb in _COORDINATED)
        and ("and" in left or "but" in left or "then" in left)  # most cues: skip the regex
        and AND_BEFORE.search(left)
    ):
        return _coordinated_subject(text, people, quotes, start, found, para, ctx)
    if verb in STANCE_ONLY and not _QUOTE_THEN_PRONOUN.search(left):
        # a belief or wish is attributed to a named subject, or to "he"/"she" for one named here
        return _stance_pronoun(text, left_at, start, before, quotes, found, para, ctx)
    pron = (_PRONOUN_SHORT_AUX if kind == "verb" else _PRONOUN_QUOTED).search(left)
    if pron and not in_spans(left_at + pron.start(), quotes):
        trailing = left[: pron.start()].rstrip().endswith((",", "”", '"')) and bool(
            _SENTENCE_REST.match(text, end)
        )
        sex = pronoun_sex(pron.group("pron"))
        at = left_at + pron.start() if trailing else -1
        unnamed = _unnamed_before(text, people, quotes, left_at + pron.start(), ctx.previous)
        if unnamed is not None:
            # "A Ford spokesman said ... He said": that spokesman, whom no name is given for;
            # "the spokesman" may be "spokesman Fred Zuckerman", seen before
            role = unnamed.group("role")
            if unnamed.group("det").lower() != "the" or (
                not ctx.holds(role) and _introduced_unnamed(role, ctx.article[0][:para], text)
            ):
                return [""]  # someone spoke, whom no name is given for
            desc_before = [p for p in before if p[2] <= unnamed.start("role")]
            name = ctx.resolve(para, text, desc_before, found, role, description=unnamed[0])
            if name:
                return [name]
        return [ctx.resolve(para, text, before, found, trailing=at, sex=sex)]
    desc = _DESCRIPTOR_BEFORE.search(left) if kind == "verb" else None
    if (
        desc
        and not in_spans(left_at + desc.start(), quotes)
        and not PREPOSITION_END.search(left, 0, desc.start())
    ):
        desc_before = [p for p in before if p[2] <= left_at + desc.start()]
        role = desc.group("role")
        return [ctx.resolve(para, text, desc_before, found, role, description=desc.group())]
    if kind != "verb" or not inverted_allowed(text, start, verb):
        return []
    names = named_after(text, people, end, INVERTED_LEAD, inverted=True)
    if names:
        return names
    pron = _PRONOUN_AFTER.match(text, end)
    if pron:
        return [ctx.resolve(para, text, before, found, sex=pronoun_sex(pron.group("pron")))]
    desc = _DESCRIPTOR_AFTER.match(text, end)
    if desc:
        return [
            ctx.resolve(para, text, before, found, desc.group("role"), description=desc.group())
        ]
    return []


# Where a reported clause ends and the sentence goes on with its own subject (a quote may close
# before the comma's "and": '... “a highway,” and Okafor talks'); opening on a character class,
# the comma, semicolon or space, the scan skips the other characters.
_CLAUSE_BREAK_AFTER = re.compile(
    r"[,;\s](?:(?<=,)[\"”]?\s+(?:and|but|while|whereas|yet)\b|(?<=;)|(?<=\s)(?:[—–]|--)\s)"
)
# Words that open a question or condition, whose verb is not an attribution of its own:
# "When asked why Cruz decided to attack, Tyler said"; not the adverb "what's more". Each opens
# on its first letter (no word character before it, looked behind), which lets the scan skip
# the other characters (three times faster than opening on a word boundary).
_SUBORDINATE = re.compile(
    r"[WwHhAa](?<!\w.)(?:(?<=[Ww])(?:hy|hat(?!['’]s\s+more\b|\s+is\s+more\b)|hether)\b"
    r"|(?<=[Hh])ow\b|(?:(?<=[Aa])sk|(?<=[Ww])onder)(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?(?:if|when)\b)"
)


_WITH_CLAUSE = re.compile(r",\s+with\b")
# A name after a comma right before a verb of speech, perhaps with a job in lower case before
# it, perhaps closing the job's apposition with a comma: the sentence's own attribution, after
# what it reports ("Mazda predicted its sales would rise, vice president Yoshihiro Wada told a
# news conference", "Tessel backs the plan, its ambassador, Jan Roe, told reporters").
_TRAILING_SPEAKER = re.compile(
    r",\s+(?:[a-z][\w-]*\s+){0,4}(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,?\s+(?:" + AUX + r"\s+)*$"
)
# A clause after a comma with a subject of its own: adverbial ("Doe assured Roe, after Roe
# assured him ...") or the writer's aside on what was reported ("..., something that Roe mocked").
_OWN_CLAUSE = re.compile(
    r",\s+(?:after|before|when|while|as|because|since|until|although|though|once)\s"
    r"|,\s+(?:something|(?:an?|one)\s+[a-z]+)\s+(?:that|which)\s"
)
# A relative clause on a name: "the tone of Cruz, who has called ...": its own subject speaks.
_WHO_CLAUSE = re.compile(r",\s+who\b")
# A subordinate clause opening its sentence, up to its comma: "After Doe accused him, he warned"
# (or "And after ...") has the main clause's own verb after the comma; so has a comparison
# ("Like Doe, she has ..."); up to 160 characters ("After the State Department's inspector
# general released a scathing report Wednesday documenting ..., Gowdy released a statement").
_FRONTED_CLAUSE = re.compile(
    r"\W*(?:(?:And|But|Yet|So)\s+(?=[a-z]))?"
    r"(?:(?:[\w-]+\s+)?(?i:days?|weeks?|months?|years?|hours?|minutes?)\s+"
    r"|(?i:shortly|just|soon|even|long|right|only|immediately)\s+)?"
    r"(?i:after|when|while|before|although|though|because|if|as|since|once|until|unless|"
    r"like|unlike)\b"
    r"[^,;:\"“”]{1,160},\s"
)


def _unnamed_before(
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    at: int,
    previous: tuple[str, Sequence[Person]],
) -> re.Match[str] | None:
    """The description of a person given no name (:data:`_UNNAMED_OPENER`,
    :data:`_UNNAMED_SAYER`) who is the subject of the sentence before the pronoun at ``at``,
    outside quotes: that of the paragraph before for a pronoun in a paragraph's first
    sentence."""
    opening = sentence_start(text, at)
    if opening < 2:
        lead = _QUOTE_LEAD.match(text, 0, at)
        if lead is None or lead.end() != at:
            return None  # words of the pronoun's own sentence come before it
        text, people = previous
        quotes = quote_spans(text)[0] if QUOTE_MARK.search(text) else []
        opening = len(text.rstrip()) + 1
        if opening < 2:
            return None
    start = sentence_start(text, opening - 1)
    found = _UNNAMED_OPENER.match(text, start, opening) or _UNNAMED_SAYER.search(
        text, start, opening
    )
    if (
        found is None
        or in_spans(found.start("det"), quotes)
        or any(start <= p[1] < found.end() for p in people)
        or any(_APPOSED_NAME.fullmatch(text, found.end(), p[1]) for p in people)
    ):
        return None
    return found


def _introduced_unnamed(role: str, earlier: Sequence[str], text: str) -> bool:
    """Whether the article brought in a ``role`` with no name before ("a senior Bank of Japan
    official"), whom "the official" then means; else "the Shearson official" may be the
    managing director at Shearson named before."""
    return any(
        m.group("role") == role
        for paragraph in (*earlier, text)
        if role in paragraph
        for m in _UNNAMED_BROUGHT_IN.finditer(paragraph)
    )


def _in_parenthesis(text: str, start: int, end: int) -> bool:
    """Whether ``end`` stands in a parenthesis opened after ``start``: an aside with its own
    subject ("... refugees (Smith has proposed 10,000)")."""
    return text.rfind("(", start, end) > text.rfind(")", start, end)


# What a verb of saying reports, up to the subject of a verb inside it: "[said] that Doe ".
# Not across a clause of its own: "Doe tweeted after Roe argued", "Doe said no and Roe said".
_DIRECT_REPORT = re.compile(
    r"\s+(?:that\s+)?(?!.*\b(?:after|before|when|while|because|since|until|unless|although|"
    r"though|as|if|and|but|or|whereas)\b)[^,;:()—–\"“”.!?]{1,80}"
)


# A condition's clause up to its verb: "if Reno spurns the family", "unless the Council
# decides"; not the comparison "as if he wanted".
_CONDITION = re.compile(r"(?<!\bas\s)\b(?:[Ii]f|[Uu]nless)\s+[^,;:()—–\"“”]{1,80}$")


def _conditional(text: str, at: int) -> bool:
    """Whether the act or stance verb at ``at`` is a condition's ("... will appeal if Reno and
    Clinton spurn the family"): what someone may do, not what they said or did. PolNeAR
    annotates a few (train: of 5 such cues, 1 gold); on wire news each was wrong."""
    window = text[max(0, at - 90) : at]
    if "if " not in window and "If " not in window and "nless " not in window:
        return False  # most cues: skip the sentence and the regex
    lead = QUOTED_TEXT.sub("", text[sentence_start(text, at) : at])
    return bool(_CONDITION.search(lead))


def _embedded(text: str, cue: re.Match[str], reported_until: int) -> bool:
    """Whether a verb cue stands inside words already reported in its sentence ("Sims said he
    was undecided until Haley backed Rubio": Sims speaks, Haley is reported; "Ramos said Trump
    had not replied": Ramos speaks), or a stance verb inside a question ("asked why Cruz
    decided"). A verb of saying is embedded only right inside what another reports, with no
    comma, quote or conjunction between ("Doe tweeted after Roe argued" has two speakers). An
    act or a stance in a condition is no one's ("unless the Council decides")."""
    verb = cue.group("verb")
    if verb in SAY_VERBS:
        # "Ramos said Trump has not replied", "Song said Clinton had said ...": a verb of
        # saying right inside what a verb of saying reports, with no comma or quote between
        return (
            reported_until > 0
            and (text[max(0, reported_until - 12) : reported_until].split() or [""])[-1] in SPEECH
            and bool(_DIRECT_REPORT.fullmatch(text, reported_until, cue.start()))
        )
    if _conditional(text, cue.start()):
        return True
    if reported_until < 0 and verb not in STANCE_ONLY:
        return False  # most cues: nothing was reported yet
    start = sentence_start(text, cue.start())
    fronted = _FRONTED_CLAUSE.match(text, start, cue.start())
    if (
        reported_until > start
        and not (fronted and reported_until <= fronted.end())
        and not _CLAUSE_BREAK_AFTER.search(text, reported_until, cue.start())
        and not _OWN_CLAUSE.search(text, reported_until, cue.start())
        and not _WITH_CLAUSE.search(text, reported_until, cue.start())
        and not (verb in SPEECH and _TRAILING_SPEAKER.search(text, reported_until, cue.start()))
        and not (verb not in STANCE_ONLY and _WHO_CLAUSE.search(text, reported_until, cue.start()))
        and not _in_parenthesis(text, reported_until, cue.start())
    ):
        return True
    return verb in STANCE_ONLY and bool(
        _SUBORDINATE.search(QUOTED_TEXT.sub("", text[start : cue.start()]))
    )


# A pronoun right before a cue: an unresolved "he said" is no one else's attribution.
_PRONOUN_END = re.compile(rf"\b(?:[Hh]e|[Ss]he|I|[Tt]hey|[Ww]e)(?:\s+{AUX})*\s*$")


def _anonymous(text: str, cue: re.Match[str]) -> bool:
    """Whether a speech verb that named no one has a subject of its own, unnamed ("an official
    said", "“...,” a spokesman said"), rather than an unresolved pronoun."""
    verb = cue.group("verb")
    return verb in SPEECH and not _PRONOUN_END.search(text, max(0, cue.start() - 60), cue.start())


def _paragraph(
    para: int,
    text: str,
    cues: Sequence[re.Match[str]],
    people: Sequence[Person],
    orgs: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    ctx: Discourse,
    capitals: dict[str, str],
    surnames: dict[str, str],
    continues: bool,
) -> tuple[list[str], list[str], bool]:
    """Speakers of one paragraph from its own cues, in order of attribution: persons,
    organisations, and whether the paragraph has an attribution of its own (to them or to
    someone unnamed: "an official said")."""
    found: list[str] = []
    bodies: list[str] = []
    own = False
    reported_until = -1  # end of the last cue that named a speaker
    # With no person named here or earlier, no cue can name one (a pronoun or "the chairman"
    # has no one to refer to): many wire stories ("the company said") skip the person rules.
    personal = (
        bool(people)
        or ctx.seen
        or (para == 0 and bool(surnames) and any(w in surnames for w in text.split()))
    )
    rest = (quotes, found, para, ctx)
    ends = _sentence_ends(text, quotes) if ctx.quoted_mentions else []
    attributed = (  # the sentences with a cue of their own, outside quotes
        {bisect_right(ends, c.start()) for c in cues if not in_spans(c.start(), quotes)}
        if ctx.quoted_mentions
        else set()
    )
    for cue in cues:
        if quotes and in_spans(cue.start(), quotes):
            continue
        if cue.group("verb") and _embedded(text, cue, reported_until):
            continue
        if cue.lastgroup == "claim" and not _CLAIMED_AFTER[cue.group()].match(text, cue.end()):
            continue  # "at the conclusion of a meeting": a noun that reports nothing, for anyone
        if ctx.quoted_mentions:
            ctx.quoted = _quoted_for(ends, attributed, ctx.quoted_mentions, cue.start())
        names = (
            _cue_speakers(cue, text, untagged_near(text, cue, people, quotes, surnames), *rest)
            if personal
            else []
        )
        if not names and quotes:
            names = untagged_quoter(text, cue, people, orgs, ctx)
        said_by: list[str] = []
        if names:
            found.extend(n for n in names if n and n not in found)
        if (orgs or people) and (
            not names
            or cue.lastgroup == "quoted"
            or "quoted by" in text[max(0, cue.start() - 100) : cue.start()]
        ):
            # "Tass quoted Doe as saying", "Doe, quoted by Tass, said": Doe speaks, as Tass
            # reports
            said_by = org_cue_speakers(cue, text, orgs, people, quotes, surnames)
        if not names and not said_by and (ctx.bodies or ctx.unread_bodies):
            said_by = described_body(cue, text, quotes, ctx)
        if not names and not said_by and cue.lastgroup == "according":
            said_by = modified_body(cue, text, people, quotes) or untagged_source(
                cue, text, people, orgs, surnames
            )
        elif not names and not said_by and cue.lastgroup == "verb":
            said_by = modified_body(cue, text, people, quotes) or untagged_subject(
                cue, text, people, orgs, surnames, ctx.short_names
            )
        if not names and not said_by and (ctx.org_group or ctx.lead_group):
            said_by = referred_bodies(cue, text, quotes, ctx, para)
        if (
            (not names or cue.lastgroup == "quoted")  # "It quoted Doe as saying": Doe and it
            and not said_by
            and (ctx.org_speaker or ctx.lead_body or ctx.lead_firm)
        ):
            said_by = referred_body(cue, text, orgs, quotes, ctx, para)
        bodies.extend(n for n in said_by if n not in bodies)
        if names:
            ctx.turn += 1
            ctx.person_turn = ctx.turn
        if said_by:
            ctx.turn += 1
            ctx.org_turn, ctx.org_para = ctx.turn, para
            ctx.org_speaker = said_by[0] if len(said_by) == 1 else ""
            if not ctx.lead_body and para <= 1 and len(said_by) == 1:
                ctx.lead_body = said_by[0]
            if len(said_by) > 1:
                ctx.org_group = tuple(said_by)
                if not ctx.lead_group and para <= 1:
                    ctx.lead_group = ctx.org_group
            own = True
        elif not names:
            own = own or (continues and _anonymous(text, cue))
        if names or said_by:
            reported_until = cue.end()
    ctx.quoted = frozenset(p[0] for p in ctx.quoted_mentions)
    paragraph_speakers(found, text, people, quotes, capitals)
    return found, bodies, own


def _sentence_ends(text: str, quotes: Sequence[tuple[int, int]]) -> list[int]:
    """Where the sentences of ``text`` end, not counting those inside a quote ("“No. Never,”
    she said." is one sentence) but counting a quote's own last stop."""
    return [
        m.start() + 1
        for m in SENTENCE_END.finditer(text)
        if not any(a < m.start() and b > m.end() for a, b in quotes)
    ]


def _quoted_for(
    ends: Sequence[int], attributed: set[int], quoted: Sequence[Person], at: int
) -> frozenset[str]:
    """The people named inside the quotes that a pronoun at ``at`` may be the speaker of (those
    of its own sentence, and those of sentences with no cue of their own, which go on with the
    same words): whom it does not mean, as people rarely speak of themselves by name. ``ends``
    are the paragraph's sentence ends (:func:`_sentence_ends`), ``attributed`` the indexes of
    its sentences with a cue. In "When Doe accused Roe of lying, she said “I never did.” Doe shot
    back, “Roe knows it.”", she is Roe."""
    own = bisect_right(ends, at)
    return frozenset(
        p[0]
        for p in quoted
        if (sentence := bisect_right(ends, p[1])) == own or sentence not in attributed
    )


# A line that signs the quote before it: "- Sanders.", "—Jane Doe, Ohio.", "-President Obama,
# tweeting after the speech." (a dash, the name and its title first, no sentence after it); or,
# closing a quote the paragraph before left open, "Dean Baker, Center for Economic Research.”"
_DASHES = ("-", "—", "–", "―")
_SIGNATURE_LINE = re.compile(r"\s*(?:--?|[—–―])\s*(?:[A-Z][\w.]*\s+){0,3}")
_SIGNATURE_REST = re.compile(r"(?:,[^.!?\"“”]{1,80})?\.?\s*")
_CLOSING_SIGNATURE = re.compile(r",[^.!?\"“”]{1,80}\.?[\"”]\s*")


def _signs(text: str, people: Sequence[Person], previous: str) -> bool:
    """Whether ``text`` is a signature line ("- Jane Doe, Ohio.") after a paragraph that is
    only a quote, or one that closes the quote a paragraph opened and left open."""
    name = people[0]
    before = normalise_quotes(previous).strip()
    spans, still_open = quote_spans(before)
    if not spans or spans[0][0] != 0:
        return False
    if name[1] == 0 and still_open:
        return bool(_CLOSING_SIGNATURE.fullmatch(text, name[2]))
    return (
        _SIGNATURE_LINE.fullmatch(text, 0, name[1]) is not None
        and _SIGNATURE_REST.fullmatch(text, name[2]) is not None
        and spans[-1][1] >= len(before.rstrip(".")) - 1
    )


def _colon_subject(
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    para: int,
    ctx: Discourse,
) -> list[str]:
    """The subject of a sentence that ends in a colon before a paragraph that opens a quote
    ("He then listed the qualities he wants in a nominee:"): the one whose words follow."""
    colon = len(text.rstrip()) - 1
    start = sentence_start(text, colon)
    if in_spans(start, quotes):
        return []
    for person in subject_mentions(text, people):
        if person[1] >= start:
            if (
                POSSESSIVE_AFTER.match(text, person[2])
                or INSTITUTION_AFTER.match(text, person[2])
                or is_object(text, person)
            ):
                return []
            return _with_following(text, people, list(people).index(person))
    before = [p for p in people if p[2] <= start]
    return [n for n in _pronoun_subject(text, before, quotes, start, colon, [], para, ctx) if n]


# A list's item marker at a paragraph's start: a bullet or a dash ("• ...", "-- ...").
_BULLET = re.compile(r"\s*(?P<mark>[•▪●◦*·]|--?|[—–]|l(?=\s+[A-Z]))\s")


def _own_cue(
    text: str,
    cues: Sequence[re.Match[str]],
    quotes: Sequence[tuple[int, int]],
    people: Sequence[Person],
) -> bool:
    """Whether a quote paragraph names a speaker of its own that the rules could not read: a cue
    outside its quotes ("“...,” she wrote.") or one a person's name stands next to, inside a
    quote its writer forgot to close ("“... pursuing it, Fitzwater said.")."""
    return any(
        not in_spans(cue.start(), quotes)
        or any(
            (end <= cue.start() and not text[end : cue.start()].strip())
            or (start >= cue.end() and not text[cue.end() : start].strip())
            for _, start, end in people
        )
        for cue in cues
    )


def _list_goes_on(text: str, paragraphs: Sequence[str], para: int) -> bool:
    """Whether ``text`` is an item of a list whose next item is the next paragraph: the words
    "Smith said:" introduced run on through the list ("Smith argued that:" then "• ...")."""
    item = _BULLET.match(text)
    if item is None or para + 1 >= len(paragraphs):
        return False
    following = _BULLET.match(paragraphs[para + 1])
    return following is not None and following.group("mark") == item.group("mark")


# Web copy capitalises the brand's verb inside a sentence ("Doe, the group's head, Tweeted on
# Friday", "Doe Tweeted out the clip"): a verb of saying like "tweeted".
_CAPITAL_TWEET = re.compile(r"(?<=[a-z,] )Tweet(?=s\b|ed\b|ing\b)")
# A paragraph that ends in a colon introduces the next one's words ("Smith said:") ...
_INTRODUCES = re.compile(r":\s*$")
# ... but "Doe warned Roe that the fight was on:" reports words of its own before the colon.
_REPORTED_BEFORE_COLON = re.compile(r"\bthat\s[^:\"“”]{10,}:\s*$")


def find_speakers(
    paragraphs: Sequence[str], persons: Sequence[Sequence[Person]]
) -> list[tuple[str, ...]]:
    """For each paragraph of ONE article, the canonical names of the people it quotes or reports
    (:func:`find_attributions` without organisations)."""
    return [s.persons for s in find_attributions(paragraphs, persons)]


def find_attributions(
    paragraphs: Sequence[str],
    persons: Sequence[Sequence[Person]],
    orgs: Sequence[Sequence[Person]] | None = None,
) -> list[Speakers]:
    """For each paragraph of ONE article, the people and organisations it quotes or reports.

    ``persons[i]`` lists the person mentions of ``paragraphs[i]`` as ``(canonical_name, start,
    end)`` with offsets into that paragraph (see :func:`newsindex.nlp.persons.canonical_mentions`);
    ``orgs[i]``, if given, its organisation mentions in the same shape. An organisation speaks
    only where a cue names no person. Paragraphs are read in order because pronouns,
    descriptions ("the minister said") and quotes continued from the previous paragraph depend
    on what came before.
    """
    if len(paragraphs) != len(persons):
        raise ValueError(f"{len(paragraphs)} paragraphs but {len(persons)} person lists")
    if orgs is not None and len(orgs) != len(paragraphs):
        raise ValueError(f"{len(paragraphs)} paragraphs but {len(orgs)} organisation lists")
    ctx = Discourse(article=(paragraphs, persons))
    surnames, capitals = surname_tables(persons)
    result: list[tuple[str, ...]] = []
    bodies: list[tuple[str, ...]] = []
    open_quote: list[str] | None = None  # speakers of a quote left open by the previous paragraph
    open_bodies: list[str] = []  # ... or the organisations, when no person spoke it
    pending: list[int] = []  # open, unattributed quote paragraphs waiting for a speaker
    introduced: list[str] = []  # speakers of a paragraph ending in a colon
    introduced_bodies: list[str] = []  # ... and its organisations ("The Times reports:")
    for para, raw in enumerate(paragraphs):
        # a no-break space (web copy: "issued a\xa0statement") is a space to every pattern
        text = normalise_quotes(raw.replace("\xa0", " ") if "\xa0" in raw else raw)
        if "Tweet" in text:
            text = _CAPITAL_TWEET.sub("tweet", text)
        people = sorted(persons[para], key=itemgetter(1))
        if (
            people
            and result
            and (text[:1] in _DASHES or (len(text) <= 120 and text.endswith(('"', "”"))))
            and _signs(text, people, paragraphs[para - 1])
        ):
            result[-1] = (people[0][0],)  # "“...”" then "- Jane Doe, Ohio.": the quote is hers
        cues = find_cues(text)
        # a headline, or a subheading, whose verbs are capitalised so that no cue was found
        ctx.headline = len(text) <= 160 and (para == 0 or not cues) and title_cased(text)
        para_orgs = orgs[para] if orgs else ()
        if ctx.headline:
            people = headline_names(text, people, surnames)
            cased = headline_case(text, people)  # not the organisations: "[Trump Says]"
            # "[Trump Just] Announced": a word lowered is no part of a name
            para_orgs = [o for o in para_orgs if cased[o[1] : o[2]] == text[o[1] : o[2]]]
            text = cased
            cues = find_cues(text)
        if orgs is not None:
            ctx.unread_bodies.append((text, people, para_orgs))
        if para <= 1 and not ctx.lead_firm and para_orgs:
            ctx.lead_firm = lead_firm(text, para_orgs)
        if para and orgs:
            note_short_names(ctx.short_names, orgs[para - 1])  # "Equity said" after "Equity Ltd"
        if not cues and not any(mark in text for mark in _MARKS):
            result.append(tuple(introduced))
            bodies.append(tuple(introduced_bodies))
            ctx.learn(para, text, people)
            ctx.after(para, text, people, introduced)
            ctx.previous = (text, people)
            listed = bool(introduced or introduced_bodies) and _list_goes_on(text, paragraphs, para)
            open_quote, pending = None, []
            if not listed:
                introduced, introduced_bodies = [], []
            continue
        quotes, still_open = quote_spans(text)
        outside = [p for p in people if not in_spans(p[1], quotes)] if quotes else people
        ctx.learn(para, text, outside)
        ctx.quoted_mentions = [p for p in people if p not in outside] if quotes else []
        ctx.quoted = frozenset(p[0] for p in ctx.quoted_mentions)
        continues = text.lstrip()[:1] in ("“", '"')
        speakers, said_by, own = _paragraph(
            para, text, cues, outside, para_orgs, quotes, ctx, capitals, surnames, continues
        )
        # a turn of a quoted transcript ('"WALLACE: ...') is its label's, known or not
        labelled = continues and quoted_label(text)
        inherits = continues and not own and not labelled  # "“...,” an official said"
        listed = False
        if not speakers and (introduced or (introduced_bodies and not said_by)):
            # the words after "Smith said:" or "The Times reports:" at the end of a paragraph
            speakers = introduced
            said_by = said_by or introduced_bodies
            listed = _list_goes_on(text, paragraphs, para)
        if not listed:
            introduced, introduced_bodies = [], []
        lead_in = bool(_INTRODUCES.search(text)) and not still_open
        if lead_in:
            # a body keeps its lead-in too ("As the Post reported, the plan failed:")
            introduced_bodies = list(said_by) or introduced_bodies
        if speakers and lead_in:
            introduced = list(speakers)
            if not SENTENCE_END.search(text) and not _REPORTED_BEFORE_COLON.search(text):
                speakers = []  # only "Smith said:": the words are in the next paragraph
        elif (
            not speakers
            and lead_in
            and para + 1 < len(paragraphs)
            and paragraphs[para + 1].lstrip()[:1] in ('"', "“")
        ):
            introduced = _colon_subject(text, outside, quotes, para, ctx)
        if not speakers and inherits and open_quote:
            speakers = list(open_quote)
        elif not speakers and inherits and para and result[-1] and not outside:
            # A paragraph that is only a quote, right after one that names its speaker.
            speakers = list(result[-1])
        if not speakers and not said_by and inherits and not _own_cue(text, cues, quotes, people):
            # ... or the body that spoke it ("“...,” the company said.", then "“...”")
            said_by = open_bodies or (list(bodies[-1]) if para and not outside else [])
        if speakers and continues and pending and not labelled:
            for earlier in pending:
                result[earlier] = tuple(speakers)
        result.append(tuple(speakers))
        bodies.append(tuple(said_by))
        ctx.after(para, text, outside, speakers)
        ctx.previous = (text, outside)
        open_bodies = [] if speakers or not still_open else said_by
        if still_open:
            open_quote = speakers or None
            pending = [] if speakers or labelled else [*pending, para] if continues else [para]
        else:
            open_quote, pending = None, []
    return [Speakers(p, o) for p, o in zip(result, bodies, strict=True)]
