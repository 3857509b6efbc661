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

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicon import NAME_PARTICLES, ROLES, UNIQUE_ROLES, WEEKDAYS, wordset
from .names import strip_title

__all__ = ["Person", "find_speakers"]

Person = tuple[str, int, int]
"""A person mention: canonical name and ``[start, end)`` character offsets in its paragraph."""


# Speech verbs. "told"/"asked"/"urged"/"warned" take the listener as object, so "told Trump"
# never makes Trump the speaker; only the say-type verbs may follow a comma and precede the name.
_SAY_VERBS = wordset(
    "said says say added adds wrote writes stated states argued argues noted notes explained "
    "explains insisted insists declared declares replied replies responded responds commented "
    "comments stressed stresses reiterated reiterates conceded concedes recalled recalls "
    "continued tweeted tweets posted predicted predicts acknowledged acknowledges admitted admits "
    "testified testifies cautioned cautions complained complains emphasized emphasised "
    "announced announces estimated estimates forecast forecasts confirmed confirms denied denies "
    "claimed claims contended contends suggested suggests maintained maintains"
)
_OBJECT_VERBS = wordset("told tells asked asks warned warns urged urges")


def _alternation(words: Iterable[str]) -> str:
    """A regex for exactly ``words``, factored by common prefix: Python's ``re`` tries the
    branches of a flat alternation one by one, which makes the cue search three times slower."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + "|".join(branches) + ")?"

    return emit(tree)


_VERB = _alternation(_SAY_VERBS | _OBJECT_VERBS)
_CUE = re.compile(
    rf"\b(?=[a-zAI])(?:(?P<verb>{_VERB})|(?P<according>[Aa]ccording to)"
    r"|(?P<statement>[Ii]n a statement)|(?P<quoted>as saying))\b"
)
_NOT_SPEECH_AFTER = re.compile(r"\s+(?:to|with|as|in|on|at|its|his|her|their|\w+ing)\b")
_QUOTE_MARK = re.compile('["“”]')
_PRECHECK = re.compile(rf"{_CUE.pattern}|[\"“”]")

# Lower-case name particles a tagger may leave out of the mention ("said de Clercq").
_PARTICLES = f"(?:{_alternation(NAME_PARTICLES)})"
# Words that may stand between a subject and its verb: "Carney has repeatedly said",
# "Trump on Monday told".
_AUX = (
    r"(?:has|had|have|also|later|earlier|then|again|once|further|first|last|only|never|not|"
    r"previously|yesterday|today|tonight|tomorrow|subsequently|however|meanwhile|separately|"
    r"too|still|now|himself|herself|(?!(?:family|ally|rally|supply|assembly)\b)[a-z]+ly|"
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
_APPOSITIVE_GAP = re.compile(rf"\s*,(?P<body>[^\"“”]{{0,240}}),(?:\s+{_AUX})*\s*")
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
    rf"(?:(?:[A-Z][\w.'’-]*|the|(?i:{_ROLES}))\s+)*$"
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
        if speakers:
            self.subject, self.subject_para = speakers[0], para
            self.speaker, self.speaker_para = speakers[0], para
            return
        subjects = _subjects(text, mentions)
        if subjects:
            self.subject, self.subject_para = subjects[0][0], para

    def resolve(
        self,
        para: int,
        text: str,
        before: Sequence[Person],
        found: Sequence[str],
        role: str = "",
        *,
        trailing: bool = False,
    ) -> str:
        """The person a pronoun (``role == ""``) or a definite description refers to.

        A ``trailing`` attribution ("Reagan vetoed the bill, he added.") follows the words it
        reports, so the people named in them are talked about: it goes to the last speaker.
        """
        if role:
            holders = self.roles.get(_head(role), [])
            if holders:
                return max(holders, key=lambda n: self.recency.get(n, -1))
            if " ".join(role.lower().split()) not in UNIQUE_ROLES:
                return ""
        if found:
            return found[-1]
        if trailing and self.speaker and self.speaker_para >= para - _LOOKBACK:
            return self.speaker
        subjects = _subjects(text, before)
        if subjects:
            return subjects[-1][0]
        if self.subject and self.subject_para >= para - _LOOKBACK:
            return self.subject
        return before[-1][0] if before else ""


_QUOTED_TEXT = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_PRONOUN_START = re.compile(r"^\W*(?:He|She)\b")
_FRONTED = re.compile(rf",\s*(?:(?:[A-Z][\w.'’-]*|of|the|(?i:{_ROLES}))\s+)*$")


def _subjects(text: str, mentions: Sequence[Person]) -> list[Person]:
    """Mentions in subject position: first in their sentence, near its start or right after a
    fronted phrase ("On Monday, Trump ..."), in a sentence not opened by "he" or "she"."""
    out: list[Person] = []
    previous_end = -1
    for person in mentions:
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


def _is_object(text: str, person: Person) -> bool:
    """Whether the mention follows a preposition ("aides to Smith"), titles aside."""
    start = max(_sentence_start(text, person[1]), person[1] - 80)
    found = _OBJECT_LEAD.search(text, start, person[1])
    if found is None:
        return False
    word = found.group("before")
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


def _after(text: str, people: Sequence[Person], end: int, pattern: re.Pattern[str]) -> list[str]:
    """Persons named right after ``end`` with only title words between."""
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
        return [p[0] for p in people[i : j + 1]]
    return []


def _inverted_allowed(text: str, start: int, verb: str) -> bool:
    """Whether a verb may precede its subject here: after a quote, or a comma for say-verbs."""
    left = text[max(0, start - 4) : start].rstrip()
    if left.endswith(("”", '"')) or left.endswith((",”", ',"')):
        return True
    return verb in _SAY_VERBS and left.endswith((",", "”,", '",'))


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
    if verb == "continued" and _NOT_SPEECH_AFTER.match(text, end):
        return []  # "Smith continued to buy shares"
    names = _subject_before(text, people, start, verb)
    if names:
        return names
    left_at = max(0, start - 80)
    left = text[left_at:start]
    pron = (_PRONOUN_BEFORE if kind == "verb" else _PRONOUN_QUOTED).search(left)
    if pron and not _inside(left_at + pron.start(), quotes):
        trailing = left[: pron.start()].rstrip().endswith((",", "”", '"')) and bool(
            _SENTENCE_REST.match(text, end)
        )
        return [ctx.resolve(para, text, before, found, trailing=trailing)]
    desc = _DESCRIPTOR_BEFORE.search(left) if kind == "verb" else None
    if desc and not _inside(left_at + desc.start(), quotes):
        desc_before = [p for p in before if p[2] <= left_at + desc.start()]
        return [ctx.resolve(para, text, desc_before, found, desc.group("role"))]
    if kind != "verb" or not _inverted_allowed(text, start, verb):
        return []
    names = _after(text, people, end, _TITLE_WORDS)
    if names:
        return names
    if _PRONOUN_AFTER.match(text, end):
        return [ctx.resolve(para, text, before, found)]
    desc = _DESCRIPTOR_AFTER.match(text, end)
    if desc:
        return [ctx.resolve(para, text, before, found, desc.group("role"))]
    return []


def _paragraph(
    para: int,
    text: str,
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    ctx: _Discourse,
) -> list[str]:
    """Speakers of one paragraph from its own cues, in order of attribution."""
    found: list[str] = []
    for cue in _CUE.finditer(text):
        if _inside(cue.start(), quotes):
            continue
        names = _cue_speakers(cue, text, people, quotes, found, para, ctx)
        found.extend(n for n in names if n and n not in found)
    return found


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
    ctx = _Discourse()
    result: list[tuple[str, ...]] = []
    open_quote: list[str] | None = None  # speakers of a quote left open by the previous paragraph
    pending: list[int] = []  # open, unattributed quote paragraphs waiting for a speaker
    for para, text in enumerate(paragraphs):
        people = sorted(persons[para], key=lambda p: p[1])
        if not _PRECHECK.search(text):
            result.append(())
            ctx.learn_roles(para, text, people)
            ctx.remember(para, text, people, ())
            open_quote, pending = None, []
            continue
        quotes, still_open = _quote_spans(text)
        outside = [p for p in people if not _inside(p[1], quotes)]
        ctx.learn_roles(para, text, outside)
        speakers = _paragraph(para, text, outside, quotes, ctx)
        continues = text.lstrip()[:1] in ("“", '"')
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
