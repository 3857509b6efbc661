"""What an article has said so far, for :mod:`newsindex.nlp.speakers`: which words are quoted,
where sentences start, who is the subject of a sentence, who holds which title, who is a man or a
woman, and so whom a pronoun ("he said") or a description ("the senator said") means; and how a
title-cased headline ("Rick Doe Slams Roe") reads as a sentence.

Plain string work over one article's paragraphs and canonical person mentions, read in order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .cues import (
    ACT_VERBS,
    AUXILIARIES,
    BASE_FORMS,
    PHRASAL,
    SAY_VERBS,
    SPEECH_PATTERN,
    STANCE_VERBS,
    alternation,
    verb_forms,
)
from .lexicon import (
    ABBREVIATED_TITLES,
    DOTTED_ABBREVIATIONS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    MONTH_ABBREVIATIONS,
    PARTY_SHORT_NAMES,
    QUERY_STOP_WORDS,
    ROLES,
    SALIENT_ROLES,
    SERVICE_NOUNS,
    TITLE_HEADS,
    UNIQUE_ROLES,
)
from .names import first_name_sex, honorific_sex, strip_title

__all__ = [
    "INSTITUTION_AFTER",
    "MODIFIER_GAP",
    "PRONOUN_START",
    "QUOTED_TEXT",
    "QUOTE_MARK",
    "ROLE",
    "ROLES_PATTERN",
    "SENTENCE_END",
    "Discourse",
    "Person",
    "blank_quotes",
    "headline_case",
    "headline_names",
    "in_spans",
    "normalise_quotes",
    "pronoun_sex",
    "quote_spans",
    "sentence_start",
    "subject_mentions",
    "title_cased",
]

Person = tuple[str, int, int]
"""A person mention: canonical name and ``[start, end)`` character offsets in its paragraph.
Organisation mentions have the same shape, with the organisation's name."""

QUOTE_MARK = re.compile('["“”]')

# A sentence ends at ". ! ?" before a capital, but not after an abbreviated title or a state
# ("Mrs. Clinton", "Sen. Kaine", "Calif. Gov. Brown"): one look-behind for the words of each
# length, a prefix tree, instead of one for each word (sixty tests at every stop).
_ABBREVIATIONS = ABBREVIATED_TITLES | DOTTED_ABBREVIATIONS | MONTH_ABBREVIATIONS
_NOT_AN_END = "".join(
    rf"(?<!\b{alternation(w.capitalize() for w in _ABBREVIATIONS if len(w) == size)}\.)"
    # "Mr." and "Ms." never match the two lower-case letters anyway
    for size in sorted({len(w) for w in _ABBREVIATIONS if len(w) > 2})
)
# A quote may close the sentence first ("... riders.” Smith said").
# ... and after an acronym ("... about NATO. Former leader ..."), not a dotted one ("U.S.").
# A match opens on the mark (the two letters before it looked behind) or on the acronym, and
# only its end counts: a pattern that opens on a character class lets the scan skip the other
# characters, three times faster than one that opens on the letters.
SENTENCE_END = re.compile(
    rf"[.!?A-Z](?:(?<=[a-z0-9%)]{{2}}[.!?]){_NOT_AN_END}|(?<=[A-Z])(?<![.\w][A-Z])[A-Z]+\."
    r"|(?<=[!?]))[\"”’]?\s+[\"“”(]?[A-Z]"
)

# Role words: for "the prime minister said" and to remember who holds which title; in the
# listed order, a space matching any white space (factored: a flat alternation of 79 roles
# under IGNORECASE enters every branch at every position it is tried).
ROLES_PATTERN = alternation(ROLES, ordered=True, space=r"\s+")
ROLE = re.compile(rf"\b(?:{ROLES_PATTERN})\b", re.IGNORECASE)
# "U.S. President " right before a name, or inside the mention itself.
_TITLE_BEFORE = re.compile(
    rf"(?i:\b(?P<role>{ROLES_PATTERN}))\b(?:\s+(?:of|to|for|the|[A-Z][\w.'’-]*))*\s*$"
)
# "John Smith, chairman of ..., said" / "Smith, a spokesman for ...".
# Not a clause of the name's own ("Doe, also praised the president's plan"): no past form or
# "also" before the role, and no possessive after it; nor the subject of the sentence after a
# fronted phrase ("After meeting Doe, the mayor said"), whose verb follows the role.
_FINITE_CUE = alternation(
    w for w in SAY_VERBS | ACT_VERBS | STANCE_VERBS if not w.endswith("ing") and w not in BASE_FORMS
)
_TITLE_AFTER = re.compile(
    rf"\s*,\s*(?!who\b|which\b|whose\b)(?:(?!and\b|also\b|[a-z]+ed\b)[\w.'’&-]+\s+){{0,4}}?"
    rf"(?i:(?P<role>{ROLES_PATTERN}))\b(?!['’]s)"
    rf"(?!(?:\s+(?:also|then|later|again|now|has|had|have|would|will|[a-z]+ly))*\s+{_FINITE_CUE}\b)"
)

_LOOKBACK = 3
"""Paragraphs back that a pronoun or description may reach for its person."""

# Quotes typed as two apostrophes (''Yes,'' he said) or as TeX-style ``...'': rewritten to a
# straight quote and a space, keeping every offset, so the rest reads one kind of quote mark.
# Three apostrophes hold a single quote too: ''We'll 'win,''' he said.
_TWO_MARK_QUOTE = re.compile(r"``|'''?")
_OPENS_AFTER = frozenset(" \t\n([{-—–")


# An opening mark typed where a quote ends ("... problems,“ said Smith"), which would leave the
# quote open to the end of the paragraph.
_MISTYPED_CLOSE = re.compile(r"(?<=[,.!?])“(?=\s|$)")


def normalise_quotes(text: str) -> str:
    """``text`` with each two-character quote mark as ``"`` plus a space on the outer side, a
    closing quote typed as an opening one made a closing one, and a closing mark that opens
    the paragraph ("”Fear. I am afraid ...”") an opening one (offsets kept)."""
    if text.startswith("”"):
        text = "“" + text[1:]
    if "“" in text:
        text = _MISTYPED_CLOSE.sub("”", text)
    if "''" not in text and "``" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        i, mark = m.start(), m.group()
        opening = mark == "``" or i == 0 or text[i - 1] in _OPENS_AFTER
        if opening and m.end() < len(text) and not text[m.end()].isspace():
            return ' "' if len(mark) == 2 else " \"'"
        return '" ' if len(mark) == 2 else "'\" "

    return _TWO_MARK_QUOTE.sub(one, text)


@dataclass
class Discourse:
    """What the article has said so far, for pronouns and descriptions."""

    subject: str = ""
    """The person the story is about at this point: the last speaker or sentence subject."""
    subject_para: int = -1
    speaker: str = ""
    speaker_para: int = -1
    roles: dict[str, list[str]] = field(default_factory=dict)
    """Role head word ("minister") to the people seen with it."""
    bodies: dict[str, str] = field(default_factory=dict)
    """Head noun ("campaign") to the body the article last named with it ("Smith campaign"),
    for "the campaign said" (kept by :mod:`.speakers`)."""
    unread_bodies: list[tuple[str, Sequence[Person], Sequence[Person]]] = field(
        default_factory=list
    )
    """Paragraphs (text, persons, organisations) not yet read for ``bodies``."""
    qualified: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(role, person) to the text seen before that role ("Republican"), read for its capitalised
    words only when a description needs them."""
    article: tuple[Sequence[str], Sequence[Sequence[Person]]] = ((), ())
    """The paragraphs and persons, to learn who is of which sex when a pronoun first asks."""
    sexes: dict[str, str] | None = None
    """Canonical name to "m" or "f" where the article shows it (see :func:`_article_sexes`)."""

    org_speaker: str = ""
    """The organisation of the article's last attribution to one organisation ("Acme said"),
    whom "it said" and "the company said" may mean (kept by :mod:`.speakers`)."""
    org_group: tuple[str, ...] = ()
    """The organisations of the article's last attribution to several ("Acme and Bolt said"),
    whom "the companies said" may mean."""
    org_para: int = -1
    lead_body: str = ""
    """The organisation the headline or the lead paragraph quotes alone: the company the story
    is about, whom "the company said" means when no recent attribution does."""
    lead_firm: str = ""
    """The firm opening the lead as its subject ("Goody Products Inc. cut its dividend"), whom
    "the company" means when the story has quoted no body yet (kept by :mod:`.speakers`)."""
    lead_group: tuple[str, ...] = ()
    """The organisations the headline or the lead paragraph quotes together: the companies the
    story is about, whom "the companies said" means when no recent attribution does."""
    short_names: dict[str, str] = field(default_factory=dict)
    """The opening words of the organisations named in the paragraphs read ("Dow", "Dow
    Chemical") to the first so named ("Dow Chemical Co"), for "Dow said" later (kept by
    :mod:`.speakers`)."""
    org_turn: int = 0
    person_turn: int = 0
    """Order of the last attribution to an organisation and to a person: "it said" after
    "Smith said" is no organisation's."""
    turn: int = 0
    history: list[tuple[str, int]] = field(default_factory=list)
    """(person, paragraph) of past speakers and subjects, the most salient of a paragraph last."""
    seen: bool = False
    """Whether the article has named anyone yet: before that no pronoun can refer."""
    quoted: frozenset[str] = frozenset()
    """The people named inside the quotes a pronoun may attribute: those of the current cue's
    sentence (see :attr:`quoted_mentions`)."""
    quoted_mentions: Sequence[Person] = ()
    """The person mentions inside the current paragraph's quotes."""
    previous: tuple[str, Sequence[Person]] = ("", ())
    """The last paragraph read (its text as the cues read it) and its persons outside quotes:
    whom it ends on, for a pronoun opening the next ("A spokesman said ... / He added")."""
    headline: bool = False
    """Whether the current paragraph is a title-cased headline, whose verbs read like nouns
    ("Trump Attacks Clinton")."""
    queue: list[tuple[int, str, Sequence[Person], Sequence[str] | None]] = field(
        default_factory=list
    )
    """Paragraphs not yet read for titles (speakers ``None``) or for their subjects: read only
    when a pronoun or a description asks, since most paragraphs never need it."""

    def sex(self, name: str) -> str:
        if self.sexes is None:
            self.sexes = _article_sexes(*self.article)
        return self.sexes.get(name, "")

    def learn(self, para: int, text: str, mentions: Sequence[Person]) -> None:
        """Before a paragraph's cues: its titles ("Prime Minister Mark Carney"), to be read."""
        if mentions:
            self.seen = True
            self.queue.append((para, text, mentions, None))

    def after(
        self, para: int, text: str, mentions: Sequence[Person], speakers: Sequence[str]
    ) -> None:
        """After a paragraph: who it was about and who spoke, to be read."""
        if mentions or speakers:
            self.queue.append((para, text, mentions, speakers))

    def _catch_up(self) -> None:
        for para, text, mentions, speakers in self.queue:
            if speakers is None:
                self._learn_roles(text, mentions)
            else:
                self._remember(para, text, mentions, speakers)
        self.queue.clear()

    def _learn_roles(self, text: str, mentions: Sequence[Person]) -> None:
        """Note who holds which title ("Prime Minister Mark Carney"), and how qualified."""
        for name, start, end in mentions:
            for role, lead in _roles_of(text, start, end):
                people = self.roles.setdefault(role, [])
                if name not in people:
                    people.append(name)
                if lead:
                    self.qualified.setdefault((role, name), []).append(lead)

    def _remember(
        self, para: int, text: str, mentions: Sequence[Person], speakers: Sequence[str]
    ) -> None:
        """After a paragraph: who it was about, for pronouns in the next ones."""
        subjects = [p[0] for p in _own_subjects(text, mentions)] if mentions else []
        for name in [*reversed(subjects), *reversed(speakers)]:
            self.history.append((name, para))
        if speakers:
            # the last attribution's speaker: "Records Roe questioned are safe, Doe wrote
            # Roe. / “...,” he wrote." goes on with Doe
            self.subject, self.subject_para = speakers[-1], para
            self.speaker, self.speaker_para = speakers[-1], para
        elif subjects:
            self.subject, self.subject_para = subjects[0], para

    def holds(self, role: str) -> bool:
        """Whether the article has named someone with the role ("treasurer Fred Zuckerman")."""
        self._catch_up()
        return bool(self.roles.get(_head(role)))

    def resolve(
        self,
        para: int,
        text: str,
        before: Sequence[Person],
        found: Sequence[str],
        role: str = "",
        *,
        trailing: int = -1,
        sex: str = "",
        description: str = "",
    ) -> str:
        """The person a pronoun (``role == ""``) or a definite description refers to.

        An attribution ``trailing`` at that offset ("Reagan vetoed the bill, he added.") follows the
        words it reports, so the people named in its sentence are talked about: it goes to a person
        who opened an earlier sentence of the paragraph ("Jane Doe, 55, runs a shop. “...,” she
        said.") or whom the article first names there ("a baker named Jane Doe ..."), or at the
        end of the paragraph before, which quoted no one (:meth:`_introduced`), else to the
        last speaker of the last few paragraphs (the quote goes on) or, if a later paragraph turned
        to another person, to that paragraph's subject. A pronoun's ``sex``
        ("m" for "he", "f" for "she") skips people the article shows to be of the other sex; no
        pronoun means a person named in the paragraph's quotes (people rarely speak of themselves
        by name). A ``description`` with capitalised words ("the Democratic nominee") means only
        a holder of the role seen with one of them, not "Republican nominee Jane Doe" nor a
        nominee seen with none ("the Florida senator" is no "Senator Jane Doe"). A role no
        one was seen with means, like a pronoun, the person the story is about, if it is a role
        such a person holds ("the candidate said"); not "the spokesman", who speaks for someone
        else.
        """
        self._catch_up()
        if role:
            head = _head(role)
            holders = self.roles.get(head, [])
            # the role's own words written capitalised ("the Chairman noted") qualify nothing
            words = (
                _qualifiers(description) - _qualifiers(role.title())
                if description and holders
                else frozenset()
            )
            if words:
                seen = {
                    h: _qualifiers(" ".join(self.qualified.get((head, h), ()))) for h in holders
                }
                holders = [h for h in holders if words & seen[h]]
                if not holders:
                    return ""
            if len(holders) > 1 and not words:
                # "the president" with "President Obama" and "World Bank President Kim" seen:
                # the one holder seen with the bare title
                bare = [
                    h
                    for h in holders
                    if not _qualifiers(" ".join(self.qualified.get((head, h), ())))
                ]
                holders = bare if len(bare) == 1 else holders
            if holders:  # "the senator" is the article's one senator, else no one
                return holders[0] if len(holders) == 1 else ""
            if head in _HEAD_OF_STATE and description:
                # "the Cuban leader" after "Cuban President Fidel Castro": the one head of
                # state or government seen with the description's word
                words = _qualifiers(description)
                heads = {
                    name
                    for (held, name), leads in self.qualified.items()
                    if held in _HEAD_OF_STATE and words & _qualifiers(" ".join(leads))
                }
                if len(heads) == 1:
                    return heads.pop()
            if " ".join(role.lower().split()) not in SALIENT_ROLES:
                return ""
        recent = para - _LOOKBACK
        # (person, paragraphs back): people further back than the previous paragraph need the
        # pronoun's sex shown by the article, except the last speaker of a trailing attribution.
        candidates = [(name, 0) for name in reversed(found)]
        subjects = _own_subjects(text, before)
        if trailing >= 0:
            opening = sentence_start(text, trailing)
            openers = [p for p in subjects if p[2] <= opening]
            if openers and all(p[1] < openers[-1][1] for p in before if p[0] in found):
                # "Doe suggested it. Roe was delighted. “...,” he said.": Roe, the subject
                # named after this paragraph's last speaker
                candidates.insert(0, (openers[-1][0], 0))
            candidates.extend((p[0], 0) for p in reversed(subjects) if p[2] <= opening)
            # "..., a worker named Jane Doe has nothing but praise. “...,” she said.": the person
            # the article first names in this paragraph, whom it then quotes
            earlier = {name for row in self.article[1][:para] for name, _, _ in row}
            candidates.extend(
                (p[0], 0)
                for p in reversed(before)
                if p[2] <= opening and p[0] not in earlier and p[0] not in self.quoted
            )
            if not candidates and para and self.speaker_para < para - 1:
                # "... concerns Jane Doe, head of the caucus. / “...,” she said.": the person
                # the paragraph before, which quoted no one, introduced
                candidates.extend((name, 1) for name in self._introduced(para - 1))
            last = [(self.speaker, self.speaker_para), (self.subject, self.subject_para)]
            if self.subject_para > self.speaker_para:
                last.reverse()  # "“...,” said Roe. / Doe was less upbeat. / “...,” he said."
            candidates.extend((name, 0) for name, at in last if name and at >= recent)
        candidates.extend((p[0], 0) for p in reversed(subjects))
        if self.subject and self.subject_para >= recent:
            candidates.append((self.subject, para - self.subject_para))
        candidates.extend((name, para - at) for name, at in reversed(self.history) if at >= recent)
        candidates.extend((p[0], 0) for p in reversed(before))
        for name, back in candidates:
            if name in self.quoted and not role:
                continue
            known = self.sex(name)
            if (not sex or known in ("", sex)) and (back < 2 or not sex or known == sex):
                return name
        return ""

    def _introduced(self, para: int) -> list[str]:
        """The person paragraph ``para`` ends on, named there for the first time and described
        in apposition ("..., which worries Jane Doe, head of the caucus."), where no one said
        or told anything before the name."""
        text = self.article[0][para]
        mentions = self.article[1][para]
        if not mentions:
            return []
        name, start, end = max(mentions, key=lambda m: m[2])
        if any(m[0] == name for row in self.article[1][:para] for m in row):
            return []  # named before
        if not _APPOSED_LAST.match(text, end):
            return []
        return [] if _SAID.search(text, 0, start) else [name]


# A name's apposition that ends the paragraph: "... Jane Doe, president of the caucus."; not
# one a verb of speech ends ("... Jane Doe, the spokesman said.": he may be the one speaking).
_APPOSED_LAST = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?[a-z](?!.*\b(?:{SPEECH_PATTERN})\b)(?:(?![.!?]\s+\S).)*$"
)
# "said" or "told" before that name: "A spokesman said the plan was drafted by Jane Doe, head
# of the caucus." goes on with the spokesman.
_SAID = re.compile(rf"\b(?:{alternation(verb_forms(['say', 'tell']))})\b")


QUOTED_TEXT = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def blank_quotes(text: str) -> str:
    """``text`` with its quotes' words as spaces, offsets kept: what the writer says."""
    return QUOTED_TEXT.sub(lambda m: " " * len(m.group()), text)


# "he", "his", "himself"; "she", "herself": each opens on its first letter (no word character
# before it, looked behind), which lets the scan skip the others.
_MALE = re.compile(r"[Hh](?<!\w.)(?:e|is|(?<=h)imself)\b")
_HIS = re.compile(r"[Hh](?<!\w.)is\b")
_FEMALE = re.compile(r"[Ssh](?<!\w.)(?:(?<=[Ss])he|(?<=h)erself)\b")
_SEX_NOUN = re.compile(
    rf"\b(?:(?P<f>{alternation(FEMALE_NOUNS)})|(?P<m>{alternation(MALE_NOUNS)}))\b"
)


def pronoun_sex(word: str) -> str:
    return "f" if word.lower() == "she" else "m"


def _first_name_sex(name: str) -> str:
    """ "m" or "f" for a name that opens with a common first name of one sex ("John Smith", or
    "Melania" alone), after a noun of service or a title before another first name ("Marine John
    Tiegen", not "Marine Le Pen"); else ""."""
    words = [w.rstrip(".").lower() for w in name.split()]
    given = words[:-1] or words
    titled = given[0] in SERVICE_NOUNS or given[0] in TITLE_HEADS or given[0] in ABBREVIATED_TITLES
    if titled and len(given) > 1 and first_name_sex(given[1]):
        given = given[1:]
    return first_name_sex(given[0])


def _article_sexes(
    paragraphs: Sequence[str], persons: Sequence[Sequence[Person]]
) -> dict[str, str]:
    """Each person's sex as the article shows it: a common first name of one sex decides a full
    name ("Hillary Clinton" in a long story whose sentences about her hold many "he"s) and is two
    votes for a name of one word, which may be a surname ("Rose"); then "Mr."/
    "Ms." before the name, a sexed noun before it ("her husband John Smith", "spokeswoman Jane
    Smith"), and the pronouns of the sentences that name only that person (outside quotes). Two
    thirds of the votes decide."""
    votes: dict[str, list[int]] = {}
    fixed: dict[str, str] = {}
    for name in {name for row in persons for name, _, _ in row}:
        sex = _first_name_sex(name)
        if sex and " " in name:
            fixed[name] = sex
        elif sex:  # one word, a first name or a surname ("Melania", "Rose"): a vote of two
            votes[name] = [2, 0] if sex == "m" else [0, 2]
    alone = ""  # the one person the sentences just before were about
    for raw, mentions in zip(paragraphs, persons, strict=True):
        text = normalise_quotes(raw) if mentions or alone else raw
        for name, start, end in mentions:
            tally = votes.setdefault(name, [0, 0])
            sex = honorific_sex(text, start, end)[1]
            if sex:
                tally[sex == "f"] += 3
            noun = _SEX_NOUN.search(text, max(0, start - 25), start)
            if noun and "," not in text[noun.end() : start]:
                tally[noun.lastgroup == "f"] += 2
        if not mentions and not alone:
            continue
        plain = blank_quotes(text)
        cuts = [0, *(m.end() - 1 for m in SENTENCE_END.finditer(plain)), len(plain)]
        for a, b in itertools.pairwise(cuts):
            # a person named only inside the quotes is not the one the pronouns mean
            named = [
                (n, start) for n, start, _ in mentions if a <= start < b and plain[start] != " "
            ]
            names = {name for name, _ in named}
            if len(names) == 1:
                alone = names.pop()
                tally = votes.setdefault(alone, [0, 0])
                # a subject pronoun before the name is someone else ("He accused Clinton of
                # ..."), a possessive the name's own ("In his speech, Smith said")
                first = min(start for _, start in named)
                tally[0] += len(_MALE.findall(plain, first, b)) + len(_HIS.findall(plain, a, first))
                tally[1] += len(_FEMALE.findall(plain, first, b))
                continue
            lead = _PRONOUN_LEAD.match(plain, a, b) if alone and not names else None
            if lead:  # "Smith arrived. She said ..."
                votes[alone][pronoun_sex(lead.group("pron")) == "f"] += 1
            else:
                alone = ""
    out = {}
    for name, (male, female) in votes.items():
        if male * 3 >= 2 * (male + female) > 0:
            out[name] = "m"
        elif female * 3 >= 2 * (male + female) > 0:
            out[name] = "f"
    return out | fixed


# "He", or "he" after a word that links the sentence to the one before ("Then he cut into
# Jones, calling him ...", "But she said"): the pronoun is its subject.
PRONOUN_START = re.compile(
    r"^\W*(?:(?:And|But|Then|So|Yet|Still|Later|Now|Instead|Meanwhile|Earlier|Also)\b,?\s+"
    r"(?=[hs])|[A-Z][^,;:\"“”]{1,40},\s+(?=[hs])|(?=[HS]))(?P<pron>[Hh]e|[Ss]he)\b"
)
_PRONOUN_LEAD = re.compile(r"\W*(?P<pron>He|She)\b")
_FRONTED = re.compile(rf",\s*(?:(?:[A-Z][\w.'’-]*|of|the|(?i:{ROLES_PATTERN}))\s+)*$")


# Between a name that modifies a noun and the person it introduces: "Trump campaign manager".
MODIFIER_GAP = re.compile(
    rf"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|(?i:{ROLES_PATTERN})|campaign|former|senior|top|ally|aide|"
    r"adviser|advisor|manager|strategist|pollster|supporter|surrogate|lawyer|son|daughter|"
    r"wife|husband|brother|sister|press|communications))+\s+"
)


# From a sentence's first person, a possessive in a fronted phrase, to the subject after the
# phrase: "As for Carson's mangling of “Hamas,” Levine found ...".
_POSSESSIVE_FRONTED = re.compile(r"['’]s?\s+[a-z][^,;:.!?]*,[\"”]?\s+")


def subject_mentions(text: str, mentions: Sequence[Person]) -> list[Person]:
    """Mentions in subject position: first in their sentence (or after a fronted phrase that
    only a possessive opens: "As for Carson's remark, Levine ..."), near its start, right after
    a fronted phrase ("On Monday, Trump ...") or opening a coordinated clause ("..., and Trump
    has ..."), in a sentence not opened by "he" or "she"."""
    out: list[Person] = []
    previous_end = opener_end = -1
    for i, person in enumerate(mentions):
        if i + 1 < len(mentions) and MODIFIER_GAP.fullmatch(text, person[2], mentions[i + 1][1]):
            continue  # "Trump campaign manager Corey Lewandowski": the name modifies the next
        start = sentence_start(text, person[1])
        if previous_end > start and not (
            previous_end == opener_end
            and _POSSESSIVE_FRONTED.fullmatch(text, previous_end, person[1])
        ):
            previous_end = person[2]
            continue  # not the first person of its sentence
        previous_end = opener_end = person[2]
        lead = QUOTED_TEXT.sub("", text[start : person[1]])
        if PRONOUN_START.match(lead) or _VERB_END.search(lead):
            continue  # "He met Smith", "The senator has praised Smith"
        if (
            len(lead.strip()) <= 40
            or _FRONTED.search(lead)
            or _TITLE_LEAD.fullmatch(lead)
            or _COORDINATED_LEAD.search(lead)
        ):
            out.append(person)
    return out


def _own_subjects(text: str, mentions: Sequence[Person]) -> list[Person]:
    """The subject mentions that are the person, not something of theirs ("Smith's aides
    said", "the Smith campaign said", "that the Smith team"): whom a pronoun may mean."""
    return [
        p
        for p in subject_mentions(text, mentions)
        if not INSTITUTION_AFTER.match(text, p[2])
        and not _DETERMINER_END.search(text, max(0, p[1] - 6), p[1])
    ]


# A person's name, then the body that speaks for them: "the Trump campaign said".
INSTITUTION_AFTER = re.compile(
    r"['’]?s?\s+(?:campaign|administration|camp|team|foundation|organi[sz]ation)\b"
)
_DETERMINER_END = re.compile(r"\b(?:[Tt]he|[Aa]n?|that)\s+$")


# A clause joined to the sentence's first: "Poland has been wary, and Geremek has gone ...".
_COORDINATED_LEAD = re.compile(r"(?:,\s+(?:and|but)|;)\s+$")


# A long title before a name, words without an article, a preposition or a verb among them:
# "Presumptive Republican presidential nominee Donald Trump".
_TITLE_LEAD = re.compile(
    r"\W*(?:(?!(?:the|a|an|of|in|on|at|to|for|with|by|from|that|which|who|and|but|or|as|after|"
    r"when|while|is|was|are|were|has|have|had|be|been)\b)[A-Za-z][\w.'’-]*\s+){1,8}"
)
# A verb right before a name makes it an object: "has praised Smith", "met Smith".
_VERB_END = re.compile(rf"\b(?:[a-z]+ed|{alternation(SAY_VERBS | ACT_VERBS | STANCE_VERBS)})\s+$")


_strip_title = lru_cache(maxsize=4096)(strip_title)
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]|\band\b")


def _roles_of(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """Role head words written with a mention, before it, inside it, or in an apposition, each
    with the text just before the role word that may qualify it ("Republican nominee Jane
    Doe")."""
    surface = text[start:end]
    core = _strip_title(surface)
    at = surface.rfind(core.split()[0]) if core else 0
    lead = text[max(0, start - 60) : start] + surface[: max(at, 0)]
    lead = _CLAUSE_BREAK.split(lead)[-1]
    roles = []
    found = _TITLE_BEFORE.search(lead)
    if found:
        roles.append((_head(found.group("role")), lead[max(0, found.start() - 30) : found.start()]))
    found = _TITLE_AFTER.match(text, end)
    if found:
        roles.append((_head(found.group("role")), text[found.start() : found.start("role")]))
    return roles


_QUALIFIER = re.compile(
    r"\b(?!(?:The|Former|Then|Now)\b)(?:[A-Z][a-z]{2,}|"
    + "|".join(short.upper() for short in PARTY_SHORT_NAMES)
    + r")\b"
)


def _qualifiers(words: str) -> frozenset[str]:
    """The capitalised words that tell holders of one role apart: a party, a state, a country
    ("the Democratic nominee", "Ohio Gov."); a party's short name is its adjective ("the GOP
    nominee" is "Republican nominee Jane Doe")."""
    return frozenset(
        PARTY_SHORT_NAMES.get(word.lower(), word.lower()) for word in _QUALIFIER.findall(words)
    )


def _head(role: str) -> str:
    """The role's head word ("minister" for "prime minister"), with a rank that makes it another
    office ("vice president" is not "president", "lieutenant governor" not "governor")."""
    role = " ".join(role.lower().split())
    if "-in-" in role:
        return role
    words = role.split()
    head = words[-1].split("-")[-1]
    rank = words[-2] if len(words) > 1 else words[-1].partition("-")[0]
    return f"{rank} {head}" if rank in _RANKS and rank != head else head


_RANKS = frozenset(("vice", "deputy", "lieutenant", "assistant", "associate"))
# The head words of who leads a country or a state ("the Cuban leader", "the Texas governor"); not
# "minister", the head of "prime minister" that every minister shares ("the Ivorian leader" is
# not "Ivorian Economy Minister Denis Bra Kanon").
_HEAD_OF_STATE = frozenset({_head(role) for role in UNIQUE_ROLES} - {"minister"} | {"leader"})


# What follows an apostrophe typed as a quote ("dollar"s", "don"t"); a quote mark glued to a
# word ("waxed poetic about"joint operations") opens a quote.
_APOSTROPHE_AFTER = re.compile(r"(?:s|t|d|m|re|ve|ll)\b")


def quote_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Quoted character ranges and whether a quote is still open at the end of the text.

    A straight quote between two letters is an apostrophe typed as a quote (wire copy writes
    ``dollar"s``), not a quote mark.
    """
    spans: list[tuple[int, int]] = []
    if '"' not in text and "“" not in text and "”" not in text:
        return spans, False  # most wire paragraphs: ``in`` is five times faster than the scan
    open_at = -1
    for mark in QUOTE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if (
            ch == '"'
            and 0 < i < len(text) - 1
            and text[i - 1].isalnum()
            and _APOSTROPHE_AFTER.match(text, i + 1)
        ):
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


def in_spans(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def sentence_start(text: str, pos: int, reach: int = 0) -> int:
    """Where the sentence around ``pos`` starts, looking back ``reach`` characters at most (all
    the way when 0)."""
    low = max(0, pos - reach) if reach else 0
    # up to pos + 1: a sentence that starts right at ``pos`` ("... riders." Smith said) counts
    ends = list(SENTENCE_END.finditer(text, low, pos + 1))
    if ends and ends[0].start() < low + 2 and text[ends[0].start()] == ".":
        # the letters before this stop lie before ``low``: not read, they end no sentence
        ends = list(SENTENCE_END.finditer(text, ends[0].start() + 1, pos + 1))
    return ends[-1].end() - 1 if ends else 0


# ---- title-cased headlines, whose cue verbs are capitalised ("Trump Slams Clinton")

_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_HEADLINE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


_HEADLINE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# Words a title-cased headline capitalises that are lower case in a sentence: the cue verbs
# and what stands between a subject and its verb ("Doe Is Now Calling", "Doe To Release").
_HEADLINE_LOWER = (
    SAY_VERBS
    | ACT_VERBS
    | STANCE_VERBS
    | frozenset(w for phrase in PHRASAL for w in phrase.split())
    | AUXILIARIES
)


_CUE_FORMS = frozenset(w for w in SAY_VERBS | ACT_VERBS | STANCE_VERBS if w.endswith(("s", "ed")))


def title_cased(text: str) -> bool:
    """A headline written in title case ("Trump Slams Clinton Over Emails"): one sentence, most
    words of four letters or more capitalised, and none in lower case but a function word (a
    sentence full of names, "Secretary of State Madeleine Albright spoke to reporters in
    Washington", writes its verb and nouns in lower case)."""
    first = text.split(None, 4)[:4]
    if len([w for w in first if w[:1].isupper()]) < min(3, len(first)):
        return False  # most paragraphs: no need to look at every word
    words = _WORD.findall(text)
    return (
        len(words) >= 2
        and sum(w[0].isupper() for w in words) * 10 >= 7 * len(words)
        and not _HEADLINE_END.search(text)
        and all(w in QUERY_STOP_WORDS for w in words if w.islower())
    )


# In a title-cased headline, a verb the tagger took into a person's name ("[Rick Doe Slams] Roe",
# "[Rick Doe Finally Endorses]"): after two words of the name, a cue's third person or past.
_HEADLINE_NAME_VERB = re.compile(r"(?:\s+[A-Z][a-z]+ly)?\s+(?P<verb>[A-Z][a-z]+(?:s|ed))\b")


def headline_names(text: str, people: Sequence[Person], surnames: dict[str, str]) -> list[Person]:
    """The person mentions of a headline with a verb cut from the end of a name ("[Rick Doe
    Slams] Roe" -> "[Rick Doe]"), named as the article names the rest."""
    out = []
    for name, start, end in people:
        words = text[start:end].split()
        if len(words) >= 3:
            second = text.find(words[1], start) + len(words[1])
            verb = _HEADLINE_NAME_VERB.match(text, second)
            if verb and verb.start("verb") < end and verb.group("verb").lower() in _CUE_FORMS:
                cut = " ".join(text[start : verb.start()].split())
                full = surnames.get(cut.split()[-1], "")
                out.append((full if " " in full else cut, start, verb.start()))
                continue
        out.append((name, start, end))
    return out


def headline_case(text: str, people: Sequence[Person]) -> str:
    """A title-cased headline ("Rick Doe Just Announced His Pick") with its cue verbs and the
    auxiliaries and adverbs around them in lower case, as in a sentence ("Rick Doe just
    announced His Pick"); names and other words keep their capitals."""

    def lower(m: re.Match[str]) -> str:
        word = m.group()
        if any(p[1] <= m.start() < p[2] for p in people):
            return word  # "Hope Hicks", "Will Smith"
        low = word.lower()
        return low if low in _HEADLINE_LOWER or low.endswith("ly") else word

    return _HEADLINE_WORD.sub(lower, text)
