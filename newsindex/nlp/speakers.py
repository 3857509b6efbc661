"""Who speaks in a passage: the people whose words a paragraph quotes or reports.

News attributes speech with a small set of patterns, and this module reads only those: a speech
verb next to a person ("Trump said", "said Trump", "Carney has repeatedly said", "Doug Ford, who
..., told reporters"), "according to X", "X was quoted as saying", a pronoun or a definite
description ("he added", "the prime minister said") resolved to a person met earlier in the
article, and quotes that run over several paragraphs. A person merely named inside a quote is not
a speaker, and cue words inside quotes are not attributions.

It works on plain data (paragraph texts and canonical person mentions with offsets), so it needs
no tagger to test, and it is cheap: paragraphs without a cue word or a quote mark cost one regex
search.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .cues import (
    ACT_VERBS,
    BASE_FORMS,
    ING_SPEECH,
    NOUN_LIKE,
    PHRASAL,
    SAY_VERBS,
    STANCE_VERBS,
    alternation,
    verb_forms,
)
from .lexicon import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    NAME_PARTICLES,
    ROLES,
    UNIQUE_ROLES,
    WEEKDAYS,
)
from .names import strip_title

__all__ = ["Person", "find_speakers"]

Person = tuple[str, int, int]
"""A person mention: canonical name and ``[start, end)`` character offsets in its paragraph."""


_VERB = alternation(SAY_VERBS | ACT_VERBS | STANCE_VERBS | PHRASAL)
_STANCE_ONLY = STANCE_VERBS - SAY_VERBS - ACT_VERBS
_CUE = re.compile(
    rf"\b(?=[a-zAI])(?:(?P<verb>{_VERB})|(?P<according>[Aa]ccording to)"
    r"|(?P<statement>[Ii]n a statement)|(?P<quoted>as saying))\b"
)
# "Trump is demanding", "Clinton has been saying": the auxiliary before an -ing cue.
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|been|am)(?:\s+(?:also|still|now|not|again|already|[a-z]+ly))*\s+$"
)
# ", saying": a participle clause after a comma (adverbs and "in a statement" may come first).
_PARTICIPLE = re.compile(r",(?:\s+(?:also|then|later|[a-z]+ly|in\s+a\s+\w+))*\s*$")
# Auxiliaries that let a base form be a cue after one name: "Smith would argue".
_BASE_AUX = re.compile(r"\b(?:would|will|could|can|may|might|did|does|do|should|must|to)\b")
# Verbs that are not speech with what follows: "continued to buy", "added to her lead", "called
# her to meet", "called off".
_NOT_SPEECH_AFTER = {
    **dict.fromkeys(
        verb_forms(["continue"]),
        re.compile(r"\s+(?:to|with|as|in|on|at|its|his|her|their|\w+ing)\b"),
    ),
    **dict.fromkeys(verb_forms(["add"]), re.compile(r"\s+to\b")),
    **dict.fromkeys(
        verb_forms(["call"]),
        re.compile(r"\s+(?:(?:him|her|them|me|us)\s+(?:to|back|at|on)|off|up|in)\b"),
    ),
}
_QUOTE_MARK = re.compile('["“”]')
_PRECHECK = re.compile(rf"{_CUE.pattern}|[\"“”:]")

# Lower-case name particles a tagger may leave out of the mention ("said de Clercq").
_PARTICLES = f"(?:{alternation(NAME_PARTICLES)})"
# Words that may stand between a subject and its verb: "Carney has repeatedly said",
# "Trump on Monday told".
_AUX = (
    r"(?:has|had|have|also|later|earlier|then|again|once|further|first|last|only|never|not|"
    r"previously|yesterday|today|tonight|tomorrow|subsequently|however|meanwhile|separately|"
    r"too|still|now|himself|herself|both|all|each|(?!(?:family|ally|rally|supply|assembly)\b)[a-z]+ly|"
    r"would|will|could|can|may|might|did|does|do|should|must|"
    rf"on\s+(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})|"
    r"in\s+a\s+statement|in\s+an\s+interview|last\s+(?:week|month|year|night)|"
    rf"of\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|{_PARTICLES}|and|&))*|"
    r"\([^()]{0,60}\)|"
    # one short phrase: "Conable in a television interview to be shown tomorrow said"
    r"(?:in|at|during|on|after|before|from)(?:\s+(?!(?:that|which|who|and|but|or)\b)"
    r"[\w'’.$%-]+){1,12}?)"
)
_DIRECT_GAP = re.compile(rf"(?:\s+{_AUX})*\s*")
_WHO_GAP = re.compile(rf"\s*,\s*who(?:\s+{_AUX})*\s*")
# "Smith was told": the name is the listener. Only right before the verb ("to be shown ... said").
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)(?:\s+(?:also|not|[a-z]+ly))?\s*$")
# "Doug Ford, who also recently campaigned ..., told reporters": the subject, an appositive, then
# the verb. The appositive holds no quote and no sentence end.
_APPOSITIVE_GAP = re.compile(
    rf"\s*(?:\([^()]{{0,60}}\)\s*)?,(?P<body>[^\"“”]{{0,240}}),(?:\s+{_AUX})*\s*"
)
_SENTENCE_END = re.compile(r"(?:[a-z0-9%)]{2}[.!?]|[!?])\s+[\"“”(]?[A-Z]")
_QUOTED_GAP = re.compile(
    r"(?:\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted"
    r"(?:\s+by\s+[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}?)?)?\s*"
)
# "Mario Amato, president of ..., was quoted as saying"
_APPOSITIVE_QUOTED = re.compile(rf"\s*,(?P<body>[^\"“”]{{0,240}}),{_QUOTED_GAP.pattern}")

# Role words: for "the prime minister said" and to remember who holds which title; in the
# listed order, a space matching any white space.
_ROLES = "|".join(r"\s+".join(map(re.escape, role.split())) for role in ROLES)
_ROLE = re.compile(rf"\b(?:{_ROLES})\b", re.IGNORECASE)
# "U.S. President " right before a name, or inside the mention itself.
_TITLE_BEFORE = re.compile(
    rf"(?i:\b(?P<role>{_ROLES}))\b(?:\s+(?:of|to|for|the|[A-Z][\w.'’-]*))*\s*$"
)
# "John Smith, chairman of ..., said" / "Smith, a spokesman for ...".
_TITLE_AFTER = re.compile(
    rf"\s*,\s*(?!who\b|which\b|whose\b)(?:(?!and\b)[\w.'’&-]+\s+){{0,4}}?"
    rf"(?i:(?P<role>{_ROLES}))\b"
)
_PRONOUN_BEFORE = re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he)(?:\s+{_AUX})*\s*$")
# What may follow a trailing attribution before the sentence ends: "he told reporters on Monday."
_SENTENCE_REST = re.compile(r"(?:[^.;:\"“”]{0,60}?(?<!\bthat)(?:[.!?]|$))|\s*,")
_PRONOUN_QUOTED = re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he){_QUOTED_GAP.pattern}$")
_DESCRIPTOR_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{_ROLES}))(?:\s+{_AUX})*\s*$"
)
# Between an inverted verb and the name: titles only ("said U.S. President Donald Trump").
_TITLE_WORDS = re.compile(
    rf"(?:\s+(?:[A-Z][\w.'’-]*|of|the|to|for|former|acting|deputy|senior|{_PARTICLES}|"
    rf"(?i:{_ROLES})))*"
    rf"(?:\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?i:{_ROLES})(?:\s+(?:of|the|to|for|[A-Z][\w.'’-]*))*)?\s+"
)
# "sources close to Finance Minister Edouard Balladur said": the name is a preposition's object.
_OBJECT_LEAD = re.compile(
    rf"(?<![\w-])(?P<before>[\w-]+\s+)?(?:to|of|for|with|by|from|at|about|against|than)\s+"
    rf"(?:(?:[A-Z][\w.'’-]*|the|or|(?i:{_ROLES}))\s+)*$"
)
# What may follow the name after an inverted verb: the clause ends, or a prepositional phrase,
# an appositive or a relative clause starts ("said Smith, 45", "said Smith of Acme").
_INVERTED_END = re.compile(
    r"\s*(?:[,.;:!?\"“”)(—–-]|$)|\s+(?:of|in|at|on|from|for|who|whose|during|before|after|to|"
    r"when|while|as|and|about|with|via|in|[A-Z0-9])"
)
_STATEMENT_AFTER = re.compile(rf",?{_TITLE_WORDS.pattern}")
_PRONOUN_AFTER = re.compile(r"\s+(?P<pron>he|she)\b")
_DESCRIPTOR_AFTER = re.compile(
    rf"\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{_ROLES}))\b(?!['’]s)"
)
_AND_GAP = re.compile(r",?\s+and\s+")
_CONJ_GAP = re.compile(r"\s*,\s*|,?\s+and\s+")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")

_LOOKBACK = 3
"""Paragraphs back that a pronoun or description may reach for its person."""

# Quotes typed as two apostrophes (''Yes,'' he said) or as TeX-style ``...'': rewritten to a
# straight quote and a space, keeping every offset, so the rest reads one kind of quote mark.
_TWO_MARK_QUOTE = re.compile(r"``|''")
_OPENS_AFTER = frozenset(" \t\n([{-—–")


def _normalise_quotes(text: str) -> str:
    """``text`` with each two-character quote mark as ``"`` plus a space on the outer side."""
    if "''" not in text and "``" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        i = m.start()
        opening = m.group() == "``" or i == 0 or text[i - 1] in _OPENS_AFTER
        if opening and i + 2 < len(text) and not text[i + 2].isspace():
            return ' "'
        return '" '

    return _TWO_MARK_QUOTE.sub(one, text)


@dataclass
class _Discourse:
    """What the article has said so far, for pronouns and descriptions."""

    subject: str = ""
    """The person the story is about at this point: the last speaker or sentence subject."""
    subject_para: int = -1
    speaker: str = ""
    speaker_para: int = -1
    roles: dict[str, list[str]] = field(default_factory=dict)
    """Role head word ("minister") to the people seen with it, most recent last."""
    recency: dict[str, int] = field(default_factory=dict)
    sexes: dict[str, str] = field(default_factory=dict)
    """Canonical name to "m" or "f" where the article shows it (see :func:`_article_sexes`)."""
    history: list[tuple[str, int]] = field(default_factory=list)
    """(person, paragraph) of past speakers and subjects, the most salient of a paragraph last."""

    def learn_roles(self, para: int, text: str, mentions: Sequence[Person]) -> None:
        """Note who holds which title ("Prime Minister Mark Carney") and who came last."""
        for name, start, end in mentions:
            self.recency[name] = para * 100_000 + start
            for role in _roles_of(text, start, end):
                people = self.roles.setdefault(role, [])
                if name in people:
                    people.remove(name)
                people.append(name)

    def remember(
        self, para: int, text: str, mentions: Sequence[Person], speakers: Sequence[str]
    ) -> None:
        """After a paragraph: who it was about, for pronouns in the next ones."""
        subjects = [p[0] for p in _subjects(text, mentions)] if mentions else []
        for name in [*reversed(subjects), *reversed(speakers)]:
            self.history.append((name, para))
        if speakers:
            self.subject, self.subject_para = speakers[0], para
            self.speaker, self.speaker_para = speakers[0], para
        elif subjects:
            self.subject, self.subject_para = subjects[0], para

    def resolve(
        self,
        para: int,
        text: str,
        before: Sequence[Person],
        found: Sequence[str],
        role: str = "",
        *,
        trailing: bool = False,
        sex: str = "",
    ) -> str:
        """The person a pronoun (``role == ""``) or a definite description refers to.

        A ``trailing`` attribution ("Reagan vetoed the bill, he added.") follows the words it
        reports, so the people named in them are talked about: it goes to the last speaker.
        A pronoun's ``sex`` ("m" for "he", "f" for "she") skips people the article shows to be
        of the other sex.
        """
        if role:
            holders = self.roles.get(_head(role), [])
            if holders:
                return max(holders, key=lambda n: self.recency.get(n, -1))
            if " ".join(role.lower().split()) not in UNIQUE_ROLES:
                return ""
        recent = para - _LOOKBACK
        # (person, paragraphs back): people further back than the previous paragraph need the
        # pronoun's sex shown by the article, except the last speaker of a trailing attribution.
        candidates = [(name, 0) for name in reversed(found)]
        if trailing and self.speaker and self.speaker_para >= recent:
            candidates.append((self.speaker, 0))
        candidates.extend((p[0], 0) for p in reversed(_subjects(text, before)))
        if self.subject and self.subject_para >= recent:
            candidates.append((self.subject, para - self.subject_para))
        candidates.extend((name, para - at) for name, at in reversed(self.history) if at >= recent)
        candidates.extend((p[0], 0) for p in reversed(before))
        for name, back in candidates:
            known = self.sexes.get(name, "")
            if (not sex or known in ("", sex)) and (back < 2 or not sex or known == sex):
                return name
        return ""


_QUOTED_TEXT = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_MALE = re.compile(r"\b(?:[Hh]e|[Hh]is|himself)\b")
_FEMALE = re.compile(r"\b(?:[Ss]he|herself)\b")
_HONORIFIC_BEFORE = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss)\.?\s*$")
_HONORIFIC_START = re.compile(r"(?P<h>Mr|Mrs|Ms|Miss)\.?\s")
_SEX_NOUN = re.compile(
    rf"\b(?:(?P<f>{alternation(FEMALE_NOUNS)})|(?P<m>{alternation(MALE_NOUNS)}))\b"
)


def _pronoun_sex(word: str) -> str:
    return "f" if word.lower() == "she" else "m"


def _article_sexes(
    paragraphs: Sequence[str], persons: Sequence[Sequence[Person]]
) -> dict[str, str]:
    """Each person's sex as the article shows it: "Mr."/"Ms." before the name, a sexed noun
    before it ("her husband John Smith", "spokeswoman Jane Smith"), and the pronouns of the
    sentences that name only that person (outside quotes). Two thirds of the votes decide."""
    votes: dict[str, list[int]] = {}
    alone = ""  # the one person the sentences just before were about
    for raw, mentions in zip(paragraphs, persons, strict=True):
        text = _normalise_quotes(raw) if mentions or alone else raw
        for name, start, end in mentions:
            tally = votes.setdefault(name, [0, 0])
            honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
            honorific = honorific or _HONORIFIC_START.match(text, start, end)
            if honorific:
                tally[honorific.group("h") != "Mr"] += 3
            noun = _SEX_NOUN.search(text, max(0, start - 25), start)
            if noun and "," not in text[noun.end() : start]:
                tally[noun.lastgroup == "f"] += 2
        if not mentions and not alone:
            continue
        plain = _QUOTED_TEXT.sub(lambda m: " " * len(m.group()), text)
        cuts = [0, *(m.end() - 1 for m in _SENTENCE_END.finditer(plain)), len(plain)]
        for a, b in itertools.pairwise(cuts):
            names = {name for name, start, _ in mentions if a <= start < b}
            if len(names) == 1:
                alone = names.pop()
                tally = votes.setdefault(alone, [0, 0])
                tally[0] += len(_MALE.findall(plain, a, b))
                tally[1] += len(_FEMALE.findall(plain, a, b))
                continue
            lead = _PRONOUN_LEAD.match(plain, a, b) if alone and not names else None
            if lead:  # "Smith arrived. She said ..."
                votes[alone][_pronoun_sex(lead.group("pron")) == "f"] += 1
            else:
                alone = ""
    out = {}
    for name, (male, female) in votes.items():
        if male * 3 >= 2 * (male + female) > 0:
            out[name] = "m"
        elif female * 3 >= 2 * (male + female) > 0:
            out[name] = "f"
    return out


_PRONOUN_START = re.compile(r"^\W*(?P<pron>He|She)\b")
_PRONOUN_LEAD = re.compile(r"\W*(?P<pron>He|She)\b")
_FRONTED = re.compile(rf",\s*(?:(?:[A-Z][\w.'’-]*|of|the|(?i:{_ROLES}))\s+)*$")


# Between a name that modifies a noun and the person it introduces: "Trump campaign manager".
_MODIFIER_GAP = re.compile(
    rf"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|(?i:{_ROLES})|campaign|former|senior|top|ally|aide|"
    r"adviser|advisor|manager|strategist|pollster|supporter|surrogate|lawyer|son|daughter|"
    r"wife|husband|brother|sister|press|communications))+\s+"
)


def _subjects(text: str, mentions: Sequence[Person]) -> list[Person]:
    """Mentions in subject position: first in their sentence, near its start or right after a
    fronted phrase ("On Monday, Trump ..."), in a sentence not opened by "he" or "she"."""
    out: list[Person] = []
    previous_end = -1
    for i, person in enumerate(mentions):
        if i + 1 < len(mentions) and _MODIFIER_GAP.fullmatch(text, person[2], mentions[i + 1][1]):
            continue  # "Trump campaign manager Corey Lewandowski": the name modifies the next
        start = _sentence_start(text, person[1])
        if previous_end > start:
            previous_end = person[2]
            continue  # not the first person of its sentence
        previous_end = person[2]
        lead = _QUOTED_TEXT.sub("", text[start : person[1]])
        if _PRONOUN_START.match(lead):
            continue
        if len(lead.strip()) <= 40 or _FRONTED.search(lead):
            out.append(person)
    return out


_strip_title = lru_cache(maxsize=4096)(strip_title)
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]|\band\b")


def _roles_of(text: str, start: int, end: int) -> list[str]:
    """Role head words written with a mention: before it, inside it, or in an apposition."""
    surface = text[start:end]
    core = _strip_title(surface)
    at = surface.rfind(core.split()[0]) if core else 0
    lead = text[max(0, start - 60) : start] + surface[: max(at, 0)]
    lead = _CLAUSE_BREAK.split(lead)[-1]
    roles = []
    found = _TITLE_BEFORE.search(lead)
    if found:
        roles.append(_head(found.group("role")))
    found = _TITLE_AFTER.match(text, end)
    if found:
        roles.append(_head(found.group("role")))
    return roles


def _head(role: str) -> str:
    role = " ".join(role.lower().split())
    return role if "-in-" in role else role.split()[-1].split("-")[-1]


def _quote_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Quoted character ranges and whether a quote is still open at the end of the text.

    A straight quote between two letters is an apostrophe typed as a quote (wire copy writes
    ``dollar"s``), not a quote mark.
    """
    spans: list[tuple[int, int]] = []
    open_at = -1
    for mark in _QUOTE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == '"' and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue
        if ch == "“" or (ch == '"' and open_at < 0):
            if open_at < 0:
                open_at = i
        elif open_at >= 0:
            spans.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return spans, open_at >= 0


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _sentence_start(text: str, pos: int) -> int:
    last = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        last = m.end() - 1
    return last


def _with_conjuncts(text: str, people: Sequence[Person], index: int) -> list[str]:
    """The person at ``index`` and those joined to it by "and" or commas just before it."""
    names = [people[index][0]]
    i = index
    if i == 0 or not _AND_GAP.fullmatch(text, people[i - 1][2], people[i][1]):
        return names  # "Asked about Smith, Jones said": no "and", no list
    while i > 0 and _CONJ_GAP.fullmatch(text, people[i - 1][2], people[i][1]):
        i -= 1
        names.insert(0, people[i][0])
    return names


# Nouns for people who speak on a person's behalf, never the person: "a spokesman for Smith".
_AGENT = re.compile(
    r"(?i:spokes(?:man|woman|person|people|men|women)|aides?|advisers?|advisors?|lawyers?|"
    r"attorneys?|representatives?|sources?|officials?|friends?|allies|ally|associates?)"
)


def _is_object(text: str, person: Person) -> bool:
    """Whether the mention follows a preposition ("aides to Smith"), titles aside."""
    start = max(_sentence_start(text, person[1]), person[1] - 80)
    found = _OBJECT_LEAD.search(text, start, person[1])
    if found is None:
        return False
    word = found.group("before")
    if word and _AGENT.fullmatch(word.strip()):
        return True  # "a spokeswoman for Smith": someone speaking for the person
    return not (word and _ROLE.fullmatch(word.strip()))


def _subject_before(text: str, people: Sequence[Person], cue: int, verb: str) -> list[str]:
    """Persons who are the subject of the verb starting at ``cue``."""
    before = [p for p in people if p[2] <= cue]
    if not before:
        return []
    last = len(before) - 1
    gap = text[before[last][2] : cue]
    direct = _DIRECT_GAP.fullmatch(gap) and not _POSSESSIVE_AFTER.match(gap)
    if direct and verb != "as saying" and _is_object(text, before[last]):
        return []
    if direct and (verb == "as saying" or not _PASSIVE.search(gap)):
        return _with_conjuncts(text, before, last)
    if verb == "as saying" and _QUOTED_GAP.fullmatch(gap):
        return _with_conjuncts(text, before, last)
    if _WHO_GAP.fullmatch(gap) and not _PASSIVE.search(gap):
        return [before[last][0]]  # "James Baker, who also warned ..."
    for i, person in enumerate(before):
        found = _APPOSITIVE_GAP.fullmatch(text, person[2], cue)
        if verb == "as saying" and not found:
            found = _APPOSITIVE_QUOTED.fullmatch(text, person[2], cue)
        elif found and _PASSIVE.search(text[found.end("body") : cue]):
            continue
        if not found or _SENTENCE_END.search(found.group("body")):
            continue
        if i + 1 < len(before) and not text[person[2] : before[i + 1][1]].strip(" ,"):
            continue  # "After meeting Jones, Smith, the minister, said": Smith is the subject
        return _with_conjuncts(text, before, i)
    # "The company's chairman, John Smith, said": the name is the apposition of the subject.
    person = before[last]
    if re.fullmatch(r"\s*,\s*", gap) and re.search(r",\s*$", text[: person[1]]):
        return [person[0]]
    return []


def _after(
    text: str,
    people: Sequence[Person],
    end: int,
    pattern: re.Pattern[str],
    *,
    inverted: bool = False,
) -> list[str]:
    """Persons named right after ``end`` with only title words between; for an ``inverted``
    verb, only where the name ends its clause ("said Smith." but not "said Smith would")."""
    for i, person in enumerate(people):
        if person[1] < end:
            continue
        if not pattern.fullmatch(text, end, person[1]):
            return []
        if _POSSESSIVE_AFTER.match(text, person[2]):
            return []
        j = i
        while j + 1 < len(people) and _CONJ_GAP.fullmatch(text, people[j][2], people[j + 1][1]):
            j += 1
        if j > i and not _AND_GAP.fullmatch(text, people[j - 1][2], people[j][1]):
            j = i  # a list needs "and" before its last name
        if inverted and not _INVERTED_END.match(text, people[j][2]):
            return []
        return [p[0] for p in people[i : j + 1]]
    return []


def _inverted_allowed(text: str, start: int, verb: str) -> bool:
    """Whether a verb may precede its subject here: after a quote, or a comma for say-verbs;
    never a stance verb ("..., believes Smith" is not English news)."""
    if verb in _STANCE_ONLY:
        return False
    left = text[max(0, start - 4) : start].rstrip()
    if left.endswith(("”", '"')) or left.endswith((",”", ',"')):
        return True
    return verb in SAY_VERBS and left.endswith((",", "”,", '",'))


def _clause_subject(
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    at: int,
    found: Sequence[str],
    para: int,
    ctx: _Discourse,
) -> list[str]:
    """The subject of the sentence that a participle clause at ``at`` (", saying ...") hangs
    on: its first person in subject position, or the person its leading "he"/"she" means."""
    start = _sentence_start(text, at)
    before = [p for p in people if p[2] <= at]
    for person in _subjects(text, before):
        if person[1] >= start:
            return [person[0]]
    lead = _QUOTED_TEXT.sub("", text[start:at])
    pron = _PRONOUN_START.match(lead)
    if pron and not _inside(start, quotes):
        sex = _pronoun_sex(pron.group("pron"))
        return [ctx.resolve(para, text, [p for p in before if p[2] <= start], found, sex=sex)]
    return []


def _cue_speakers(
    cue: re.Match[str],
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    found: Sequence[str],
    para: int,
    ctx: _Discourse,
) -> list[str]:
    """The speakers one cue ("said", "according to", ...) attributes words to."""
    start, end = cue.span()
    kind = cue.lastgroup or "verb"
    before = [p for p in people if p[2] <= start]
    if kind == "according":
        return _after(text, people, end, _TITLE_WORDS)
    if kind == "statement":
        names = _after(text, people, end, _STATEMENT_AFTER)
        if not names and before and _DIRECT_GAP.fullmatch(text, before[-1][2], start):
            names = [before[-1][0]]
        return names
    verb = cue.group("verb") or cue.group(0)
    word = verb.split()[0]
    not_after = _NOT_SPEECH_AFTER.get(word)
    if not_after is not None and not_after.match(text, end):
        return []
    if kind == "verb" and word.endswith("ing"):
        aux = _PROGRESSIVE.search(text, max(0, start - 40), start)
        if aux is None:
            if word in ING_SPEECH and _PARTICIPLE.search(text, max(0, start - 40), start):
                return _clause_subject(text, people, quotes, start, found, para, ctx)
            return []
        start = aux.start()  # "Trump is demanding": the subject stands before "is"
    # "they say", "would argue": a base form needs an auxiliary or several people before it.
    bare = kind == "verb" and (verb in BASE_FORMS or verb in NOUN_LIKE)
    if bare and _BASE_AUX.search(text, max(0, start - 30), start):
        bare = False
    names = _subject_before(text, people, start, verb)
    if names and (not bare or len(names) > 1):
        return names
    if names or bare:
        return []
    if verb in _STANCE_ONLY:
        return []  # a belief or wish is attributed to a named subject only
    left_at = max(0, start - 80)
    left = text[left_at:start]
    pron = (_PRONOUN_BEFORE if kind == "verb" else _PRONOUN_QUOTED).search(left)
    if pron and not _inside(left_at + pron.start(), quotes):
        trailing = left[: pron.start()].rstrip().endswith((",", "”", '"')) and bool(
            _SENTENCE_REST.match(text, end)
        )
        sex = _pronoun_sex(pron.group("pron"))
        return [ctx.resolve(para, text, before, found, trailing=trailing, sex=sex)]
    desc = _DESCRIPTOR_BEFORE.search(left) if kind == "verb" else None
    if desc and not _inside(left_at + desc.start(), quotes):
        desc_before = [p for p in before if p[2] <= left_at + desc.start()]
        return [ctx.resolve(para, text, desc_before, found, desc.group("role"))]
    if kind != "verb" or not _inverted_allowed(text, start, verb):
        return []
    names = _after(text, people, end, _TITLE_WORDS, inverted=True)
    if names:
        return names
    pron = _PRONOUN_AFTER.match(text, end)
    if pron:
        return [ctx.resolve(para, text, before, found, sex=_pronoun_sex(pron.group("pron")))]
    desc = _DESCRIPTOR_AFTER.match(text, end)
    if desc:
        return [ctx.resolve(para, text, before, found, desc.group("role"))]
    return []


# A colon that introduces words: "Pence: ...", "Former AG Mukasey at RNC: ...", "PENCE: ...".
_COLON = re.compile(r"(?<=\S):(?=\s|$)")
_INTRODUCES = re.compile(r":\s*$")
_COLON_HEAD = re.compile(
    r"[^\w“”\"]*(?:(?:(?!(?:For|Of|To|In|On|At|With|By|From|The|And|A|An)\b)[A-Z][\w.'’-]*|"
    r"[Mm]ore\s+from|[Ff]ormer|ex-)\s+)*"
)
# What a colon introduces: words or a quote, not a figure ("Clinton: 2,316").
_COLON_WORDS = re.compile(r"\s*(?P<quote>[\"“‘'])?[A-Za-z]")
_COLON_TAIL = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:at|to|on|in|from|with|for|via)\s+[^,.;:\"“”]{1,40}?)?\s*"
)
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
        if _inside(at, quotes) or not (words or not text[at + 1 :].strip()):
            continue
        start = _sentence_start(text, at)
        clause = _CLAUSE_START.match(text, start, at)
        if clause:
            start = clause.end()
        caps = _CAPS_NAME.fullmatch(text, start, at)
        if caps and caps.group("name") in capitals:
            found.append(capitals[caps.group("name")])
            continue
        inside = [p for p in people if start <= p[1] and p[2] <= at]
        if not inside or not _COLON_TAIL.fullmatch(text, inside[-1][2], at):
            continue
        first = inside[0]
        if _COLON_HEAD.fullmatch(text, start, first[1]):
            names = _with_conjuncts(text, inside, len(inside) - 1)
            # "Netanyahu and Obama: A tortured relationship" names a topic, not two speakers.
            if len(inside) == 1 or (len(names) == len(inside) and words and words.group("quote")):
                found.extend(names)
    return found


# Where a reported clause ends and the sentence goes on with its own subject.
_CLAUSE_BREAK_AFTER = re.compile(r",\s+(?:and|but|while|whereas|yet)\b|;|\s[—–]\s|\s--\s")
# Words that open a question or condition, whose verb is not an attribution of its own:
# "When asked why Cruz decided to attack, Tyler said".
_SUBORDINATE = re.compile(r"\b(?:[Ww]hy|[Ww]hat|[Hh]ow|[Ww]hether|[Ww]hen|[Ii]f)\b")


def _embedded(text: str, cue: re.Match[str], reported_until: int) -> bool:
    """Whether a verb cue stands inside words already reported in its sentence ("Sims said he
    was undecided until Haley said she was backing Rubio": Sims speaks, Haley is reported), or a
    stance verb inside a question ("asked why Cruz decided")."""
    start = _sentence_start(text, cue.start())
    if (
        reported_until > start
        and cue.group("verb") not in SAY_VERBS
        and not _CLAUSE_BREAK_AFTER.search(text, reported_until, cue.start())
    ):
        return True
    return cue.group("verb") in _STANCE_ONLY and bool(
        _SUBORDINATE.search(_QUOTED_TEXT.sub("", text[start : cue.start()]))
    )


def _paragraph(
    para: int,
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    ctx: _Discourse,
    capitals: dict[str, str],
) -> list[str]:
    """Speakers of one paragraph from its own cues, in order of attribution."""
    found: list[str] = []
    reported_until = -1  # end of the last cue that named a speaker
    for cue in _CUE.finditer(text):
        if _inside(cue.start(), quotes):
            continue
        if cue.group("verb") and _embedded(text, cue, reported_until):
            continue
        names = _cue_speakers(cue, text, people, quotes, found, para, ctx)
        if names:
            reported_until = cue.end()
        found.extend(n for n in names if n and n not in found)
    if ":" in text:
        names = _colon_speakers(text, people, quotes, capitals)
        found.extend(n for n in names if n not in found)
    return found


def _capital_surnames(persons: Sequence[Sequence[Person]]) -> dict[str, str]:
    """Surnames in capitals ("PENCE") to the article's person of that surname, where only one
    person has it: transcripts write the speaker so, and taggers miss it."""
    owners: dict[str, set[str]] = {}
    for row in persons:
        for name, _, _ in row:
            words = name.split()
            if len(words) > 1 and words[-1][:1].isupper():
                owners.setdefault(words[-1].upper(), set()).add(name)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def find_speakers(
    paragraphs: Sequence[str], persons: Sequence[Sequence[Person]]
) -> list[tuple[str, ...]]:
    """For each paragraph of ONE article, the canonical names of the people it quotes or reports.

    ``persons[i]`` lists the person mentions of ``paragraphs[i]`` as ``(canonical_name, start,
    end)`` with offsets into that paragraph (see :func:`newsindex.nlp.persons.canonical_mentions`).
    Paragraphs are read in order because pronouns, descriptions ("the minister said") and quotes
    continued from the previous paragraph depend on what came before.
    """
    if len(paragraphs) != len(persons):
        raise ValueError(f"{len(paragraphs)} paragraphs but {len(persons)} person lists")
    ctx = _Discourse(sexes=_article_sexes(paragraphs, persons))
    capitals = _capital_surnames(persons)
    result: list[tuple[str, ...]] = []
    open_quote: list[str] | None = None  # speakers of a quote left open by the previous paragraph
    pending: list[int] = []  # open, unattributed quote paragraphs waiting for a speaker
    introduced: list[str] = []  # speakers of a paragraph ending in a colon
    for para, raw in enumerate(paragraphs):
        text = _normalise_quotes(raw)
        people = sorted(persons[para], key=lambda p: p[1])
        if not _PRECHECK.search(text):
            result.append(tuple(introduced))
            ctx.learn_roles(para, text, people)
            ctx.remember(para, text, people, introduced)
            open_quote, pending, introduced = None, [], []
            continue
        quotes, still_open = _quote_spans(text)
        outside = [p for p in people if not _inside(p[1], quotes)]
        ctx.learn_roles(para, text, outside)
        speakers = _paragraph(para, text, outside, quotes, ctx, capitals)
        continues = text.lstrip()[:1] in ("“", '"')
        if not speakers and introduced:
            speakers = introduced  # the words after "Smith said:" at the end of a paragraph
        introduced = []
        if speakers and _INTRODUCES.search(text) and not still_open:
            introduced = list(speakers)
            if not _SENTENCE_END.search(text):
                speakers = []  # only "Smith said:": the words are in the next paragraph
        if not speakers and continues and open_quote:
            speakers = list(open_quote)
        elif not speakers and continues and para and result[-1] and not outside:
            # A paragraph that is only a quote, right after one that names its speaker.
            speakers = list(result[-1])
        if speakers and continues and pending:
            for earlier in pending:
                result[earlier] = tuple(speakers)
        result.append(tuple(speakers))
        ctx.remember(para, text, outside, speakers)
        if still_open:
            open_quote = speakers or None
            pending = ([*pending, para] if continues else [para]) if not speakers else []
        else:
            open_quote, pending = None, []
    return result
