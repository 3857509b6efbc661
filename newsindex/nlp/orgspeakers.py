"""Organisations that speak, for :mod:`.speakers`: where a cue names no person, the subject,
inverted, passive and participle patterns of :mod:`.subjects` read the organisation mentions
("the Pentagon said", "according to a report by Reuters", "Acme sued, saying"), and a definite
description names the body the story last called by that noun ("the commission said" after "the
Federal Election Commission").

Kept apart from the person rules because a search for what a person said must not return what
their company said, and because most of it runs only where the person rules found no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cues import (
    ACT_VERBS,
    BASE_FORMS,
    BODY_ONLY,
    BY_ACTING,
    FINDINGS,
    ING_SPEECH,
    NOUN_LIKE,
    NOUN_LIKE_BASES,
    RETURNS,
    SAY_VERBS,
    SPEECH,
    SPEECH_PATTERN,
    STANCE_ONLY,
    STANCE_VERBS,
    alternation,
    inverted_allowed,
    not_speech_after,
    verb_forms,
)
from .datecontext import ORDINALS
from .discourse import (
    ROLE,
    ROLES_PATTERN,
    SENTENCE_END,
    Discourse,
    Person,
    in_spans,
    sentence_start,
)
from .lexicon import (
    ABBREVIATED_TITLES,
    BODY_DOCUMENTS,
    BODY_KINDS,
    BODY_NAME_HEADS,
    CENTRAL_BANK_WORDS,
    DOCUMENT_ADJECTIVES,
    FEMALE_FIRST_NAMES,
    FIELD_LINKS,
    FIRM_DESCRIPTIONS,
    FIRM_PART_NOUNS,
    FIRM_TAILS,
    FRONTING_PREPOSITIONS,
    HIGHEST_COURT_WORDS,
    IRREGULAR_PASTS,
    MALE_FIRST_NAMES,
    MEDIA_NOUNS,
    MODIFIED_BODY_HEADS,
    MODIFYING_PREPOSITIONS,
    MONTHS,
    NEWSPAPER_WORDS,
    PEOPLE_GROUPS,
    QUERY_STOP_WORDS,
    QUOTED_BODIES,
    QUOTED_BODY_NOUNS,
    ROLE_ACRONYMS,
    SENT_DOCUMENTS,
    SOURCE_NAME_WORDS,
    STATE_ADJECTIVES,
    TOP_COURT_WORDS,
    UNION_NAME_HEADS,
    WEEKDAYS,
    pick,
    wordset,
)
from .names import STATE_ABBREVIATION, strip_title, without_possessive
from .subjects import (
    AND_BEFORE,
    AUX,
    DIRECT_GAP,
    DOCUMENT_BY,
    INSTITUTION_AFTER,
    INVERTED_LEAD,
    PARTICIPLE,
    PREPOSITION_END,
    STATEMENT_AFTER,
    VERB_AFTER,
    named_after,
    passive_agent,
    subject_before,
)

__all__ = [
    "DATELINE_LEAD",
    "described_body",
    "modified_body",
    "note_short_names",
    "org_cue_speakers",
    "referred_bodies",
    "referred_body",
    "untagged_source",
    "untagged_subject",
]


# "reports that the ...": "that" opens a clause, not a relative ("reports that track").
_CLAUSE_THAT_AFTER = re.compile(
    r"\s+that\s+(?:[A-Z]|(?:the|a|an|his|her|its|their|he|she|it|they|we|there|this)\b)"
)
# "As" right before a body opens a clause of which the body is the subject: "As the White
# House hints at ...", "..., as the Post notes," (not "such as the CNN reports"); the verb's
# object or the clause's end follows, not another verb ("as EC states know": a noun).
_AS_BEFORE = re.compile(r"(?<!\bsuch\s)\b[Aa]s\s+(?:the\s+)?$")
_AS_OBJECT = re.compile(
    r"\s*(?:[,.;:!?\"“”]|$)|\s+(?:that|at|on|in|to|about|of|the|a|an|his|her|its|their|[A-Z])"
)
# Before a trailing attribution's subject: the reported clause's comma or closing quote.
_TRAILING_BEFORE = re.compile(r"(?:,|,?[\"”])\s+(?:the\s+)?$")
# "... quoted an aide as saying": the body that quotes, then whom it quotes, perhaps with an
# appositive ("quoted Wassim Doe, a Harwell native, as saying").
_QUOTING_BODY = re.compile(r"\s+(?:has\s+|had\s+)?(?P<verb>quoted)\s+[^.;:\"“”]{1,100}?,?\s+$")
# ... or "Doe, quoted by the Harwell Ledger on Monday, said": an aside naming the body.
_QUOTED_BY_ASIDE = re.compile(r",\s+quoted\s+by\s+(?P<agent>[^,;:\"“”]{1,60}?),\s*$")
# ... or "was quoted by the Harwell Ledger as saying": the body after "by", right before the cue.
_QUOTED_BY = re.compile(r"\bquoted\s+(?:\w+\s+)?by\s+(?:the\s+)?$")
# Head nouns of a body that a story names once and then calls "the campaign", "the party",
# "the fund" (the International Monetary Fund). Most companies' and groups' names do not end
# with the word: then no body is noted for it, and "the company said" is left to
# referred_body (the story's company), or before any body is quoted to the firm the story
# names (:data:`_FIRM`).
_BODY_NOUNS = alternation(BODY_NAME_HEADS)
_BODY_BEFORE = re.compile(
    rf"[Tt](?<!\w.)he\s+(?P<mod>(?:[a-z][\w'’-]*\s+){{0,2}}?)(?P<noun>{_BODY_NOUNS})"
    rf"(?:\s+{AUX})*\s*$"
)
_BODY_AFTER = re.compile(
    rf"\s+the\s+(?P<mod>(?:[a-z][\w'’-]*\s+){{0,2}}?)(?P<noun>{_BODY_NOUNS})"
    r"(?=\s*[,.;]|\s+(?:in|on)\b)"
)
_OF_NAME = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
# A verb of saying after a document named by its body ("the bank report said"): the body is
# its author.
_SPEECH_AFTER = re.compile(rf"\s+(?:{SPEECH_PATTERN})\b")


# The key of ``Discourse.bodies`` for the firm (a name ending in "Inc", "Corp", "Ltd") the story
# last named: no head noun, so no description but "the company" asks for it.
_FIRM = "firm"
# How far before a body its sentence may start for the body to be its subject (a fronted
# phrase of up to 60 characters, its comma and "the": :data:`_ORG_SUBJECT_LEAD`).
_SUBJECT_REACH = 80


def _body_head(name: str) -> str:
    """The head noun a story may later call the body ``name`` by ("Federal Election
    Commission": "commission", "Bureau of Mines": "bureau", "House Subcommittee on Trade":
    "subcommittee", "United Auto Workers", "Teamsters Local 294": "union"), or "" for none."""
    words = name.split()
    if len(words) < 2 or words[0] in ("The", "the"):
        return ""  # "Commerce Department", not "The Department"
    if words[-2] == "Local":  # a union's local: "Transport Workers Union Local 553"
        words = words[:-2]  # is the union's; "Local 222" alone, the national union's part
        if len(words) < 2:
            return ""
    link = next((i for i, word in enumerate(words) if word in FIELD_LINKS), 0)
    heads = (words[-1].lower(), words[link - 1].lower() if link else "")
    named = [head for head in heads if head in BODY_NAME_HEADS]
    if named:
        return named[0]
    return "union" if not UNION_NAME_HEADS.isdisjoint(heads) else ""


def _labour_union(name: str) -> bool:
    """Whether ``name`` is a labour union's ("United Auto Workers", "Local 222"; not "Western
    Union", a telegraph company)."""
    words = name.split()
    return "Local" in words[:-1] or not UNION_NAME_HEADS.isdisjoint(w.lower() for w in words)


def _one_body(name: str, other: str) -> bool:
    """Whether two names are one body's: the shorter opens the longer or is one word of it
    ("Royal Bank", "Royal Bank of Canada"; "Morris", "Philip Morris Cos"); not "Bank of Canada"
    and "Royal Bank of Canada", two banks."""
    words, others = name.split(), other.split()
    shorter, longer = sorted((words, others), key=len)
    return longer[: len(shorter)] == shorter or (len(shorter) == 1 and shorter[0] in longer)


def _note_body(
    named: dict[str, tuple[int, str, bool]], noun: str, at: int, name: str, subject: bool
) -> None:
    """Note ``name`` for ``noun`` in the sentence at ``at``: the sentence's subject stands, two
    other bodies leave no body ("Bonds went from the Bank of Tessel to the Bank of Harwell")."""
    last = named.get(noun)
    if last and last[0] == at:
        if last[1] and _one_body(last[1], name):
            subject = subject or last[2]
        elif last[2]:
            return  # the sentence's subject stands: "Acme Bank sold bonds to Bolt Bank"
        else:
            name = ""  # two bodies, neither the subject: which "the bank" is is unknown
    named[noun] = (at, name, subject)


def _note_bodies(
    text: str,
    people: Sequence[Person],
    orgs: Sequence[Person],
    bodies: dict[str, str],
    until: int | None = None,
) -> None:
    """Remember the bodies a paragraph names by their head noun ("Federal Election
    Commission" as "commission", "the Smith campaign" as "campaign"), so that "the commission
    said" later in the story names one: the last sentence to name one with the noun, and no
    body where that sentence names two ("the Bank of Tessel sold bonds to the Bank of
    Harwell"); in the paragraph of the cue only ``until`` the cue ("The bank said Bolt Bank's
    shareholders agreed": not Bolt Bank). A firm ("Acme Ltd") is noted for "the company" too,
    unless another body opens its sentence ("Acme said it would buy Bolt Ltd")."""
    named: dict[str, tuple[int, str, bool]] = {}  # noun: (its sentence, the body, a subject)
    for name, start, _ in sorted(orgs, key=lambda o: o[1]):
        if until is not None and start >= until:
            break
        noun, firm = _body_head(name), _firm(name)
        # most mentions have neither: only a subject's sentence is looked for ("Bolt said")
        at = sentence_start(text, start, 0 if noun or firm else _SUBJECT_REACH)
        subject = _ORG_SUBJECT_LEAD.fullmatch(text, at, start) is not None
        if not subject and _FIRM_LEAD.fullmatch(text, at, start):
            firm = subject = True  # "Tesselian engineering company Acme has won a contract"
        if noun:
            _note_body(named, noun, at, name, subject)
        if firm:
            _note_body(named, _FIRM, at, name, subject)
        elif subject:
            # another body opens the sentence: "the company" is not a firm it names after
            _note_body(named, _FIRM, at, "", subject)
    bodies.update((noun, name) for noun, (_, name, _) in named.items())
    for _, start, end in people:
        found = INSTITUTION_AFTER.match(text, end)
        if found:
            name = without_possessive(text[start:end])
            noun = found.group().split()[-1].lower()
            bodies[noun] = f"{strip_title(name)} {noun}"
    if not MODIFIED_BODY_HEADS.isdisjoint(text.split()):
        # "China's foreign ministry", "the Tesselian government": the tagger's place alone
        for found in _MODIFIED_BODY_IN.finditer(text, 0, len(text) if until is None else until):
            name = _modified_name(found.group("name"))
            if (
                name
                # not "campaign", "administration": a person's, noted above
                and found.group("noun") in ("government", "ministry")
                and not any(found.start() <= p[1] < found.end() for p in people)
            ):
                bodies[found.group("noun")] = name


# A participle right before a body's description, which is then its object.
_PARTICIPLE_BEFORE = re.compile(r"\b[A-Za-z]+ing\s+$")


def described_body(
    cue: re.Match[str], text: str, quotes: Sequence[tuple[int, int]], ctx: Discourse
) -> list[str]:
    """The body a definite description before or after a cue means ("the campaign said",
    "said the party", "the budget office said"): the one the story last named with that head
    noun (and the description's other words: not "the appeals court" for the Supreme Court).
    The paragraphs' bodies are noted only now, when a description asks."""
    start, end = cue.span()
    found = None
    window = text[max(0, start - 60) : start]
    if "he " in window and not BODY_NAME_HEADS.isdisjoint(window.split()):
        # "the" and the noun as a word of its own: most cues skip the regex
        found = _BODY_BEFORE.search(text, max(0, start - 60), start)
    if found and PREPOSITION_END.search(text, max(0, found.start() - 12), found.start()):
        found = None  # "a spokesman for the campaign said"
    if found and _OF_NAME.match(text, found.end("noun")):
        return []  # "the government of Costa Rica agreed", "the government in Beijing said"
    verb = cue.group("verb") or ""
    if (
        found
        and not text[found.end("noun") : start].strip()
        and not _SPEECH_AFTER.match(text, cue.end())
        and (
            verb.endswith("ing")
            or verb in NOUN_LIKE_BASES
            or (
                verb in BASE_FORMS
                and _PARTICIPLE_BEFORE.search(text, max(0, found.start() - 30), found.start())
            )
        )
    ):
        # "the court order", "the committee hearing": a noun, no verb of the body; "urging the
        # administration consider": the body is asked, and says nothing
        return []
    if not found and (
        (verb and inverted_allowed(text, start, verb)) or cue.lastgroup == "according"
    ):
        found = _BODY_AFTER.match(text, end)  # "said the party.", "according to the agency,"
    if (
        not found
        and text.startswith(" by the ", end)
        and verb.endswith("ed")
        and (verb in SPEECH or verb in ACT_VERBS)
    ):
        found = _BODY_AFTER.match(text, end + 3)  # "a fact later confirmed by the agency."
    if not found or in_spans(found.start(), quotes):
        return []
    for unread in ctx.unread_bodies:
        _note_bodies(*unread, ctx.bodies, found.start() if unread[0] is text else None)
    # the cue's paragraph is read again, whole, when the next description asks
    ctx.unread_bodies[:] = [u for u in ctx.unread_bodies if u[0] is text]
    name = ctx.bodies.get(found.group("noun"), "")
    if (
        not name
        and found.group("noun") == "company"
        and not (ctx.org_speaker or ctx.lead_body)
        and (cue.lastgroup == "according" or (verb in SPEECH and verb not in NOUN_LIKE))
    ):
        # before the story has quoted a body, "the company" is the firm it names: "Acme Ltd
        # will cut 500 jobs, the company said"
        name = ctx.bodies.get(_FIRM, "")
    words = found.group("mod").split()
    if words == ["central"] and found.group("noun") == "bank":
        return [name] if _central_bank(name) else []
    if words and set(words) <= TOP_COURT_WORDS and found.group("noun") == "court":
        # "the apex court said": the country's highest court the story named
        return [name] if not HIGHEST_COURT_WORDS.isdisjoint(name.lower().split()) else []
    if words and not any(w in name.lower() for w in words):
        return []  # "the appeals court" is not the Supreme Court the story named
    return [name] if name else []


_CENTRAL_BANK = re.compile(r"\bcentral\s+bank\b")
_BANK_NAME = re.compile(r"(?i)ban[kc]|reserve")
"""A name "the central bank" may mean: "Bank of Tessel", "Bundesbank", "Banca d'Italia",
"Federal Reserve"; not a firm quoted before ("Huawei said")."""


def _central_bank(name: str) -> bool:
    """Whether a bank's name is a country's bank of issue, which a story calls "the central
    bank": "Bank of Tessel", "Tessel Central Bank", "Reserve Bank of Tessel"; not the "World
    Bank", nor a town's "First National Bank of Harwell"."""
    words = name.split()
    at = words.index("Bank") if "Bank" in words else -1
    if at < 0 or words[at + 1 : at + 2] not in ([], ["of"]):
        return False
    if at == 0:
        return len(words) == 3  # "Bank of Tessel", not "Bank of New Harwell"
    before = words[at - 1].lower()
    if before == "national":
        # a nation's adjective before it ("Swiss National Bank"); not a bank of a place, a
        # group or an order ("Security Pacific National Bank", "Citizens National Bank",
        # "First National Bank"), which are many in America and no bank of issue
        head = words[0]
        plural = head.endswith("s") and not head.endswith("ss")
        return len(words) == 3 and head.lower() not in ORDINALS and not plural
    return before in CENTRAL_BANK_WORDS and (at == 1 or at == len(words) - 1)


# A town and its state (as the agencies abbreviate it) between a body and its verb.
_TOWN_AND_STATE = re.compile(
    rf",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+(?:{STATE_ABBREVIATION.pattern}),\s*$"
)
# ... or the seat a firm's name is followed by, a town and perhaps its state or country
# written out: "Heritage Media Corp., New York, said", "Intelogic Inc., San Antonio, Texas, said".
_FIRM_SEAT = re.compile(
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    r",\s*$"
)


# An auxiliary before an -ing form or a base form, which then is a finite verb ("is saying",
# "would argue"), perhaps with a negation and adverbs between.
_ADVERBS = r"(?P<not>n['’]t|\s+not)?(?:\s+(?:also|still|now|again|yet|[a-z]+ly))*\s+$"
_ORG_PROGRESSIVE = re.compile(rf"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been){_ADVERBS}")
_ORG_BASE_AUX = re.compile(
    rf"\b(?:would|will|could|can|may|might|did|does|do|should|must){_ADVERBS}"
)
# ... a negation only of a refusal to speak, which news reports as the body's answer, as it does
# "declined to comment" and "has not responded": "did not immediately respond to requests for
# comment", "would not say how much it paid". "did not object", "did not complain" report a body
# that said nothing.
_REFUSALS = (
    verb_forms(pick(BASE_FORMS, "say comment respond reply discuss confirm disclose elaborate"))
    | RETURNS
)

# ... but not a belief or plan ("is considering", "will seek"); and a body's offer is a bid
# ("offered 10 dlrs a share", "does offer a perk"), said only as an offer to act, with no
# auxiliary ("Acme offered to buy Bolt"); a firm's recall takes back its products ("Acme is
# recalling 2 million car seats"), no memory.
_NO_SPEECH_ACTS = verb_forms(["offer", "recall"])
# A body that "responded by easing sanctions" acted; one that "responded by saying" spoke.
_RESPONSES = verb_forms(["respond"])
_ACTED_BY = re.compile(rf"(?:\s+[a-z]+ly)?{BY_ACTING}")
# An auxiliary right before a third-person form, which then is a plural noun: "have claims".
_AUX_END = re.compile(r"\b(?:have|has|had|do|does|did|will|would|can|could|may|might|must)\s+$")


# "declined to" or "refused to" before a refusal: "the company declined to comment".
_DECLINED_BEFORE = re.compile(
    rf"\b{alternation(pick(STANCE_VERBS, 'declined declines refused refuses'))}\s+to\s+$"
)


def _refusal(text: str, cue: int, verb: str) -> int | None:
    """Where the refusal to speak opens whose base form ``verb`` is at ``cue``: its negated
    auxiliary ("the company did not disclose", "it would not comment") or "declined to"
    ("the company declined to comment"); None if it is none."""
    if verb not in _REFUSALS or verb.split()[0].endswith("ing"):
        return None
    declined = _DECLINED_BEFORE.search(text, max(0, cue - 20), cue)
    if declined:
        return declined.start()
    aux = _ORG_BASE_AUX.search(text, max(0, cue - 30), cue)
    return aux.start() if aux is not None and aux["not"] is not None else None


# The kind of body written after its name, which names it with the name: "Time magazine", "the
# People's Daily newspaper", "the United Auto Workers union".
_KIND_AFTER = re.compile(rf"\s+(?:news\s+agency|{alternation(BODY_KINDS)})\b(?!['’-])")
# An indefinite article before the name: "an Egyptian Islamic Jihad group" describes a body.
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,2}$")


def _with_kind(text: str, org: Person) -> Person:
    """The mention with the kind of body written after it ("Time" -> "Time magazine"), so that
    the noun is no gap between the body and its verb ("Time magazine wrote")."""
    if not text[org[2] + 1 : org[2] + 2].islower():
        return org  # most mentions: no lower-case word after them
    found = _KIND_AFTER.match(text, org[2])
    if found is None or _INDEFINITE_BEFORE.search(text, max(0, org[1] - 30), org[1]):
        return org  # "a local Tessel Government agency": a description, not a name
    return (f"{org[0]} {found.group().strip()}", org[1], found.end())


def _with_kinds(text: str, orgs: Sequence[Person]) -> list[Person]:
    """The mentions with their kinds (:func:`_with_kind`), and the name with its kind for a
    mention of the same body without it: "The official MTI news agency said ... MTI said" is
    one speaker, "MTI news agency". Not "group", which a story adds loosely ("Acme said ... the
    Acme group itself")."""
    kinded = [_with_kind(text, o) for o in orgs]
    names = {
        o[0]: k[0] for o, k in zip(orgs, kinded, strict=True) if k != o and k[0][-6:] != " group"
    }
    if not names:
        return kinded  # most paragraphs: no kind after a name
    return [(names.get(k[0], k[0]), k[1], k[2]) for k in kinded]


# What a wire writes between a body's name and its verb: the close of Reuters' mark around a
# name, its ticker, its initials in brackets, or both ("<Acme Corp> said", "Acme Corp <ACME.N>
# said", "the Tessel Rivet Association (TRA) said", "Acme Corp <ACME.N> (AC) said").
_NAME_TAIL = re.compile(r">?(?:\s+<[A-Z][\w.&-]*>)?(?:\s+\([A-Z][A-Z.&-]+\))?")
# ... and the word that makes it a firm's part, perhaps after its country ("Bolt Corp's Acme
# Rivets unit said", "Acme Tobacco USA unit said": the unit speaks).
_UNIT_WORDS = pick(FIRM_PART_NOUNS, "unit subsidiary division affiliate")
_UNIT_AFTER = re.compile(rf"(?:\s+[A-Z][\w.]*)?\s+(?:{alternation(_UNIT_WORDS)})\b(?!['’-])")
_UNIT_NEEDLES = tuple(f" {word}" for word in _UNIT_WORDS)


def _with_tails(text: str, orgs: Sequence[Person]) -> list[Person]:
    """The mentions with the mark, ticker or initials after their names (:data:`_NAME_TAIL`)
    and the word for a firm's part (:data:`_UNIT_AFTER`), less a ticker, initials or country
    the tagger took for a body of its own ("Bolt Corp <BOLT>": Bolt Corp speaks; "Acme's U.S.
    unit": no speaker)."""
    tailed = []
    for org in orgs:
        end = org[2]
        if text[org[1] - 1 : org[1]] == "(" and text[end : end + 1] == ")" and _firm(org[0]):
            end += 1  # a firm marked in brackets, as some stories have it: "(Acme Corp) said"
        found = _NAME_TAIL.match(text, end)
        end = found.end() if found else end
        unit = None if STATE_ABBREVIATION.fullmatch(org[0]) else _UNIT_AFTER.match(text, end)
        tailed.append((org[0], org[1], unit.end() if unit else end))
    return [
        t for t in tailed if not any(o[2] < t[1] < u[2] for o, u in zip(orgs, tailed, strict=True))
    ]


def _speaking(text: str, orgs: Sequence[Person]) -> Sequence[Person]:
    """The mentions as a speaker's name runs in the paragraph: with the kind after it
    (:func:`_with_kinds`) and the mark, ticker or initials (:func:`_with_tails`). Most
    mentions have a capital, a comma or a verb after them: then nothing is searched."""
    if any(text[o[2] + 1 : o[2] + 2].islower() for o in orgs):
        orgs = _with_kinds(text, orgs)
    if any(
        text[o[2] : o[2] + 1] in (">", ")") or text[o[2] : o[2] + 2] in (" <", " (") for o in orgs
    ) or any(needle in text for needle in _UNIT_NEEDLES):
        orgs = _with_tails(text, orgs)
    return orgs


def _firm(name: str) -> bool:
    """Whether a name ends in a firm's word ("Acme Corp.", "Bolt Holdings")."""
    return name.split()[-1].lower().rstrip(".") in FIRM_TAILS


# A preposition, and perhaps "the", before a person whose institution follows: "close to the".
_OBJECT_BEFORE = re.compile(rf"{PREPOSITION_END.pattern[:-1]}(?:the\s+)?$")


def org_cue_speakers(
    cue: re.Match[str],
    text: str,
    orgs: Sequence[Person],
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    surnames: dict[str, str],
) -> list[str]:
    """Organisations one cue attributes words to, by the person rules' subject and inverted
    patterns: "Exxon said", "said the Pentagon", "according to Reuters", "Exxon said in a
    statement", and a person's institution ("the Trump campaign said"). Only mentions near the
    cue are read: most wire cues ("the company said") have none."""
    start, end = cue.span()
    kind = cue.lastgroup or "verb"
    verb = "as saying" if kind == "quoted" else cue.group("verb") or ""
    # The mentions as they speak (:func:`_speaking`) are made only once no verb test has
    # refused the cue (a fifth of the cues are so refused).
    if kind == "verb" and verb in _NO_SPEECH_ACTS and not text.startswith(" to ", end):
        return []  # "Acme offered 10 dlrs a share", "by offering banks cash": a bid, no statement
    if kind == "verb" and verb in _RESPONSES and _ACTED_BY.match(text, end):
        return []  # "Tessel responded by easing sanctions": an act
    shared = kind == "verb" and (
        (verb in ING_SPEECH and bool(PARTICIPLE.search(text, max(0, start - 40), start)))
        or (
            verb in SPEECH
            and "and" in text[max(0, start - 80) : start]  # most cues: skip the regex
            and bool(AND_BEFORE.search(text, max(0, start - 80), start))
        )
    )
    if shared:
        return _org_clause_subject(text, _speaking(text, orgs), people, quotes, start, surnames)
    if kind == "verb" and verb.endswith("s") and _AUX_END.search(text, max(0, start - 8), start):
        return []  # "Tessel and Bolt have claims in the area": a noun after an auxiliary
    if kind == "verb" and (verb.endswith("ing") or verb in BASE_FORMS):
        # a participle or a plural, kept to the person rules, unless an auxiliary makes it a
        # finite verb of one subject: "the White House is saying", "Acme would argue"
        aux = (_ORG_PROGRESSIVE if verb.endswith("ing") else _ORG_BASE_AUX).search(
            text, max(0, start - 30), start
        )
        if aux is None and not (
            verb.endswith("ing") or verb in STANCE_ONLY or verb in _NO_SPEECH_ACTS
        ):
            # ... or bodies listed before it make it their plural verb: "Forbes and Wealth-X say"
            if not_speech_after(verb, text, end):
                return []  # "Acme and Bolt add 5 cents"
            return _listed_bodies(text, _speaking(text, orgs), quotes, start)
        if aux is None or verb in STANCE_ONLY or verb in _NO_SPEECH_ACTS:
            return []  # a belief, or "Acme would offer to buy Bolt": no speech
        if aux["not"] and verb not in _REFUSALS:
            return []  # "Tessel did not object": no words
        start = aux.start()
        # bodies listed before a refusal or a verb of saying ("Acme and Bolt did not respond");
        # not before talks or some other act ("Acme and Bolt had been discussing a bid")
        listed = (
            _listed_subject(text, _speaking(text, orgs), people, start)
            if aux["not"] or verb in SAY_VERBS
            else []
        )
        if listed:
            return listed
        # ... and the body opens the sentence: not "winning the White House might have been"
        orgs = [
            o
            for o in _speaking(text, orgs)
            if _ORG_SUBJECT_LEAD.fullmatch(text, sentence_start(text, o[1]), o[1])
        ]
    else:
        orgs = _speaking(text, orgs)
    near = [o for o in orgs if start - 250 <= o[2] <= start or end <= o[1] <= end + 40]
    town = _TOWN_AND_STATE.search(text, max(0, start - 60), start)
    if town is None and "," in text[max(0, start - 3) : start]:
        town = _FIRM_SEAT.search(text, max(0, start - 60), start)
        if town and not any(o[2] == town.start() and _firm(o[0]) for o in near):
            town = None  # "Acme, Bolt, said" is no firm and its seat
    if town and any(o[2] <= town.start() for o in near):
        # "Cilcorp Inc., Peoria, Ill., said": the town and state are the firm's, not speakers
        near = [o for o in near if not town.start() <= o[1] < town.end()]
    if not near and not any(start - 30 <= p[2] <= start for p in people):
        return []
    # a preposition's objects, when the preposition names the speaker: "reported by Acme",
    # "according to a report by Acme" (the document's author)
    objects = [o for o in near if not in_spans(o[1], quotes)]
    agent = (
        # not a modifier of the agent: "announced by Commerce Secretary Jane Doe"
        passive_agent(text, [o for o in objects if not _ORG_MODIFIER_AFTER.match(text, o[2])], cue)
        if "by" in text[end : end + 4]
        else []
    )
    if agent:
        return agent
    if (
        kind == "verb"
        and (verb.endswith("ed") or verb in IRREGULAR_PASTS)
        and _SUBORDINATE_BEFORE.search(text, max(0, start - 10), start)
    ):
        return []  # "... told Reuters when asked if": a participle, whose asker is not named
    by = DOCUMENT_BY.match(text, end) if kind == "according" else None
    if by:
        return named_after(text, objects, by.end(), INVERTED_LEAD, inverted=True)
    orgs = _org_heads(text, near, quotes, surnames)
    if kind == "according":
        return named_after(text, orgs, end, INVERTED_LEAD, inverted=True)
    if kind == "quoted":
        # "Acme quoted an official as saying": the quoted one is unnamed, the body reports
        quoting = _QUOTING_BODY.search(text, max(0, start - 140), start)
        heads = [o for o in orgs if quoting and o[2] == quoting.start()] or [
            # the agent of "was quoted by", a preposition's object to _org_heads
            o
            for o in objects
            if not text[o[2] : start].strip() and _QUOTED_BY.search(text, max(0, o[1] - 30), o[1])
        ]
        return [heads[0][0]] if heads else []
    if verb in NOUN_LIKE:
        # "The Post reports", not "the 2012 Benghazi attacks"; elsewhere in the sentence
        # "..., the Post reports.", "as the Post reports" and "the Post reports that the ..."
        # only
        orgs = [
            o
            for o in orgs
            if len(text[sentence_start(text, o[1]) : o[1]].strip()) <= 4
            or (_AS_BEFORE.search(text, max(0, o[1] - 12), o[1]) and _AS_OBJECT.match(text, end))
            or _CLAUSE_THAT_AFTER.match(text, end)
            or (
                VERB_AFTER.match(text, end)
                and _TRAILING_BEFORE.search(text, max(0, o[1] - 8), o[1])
            )
        ]
    if verb and not_speech_after(verb.split()[0], text, end):
        return []
    aside = _QUOTED_BY_ASIDE.search(text, max(0, start - 100), start) if kind == "verb" else None
    if aside and verb in SAY_VERBS:
        # "Nazer, quoted by SPA, said": SPA reports what Nazer said
        agents = [o for o in objects if aside.start("agent") <= o[1] and o[2] <= aside.end("agent")]
        if agents:
            return [agents[-1][0]]
    if verb.partition(" ")[0] in FINDINGS:
        # "a 2009 study by Acme found that": the study's result, which attribution corpora
        # leave unattributed, where "Acme found that" is the body's own
        orgs = [o for o in orgs if not _STUDY_BY.search(text, max(0, o[1] - 40), o[1])]
    # "a debate over how the United States responds to it": a question the sentence is about,
    # no attribution
    orgs = [o for o in orgs if not _QUESTION_BEFORE.search(text, max(0, o[1] - 12), o[1])]
    names = subject_before(text, orgs, start, verb) if kind != "statement" else []
    if len(names) == 1:
        names = _joined_bodies(text, orgs, names[0], start)
    if len(names) == 1:
        names = _listed_subject(text, orgs, people, start) or names
    if not names and kind == "statement":
        names = named_after(text, orgs, end, STATEMENT_AFTER, inverted=True)
    if not names and kind == "verb" and (verb in SPEECH or verb in ACT_VERBS):
        # "Acme's statement called the bill a job killer": the author's words too
        names = _document_author(text, objects, start)
    if not names:
        before = [p for p in people if p[2] <= start]
        body = INSTITUTION_AFTER.match(text, before[-1][2]) if before else None
        if (
            body
            and DIRECT_GAP.fullmatch(text, body.end(), start)
            # "a lobbyist close to the Reagan administration said": the lobbyist speaks
            and not _OBJECT_BEFORE.search(text, max(0, before[-1][1] - 20), before[-1][1])
        ):
            name = without_possessive(text[before[-1][1] : before[-1][2]])
            names = [f"{strip_title(name)} {body.group().split()[-1]}"]
    if (
        not names
        and kind == "verb"
        and verb not in NOUN_LIKE
        and inverted_allowed(text, start, verb)
    ):
        names = named_after(text, orgs, end, INVERTED_LEAD, inverted=True)
    return names


# A body's document right before its verb: "the IMF report stated", "a Pentagon statement
# said", "the agency's latest analysis says"; not a poll or survey, whose figures are no one's
# words.
_DOCUMENTS = f"(?:{alternation(BODY_DOCUMENTS)})"
_DOCUMENT_GAP = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:{alternation(DOCUMENT_ADJECTIVES)})\s+)?"
    rf"{_DOCUMENTS}(?:\s+{AUX})*\s*"
)
_DOCUMENT_LEAD = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+$")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?,;:][\"”]?\s+)$")
# ... or the document, then its author, then the verb: "a statement from Acme said", "a
# quarterly study by the Harwell Institute said"; not "a report from Harwell", where a report
# was sent from.
_DOCUMENT_OF = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_DOCUMENTS}\s+by|(?:{alternation(SENT_DOCUMENTS)})\s+from)\s+(?:the\s+)?$"
)
_AUTHOR_GAP = re.compile(rf",?(?:\s+{AUX})*\s*")


def _document_author(text: str, orgs: Sequence[Person], cue: int) -> list[str]:
    """The body whose report or statement is the subject of a verb of saying ("the IMF report
    stated", "a Pentagon statement said", "a statement from Acme said"): the words are the
    body's, as the document's author."""
    before = [o for o in orgs if o[2] <= cue]
    if not before:
        return []
    body = before[-1]
    if _DOCUMENT_GAP.fullmatch(text, body[2], cue):
        lead = _DOCUMENT_LEAD.search(text, max(0, body[1] - 5), body[1]) or (
            # "Acme's annual report said", opening its sentence or after the reported clause
            text[body[2] : body[2] + 1] in ("'", "’")
            and _CLAUSE_OPENS.search(text, max(0, body[1] - 3), body[1])
        )
        return [body[0]] if lead else []
    if _AUTHOR_GAP.fullmatch(text, body[2], cue) and _DOCUMENT_OF.search(
        text, max(0, body[1] - 60), body[1]
    ):
        return [body[0]]
    return []


# Between two bodies that share a verb: "the State Department and the Justice Department said",
# "Acme, Bolt and the Harwell Group said".
_BODY_AND_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
# ... and the list opens its clause, perhaps after a fronted phrase ("On Monday, both the ...").
_LIST_LEAD = re.compile(r"\W*(?:[^,;:\"“”]{0,60},\s*)?(?:[Bb]oth\s+)?(?:[Tt]he\s+)?")


def _joined_bodies(text: str, orgs: Sequence[Person], name: str, cue: int) -> list[str]:
    """The subject ``name`` with the bodies listed before it with "and" ("Acme and the Bolt
    Group said"), which the person rules' lists do not read (their names take no "the")."""
    before = [o for o in orgs if o[2] <= cue]
    i = len(before) - 1
    if i < 1 or before[i][0] != name or "and" not in text[before[i - 1][2] : before[i][1]]:
        return [name]
    if not _BODY_AND_GAP.fullmatch(text, before[i - 1][2], before[i][1]):
        return [name]
    j = i
    while j > 0 and _BODY_AND_GAP.fullmatch(text, before[j - 1][2], before[j][1]):
        j -= 1
    first = before[j][1]
    if not _LIST_LEAD.fullmatch(text, sentence_start(text, first), first):
        return [name]  # "Acme met Ohio and the Pentagon said": Ohio is met, not a speaker
    return list(dict.fromkeys(o[0] for o in before[j : i + 1]))


# Before a conjunct of a subject list: "Acme and [the] Bolt Group", "Acme, Bolt".
_CONJUNCT_BEFORE = re.compile(r"(?:,|,?\s+and)\s+(?:the\s+)?$")


def _listed_subject(
    text: str, orgs: Sequence[Person], people: Sequence[Person], verb: int
) -> list[str]:
    """The bodies listed with "and" right before ``verb`` (adverbs and auxiliaries between) as
    the subject that opens its sentence, each a mention or a person's institution: "The Clinton
    campaign and DNC did not respond", "Acme and Bolt would not comment", "The Doe campaign and
    the Harwell Party declined to comment". The subject rules read one name before the verb, and
    a list only of mentions."""
    names: list[str] = []
    begin, end = -1, -1  # the conjunct read last; where the next one must end

    def ends(at: int) -> bool:
        return at == end if names else DIRECT_GAP.fullmatch(text, at, verb) is not None

    while True:
        org = next((o for o in orgs if o[1] < verb and ends(o[2])), None)
        if org is not None:
            names.append(org[0])
            begin = org[1]
        else:
            person, body = next(
                (
                    (p, m)
                    for p in people
                    if p[1] < verb and (m := INSTITUTION_AFTER.match(text, p[2])) and ends(m.end())
                ),
                (None, None),
            )
            if person is None or body is None:
                break
            noun = body.group().split()[-1].lower()
            names.append(f"{strip_title(without_possessive(text[person[1] : person[2]]))} {noun}")
            begin = person[1]
        gap = _CONJUNCT_BEFORE.search(text, max(0, begin - 12), begin)
        # the last conjunct follows "and": "Acme, Bolt Inc said" is a firm and its parent, a
        # dateline or a name with a comma in it ("Toyota Motor Sales, U.S.A. Inc")
        if gap is None or (len(names) == 1 and "and" not in gap.group()):
            break
        end = gap.start()
    if (
        len(names) < 2
        or not _LIST_LEAD.fullmatch(text, sentence_start(text, begin), begin)
        or _reported_after(text, verb)
    ):
        return []
    return list(dict.fromkeys(reversed(names)))


# Adverbs between a subject and its verb: "Acme and Bolt also say".
_ADVERB_GAP = re.compile(r"(?:\s+(?:also|still|now|[a-z]+ly))*\s+")
# A sentence's own speaker after it: "..., the department said."
_REPORTED_AFTER = re.compile(rf",[\"”]?\s+(?:[\w.'’-]+\s+){{1,5}}?(?:{SPEECH_PATTERN})\W*$")


def _reported_after(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` ends in an attribution of its own, whose speaker reports
    what the sentence's subject does: "Ohio and Utah also report shortages, the department
    said"."""
    close = SENTENCE_END.search(text, at)
    return _REPORTED_AFTER.search(text, at, close.start() + 1 if close else len(text)) is not None


def _listed_bodies(
    text: str, orgs: Sequence[Person], quotes: Sequence[tuple[int, int]], cue: int
) -> list[str]:
    """The bodies listed with "and" right before a plural verb, when the list opens its
    sentence ("Forbes and Wealth-X say", "The Tax Policy Center and the Brookings Institution
    estimate that"); one body before a base form is a noun it modifies ("the Acme report")."""
    before = [
        o
        for o in orgs
        if o[2] <= cue and not in_spans(o[1], quotes) and not _ORG_MODIFIER_AFTER.match(text, o[2])
    ]
    if (
        not before
        or not _ADVERB_GAP.fullmatch(text, before[-1][2], cue)
        or _reported_after(text, cue)
    ):
        return []
    listed = _joined_bodies(text, before, before[-1][0], cue)
    return listed if len(listed) > 1 else []


# A verb right after an organisation that is a subject: an auxiliary, an adverb or a past
# form ("The agency has", "Acme quickly", "Acme sued", "The Fed left rates unchanged"), not a
# noun it modifies ("The Florida senator", "FBI officials") nor a dateline ("WASHINGTON —").
_ORG_VERB_AFTER = re.compile(
    r"\s+(?:has|have|had|is|was|are|were|did|does|do|will|would|can|could|may|might|should|"
    r"must|also|then|[a-z]+ly|[a-z]+ed|(?:is|was|are|were|has|have|had|did|does|do)n['’]t|"
    rf"{alternation(IRREGULAR_PASTS)})\b"
)
# A dateline's country and its agency, "[HARWELL], Tessel (AP)", or after "the" a town's state
# and the noun the two modify: "The [Harwell], Ohio, maker" (not "Acme Inc., Harwell, sold").
_DATELINE_AFTER = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+\(")
_TOWN_MODIFIER_AFTER = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+[a-z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A say verb between that subject and the clause: the clause hangs on someone else's words
# ("Washington did not complain, an official said, adding ...").
_SAID_BETWEEN = re.compile(rf"\b(?:{SPEECH_PATTERN})\b")
# A dateline that opens the story, its town in capitals, perhaps a state and a day, perhaps
# the agency, and a dash: "DETROIT (AP) -- ", "KEARNY, N.J. (AP)_ ", "BELGRADE, Yugoslavia,
# Oct. 13 -- ".
DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[^,\"“”]{1,30}){0,2}(?:\s+\([^)]{1,30}\))?\s*(?:--|[—–_-])\s+"
)
# What may open a sentence before its subject: "The", or a fronted phrase and its comma.
_ORG_SUBJECT_LEAD = re.compile(r"\W*(?:[^,;:\"“”]{0,60},\s*)?(?:[Tt]he\s+)?")


def lead_firm(text: str, orgs: Sequence[Person]) -> str:
    """The firm that opens the lead's first sentence as its subject ("GOODY PRODUCTS Inc. cut
    its quarterly dividend", after a dateline): the story's company, whom "the company" and
    "the Kearny, N.J.-based maker" mean though the lead quotes no one."""
    lead = DATELINE_LEAD.match(text)
    start = lead.end() if lead else 0
    first = min((o for o in orgs if o[1] >= start), key=lambda o: o[1], default=None)
    if (
        first is None
        or not _firm(first[0])
        or text[start : first[1]].strip() not in ("", "The")
        or text.startswith(("'s", "’s"), first[2])  # "Acme Corp's plant ... was sold"
    ):
        return ""
    return first[0]


def _org_clause_subject(
    text: str,
    orgs: Sequence[Person],
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    at: int,
    surnames: dict[str, str],
) -> list[str]:
    """The organisation that opens the sentence a participle clause (", saying") or a
    coordinated verb ("and said") at ``at`` shares its subject with: "The ACLU sued the city,
    saying ...", "The department released the files and said ...". Not when a person comes
    first: the person rules had that sentence."""
    start = sentence_start(text, at)
    dateline = DATELINE_LEAD.match(text) if start == 0 else None
    if dateline and dateline.end() < at:
        start = dateline.end()  # "DETROIT (AP) -- General Motors sued the union, saying"
    heads = [o for o in _org_heads(text, orgs, quotes, surnames) if start <= o[1] < at]
    if not heads or any(start <= p[1] < heads[0][1] for p in people):
        return []
    first = heads[0]
    if (
        not _ORG_SUBJECT_LEAD.fullmatch(text, start, first[1])
        or not _ORG_VERB_AFTER.match(text, first[2])
        or _SAID_BETWEEN.search(text, first[2], at)
    ):
        return []
    return [first[0]]


def _either_case(words: frozenset[str]) -> str:
    """A regex for ``words`` in lower case or capitalised (opening a sentence)."""
    return alternation([*words, *(w.capitalize() for w in words)])


# Around an organisation that only modifies what speaks: "a New York Times/CBS poll", "the
# Kentucky Republican", "Trump University". Before it, an article or a preposition ("to" not
# after "according", which cites a speaker; "than" in lower case only).
_ORG_MODIFIER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|(?<![Aa]ccording\s)to|than|"
    rf"{_either_case(MODIFYING_PREPOSITIONS - {'to', 'than'})})(?:\s+the)?\s+$"
)
_ORG_MODIFIER_AFTER = re.compile(r"\s*/|\s+[A-Z]|['’]s?\b")
# ... or the object of a relative clause's verb: "the Republicans who control Congress
# refused", "a member of the board which regulates the Farm Credit System predicted" (not
# "that", which more often opens what is reported: "added that only Tessel had").
_RELATIVE_OBJECT_BEFORE = re.compile(
    r"\b(?:who|which)\s+(?!(?:has|have|had|is|was|are|were|will|would|the|a|an)\s)"
    r"[a-z]+\s+(?:the\s+)?$"
)
# Between the bodies of a list: a comma, and "and" or "or" before the last.
_LIST_COMMA = re.compile(r",\s+(?:the\s+)?")
_LIST_END = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")
# A preposition that opens a sentence: the phrase it starts ends at a comma.
_FRONTED = re.compile(rf"\W*(?:{alternation(w.capitalize() for w in FRONTING_PREPOSITIONS)})\b")
# A relative clause whose subject the organisation is, wherever it stands.
_RELATIVE_AFTER = re.compile(r",\s+which\b")
# A state after its town: "in Chappaqua, N.Y., speaking ...".
_TOWN_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s*$")
_STATE_AFTER = re.compile(rf",\s*(?:{STATE_ABBREVIATION.pattern})(?=[\s,])")
_AUTHOR_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+)?$")
# ... or the "to" of a verb that passed something on, after its object pronoun or its past:
# "disclosed them to the AP, which first reported", "was leaked to the Post, which published"
# (not a noun's "to": "a mission to Tessel, which refused" may be the mission's).
_PASSED_TO_BEFORE = re.compile(r"\b(?:it|them|this|these|those|[a-z]{3,}ed)\s+to\s+(?:the\s+)?$")
# A person that a preposition ties the organisation to: "which" cannot mean a person, so in
# "the president of the Harwell Union, which endorsed Roe" the clause is the body's (in "a
# report on Tessel, which said", "a mission to Tessel, which refused" it may be the first noun's).
_PERSON_OF = re.compile(
    rf"\b(?i:{ROLES_PATTERN}|members?)\s+(?:of|at|for|with|from)\s+(?:the\s+)?$"
)


def _org_heads(
    text: str, orgs: Sequence[Person], quotes: Sequence[tuple[int, int]], surnames: dict[str, str]
) -> list[Person]:
    """The organisation mentions of a paragraph that may speak: outside quotes, not a
    preposition's object ("Kasich of Ohio") or a modifier of the noun that speaks, and not a
    person the tagger took for an organisation (a surname of the article's people)."""
    ordered = sorted(orgs, key=lambda o: o[1])
    objects = {
        o
        for o in ordered
        if _ORG_MODIFIER_BEFORE.search(text, max(0, o[1] - 16), o[1])
        or (
            _RELATIVE_OBJECT_BEFORE.search(text, max(0, o[1] - 30), o[1])
            and not _RELATIVE_AFTER.match(text, o[2])
        )
    }
    for i in range(1, len(ordered) if " and " in text or " or " in text else 0):
        # "the bombings in Harwell, Bolt and Tessel claimed": every body of the preposition's
        # list, which "and" or "or" closes; but a comma ends a phrase that opens the sentence
        # ("In a filing with the Commission, Acme and Bolt said")
        gap = text[ordered[i - 1][2] : ordered[i][1]]
        if len(gap) > 12 or not _LIST_END.fullmatch(gap):
            continue
        j = i - 1
        while j and _LIST_COMMA.fullmatch(text, ordered[j - 1][2], ordered[j][1]):
            j -= 1
        if j < i - 1 and _FRONTED.match(text, sentence_start(text, ordered[j][1])):
            j = i - 1
        if ordered[j] in objects:
            objects.update(ordered[j : i + 1])
    return [
        o
        for o in ordered
        if not in_spans(o[1], quotes)
        and o[0].split()[-1] not in surnames
        and (
            o not in objects
            or (
                _RELATIVE_AFTER.match(text, o[2]) is not None
                and (
                    _AUTHOR_BEFORE.search(text, max(0, o[1] - 10), o[1]) is not None
                    or _PASSED_TO_BEFORE.search(text, max(0, o[1] - 30), o[1]) is not None
                    or _PERSON_OF.search(text, max(0, o[1] - 40), o[1]) is not None
                )
            )  # "a request by the Post, which argued", "members of the WTO, which writes"; not
            # "a report on Turkey, which said"
        )
        and not _ORG_MODIFIER_AFTER.match(text, o[2])
        # "in Harwell, N.Y., speaking ...": neither the town nor its state speaks
        and not (
            STATE_ABBREVIATION.fullmatch(o[0])
            and _TOWN_BEFORE.search(text, max(0, o[1] - 40), o[1])
        )
        and not _STATE_AFTER.match(text, o[2])
    ]


# A name the tagger left out after "according to", up to the end of its clause: "according to
# Judicial Watch.", "according to The Federalist,", "according to RealClearPolitics".
# A word may hold dots ("Tchadinfos.com", "F.A.A"), but a dot after it ends the sentence only
# before a capital: "according to F.A.A. records" cites records.
# A capitalised word of a name, or a pair of initials as a wire writes "&" ("S and P" for
# Standard and Poor's, "P and O"), which the tagger leaves out.
_SOURCE_WORD = r"(?:[A-Z]\s+and\s+[A-Z](?![\w.'’-])|[A-Z](?:[\w&'’-]|\.(?=\w))*)"
_UNTAGGED_SOURCE = re.compile(
    rf"\s+(?:[Tt]he\s+)?(?P<name>{_SOURCE_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?{_SOURCE_WORD}){{0,5}})"
    r"(?=\s*(?:[,;:)!?\"”]|$)|\.(?:\s+[A-Z\"“]|\s*$))"
)
_NOT_A_SOURCE = frozenset(
    w.capitalize()
    for w in (*MONTHS, *WEEKDAYS, *ABBREVIATED_TITLES, "i", "he", "she", "it", "they", "we", "you")
)


def untagged_source(
    cue: re.Match[str],
    text: str,
    people: Sequence[Person],
    orgs: Sequence[Person],
    surnames: dict[str, str],
) -> list[str]:
    """The organisation that "according to" cites when the tagger tagged nothing there
    ("according to Judicial Watch.", "according to The Federalist,") or only its first words
    (a place: "according to the [United States] Special Operations Command."): a capitalised
    name that ends its clause and is no surname of the article's people. Only for "according
    to", which cites a source; not where a person is named in it or an organisation mention
    ends it (the organisation rules had that one)."""
    found = _UNTAGGED_SOURCE.match(text, cue.end())
    if found is None:
        return []
    start, end = found.span("name")
    name = found.group("name").rstrip(".")
    words = name.split()
    if (
        words[0] in _NOT_A_SOURCE
        or words[-1] in surnames
        or any(start <= m[1] < end or m[1] <= start < m[2] for m in people)
        or any(m[1] < start < m[2] for m in orgs)  # a mention running into the name
        or any(start <= m[1] < end and m[2] >= start + len(name) for m in orgs)  # one ending it
    ):
        return []
    return [name]


# A name the tagger left out right before a finite verb of saying, opening its sentence or
# after a comma or a closing quote: "Harwell Watch stated", "..., KTVX-TV reported.".
# With "the", perhaps an adjective, and the kind of outlet after it: "the authoritative
# Business Day newspaper said"; initials in brackets after it: "the Middle East Economic Survey
# (MEES) said", "the Press Trust of India (PTI) news agency reported".
_MEDIA_KIND = rf"news\s+agency|{alternation(MEDIA_NOUNS)}"
_UNTAGGED_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?,;:\"”]\s))(?:(?P<the>[Tt]he)\s+(?P<adjective>[a-z]+\s+)?)?"
    rf"(?P<name>{_SOURCE_WORD}(?:\s+(?:(?:of|for|&)\s+)?{_SOURCE_WORD}){{0,4}})"
    rf"(?:\s+\([A-Z][A-Z.&-]+\))?(?P<kind>\s+(?:{_MEDIA_KIND}))?"
    r"(?:\s+(?:has|had|also|first|[a-z]+ly))?\s+$"
)
# A word that describes an outlet rather than names it: "English-language", "Tessel-based".
_DESCRIBING_WORD = re.compile(r"\w-[a-z]")
# The word right before the verb that such a name leaves: its last word, its initials, the
# kind of outlet or the adverb after it.
_UNTAGGED_SUBJECT_END = re.compile(
    rf"\(?[A-Z].*|has|had|also|first|[a-z]+ly|{alternation(MEDIA_NOUNS)}"
)
# Words that open a sentence or name a group of people, not a body's name.
_NOT_A_SUBJECT = (
    _NOT_A_SOURCE
    | frozenset(w.capitalize() for w in PEOPLE_GROUPS)
    | wordset(
        """But And So Yet Then Now Also Still When While After Before If As In On At Later
        Meanwhile Earlier However Instead Last This That These Those A An Some Many Most Others"""
    )
)
# A word written like a brand, a station or an acronym: "PollWorks", "KTVX-TV", "Ledger.com".
_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z]|-|\.\w|\d|^[A-Z]{2,}$")

# What a newspaper or a station does, not a person described by one word ("the Texan said").
_PUBLISHED = pick(SAY_VERBS | BODY_ONLY, "reported wrote published revealed")


def note_short_names(short: dict[str, str], orgs: Sequence[Person]) -> None:
    """Note the opening words of each organisation in ``orgs`` ("Equity", "Equity Silver",
    "Equity Silver Mines" for "Equity Silver Mines Ltd"), which a wire writes alone once it has
    named the firm: "Equity said". The first body so named keeps them; not a head such as
    "Bank" ("Bank of Tessel": "a dealer with a U.S. Bank said"), nor words ending on "of"
    or "and". A name of two words joined by "and" gives its initials so joined, as a wire
    writes them ("S and P" for "Standard and Poor's Corp")."""
    for name, _, _ in orgs:
        words = name.split()
        if len(words) > 1 and words[0].lower() not in BODY_NAME_HEADS:
            for size in range(1, len(words)):
                if words[size - 1][:1].isupper():
                    short.setdefault(" ".join(words[:size]), name)
            if len(words) > 2 and words[1] == "and" and words[2][:1].isupper():
                short.setdefault(f"{words[0][0]} and {words[2][0]}", name)


def untagged_subject(
    cue: re.Match[str],
    text: str,
    people: Sequence[Person],
    orgs: Sequence[Person],
    surnames: dict[str, str],
    short: dict[str, str],
) -> list[str]:
    """The organisation the tagger left out before a finite verb of saying ("Harwell Watch
    stated in a release", "..., KTVX-TV reported."): a name of several words or one written
    like a brand, and no person's (no surname of the article's people, no first name, no title
    such as "Chief Inspector"); or the opening words of a body the story named before (``short``
    of :func:`note_short_names`: "Equity said" after "Equity Silver Mines Ltd"), that body.
    Only where no person or organisation was found for the cue."""
    verb = cue.group("verb") or ""
    if verb not in SPEECH or verb.endswith("ing") or verb in BASE_FORMS or verb in NOUN_LIKE:
        return []  # "The notes were priced", "Media reports": a noun
    if text.startswith(" by ", cue.end()):
        return []  # "The output forecast by the institute": a noun and its author
    start = cue.start()
    last = text[max(0, start - 70) : start].split()[-1:]
    if not last or not _UNTAGGED_SUBJECT_END.fullmatch(last[0]):
        return []  # "the company said": most cues skip the regex
    found = _UNTAGGED_SUBJECT.search(text, max(0, start - 70), start)
    if found is None:
        return []
    name = found.group("name")
    words = name.split()
    first = words[0]
    definite = found.group("the") is not None
    mentioned = any(found.start() <= m[1] < found.end() for m in (*people, *orgs))
    kind = found.group("kind")
    if kind:
        # "the Observer newspaper" names one; "a Harwell newspaper", "the Harwell [place]
        # newspaper", "the English-language daily", "the Tessel-based newsletter" describe one
        if (
            not definite
            or mentioned
            or first in _NOT_A_SUBJECT
            or ROLE.search(name)
            or _DESCRIBING_WORD.search(name)
        ):
            return []
        return [f"{name} {' '.join(kind.split())}"]
    if found.group("adjective"):
        return []  # "the new Acme Plan": a name only with an outlet's kind after it
    if (
        first in _NOT_A_SUBJECT
        or first.lower() in MALE_FIRST_NAMES
        or first.lower() in FEMALE_FIRST_NAMES
        or words[-1] in surnames
        or words[-1].endswith(("ans", "ats", "ers", "ists"))
        or mentioned
    ):
        return []
    if name in short and not definite:
        return [short[name]]  # "Media General said" after "Media General Inc": no role
    if (
        ROLE.search(name)
        or first.casefold() in ROLE_ACRONYMS  # "The MLA said": a legislator
        or (
            len(words) == 1
            and not _BRAND.search(first)
            and not (definite and verb in _PUBLISHED)  # "the Ledger reported"
        )
        or not (
            len(words) == 1
            or len(words) > 2
            or any(_BRAND.search(w) for w in words)
            or definite
            or SOURCE_NAME_WORDS.intersection(w.lower().rstrip(".") for w in words)
        )  # "Lena Marsh said": a person the tagger missed, not a body
    ):
        return []
    return [name]


# A body named by a capitalised modifier (a place, a nationality) and a lower-case head noun,
# right before its verb: "Harwell police said", "The Tesselian government has said",
# "Tessel Union army officials" is no match (the head noun must touch the verb).
_MODIFIED_NOUNS = (
    # the modifier, perhaps with the adjective of a state's own body ("Tesselian state radio")
    rf"(?:(?:[A-Z][\w.&-]*\s+){{1,3}}(?:(?:{alternation(STATE_ADJECTIVES)})\s+)?|[A-Z][\w.&-]*['’]s\s+"
    # ... or a place's possessive and up to two adjectives ("Tessel's foreign ministry"); not
    # a person's campaign (the person rules': "Doe's campaign said")
    r"(?:(?!(?:of|on|in|for|to|and|the)\s)[a-z]+\s+){0,2}(?!campaign\b|administration\b))"
    rf"(?P<noun>{alternation(MODIFIED_BODY_HEADS)})"
)
_MODIFIED_BODY = re.compile(
    rf"(?:^|(?<=[\s\"“(]))(?:[Tt]he\s+)?(?P<name>{_MODIFIED_NOUNS})(?:\s+{AUX})*\s*$"
)
# ... after "according to" or an inverted verb, up to the end of its clause: "according to the
# Tesselian government,", "“...,” said the Brandt campaign."
_MODIFIED_BODY_AFTER = re.compile(
    rf"\s+(?:the\s+)?(?P<name>{_MODIFIED_NOUNS})(?=\s*[,.;:)!?\"”]|\s*$)"
)
# ... anywhere in a paragraph, for the body a later "the ministry said" means.
_MODIFIED_BODY_IN = re.compile(rf"(?<![\w'’])(?P<name>{_MODIFIED_NOUNS})\b")
_DETERMINERS = pick(QUERY_STOP_WORDS, "the his her its their our my your this that")


def modified_body(
    cue: re.Match[str], text: str, people: Sequence[Person], quotes: Sequence[tuple[int, int]]
) -> list[str]:
    """The body a capitalised modifier and a head noun name right before a verb of saying
    ("Harwell police say", "The Tesselian government said"), or right after "according to" or
    an inverted verb ("according to the Brandt campaign,"), which the tagger does not tag as one
    organisation (it tags the place, or the person): the modifier and the noun as written. Not
    a person's ("Smith's campaign" is the person rules'), not a preposition's object ("a
    spokesman for the Tesselian government said"), not inside a quote."""
    start, end = cue.span()
    verb = ""
    if cue.lastgroup == "according":
        found = _MODIFIED_BODY_AFTER.match(text, end)
    else:
        verb = cue.group("verb") or ""
        if verb not in SPEECH or verb.endswith("ing") or verb in NOUN_LIKE:
            return []
        found = None
        if not MODIFIED_BODY_HEADS.isdisjoint(text[max(0, start - 60) : start].split()):
            found = _MODIFIED_BODY.search(text, max(0, start - 80), start)
            if found and PREPOSITION_END.search(text, max(0, found.start() - 16), found.start()):
                return []
        # most cues have no head noun before them and skip the long regex above
        if found is None and (text[end + 1 : end + 2].isupper() or text.startswith(" the ", end)):
            found = _MODIFIED_BODY_AFTER.match(text, end)
            if found and (verb not in SAY_VERBS or not inverted_allowed(text, start, verb)):
                found = None
    if found is None or (verb in BASE_FORMS and found.group("noun") != "police"):
        return []  # "police say"; not "the government say"
    name = _modified_name(found.group("name"))
    if not name:
        return []
    at = found.start("name")
    personal = found.group("noun") in ("campaign", "administration")  # "the Brandt campaign"
    if in_spans(at, quotes) or (not personal and any(at <= p[1] < found.end() for p in people)):
        return []
    return [name]


def _modified_name(text: str) -> str:
    """The modifier and the head noun as written, without a word that opens a sentence or a
    determiner ("But Harwell police", "His campaign", "The army": no name), from the last
    sentence's start ("... in Harwell. Tessel police")."""
    ends = [m.end() - 1 for m in SENTENCE_END.finditer(text)]
    words = text[ends[-1] if ends else 0 :].split()
    while words and (words[0] in _NOT_A_SUBJECT or words[0].lower() in _DETERMINERS):
        words = words[1:]
    return " ".join(words) if len(words) > 1 else ""


# "it said", "It also said", "..., it said.": the pronoun as the subject of its own clause.
_IT_BEFORE = re.compile(rf"(?:^|(?<=[.;:!?,\"”]\s)|(?<=\band\s))[Ii]t(?:\s+{AUX})*\s*$")
# "the company said", "The firm also said", "the group said": a body the story does not name
# again by its head noun.
_REFERRED = f"(?:{alternation(QUOTED_BODY_NOUNS)})"
_FIRM_BEFORE = re.compile(
    rf"[Tt](?<!\w.)he\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_REFERRED}(?:\s+{AUX})*\s*$"
)
_FIRM_AFTER = re.compile(
    rf"\s+the\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_REFERRED}(?=\s*[,.;]|\s+(?:in|on)\b)"
)
# The wire's longer description of the story's firm before its verb, with its town or state,
# kind of business and what it makes: "The Menlo Park, Calif., company said", "The El Paso,
# Texas, maker of Western boots said", "Canada's largest department store operator said", "The
# company, based in Houston, said", "The airline, based in Elk Grove Village, Ill., said" (a
# town and its state); its words name no other thing ("The report on the company said" is the
# report's).
_FIRM_KIND = rf"(?:{alternation(FIRM_DESCRIPTIONS)})"
_FIRM_DESCRIBED_BEFORE = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w.'’-]*['’]s)\s+"
    r"(?:(?!(?:the|a|an|of|on|in|for|by|with|to|from|at|about|that|which|who|whose|than|as|its|"
    r"his|her|their|said|says)\b)[\w.'’&-]+,?\s+){0,5}?"
    rf"{_FIRM_KIND}(?:\s+of\s+[^,;:.\"“”]{{1,60}}?)?"
    rf"(?:,[^,;:\"“”]{{1,80}}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?,)?(?:\s+{AUX})*\s*$"
)
_FIRM_KIND_WORD = re.compile(rf"\b{_FIRM_KIND}\b")
# A firm's description that opens the sentence before its name, which then is the subject:
# "Tesselian engineering company Acme", "Harwell's state-owned oil group Acme".
_FIRM_LEAD = re.compile(
    rf"\W*(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+)?(?:[\w.'’-]+\s+){{0,6}}?(?:{_FIRM_KIND}|group)\s+"
)
_QUESTION_BEFORE = re.compile(r"\b(?:[Hh]ow|[Ww]hether|[Ww]hy)\s+(?:the\s+)?$")
_STUDY_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|as|when|because|while|since|before|until)\s+$")


# A firm's or an outlet's noun ("the company", "the magazine") and the heads of public bodies
# it cannot mean: a ministry, a committee or a campaign is no company and no newspaper ("The
# National Highway Traffic Safety Administration said ... The company said"). Not "union",
# "association", "commission" or "authority": firms' names hold them ("Western Union", "Acme
# Savings and Loan Association", "Electricity Supply Commission").
_FIRM_OR_OUTLET = FIRM_DESCRIPTIONS | MEDIA_NOUNS
_DESCRIPTION_NOUNS = _FIRM_OR_OUTLET | QUOTED_BODY_NOUNS
_NO_FIRM_HEADS = pick(
    BODY_NAME_HEADS,
    """ministry department committee court government administration campaign party council
    bureau office tribunal""",
)


_OUTLET_WORDS = MEDIA_NOUNS | NEWSPAPER_WORDS


def _outlet_described(description: str) -> bool:
    """Whether a description names an outlet ("the paper", "the trade paper", "the radio")."""
    return not MEDIA_NOUNS.isdisjoint(re.findall(r"[a-z]+", description.lower()))


def _outlet(name: str) -> bool:
    """Whether a body's name is an outlet's: it holds a newspaper's or a medium's word
    ("Automotive News", "Radio Free Europe", "The Daily Telegraph")."""
    return not _OUTLET_WORDS.isdisjoint(re.findall(r"[a-z]+", name.lower()))


def _may_describe(description: str, body: str) -> bool:
    """Whether a description may name ``body``: not when its noun, the last before "of" ("the
    thrift regulatory agency": "agency"; "the maker of radios": "maker"), is a firm's or an
    outlet's and the body's name has a public body's head ("... Administration")."""
    words: list[str] = re.findall(r"[a-z]+", description.lower().split(" of ")[0])
    noun = next((w for w in reversed(words) if w in _DESCRIPTION_NOUNS), "")
    return noun not in _FIRM_OR_OUTLET or _body_head(body) not in _NO_FIRM_HEADS


def _firm_described(near: str, lead: str) -> bool:
    """Whether "the company" (or "the maker", "the concern") near a cue may mean the story's
    company, the one the lead quoted ("Acme Inc said ... Doe said ... The company said"): only
    when the lead's body has a firm's name ("Inc", "Corp")."""
    return bool(lead) and _firm(lead) and _FIRM_KIND_WORD.search(near) is not None


_BODIES = f"(?:{alternation(QUOTED_BODIES)})"
_BODIES_BEFORE = re.compile(
    rf"\b(?:[Tt]he\s+(?:two\s+|three\s+)?|[Bb]oth\s+(?:the\s+)?){_BODIES}(?:\s+{AUX})*\s*$"
)
# "it" before its verb only (:func:`_opening_member`): nothing after a verb is "it"'s
_NOTHING_AFTER = re.compile(r"(?!)")
_OPENING_THE = re.compile(r"\W*(?:[Tt]he\s+)?")
_VERB_NEXT = re.compile(rf"\s+(?:{AUX}\s+)*(?:is|was|are|were|{AUX}|[a-z]+(?:ed|s))\b")
_BODIES_AFTER = re.compile(
    rf"\s+(?:the\s+(?:two\s+|three\s+)?|both\s+(?:the\s+)?){_BODIES}(?=\s*[,.;]|\s+(?:in|on)\b)"
)


def referred_bodies(
    cue: re.Match[str],
    text: str,
    quotes: Sequence[tuple[int, int]],
    ctx: Discourse,
    para: int,
) -> list[str]:
    """The organisations "the companies said" (or "the two firms", "both companies") means: those
    of the article's last attribution to several ("Acme and Bolt said"), when it came after the
    last person's and is at most two paragraphs back, else those the lead quoted together."""
    recent = ctx.org_turn > ctx.person_turn and ctx.org_para >= para - 2
    group = ctx.org_group if ctx.org_group and recent else ctx.lead_group
    if not group:
        return []
    found = _description(
        cue,
        text,
        quotes,
        _BODIES_AFTER,
        lambda at: _BODIES_BEFORE.search(text, max(0, at - 40), at),
    )
    return list(group) if found else _opening_member(cue, text, quotes, ctx, para)


def _opening_member(
    cue: re.Match[str],
    text: str,
    quotes: Sequence[tuple[int, int]],
    ctx: Discourse,
    para: int,
) -> list[str]:
    """The one of the bodies last quoted together ("Acme and Bolt did not disclose the price")
    that opens the sentence whose "it said" follows, at most two paragraphs on and with no
    person quoted since ("Bolt will hold 44 pct of it, it said"): after several bodies, "it"
    is the sentence's subject, where :func:`referred_body` reads only a body quoted alone."""
    if (
        ctx.org_speaker
        or not ctx.org_group
        or ctx.org_turn <= ctx.person_turn
        or ctx.org_para < para - 2
    ):
        return []
    found = _description(
        cue, text, quotes, _NOTHING_AFTER, lambda at: _IT_BEFORE.search(text, max(0, at - 40), at)
    )
    if found is None:
        return []
    opening = sentence_start(text, found.start())
    the = _OPENING_THE.match(text, opening)
    at = the.end() if the else opening
    # the subject with its verb next: not one of a list ("Acme and Bolt also agreed"), nor a
    # modifier or a possessor ("the Acme board will", "Acme's directors will")
    return [
        name
        for name in ctx.org_group
        if text.startswith(name, at) and _VERB_NEXT.match(text, at + len(name))
    ][:1]


def _description(
    cue: re.Match[str],
    text: str,
    quotes: Sequence[tuple[int, int]],
    after: re.Pattern[str],
    before: Callable[[int], re.Match[str] | None],
) -> re.Match[str] | None:
    """The description ("the company", "the companies") a cue's speaker is: ``after`` "according
    to" or an inverted verb ("said the company"), else ``before`` a verb of saying in the past
    (found from the cue's start), the "quoted" of "as saying" ("It quoted an aide as saying",
    "the paper quoted him as saying": the body that quotes) or a refusal (:func:`_refusal`:
    "the company did not say", "it declined to comment"); none inside a quote, after a
    preposition ("a spokesman for the company said") or before another form of the verb ("the
    company will say")."""
    start, end = cue.span()
    verb = cue.group("verb") or ""
    found = None
    if cue.lastgroup == "according":
        found = after.match(text, end)
    elif cue.lastgroup == "quoted":
        quoting = _QUOTING_BODY.search(text, max(0, start - 140), start)
        found = before(quoting.start("verb")) if quoting else None
        if found and PREPOSITION_END.search(text, max(0, found.start() - 12), found.start()):
            return None
    elif cue.lastgroup == "verb":
        refusal = _refusal(text, start, verb)
        if refusal is None and (
            verb not in SPEECH or verb.endswith("ing") or verb in BASE_FORMS or verb in NOUN_LIKE
        ):
            return None
        found = before(start if refusal is None else refusal)
        if found and PREPOSITION_END.search(text, max(0, found.start() - 12), found.start()):
            return None
        if found is None and inverted_allowed(text, start, verb):
            found = after.match(text, end)
    if found is None or in_spans(found.start(), quotes):
        return None
    return found


def referred_body(
    cue: re.Match[str],
    text: str,
    orgs: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    ctx: Discourse,
    para: int,
) -> list[str]:
    """The organisation that "it said" or "the company said" means: the one the article's
    last attribution went to ("Acme said on Monday ... It said ..."), when that attribution
    was to it alone, came after the last person's and is at most two paragraphs back, else for
    "the company" the firm the lead paragraph quoted (the story's company); but a
    body the paragraph has made a sentence's subject since is nearer ("Acme said ... The Bolt
    Institute reached the same conclusion. ..., the group said": Bolt), also after a person's
    words ("Acme Inc said ... Doe declined comment on Bolt. Bolt received another offer, but
    the company declined to say": Bolt). A body named in the
    description's own sentence is in what it reports ("Deliveries of the switch, the Dex 600,
    begin in May, the company said": Acme, not the product the tagger took for a body)."""
    start, end = cue.span()
    recent = bool(ctx.org_speaker) and ctx.org_turn > ctx.person_turn and ctx.org_para >= para - 2
    lead = ctx.lead_body or ctx.lead_firm
    if not recent and not _firm_described(text[max(0, start - 40) : end + 60], lead):
        return []

    def before(at: int) -> re.Match[str] | None:
        window = text[max(0, at - 40) : at]
        found = None
        if recent and ("it " in window or "It " in window):
            found = _IT_BEFORE.search(text, max(0, at - 40), at)
        if found is None and "he " in window:
            found = _FIRM_BEFORE.search(text, max(0, at - 40), at)
        if found is None and _FIRM_KIND_WORD.search(text, max(0, at - 120), at):
            # the description's kind of firm as a word of its own: most cues skip the regex
            found = _FIRM_DESCRIBED_BEFORE.search(text, max(0, at - 120), at)
        return found

    found = _description(cue, text, quotes, _FIRM_AFTER, before)
    if found is None or not (recent or _FIRM_KIND_WORD.search(found.group())):
        return []
    opening = sentence_start(text, found.start())
    subjects = [
        o
        for o in orgs
        if (
            o[2] <= opening
            # or the body that opens the description's own sentence, when the description opens
            # a clause of time or cause in it: "Acme rose 9 to 39 after the jewelry store
            # operator said" (not "Bolt is the sole manager, the company said": Bolt is reported)
            or (
                o[1] == opening
                and o[2] <= found.start()
                and _SUBORDINATE_BEFORE.search(text, max(0, found.start() - 10), found.start())
            )
        )
        and not in_spans(o[1], quotes)
        and _ORG_SUBJECT_LEAD.fullmatch(text, sentence_start(text, o[1]), o[1])
        # not a town that modifies a noun, a dateline or a firm's seat: "The Harwell, Ohio,
        # maker of rivets", "HARWELL, Tessel (AP) _ The agency said", "Acme Inc., Harwell, said"
        and not _DATELINE_AFTER.match(text, o[2])
        and not (
            _TOWN_MODIFIER_AFTER.match(text, o[2])
            and _THE_BEFORE.search(text, max(0, o[1] - 4), o[1])
        )
        and not any(p[2] < o[1] and not text[p[2] : o[1]].strip(" ,") for p in orgs)
    ]
    if not recent:
        # after a person's words, only a firm's name, or the short name of a firm named before
        # ("Piedmont" after "Piedmont Aviation Inc"), replaces the story's company
        subjects = [o for o in subjects if _firm(ctx.short_names.get(o[0], o[0]))]
        if not subjects:
            return [lead]
    body = subjects[-1][0] if subjects else ctx.org_speaker
    if (
        recent
        and _outlet_described(found.group())
        and _outlet(ctx.org_speaker)
        and not _outlet(body)
    ):
        # "..., the trade paper Automotive News said. ... Chrysler spokesmen were not available
        # for comment. But the trade paper quoted ...": the paper quoted last, not the subject
        body = ctx.org_speaker
    if _FIRM_KIND_WORD.search(found.group()) and _labour_union(body):
        return []  # "Local 222 said ... The company said": a union is no company
    if _CENTRAL_BANK.search(found.group()) and not _BANK_NAME.search(body):
        return []  # "Huawei said ... the central bank said": no bank (described_body's)
    return [body] if _may_describe(found.group(), body) else []
