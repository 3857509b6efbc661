"""Who speaks in a passage: the people, and apart from them the organisations, whose words a
paragraph quotes or reports.

News attributes speech with a small set of patterns, and this module reads only those: a cue (a
verb of saying, acting on someone or holding a view, from :mod:`.cues`; "according to"; "in a
statement"; "was quoted as saying") next to its subject ("Trump said", "Carney has repeatedly
said", "Doug Ford, who ..., told reporters", "Trump and his lawyers have said", "Clinton took to
Twitter to say"), after it ("said Democratic pollster Stan Greenberg", "said the bureau's
director, James Comey"), or shared with an earlier verb ("Trump met them and said"); a
participle clause hanging on the sentence's subject ("..., saying", "After praising Jones, Smith
..."); a name and a colon in a headline or a roundup; the signature of an embedded post ("— Jane
Doe (@janedoe) July 5, 2016"); a pronoun or a definite description ("he added", "the senator
said") resolved to a person met earlier (see :mod:`.discourse`); the agent of a passive verb
of saying ("was first reported by Smith"); a title-cased headline or subheading, read with its
verbs in lower case ("Smith Just Announced ..."); and quotes that run over several paragraphs.
A person named inside a quote, as a preposition's object or as the person someone speaks
for ("a spokesman for Smith") is not a speaker; an unnamed one ("an aide said") keeps the quote
from the last named speaker. Where a cue names no person, the same subject, inverted, passive and
participle patterns look for an organisation ("the Pentagon said", "according to a report by
Reuters", "Acme sued, saying"), and a description names the body the story last called by that
noun ("the commission said" after "the Federal Election Commission").

It works on plain data (paragraph texts and mentions with offsets), so it needs no tagger to
test, and it is cheap: a paragraph without a cue word or a quote mark costs one regex scan, and
the work for pronouns waits until one asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from .cues import (
    ACT_VERBS,
    AUXILIARIES,
    BASE_FORMS,
    ING_SPEECH,
    NOUN_LIKE,
    PHRASAL,
    SAY_VERBS,
    STANCE_VERBS,
    alternation,
    verb_forms,
)
from .discourse import (
    MODIFIER_GAP,
    PRONOUN_START,
    QUOTE_MARK,
    QUOTED_TEXT,
    ROLE,
    ROLES_PATTERN,
    SENTENCE_END,
    Discourse,
    Person,
    in_spans,
    normalise_quotes,
    pronoun_sex,
    quote_spans,
    sentence_start,
    subject_mentions,
)
from .lexicon import (
    ABBREVIATED_TITLES,
    DOTTED_ABBREVIATIONS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    SUFFIXES,
    WEEKDAYS,
)
from .names import POSSESSIVE, strip_title

__all__ = ["Person", "Speakers", "find_attributions", "find_speakers"]


class Speakers(NamedTuple):
    """Who one paragraph quotes or reports, in order of attribution: people by canonical name
    and organisations ("the Pentagon said") by name, kept apart because a search for what a
    person said must not return what their company said."""

    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()


_VERB = alternation(SAY_VERBS | ACT_VERBS | STANCE_VERBS | PHRASAL)
_STANCE_ONLY = STANCE_VERBS - SAY_VERBS - ACT_VERBS
# Speech acts that, like the say verbs, may share an earlier verb's subject ("Carson took the
# stage and called the system rotten"): past forms only, as "speeches and promises" is a noun.
_COORDINATED = frozenset(v for v in ACT_VERBS if v.endswith("ed"))
_SPEECH = SAY_VERBS | verb_forms(["tell"])
_CUE = re.compile(
    rf"\b(?=[a-zAI])(?:(?P<verb>{_VERB})|(?P<according>[Aa]ccording to)"
    r"|(?P<statement>[Ii]n a statement)|(?P<quoted>as saying))\b"
)
# "Trump is demanding", "Clinton has been saying", "he's saying": the auxiliary before an -ing
# cue (for "he's", only the "'s", so that the pronoun stays before it).
_PROGRESSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|been|am|(?:is|are|was|were)n['’]t)|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))['’]s)"
    r"(?:\s+(?:also|still|now|not|again|already|[a-z]+ly))*\s+$"
)
# ", saying": a participle clause after a comma, perhaps closing a quote, or after a dash
# ("defended its values,” saying", "flipped his choice – saying"); adverbs and "in a
# statement" may come first.
_PARTICIPLE = re.compile(
    r"(?:(?:,[\"”]?|\s(?:--|[—–]))(?:\s+(?:also|then|later|[a-z]+ly|in\s+a\s+\w+))*"
    r"|[,\s](?:while|by|after|when|upon|before|without))\s*$"
)
# What follows a third-person form that is also a plural noun ("notes", "remarks") where it can
# only be the verb: the end of the sentence ("“...,” Smith notes."), a colon or a quote it opens
# ("Smith jokes, “...”"); "the Smith remarks, which" is a noun.
_VERB_AFTER = re.compile(r"\s*(?:[.!?:]|$)|,?\s*[\"“]")
# Before a third-person form that is also a plural noun, what makes it a verb: an adverb
# ("Smith frequently notes"), or an appositive or parenthesis ending in a comma or a dash
# ("Byrne — a former officer — states", "Democrats, Frank notes, ...").
_NOUN_LIKE_VERB_BEFORE = re.compile(r"(?:\s+(?:also|often|still|now|[a-z]+ly))+\s+$|[,—–-]\s*$")
_THAT_AFTER = re.compile(r"\s+that\b")
# A clause's subject right after the verb: "notes the fund grew", "notes he was wrong".
_CLAUSE_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|he|she|they|it|there)\s")
# "reports that the ...": "that" opens a clause, not a relative ("reports that track").
_CLAUSE_THAT_AFTER = re.compile(
    r"\s+that\s+(?:[A-Z]|(?:the|a|an|his|her|its|their|he|she|it|they|we|there|this)\b)"
)
# Before a trailing attribution's subject: the reported clause's comma or closing quote.
_TRAILING_BEFORE = re.compile(r"(?:,|,?[\"”])\s+(?:the\s+)?$")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)\s+$|['’]s?\s+$"
)
# Auxiliaries that let a base form be a cue after one name: "Smith would argue".
_BASE_AUX = re.compile(
    r"\b(?:would|will|could|can|may|might|did|does|do|should|must|to)\b"
    r"|\b(?:would|could|did|does|do|should|ca|wo)n['’]t\b"
)
# Verbs that are not speech with what follows: "continued to buy", "added to her lead", "called
# her to meet", "called off".
_NOT_SPEECH_AFTER = {
    **dict.fromkeys(
        verb_forms(["continue"]),
        re.compile(r"\s+(?:to|with|as|in|on|at|its|his|her|their|\w+ing)\b"),
    ),
    **dict.fromkeys(verb_forms(["add"]), re.compile(r"\s+to\b")),
    # "Acme accused of fraud": a headline's passive, Acme the accused
    **dict.fromkeys(verb_forms(["accuse"]), re.compile(r"\s+of\b")),
    # "Smith reported from Kabul": a reporter's credit line
    **dict.fromkeys(verb_forms(["report"]), re.compile(r"\s+from\b")),
    # "posted a victory", "posted a loss", "posted 500 times": a result, not words
    **dict.fromkeys(
        verb_forms(["post"]),
        re.compile(
            r"\s+(?:(?:a|an|the|its|his|her|their|more\s+than|over|some)\s+)?(?:[\w,$%.-]+\s+){0,2}?"
            r"(?:victory|victories|wins?|gains?|loss(?:es)?|profits?|records?|leads?|bail|bond|"
            r"scores?|times|results?|increases?|declines?|drops?|rises?|growth|revenues?|"
            r"earnings|surplus|deficits?)\b"
        ),
    ),
    **dict.fromkeys(
        verb_forms(["call"]),
        # ... and "Then his brother called.": a telephone call
        re.compile(r"\s+(?:(?:him|her|them|me|us)\s+(?:to|back|at|on)|off|up|in)\b|\s*[.;]"),
    ),
    # "backed off", "backed down": a retreat, not support
    **dict.fromkeys(verb_forms(["back"]), re.compile(r"\s+(?:off|down)\b")),
    # "thanks to his wins": a preposition
    **dict.fromkeys(verb_forms(["thank"]), re.compile(r"\s+to\b")),
    # "declared for president", "declared victory": a candidacy or a result
    **dict.fromkeys(
        verb_forms(["declare"]),
        re.compile(r"\s+(?:for|victory|bankruptcy|war|independence)\b"),
    ),
    # "opened up a lead" (after the phrasal cue "opened up")
    **dict.fromkeys(verb_forms(["open"]), re.compile(r"\s+(?:a|an|the|its|his|her|their)\b")),
    # "He tweets @jdoe": a handle
    **dict.fromkeys(verb_forms(["tweet"]), re.compile(r"\s+(?:at\s+)?@")),
    # "to address the convention": a speech, before its words are reported
    **dict.fromkeys(
        verb_forms(["address"]),
        re.compile(
            r"\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:conference|convention|rally|"
            r"crowd|audience|meeting|gathering|summit|forum|session|dinner|luncheon|graduates|"
            r"students|delegates)\b"
        ),
    ),
}
# A paragraph without a cue can still hold a quote, a colon or an embedded post's signature.
_MARKS = frozenset('"“”:@')

# Lower-case name particles a tagger may leave out of the mention ("said de Clercq").
_PARTICLES = f"(?:{alternation(NAME_PARTICLES)})"
# Words that may stand between a subject and its verb: "Carney has repeatedly said",
# "Trump on Monday told".
_AUX = (
    r"(?:has|had|have|also|later|earlier|then|again|once|further|first|last|only|never|not|"
    r"previously|yesterday|today|tonight|tomorrow|subsequently|however|meanwhile|separately|long|"
    r"too|still|now|even|just|already|always|often|ever|since|soon|himself|herself|both|all|"
    r"each|(?!(?:family|ally|rally|supply|assembly)\b)[a-z]+ly|"
    r"(?:would|could|did|does|do|should|was|is|were|are|has|have|had|ca|wo)n['’]t|"
    r"would|will|could|can|may|might|did|does|do|should|must|"
    # "on Monday", and AP's bare "Smith Monday said"
    rf"(?:on\s+)?(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"in\s+a\s+statement|in\s+an\s+interview|last\s+(?:week|month|year|night)|"
    # "two weeks ago", "less than a month ago"
    r"(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago|"
    r"(?:earlier\s+)?this\s+(?:past\s+)?(?:week|weekend|month|year|morning|afternoon|evening)|"
    rf"of\s+(?:the\s+)?[A-Z][\w.&'’-]*"
    rf"(?:\s+(?:[A-Z][\w.&'’-]*|{_PARTICLES}|and|&|(?:for|of|on|the)(?=\s+[A-Z])))*"
    # "of Austin, Texas, said": a town and its state
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?!\s+(?:and|or)\b),?)?|"
    r"\([^()]{0,120}\),?|(?:Jr|Sr|II|III|IV)\b\.?,?|"
    # one short phrase: "Conable in a television interview to be shown tomorrow said"
    r"(?:in|at|during|on|after|before|from)(?:\s+(?!(?:that|which|who|and|but|or)\b)"
    r"[\w'’.$%-]+){1,12}?)"
)
_DIRECT_GAP = re.compile(rf"(?:\s+{_AUX})*\s*")
# A headline's future: "Doe to back Roe", "Doe set to announce".
_HEADLINE_FUTURE = re.compile(r"\s+(?:(?:is|are|set|expected|due|poised)\s+)?to\s+")
# "Trump was prompted to say", "Clinton took to Twitter to say": a verb phrase ending in "to"
# before an infinitive cue; not with "too" or "enough" ("found Trump too rude to support" has
# Trump as the object).
_CATENATIVE_GAP = re.compile(
    rf"(?!.*\b(?:too|enough)\b)(?:\s+{_AUX})*"
    rf"(?:\s+(?!(?:that|and|but|or|who|which|whom)\b)[\w'’-]+){{1,4}}\s+to\s+"
)
# "Trump and his attorneys have said", "Hawkins and others said": a person and a group.
_GROUP_GAP = re.compile(
    rf"\s+and\s+(?:others|(?:his|her|their|its|the|other|several|many|some|fellow)"
    # the group's words, not a verb of its own ("Smith and his allies are reviewing ...")
    r"(?:\s+(?!(?:are|is|was|were|be|been|being|who|which|that)\b)[\w'’.-]+){1,7}?)"
    rf"(?:\s+{_AUX})*\s*"
)
_WHO_GAP = re.compile(rf"\s*(?:,|\s(?:--|[—–-]))?\s*(?:who|which)(?:\s+{_AUX})*\s*")
# "Smith was told": the name is the listener. Only right before the verb ("to be shown ... said").
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)(?:\s+(?:also|not|[a-z]+ly))?\s*$")
# "Doug Ford, who also recently campaigned ..., told reporters": the subject, an appositive, then
# the verb. The appositive holds no quote and no sentence end.
_APPOSITIVE_GAP = re.compile(
    r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
    rf"(?:\s+of(?:\s+[A-Z][\w.'’-]*)+)?\s*(?:\([^()]{{0,60}}\)\s*)?(?:,|\s*(?:--|[—–])\s|\s-\s)"
    r"(?P<body>(?:[^\"“”]|“[^\"“”]{1,60}”|\"[^\"“”]{1,60}\"){0,240})"
    rf"(?:,|\s(?:--|[—–-])|(?<=,[\"”]))(?:\s+{_AUX})*\s*"
)
_QUOTED_GAP = re.compile(
    r"(?:\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted"
    r"(?:\s+by\s+[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}?)?)?\s*"
)
# "Mario Amato, president of ..., was quoted as saying"
_APPOSITIVE_QUOTED = re.compile(rf"\s*,(?P<body>[^\"“”]{{0,240}}),{_QUOTED_GAP.pattern}")

_PRONOUN_BEFORE = re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he)(?:\s+{_AUX})*\s*$")
# What may follow a trailing attribution before the sentence ends: "he told reporters on Monday."
_SENTENCE_REST = re.compile(r"(?:[^.;:\"“”]{0,60}?(?<!\bthat)(?:[.!?]|$))|\s*,")
_PRONOUN_QUOTED = re.compile(rf"\b(?P<pron>[Hh]e|[Ss]he){_QUOTED_GAP.pattern}$")
# "an aide to the governor said": the description is a preposition's object, not the speaker.
_PREPOSITION_END = re.compile(r"\b(?:to|of|for|with|by|from|at|about|against)\s+$")
_DESCRIPTOR_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{ROLES_PATTERN}))(?:\s+{_AUX})*\s*$"
)
# Between an inverted verb and the name: titles only ("said U.S. President Donald Trump").
_TITLE_WORDS = re.compile(
    rf"(?:\s+(?:[A-Z][\w.'’-]*|of|the|to|for|former|acting|deputy|senior|{_PARTICLES}|"
    rf"(?i:{ROLES_PATTERN})))*"
    rf"(?:\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?i:{ROLES_PATTERN})(?:\s+(?:of|the|to|for|[A-Z][\w.'’-]*))*)?\s+"
)
# "sources close to Finance Minister Edouard Balladur said": the name is a preposition's object.
_OBJECT_LEAD = re.compile(
    rf"(?<![\w-])(?P<before>[\w-]+\s+)?(?:to|of|for|with|by|from|at|about|against|than)\s+"
    rf"(?:(?:[A-Z][\w.'’-]*|the|or|(?i:{ROLES_PATTERN}))\s+)*$"
)
# What may follow the name after an inverted verb: the clause ends, or a prepositional phrase,
# an appositive or a relative clause starts ("said Smith, 45", "said Smith of Acme").
_INVERTED_END = re.compile(
    r"\s*(?:[,.;:!?\"“”)(—–-]|$)|\s+(?:of|in|at|on|from|for|who|whose|during|before|after|to|"
    r"when|while|as|and|about|with|via|in|whether|if|[A-Z0-9])"
)
# What a cue may cite that is not a person: "according to the poll".
_DOCUMENT = (
    r"(?:results?|reports?|summary|summaries|stud(?:y|ies)|polls?|surveys?|data|figures|"
    r"analysis|records?|documents?|estimates?|statistics|filings?|statements?|transcripts?|"
    r"memos?|letters?|complaints?|indictments?|lawsuits?|websites?|books?|articles?|tall(?:y|ies)|"
    r"census|numbers|rules?|laws?|schedules?|agreements?|findings|projections?|forecasts?)"
)
# Words written with a dot that end no sentence ("Gov.", "Jan.", "St.").
_ABBREVIATED = alternation(
    w.capitalize() for w in ABBREVIATED_TITLES | DOTTED_ABBREVIATIONS | NAME_ABBREVIATIONS
)
# Between an inverted verb (or "according to") and its subject: the subject's description, up
# to seven words and perhaps a comma ("said Democratic pollster Stan Greenberg", "said the
# bureau's director, James Comey"), without a word that starts a clause or a phrase of the verb
# ("said in May that Smith", "said he", "according to aides to Smith").
_INVERTED_LEAD = re.compile(
    r"(?:\s+(?!(?:that|he|she|it|they|we|I|you|in|on|at|with|by|about|to|"
    r"for|from|after|before|during|when|while|as|if|because|but|or|not|than|into|over|"
    r"under|against|who|whom|whose|which|would|will|could|can|may|might|should|must|is|was|"
    r"are|were|has|had|have|be|been|did|does|do|told|said|says)\b"
    # "and" only between the titles of one person ("said former Gov. and party chairman Doe")
    r"|and\s+(?![A-Z]|$|(?:[a-z][\w-]*\s+){1,2}(?:[A-Z]|$)))"
    # a word, not one that ends a sentence ("according to officials. Smith ...", "according
    # to Bloomberg. Smith ...") or a document's clause ("according to the poll, Smith leads")
    rf"(?!(?!{_ABBREVIATED}\.)[\w'’&-]*[a-z]\.(?:\s|$)|{_DOCUMENT},)[\w.'’&-]+){{0,7}}?,?\s+"
    # or a description in apposition: "said a former spokesman for the ministry, Oleg Voloshyn",
    # not a document, whose comma opens the next clause ("according to the poll, Smith leads")
    r"|\s+(?:a|an|the|his|her|its|their|another|one)\s+"
    rf"(?![^,.;:\"“”()]{{0,80}}?\b{_DOCUMENT}\b)[^,.;:\"“”()]{{1,80}}?,\s+"
)
# "according to an analysis by", "according to a report Tuesday from": a document, then its
# author.
_DOCUMENT_BY = re.compile(
    rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT}(?:\s+[A-Z]\w+day)?\s+(?:by|from)(?=\s)"
)
# "... quoted an aide as saying": the body that quotes, then whom it quotes.
_QUOTING_BODY = re.compile(r"\s+(?:has\s+|had\s+)?quoted\s+[^,.;:\"“”]{1,80}?\s+$")
_STATEMENT_AFTER = re.compile(rf",?{_TITLE_WORDS.pattern}")
_PRONOUN_AFTER = re.compile(r"\s+(?P<pron>he|she)\b")
_DESCRIPTOR_AFTER = re.compile(
    rf"\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{ROLES_PATTERN}))\b(?!['’]s)"
)
# Between two names of a list: a party or state in brackets may close the first, a title open
# the next ("Ms. Doe (D) and former Gov. John Smith", "Smith and House Speaker Jane Doe").
# ... or a hyphenated description ("Smith and co-host Jane Doe", "Smith and 24-year-old Jane Doe").
_NEXT_TITLES = (
    rf"(?:(?:former|fellow|(?:co|\d+|[a-z]{{3,}})-[\w-]+|[A-Z][\w.-]*|(?i:{ROLES_PATTERN}))\s+)*"
)
# ... and the first may be followed by its state or town ("Ted Cruz of Texas and Jane Doe").
_OF_PLACE = r"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
_AND_GAP = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?{_OF_PLACE},?\s+and\s+{_NEXT_TITLES}")
_CONJ_GAP = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?{_OF_PLACE}(?:\s*,\s*|,?\s+and\s+){_NEXT_TITLES}"
)
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=\s))")


def _with_conjuncts(text: str, people: Sequence[Person], index: int) -> list[str]:
    """The person at ``index`` and those joined to it by "and" or commas just before it."""
    names = [people[index][0]]
    i = index
    if i == 0 or not _AND_GAP.fullmatch(text, people[i - 1][2], people[i][1]):
        return names  # "Asked about Smith, Jones said": no "and", no list
    if "," in text[people[i - 1][2] : people[i][1]] and not (
        i > 1 and _CONJ_GAP.fullmatch(text, people[i - 2][2], people[i - 1][1])
    ):
        return names  # "He met Smith, and Jones said": two clauses, not a list of two
    while i > 0 and _CONJ_GAP.fullmatch(text, people[i - 1][2], people[i][1]):
        i -= 1
        names.insert(0, people[i][0])
    return names


# Nouns for people who speak on a person's behalf, never the person: "a spokesman for Smith".
_AGENT = re.compile(
    r"(?i:spokes(?:man|woman|person|people|men|women)|aides?|advisers?|advisors?|lawyers?|"
    r"attorneys?|representatives?|sources?|officials?|friends?|allies|ally|associates?)"
)


def _with_following(text: str, people: Sequence[Person], index: int) -> list[str]:
    """The person at ``index`` and those joined to it by "and" right after it: a subject of
    several ("Smith and Jones sent a letter, asking ...")."""
    j = index
    while j + 1 < len(people) and _CONJ_GAP.fullmatch(text, people[j][2], people[j + 1][1]):
        j += 1
    if j > index and not _AND_GAP.fullmatch(text, people[j - 1][2], people[j][1]):
        j = index  # a list needs "and" before its last name
    return [p[0] for p in people[index : j + 1]]


def _is_object(text: str, person: Person) -> bool:
    """Whether the mention follows a preposition ("aides to Smith"), titles aside."""
    start = max(sentence_start(text, person[1], 80), person[1] - 80)
    found = _OBJECT_LEAD.search(text, start, person[1])
    if found is None:
        return False
    word = found.group("before")
    if word and _AGENT.fullmatch(word.strip()):
        return True  # "a spokeswoman for Smith": someone speaking for the person
    return not (word and ROLE.fullmatch(word.strip()))


# "a move Smith had opposed": a noun, then a relative clause without "that" whose subject is
# the name; the noun is what the clause is about.
_NOUN_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s+$")


def _object_relative(text: str, person: Person) -> bool:
    """Whether the mention opens a relative clause after a common noun ("the plan Smith
    backed"), not after a role ("the analyst Smith")."""
    found = _NOUN_BEFORE.search(text, max(0, person[1] - 40), person[1])
    return found is not None and not ROLE.fullmatch(found.group("noun"))


_DASH_LIST_END = re.compile(rf"\s*(?:--|[—–])(?:\s+{_AUX})*\s*")
# The subject those names stand for: a few words, no preposition ("insiders in two states --
# Ohio and Iowa -- said" is the insiders speaking).
_DASH_SUBJECT = re.compile(
    r"\W*(?:(?!(?:in|of|from|at|for|with|by|on|to|about)\b)[\w'’.-]+\s+){1,5}"
    r"(?:--|[—–])\s(?:(?:including|such\s+as|among\s+them)\s)?(?:[A-Z][\w.'’-]*\s+)*"
)
_PLURAL_AUX = re.compile(r"\b(?:are|were|have)\b")
_COMMA_TITLES = re.compile(rf",\s*{_NEXT_TITLES}$")
# "Another pollster, David Woodard of Clemson University, said": the name in apposition.
_APPOSED_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?\s*,"
    rf"(?:\s+{_AUX})*\s*"
)


# "Jane Doe, a spokeswoman for Acme said": an appositive or relative clause without its
# closing comma, then the verb.
_OPEN_APPOSITIVE_GAP = re.compile(
    rf",\s+(?P<body>(?:a|an|who\s+(?:is|was)|(?i:{ROLES_PATTERN}))\s"
    r"(?:(?!who|which|that)[^,;:\"“”()—–]){1,60}?)"
    r"(?<![.!?])\s+"
)
_QUOTE_CLOSE_BEFORE = re.compile(r"[,?!][\"”]\s*$")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+|(?:of|for)\s+(?=[A-Z]))*")


def _subject_before(text: str, people: Sequence[Person], cue: int, verb: str) -> list[str]:
    """Persons who are the subject of the verb starting at ``cue``."""
    before = [p for p in people if p[2] <= cue]
    if not before:
        return []
    last = len(before) - 1
    gap = text[before[last][2] : cue]
    if (
        last
        and _OF_GAP.fullmatch(text, before[last - 1][2], before[last][1])
        and _DIRECT_GAP.fullmatch(text, before[last - 1][2], cue)
    ):
        # "Jane Doe of the Roe Institute said": a firm named for someone, tagged as a person
        last -= 1
        before = before[: last + 1]
        gap = text[before[last][2] : cue]
    direct = _DIRECT_GAP.fullmatch(gap) and not _POSSESSIVE_AFTER.match(gap)
    if direct and verb != "as saying" and _is_object(text, before[last]):
        return []
    quoted = verb == "as saying"
    if direct and not quoted and verb not in SAY_VERBS and _object_relative(text, before[last]):
        return []
    if direct and (verb == "as saying" or not _PASSIVE.search(gap)):
        return _with_conjuncts(text, before, last)
    if verb == "as saying" and _QUOTED_GAP.fullmatch(gap):
        return _with_conjuncts(text, before, last)
    group = _GROUP_GAP.fullmatch(gap) or (verb in BASE_FORMS and _CATENATIVE_GAP.fullmatch(gap))
    if group and not _POSSESSIVE_AFTER.match(gap) and not _is_object(text, before[last]):
        if not _GROUP_GAP.fullmatch(gap):
            return [before[last][0]]
        i = last  # "Ms. Doe, Mr. Roe and other donors said": the names listed with the group
        while i > 0 and _CONJ_GAP.fullmatch(text, before[i - 1][2], before[i][1]):
            i -= 1
        return [p[0] for p in before[i : last + 1]]
    if _WHO_GAP.fullmatch(gap) and not _PASSIVE.search(gap):
        # "James Baker, who also warned ..."; "Jane Doe and John Roe, who are ...": a plural
        # verb takes the whole list, else only its last name ("... and Doe, who joked")
        if verb in BASE_FORMS or _PLURAL_AUX.search(text, cue - len(gap), cue + 5):
            return _with_conjuncts(text, before, last)
        return [before[last][0]]
    for i, person in enumerate(before):
        found = _APPOSITIVE_GAP.fullmatch(text, person[2], cue)
        if verb == "as saying" and not found:
            found = _APPOSITIVE_QUOTED.fullmatch(text, person[2], cue)
        elif found and _PASSIVE.search(text[found.end("body") : cue]):
            continue
        if not found or SENTENCE_END.search(found.group("body")):
            continue
        if (
            i + 1 < len(before)
            and not text[person[2] : before[i + 1][1]].strip(" ,")
            and not _POSSESSIVE_AFTER.match(text, before[i + 1][2])
        ):
            continue  # "After meeting Jones, Smith, the minister, said": Smith is the subject
        return _with_conjuncts(text, before, i)
    if verb in _SPEECH and not verb.endswith("ing"):
        # an appositive whose closing comma the writer left out: "Jane Doe, a spokeswoman
        # for Acme said", by the subject that opens its sentence or follows a quote
        for person in before:
            if not text.startswith(",", person[2]):
                continue  # most names: skip the regex
            found = _OPEN_APPOSITIVE_GAP.fullmatch(text, person[2], cue)
            if (
                found
                and not _CUE.search(found.group("body"))
                and (
                    _QUOTE_CLOSE_BEFORE.search(text, max(0, person[1] - 4), person[1])
                    or person in subject_mentions(text, before)
                )
            ):
                return [person[0]]
    # "The three experts -- Smith, Jones and Doe -- agreed": names listed between dashes.
    names = _with_conjuncts(text, before, last) if _DASH_LIST_END.fullmatch(gap) else []
    if len(names) > 1:
        first = before[last - len(names) + 1]
        if _DASH_SUBJECT.fullmatch(text, sentence_start(text, first[1]), first[1]):
            return names
    # "The company's chairman, John Smith, said": the name is the apposition of the subject,
    # as are several ("Two senators, Sen. Jane Doe and John Roe, have said").
    if _APPOSED_GAP.fullmatch(gap):
        names = _with_conjuncts(text, before, last)
        first = before[last - len(names) + 1]
        if _COMMA_TITLES.search(text, max(0, first[1] - 40), first[1]):
            return names
    return []


def _after(
    text: str,
    people: Sequence[Person],
    end: int,
    pattern: re.Pattern[str],
    *,
    inverted: bool = False,
) -> list[str]:
    """Persons named right after ``end`` with only ``pattern`` between; for an ``inverted``
    verb, only where the name ends its clause ("said Smith." but not "said Smith would"), so a
    name that only modifies the subject is passed over ("said Smith's lawyer, Jane Doe")."""
    for i, person in enumerate(people):
        if person[1] < end:
            continue
        if not pattern.fullmatch(text, end, person[1]):
            if inverted:
                continue
            return []
        if _POSSESSIVE_AFTER.match(text, person[2]):
            if inverted:
                continue
            return []
        j = i
        while j + 1 < len(people) and _CONJ_GAP.fullmatch(text, people[j][2], people[j + 1][1]):
            j += 1
        if j > i and not _AND_GAP.fullmatch(text, people[j - 1][2], people[j][1]):
            j = i  # a list needs "and" before its last name
        if inverted and not _INVERTED_END.match(text, people[j][2]):
            continue
        return [p[0] for p in people[i : j + 1]]
    return []


# "was first reported by the Post", "when asked by Smith": the agent of a passive verb of
# saying (not "a plan favored by Smith", whose agent holds a view).
_BY = re.compile(r"\s+by(?=\s)(?!\s+\w+ing\b)")
_PASSIVE_SPEECH = frozenset(
    v
    for v in (SAY_VERBS | verb_forms(["ask"])) - verb_forms(["continue"])
    if v.endswith(("ed", "written", "said"))
)


def _agent(text: str, people: Sequence[Person], cue: re.Match[str]) -> list[str]:
    """The speaker of a verb of saying in the passive, named right after "by" ("was first
    reported by the Post", "when asked by Smith")."""
    verb = cue.group("verb") or ""
    if verb not in _PASSIVE_SPEECH:
        return []
    by = _BY.match(text, cue.end())
    if by is None:
        return []
    after = [p for p in people if p[1] >= by.end()]
    if not after or not _INVERTED_LEAD.fullmatch(text, by.end(), after[0][1]):
        return []  # the first name after "by" or no one: "echoed by Smith, who told Jones"
    return _after(text, after[:1], by.end(), _INVERTED_LEAD, inverted=True)


# A plural noun and the named examples that follow it: "critics like", "experts such as".
_EXAMPLES_BEFORE = re.compile(rf"\b[a-z]+s,?\s+(?:like|such\s+as|including)\s+{_NEXT_TITLES}$")


def _named_examples(text: str, before: Sequence[Person], cue: int) -> bool:
    """Whether the names right before a plural verb are examples of its plural subject
    ("critics like Smith and Jones say"), which then speak."""
    names = _with_conjuncts(text, before, len(before) - 1)
    first = before[len(before) - len(names)]
    return bool(
        _DIRECT_GAP.fullmatch(text, before[-1][2], cue)
        and _EXAMPLES_BEFORE.search(text, max(0, first[1] - 60), first[1])
    )


def _noun_like_verb(text: str, before: Sequence[Person], start: int, end: int) -> bool:
    """Whether a form like "notes" or "states" after a name is the verb, not a plural noun
    ("the Smith notes"): it ends the sentence ("“...,” Smith notes."), an adverb precedes it,
    or an appositive stands between it and the name; or, in a parenthesis ("Democrats, Frank
    notes, applaud"), a comma follows. After "he" or "she" it is always the verb."""
    if _VERB_AFTER.match(text, end) or _PRONOUN_BEFORE.search(text, max(0, start - 40), start):
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
    ctx: Discourse,
) -> list[str]:
    """The subject of the sentence that a participle clause at ``at`` (", saying ...") hangs
    on: its first person in subject position, or the person its leading "he"/"she" means."""
    start = sentence_start(text, at)
    before = [p for p in people if p[2] <= at]
    for person in subject_mentions(text, before):
        if person[1] >= start:
            if _POSSESSIVE_AFTER.match(text, person[2]) or _INSTITUTION_AFTER.match(
                text, person[2]
            ):
                return []  # "Smith's campaign went on the offensive, tweeting ..."
            return _with_following(text, before, before.index(person))
    return _pronoun_subject(text, before, quotes, start, at, found, para, ctx)


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


# "with Smith calling for a ban": the subject of an absolute clause, before its participle.
_WITH_SUBJECT = re.compile(rf"\b[Ww]ith\s+(?:(?:[A-Z][\w.'’-]*|(?i:{ROLES_PATTERN}))\s+)*$")
# A participle clause opening its sentence: "After praising Jones, Smith said".
_FRONTED_LEAD = re.compile(r"\W*(?:(?:After|Since|While|Before|When|By|Upon|Without)\s+)?")
_CLAUSE_END = re.compile(r"[,;:.!?\"“”]")


def _subject_after_clause(text: str, people: Sequence[Person], at: int) -> list[str]:
    """The subject after a fronted clause that runs from ``at`` to the next comma: the person
    that opens the main clause ("After praising Jones, Senator Smith said")."""
    comma = _CLAUSE_END.search(text, at)
    if comma is None or comma.group() != ",":
        return []
    after = [p for p in people if p[1] > comma.end()]
    if not after:
        return []
    lead = text[comma.end() : after[0][1]]
    if (
        len(lead.strip()) > 30
        or QUOTE_MARK.search(lead)
        or _OBJECT_LEAD.search(lead)
        or _POSSESSIVE_AFTER.match(text, after[0][2])
    ):
        return []
    return [after[0][0]]


_DASH_BREAK = re.compile(r"\s(?:--|[—–])\s")
_PASSIVE_CLAUSE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
# "... and said": a verb sharing the subject of the clause before it.
_AND_BEFORE = re.compile(rf"(?:,\s*|\s+)and(?:\s+{_AUX})*\s*$")


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
    joined = _AND_BEFORE.search(text, max(start, at - 80), at)
    breaks = list(_CLAUSE_BREAK_AFTER.finditer(text, start, joined.start() if joined else at))
    dashes = [b for b in breaks if _DASH_BREAK.fullmatch(b.group())]
    if len(dashes) % 2 == 0:
        breaks = [b for b in breaks if b not in dashes]
    if breaks:
        start = breaks[-1].end()
    before = [p for p in people if start <= p[1] and p[2] <= at]
    if before:
        first = before[0]
        lead = text[start : first[1]]
        if joined and _PASSIVE_CLAUSE.search(text, first[2], joined.start()):
            return []  # "Smith was arrested and charged with theft": he is the one charged
        if (
            len(lead.strip()) <= 40
            and not QUOTE_MARK.search(lead)
            and not _POSSESSIVE_AFTER.match(text, first[2])
            and not _is_object(text, first)
        ):
            return [first[0]]
        return []
    return _pronoun_subject(text, before, quotes, start, at, found, para, ctx)


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
    if kind == "according":
        return _after(text, people, end, _INVERTED_LEAD, inverted=True)
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
            if word not in ING_SPEECH:
                return []
            if _PARTICIPLE.search(text, max(0, start - 40), start):
                return _clause_subject(text, people, quotes, start, found, para, ctx)
            if _FRONTED_LEAD.fullmatch(text, sentence_start(text, start), start):
                return _subject_after_clause(text, people, end)
            if (
                before
                and _WITH_SUBJECT.search(text, max(0, before[-1][1] - 60), before[-1][1])
                and _DIRECT_GAP.fullmatch(text, before[-1][2], start)
            ):
                return [before[-1][0]]  # "with Smith calling for a ban"
            return []
        start = aux.start()  # "Trump is demanding": the subject stands before "is"
    # "they say", "would argue": a base form needs an auxiliary or several people before it.
    # A headline that opens with a name reads "Smith attacks Jones" as a verb.
    headline = ctx.headline or (
        para == 0 and len(text) <= 160 and bool(before) and not text[: before[0][1]].strip()
    )
    bare = kind == "verb" and (verb in BASE_FORMS or (verb in NOUN_LIKE and not headline))
    if bare and _BASE_AUX.search(text, max(0, start - 30), start):
        bare = False
    elif bare and before and _GROUP_GAP.fullmatch(text, before[-1][2], start):
        bare = False  # "Smith and other experts acknowledge": a plural subject
    elif bare and before and _named_examples(text, before, start):
        bare = False  # "critics like Smith say": the examples of a plural subject
    elif bare and verb not in BASE_FORMS and _noun_like_verb(text, before, start, end):
        bare = False  # "“...,” Smith notes.", "Smith often notes": a verb, not a plural noun
    agent = _agent(text, people, cue) if "by" in text[end : end + 4] else []
    if agent:
        return agent
    names = _subject_before(text, people, start, verb)
    if (
        not names
        and para == 0
        and verb in BASE_FORMS
        and before
        and len(text) <= 160
        and _HEADLINE_FUTURE.fullmatch(text, before[-1][2], start)
    ):
        names = _with_conjuncts(text, before, len(before) - 1)  # "Doe to endorse Roe"
    if names and (not bare or len(names) > 1):
        return names
    if names or bare:
        return []
    left_at = max(0, start - 80)
    left = text[left_at:start]
    if (verb in _SPEECH or verb in _COORDINATED) and _AND_BEFORE.search(left):
        return _coordinated_subject(text, people, quotes, start, found, para, ctx)
    if verb in _STANCE_ONLY:
        return []  # a belief or wish is attributed to a named subject only
    pron = (_PRONOUN_BEFORE if kind == "verb" else _PRONOUN_QUOTED).search(left)
    if pron and not in_spans(left_at + pron.start(), quotes):
        trailing = left[: pron.start()].rstrip().endswith((",", "”", '"')) and bool(
            _SENTENCE_REST.match(text, end)
        )
        sex = pronoun_sex(pron.group("pron"))
        at = left_at + pron.start() if trailing else -1
        return [ctx.resolve(para, text, before, found, trailing=at, sex=sex)]
    desc = _DESCRIPTOR_BEFORE.search(left) if kind == "verb" else None
    if (
        desc
        and not in_spans(left_at + desc.start(), quotes)
        and not _PREPOSITION_END.search(left, 0, desc.start())
    ):
        desc_before = [p for p in before if p[2] <= left_at + desc.start()]
        role = desc.group("role")
        return [ctx.resolve(para, text, desc_before, found, role, description=desc.group())]
    if kind != "verb" or not _inverted_allowed(text, start, verb):
        return []
    names = _after(text, people, end, _INVERTED_LEAD, inverted=True)
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
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?i:at|to|on|in|from|with|for|via)\s+[^,.;:\"“”]{1,70}?)?\s*"
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
        if in_spans(at, quotes) or not (words or not text[at + 1 :].strip()):
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
            or _CUE.search(text[p[2] : inside[i + 1][1]].lower())
        ]
        if not inside or not _COLON_TAIL.fullmatch(text, inside[-1][2], at):
            continue
        first = inside[0]
        if _COLON_HEAD.fullmatch(text, start, first[1]):
            names = _with_conjuncts(text, inside, len(inside) - 1)
            # "Netanyahu and Obama: A tortured relationship" names a topic, not two speakers.
            if len(inside) == 1 or (len(names) == len(inside) and words and words.group("quote")):
                found.extend(names)
    return found


# The signature an embedded post ends with: "... — Jane Doe (@janedoe) July 5, 2016".
_SIGNATURE = re.compile(
    r"(?:—|--)\s*(?P<name>[^—()]{2,60}?)\s*\(@\w+\)\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
)


# Where a reported clause ends and the sentence goes on with its own subject.
_CLAUSE_BREAK_AFTER = re.compile(r",\s+(?:and|but|while|whereas|yet)\b|;|\s[—–]\s|\s--\s")
# Words that open a question or condition, whose verb is not an attribution of its own:
# "When asked why Cruz decided to attack, Tyler said".
_SUBORDINATE = re.compile(r"\b(?:[Ww]hy|[Ww]hat|[Hh]ow|[Ww]hether|[Ww]hen|[Ii]f)\b")


def _in_parenthesis(text: str, start: int, end: int) -> bool:
    """Whether ``end`` stands in a parenthesis opened after ``start``: an aside with its own
    subject ("... refugees (Smith has proposed 10,000)")."""
    return text.rfind("(", start, end) > text.rfind(")", start, end)


def _embedded(text: str, cue: re.Match[str], reported_until: int) -> bool:
    """Whether a verb cue stands inside words already reported in its sentence ("Sims said he
    was undecided until Haley said she was backing Rubio": Sims speaks, Haley is reported), or a
    stance verb inside a question ("asked why Cruz decided")."""
    verb = cue.group("verb")
    if verb in SAY_VERBS or (reported_until < 0 and verb not in _STANCE_ONLY):
        return False  # most cues: "said" is never embedded, and nothing was reported yet
    start = sentence_start(text, cue.start())
    if (
        reported_until > start
        and not _CLAUSE_BREAK_AFTER.search(text, reported_until, cue.start())
        and not _in_parenthesis(text, reported_until, cue.start())
    ):
        return True
    return verb in _STANCE_ONLY and bool(
        _SUBORDINATE.search(QUOTED_TEXT.sub("", text[start : cue.start()]))
    )


# A person's name, then the body that speaks for them: "the Trump campaign said".
_INSTITUTION_AFTER = re.compile(
    r"['’]?s?\s+(?:campaign|administration|camp|team|foundation|organi[sz]ation)\b"
)
# Head nouns of a body that a story names once and then calls "the campaign", "the party".
# Not "company" or "group": the names of most companies and groups do not end with the word.
_BODY_NOUNS = (
    "campaign|administration|committee|commission|agency|department|government|party|board|"
    "court|bureau|council|union|office|ministry|network|newspaper|magazine|foundation|"
    "association|organi[sz]ation"
)
_BODY_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?P<mod>(?:[a-z][\w'’-]*\s+){{0,2}}?)(?P<noun>{_BODY_NOUNS})"
    rf"(?:\s+{_AUX})*\s*$"
)
_BODY_AFTER = re.compile(
    rf"\s+the\s+(?P<mod>(?:[a-z][\w'’-]*\s+){{0,2}}?)(?P<noun>{_BODY_NOUNS})"
    r"(?=\s*[,.;]|\s+(?:in|on)\b)"
)
_BODY_WORDS = frozenset(
    _BODY_NOUNS.replace("organi[sz]ation", "organization|organisation").split("|")
)


def note_bodies(
    text: str, people: Sequence[Person], orgs: Sequence[Person], bodies: dict[str, str]
) -> None:
    """Remember the bodies a paragraph names by their head noun ("Federal Election
    Commission" as "commission", "the Smith campaign" as "campaign"), so that "the commission
    said" later in the story names one."""
    for name, _, _ in orgs:
        words = name.split()
        if len(words) > 1 and words[-1].lower() in _BODY_WORDS and words[0] not in ("The", "the"):
            bodies[words[-1].lower()] = name  # "Commerce Department", not "The Department"
    for _, start, end in people:
        found = _INSTITUTION_AFTER.match(text, end)
        if found:
            name = POSSESSIVE.sub("", text[start:end])
            noun = found.group().split()[-1].lower()
            bodies[noun] = f"{strip_title(name)} {noun}"


def _described_body(
    cue: re.Match[str], text: str, quotes: Sequence[tuple[int, int]], ctx: Discourse
) -> list[str]:
    """The body a definite description before or after a cue means ("the campaign said",
    "said the party", "the budget office said"): the one the story last named with that head
    noun (and the description's other words: not "the appeals court" for the Supreme Court).
    The paragraphs' bodies are noted only now, when a description asks."""
    start, end = cue.span()
    found = None
    if "he " in text[max(0, start - 60) : start]:  # "the", "The": skip the regex otherwise
        found = _BODY_BEFORE.search(text, max(0, start - 60), start)
    if found and _PREPOSITION_END.search(text, max(0, found.start() - 12), found.start()):
        found = None  # "a spokesman for the campaign said"
    verb = cue.group("verb") or ""
    if not found and verb and _inverted_allowed(text, start, verb):
        found = _BODY_AFTER.match(text, end)
    if not found or in_spans(found.start(), quotes):
        return []
    for unread in ctx.unread_bodies:
        note_bodies(*unread, ctx.bodies)
    ctx.unread_bodies.clear()
    name = ctx.bodies.get(found.group("noun"), "")
    words = found.group("mod").split()
    if words and not any(w in name.lower() for w in words):
        return []  # "the appeals court" is not the Supreme Court the story named
    return [name] if name else []


def _org_cue_speakers(
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
    shared = kind == "verb" and (
        (verb in ING_SPEECH and bool(_PARTICIPLE.search(text, max(0, start - 40), start)))
        or (
            verb in _SPEECH
            and "and" in text[max(0, start - 80) : start]  # most cues: skip the regex
            and bool(_AND_BEFORE.search(text, max(0, start - 80), start))
        )
    )
    if shared:
        return _org_clause_subject(text, orgs, people, quotes, start, surnames)
    if kind == "verb" and (verb.endswith("ing") or verb in BASE_FORMS):
        return []  # a participle or a plural: the person rules' cases, kept to persons
    near = [o for o in orgs if start - 250 <= o[2] <= start or end <= o[1] <= end + 40]
    if not near and not any(start - 30 <= p[2] <= start for p in people):
        return []
    # a preposition's objects, when the preposition names the speaker: "reported by Acme",
    # "according to a report by Acme" (the document's author)
    objects = [o for o in near if not in_spans(o[1], quotes)]
    agent = _agent(text, objects, cue) if "by" in text[end : end + 4] else []
    if agent:
        return agent
    by = _DOCUMENT_BY.match(text, end) if kind == "according" else None
    if by:
        return _after(text, objects, by.end(), _INVERTED_LEAD, inverted=True)
    orgs = _org_heads(text, near, quotes, surnames)
    if kind == "according":
        return _after(text, orgs, end, _INVERTED_LEAD, inverted=True)
    if kind == "quoted":
        # "Acme quoted an official as saying": the quoted one is unnamed, the body reports
        quoting = _QUOTING_BODY.search(text, max(0, start - 120), start)
        heads = [o for o in orgs if quoting and o[2] == quoting.start()]
        return [heads[0][0]] if heads else []
    if verb in NOUN_LIKE:
        # "The Post reports", not "the 2012 Benghazi attacks"; elsewhere in the sentence
        # "..., the Post reports." and "the Post reports that the ..." only
        orgs = [
            o
            for o in orgs
            if len(text[sentence_start(text, o[1]) : o[1]].strip()) <= 4
            or _CLAUSE_THAT_AFTER.match(text, end)
            or (
                _VERB_AFTER.match(text, end)
                and _TRAILING_BEFORE.search(text, max(0, o[1] - 8), o[1])
            )
        ]
    not_after = _NOT_SPEECH_AFTER.get(verb.split()[0]) if verb else None
    if not_after is not None and not_after.match(text, end):
        return []
    names = _subject_before(text, orgs, start, verb) if kind != "statement" else []
    if not names and kind == "statement":
        names = _after(text, orgs, end, _STATEMENT_AFTER, inverted=True)
    if not names:
        before = [p for p in people if p[2] <= start]
        body = _INSTITUTION_AFTER.match(text, before[-1][2]) if before else None
        if body and _DIRECT_GAP.fullmatch(text, body.end(), start) and before:
            name = POSSESSIVE.sub("", text[before[-1][1] : before[-1][2]])
            names = [f"{strip_title(name)} {body.group().split()[-1]}"]
    if (
        not names
        and kind == "verb"
        and verb not in NOUN_LIKE
        and _inverted_allowed(text, start, verb)
    ):
        names = _after(text, orgs, end, _INVERTED_LEAD, inverted=True)
    return names


# A verb right after an organisation that is a subject: an auxiliary, an adverb or a past
# form ("The agency has", "Acme quickly", "Acme sued"), not a noun it modifies ("The Florida
# senator", "FBI officials") nor a dateline ("WASHINGTON —").
_ORG_VERB_AFTER = re.compile(
    r"\s+(?:has|have|had|is|was|are|were|did|does|do|will|would|can|could|may|might|should|"
    r"must|also|then|[a-z]+ly|[a-z]+ed|(?:is|was|are|were|has|have|had|did|does|do)n['’]t)\b"
)
# A say verb between that subject and the clause: the clause hangs on someone else's words
# ("Washington did not complain, an official said, adding ...").
_SAID_BETWEEN = re.compile(rf"\b(?:{alternation(_SPEECH)})\b")
# What may open a sentence before its subject: "The", or a fronted phrase and its comma.
_ORG_SUBJECT_LEAD = re.compile(r"\W*(?:[^,;:\"“”]{0,60},\s*)?(?:[Tt]he\s+)?")


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


# A pronoun right before a cue: an unresolved "he said" is no one else's attribution.
_PRONOUN_END = re.compile(rf"\b(?:[Hh]e|[Ss]he|I|[Tt]hey|[Ww]e)(?:\s+{_AUX})*\s*$")


def _anonymous(text: str, cue: re.Match[str]) -> bool:
    """Whether a speech verb that named no one has a subject of its own, unnamed ("an official
    said", "“...,” a spokesman said"), rather than an unresolved pronoun."""
    verb = cue.group("verb")
    return verb in _SPEECH and not _PRONOUN_END.search(text, max(0, cue.start() - 60), cue.start())


# Around an organisation that only modifies what speaks: "a New York Times/CBS poll", "the
# Kentucky Republican", "Trump University".
_ORG_MODIFIER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|in|on|at|from|across|throughout|of|for|with|by|"
    r"(?<![Aa]ccording\s)to|about|"
    r"against|than)(?:\s+the)?\s+$"
)
_ORG_MODIFIER_AFTER = re.compile(r"\s*/|\s+[A-Z]|['’]s?\b")


def _org_heads(
    text: str, orgs: Sequence[Person], quotes: Sequence[tuple[int, int]], surnames: dict[str, str]
) -> list[Person]:
    """The organisation mentions of a paragraph that may speak: outside quotes, not a
    preposition's object ("Kasich of Ohio") or a modifier of the noun that speaks, and not a
    person the tagger took for an organisation (a surname of the article's people)."""
    return [
        o
        for o in sorted(orgs, key=lambda o: o[1])
        if not in_spans(o[1], quotes)
        and o[0].split()[-1] not in surnames
        and not _ORG_MODIFIER_BEFORE.search(text, max(0, o[1] - 16), o[1])
        and not _ORG_MODIFIER_AFTER.match(text, o[2])
    ]


def _untagged(
    text: str,
    cue: re.Match[str],
    people: Sequence[Person],
    quotes: Sequence[tuple[int, int]],
    surnames: dict[str, str],
) -> Sequence[Person]:
    """``people`` with the article's surnames the tagger left out right before or after the cue
    ("Trump said", "Fiorina has long argued", "said Trump."). One sense per article: a surname
    names the same person throughout; one that two people share stands for itself. Split words,
    not a regex: this runs for every cue."""
    start, end = cue.span()
    added = []
    words = text[max(0, start - 40) : start].split()[-3:]
    while len(words) > 1 and words[-1].islower():
        words.pop()  # "has long", "also"
    after = text[end : end + 24].split(None, 1)
    for word, at in (
        (words[-1] if words else "", start),
        (after[0].rstrip(".,;:") if after else "", end),
    ):
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]
        name = surnames.get(word)
        if not name:
            continue
        a = text.rfind(word, 0, at) if at == start else text.find(word, at)
        b = a + len(word)
        if not in_spans(a, quotes) and not any(p[1] < b and a < p[2] for p in people):
            added.append((name, a, b))
    return sorted([*people, *added], key=lambda p: p[1]) if added else people


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
    personal = bool(people) or ctx.seen
    rest = (quotes, found, para, ctx)
    for cue in cues:
        if quotes and in_spans(cue.start(), quotes):
            continue
        if cue.group("verb") and _embedded(text, cue, reported_until):
            continue
        names = (
            _cue_speakers(cue, text, _untagged(text, cue, people, quotes, surnames), *rest)
            if personal
            else []
        )
        said_by: list[str] = []
        if names:
            found.extend(n for n in names if n and n not in found)
        elif orgs or people:
            said_by = _org_cue_speakers(cue, text, orgs, people, quotes, surnames)
        if not names and not said_by and (ctx.bodies or ctx.unread_bodies):
            said_by = _described_body(cue, text, quotes, ctx)
        bodies.extend(n for n in said_by if n not in bodies)
        if said_by:
            own = True
        elif not names:
            own = own or (continues and _anonymous(text, cue))
        if names or said_by:
            reported_until = cue.end()
    if ":" in text:
        names = _colon_speakers(text, people, quotes, capitals)
        found.extend(n for n in names if n not in found)
    if "(@" in text:
        for signed in _SIGNATURE.finditer(text):
            found.extend(
                p[0]
                for p in people
                if signed.start("name") <= p[1] < signed.end("name") and p[0] not in found
            )
    return found, bodies, own


def _surname_tables(
    persons: Sequence[Sequence[Person]],
) -> tuple[dict[str, str], dict[str, str]]:
    """The article's surnames to its people, for names the tagger missed: as written ("Clinton";
    one two people share stands for itself) and in capitals ("PENCE", where one person has it),
    as transcripts write the speaker."""
    owners: dict[str, set[str]] = {}
    for name in {name for row in persons for name, _, _ in row}:
        words = [w for w in name.split() if w.rstrip(".").lower() not in SUFFIXES]
        if words:
            owners.setdefault(words[-1], set()).add(name)
    written = {k: next(iter(v)) if len(v) == 1 else k for k, v in owners.items()}
    capitals = {
        k.upper(): next(iter(v))
        for k, v in owners.items()
        if len(v) == 1 and k[:1].isupper() and " " in next(iter(v))
    }
    return written, capitals


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


def _title_cased(text: str) -> bool:
    """A headline written in title case ("Trump Slams Clinton Over Emails"): one sentence, and
    most words of four letters or more capitalised."""
    first = text.split(None, 4)[:4]
    if len([w for w in first if w[:1].isupper()]) < min(3, len(first)):
        return False  # most paragraphs: no need to look at every word
    words = _WORD.findall(text)
    return (
        len(words) >= 2
        and sum(w[0].isupper() for w in words) * 10 >= 7 * len(words)
        and not _HEADLINE_END.search(text)
    )


def _headline_case(text: str, people: Sequence[Person]) -> str:
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
    surnames, capitals = _surname_tables(persons)
    result: list[tuple[str, ...]] = []
    bodies: list[tuple[str, ...]] = []
    open_quote: list[str] | None = None  # speakers of a quote left open by the previous paragraph
    pending: list[int] = []  # open, unattributed quote paragraphs waiting for a speaker
    introduced: list[str] = []  # speakers of a paragraph ending in a colon
    for para, raw in enumerate(paragraphs):
        text = normalise_quotes(raw)
        people = sorted(persons[para], key=itemgetter(1))
        cues = list(_CUE.finditer(text))
        # a headline, or a subheading, whose verbs are capitalised so that no cue was found
        ctx.headline = len(text) <= 160 and (para == 0 or not cues) and _title_cased(text)
        para_orgs = orgs[para] if orgs else ()
        if ctx.headline:
            cased = _headline_case(text, people)  # not the organisations: "[Trump Says]"
            # "[Trump Just] Announced": a word lowered is no part of a name
            para_orgs = [o for o in para_orgs if cased[o[1] : o[2]] == text[o[1] : o[2]]]
            text = cased
            cues = list(_CUE.finditer(text))
        if orgs is not None:
            ctx.unread_bodies.append((text, people, para_orgs))
        if not cues and not _MARKS.intersection(text):
            result.append(tuple(introduced))
            bodies.append(())
            ctx.learn(para, text, people)
            ctx.after(para, text, people, introduced)
            open_quote, pending, introduced = None, [], []
            continue
        quotes, still_open = quote_spans(text)
        outside = [p for p in people if not in_spans(p[1], quotes)] if quotes else people
        ctx.learn(para, text, outside)
        ctx.quoted = frozenset(p[0] for p in people if p not in outside) if quotes else frozenset()
        continues = text.lstrip()[:1] in ("“", '"')
        speakers, said_by, own = _paragraph(
            para, text, cues, outside, para_orgs, quotes, ctx, capitals, surnames, continues
        )
        bodies.append(tuple(said_by))
        inherits = continues and not own  # "“...,” an official said": someone unnamed speaks
        if not speakers and introduced:
            speakers = introduced  # the words after "Smith said:" at the end of a paragraph
        introduced = []
        if speakers and _INTRODUCES.search(text) and not still_open:
            introduced = list(speakers)
            if not SENTENCE_END.search(text):
                speakers = []  # only "Smith said:": the words are in the next paragraph
        if not speakers and inherits and open_quote:
            speakers = list(open_quote)
        elif not speakers and inherits and para and result[-1] and not outside:
            # A paragraph that is only a quote, right after one that names its speaker.
            speakers = list(result[-1])
        if speakers and continues and pending:
            for earlier in pending:
                result[earlier] = tuple(speakers)
        result.append(tuple(speakers))
        ctx.after(para, text, outside, speakers)
        if still_open:
            open_quote = speakers or None
            pending = ([*pending, para] if continues else [para]) if not speakers else []
        else:
            open_quote, pending = None, []
    return [Speakers(p, o) for p, o in zip(result, bodies, strict=True)]
