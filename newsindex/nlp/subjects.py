"""Where a cue's speaker stands in the sentence, for the person rules (:mod:`.speakers`) and
the organisation rules (:mod:`.orgspeakers`) alike: the words that may come between a subject
and its verb ("Carney has repeatedly said"), the subject before a cue with its appositives and
lists ("Jane Doe, a spokeswoman, and John Roe said"), the name after an inverted verb or
"according to" ("said Democratic pollster Stan Greenberg"), and the agent of a passive verb of
saying ("was first reported by Smith").

The same grammar holds whatever the mention is, so the functions take a list of mentions
(persons, or organisations) and return the names that speak; who they are is the caller's
business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import (
    ACT_VERBS,
    BASE_FORMS,
    CUE,
    PHRASAL_BASES,
    SAY_VERBS,
    SPEECH,
    STANCE_ONLY,
    alternation,
    verb_forms,
)
from .discourse import (
    INSTITUTION_AFTER,
    QUOTE_MARK,
    ROLE,
    ROLES_PATTERN,
    SENTENCE_END,
    Person,
    sentence_start,
    subject_mentions,
)
from .lexicon import (
    ABBREVIATED_TITLES,
    AGENT_NOUNS,
    ASSOCIATION_HEADS,
    CITED_DOCUMENTS,
    COURTESY_TITLES,
    DOTTED_ABBREVIATIONS,
    INSTITUTION_HEADS,
    LY_NOUNS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NAMED_FOR_PERSON,
    TITLE_ADJECTIVES,
    WEEKDAYS,
    pick,
)

__all__ = [
    "AGENT",
    "AND_BEFORE",
    "AND_GAP",
    "AUX",
    "CONJ_GAP",
    "DIRECT_GAP",
    "DOCUMENT",
    "DOCUMENT_BY",
    "DOCUMENT_MADE",
    "DOCUMENT_THEN",
    "GROUP_GAP",
    "INSTITUTION_AFTER",
    "INVERTED_LEAD",
    "NEXT_TITLES",
    "OBJECT_LEAD",
    "PARTICIPLE",
    "POSSESSIVE_AFTER",
    "PREPOSITION_END",
    "QUOTED_GAP",
    "STATEMENT_AFTER",
    "VERB_AFTER",
    "is_object",
    "named_after",
    "passive_agent",
    "subject_before",
    "with_conjuncts",
]


# ", saying": a participle clause after a comma, perhaps closing a quote, or after a dash
# ("defended its values,” saying", "flipped his choice – saying"); adverbs and "in a
# statement" may come first.
PARTICIPLE = re.compile(
    r"(?:(?:,[\"”]?|\s(?:--|[—–]))(?:\s+(?:also|then|later|[a-z]+ly|in\s+a\s+\w+))*"
    r"|[,\s](?:while|by|after|when|upon|before|without|in)(?:\s+[a-z]+ly)?)\s*$"
)
# What follows a third-person form that is also a plural noun ("notes", "remarks") where it can
# only be the verb: the end of the sentence ("“...,” Smith notes."), a colon or a quote it opens
# ("Smith jokes, “...”"); "the Smith remarks, which" is a noun.
VERB_AFTER = re.compile(r"\s*(?:[.!?:]|$)|,?\s*[\"“]")
# Lower-case name particles a tagger may leave out of the mention ("said de Clercq").
_PARTICLES = f"(?:{alternation(NAME_PARTICLES)})"
# Words that may stand between a subject and its verb: "Carney has repeatedly said",
# "Trump on Monday told".
AUX = (
    r"(?:has|had|have|also|later|earlier|then|again|once|yet|further|first|last|only|never|not|"
    r"previously|yesterday|today|tonight|tomorrow|subsequently|however|meanwhile|separately|long|"
    r"too|still|now|even|just|already|always|often|ever|since|soon|himself|herself|both|all|"
    r"sometimes|seldom|twice|instead|afterwards?|indeed|nonetheless|nevertheless|thus|likewise|"
    rf"each|(?!(?:{alternation(LY_NOUNS)})\b)[a-z]+ly|"
    r"(?:would|could|did|does|do|should|was|is|were|are|has|have|had|ca|wo)n['’]t|"
    r"would|will|could|can|may|might|did|does|do|should|must|"
    # "on Monday", and AP's bare "Smith Monday said"
    rf"(?:on\s+)?(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"in\s+a\s+statement|in\s+an\s+interview|last\s+(?:week|month|year|night)|"
    # "two weeks ago", "less than a month ago", "a month later"
    r"(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier)|"
    r"(?:earlier\s+)?this\s+(?:past\s+)?(?:week|weekend|month|year|morning|afternoon|evening)|"
    rf"of\s+(?:the\s+)?[A-Z][\w.&'’-]*"
    rf"(?:\s+(?:[A-Z][\w.&'’-]*|{_PARTICLES}|and|&|(?:for|of|on|the)(?=\s+[A-Z])))*"
    # "of Austin, Texas, said": a town and its state
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?!\s+(?:and|or)\b),?)?|"
    r"\([^()]{0,120}\),?|(?:Jr|Sr|II|III|IV)\b\.?,?|"
    # one short phrase: "Conable in a television interview to be shown tomorrow said"
    # (a dot only inside a word or after an initial: "in the U.S." but not "island. They")
    r"(?:in|at|during|on|after|before|from)(?:\s+(?!(?:that|which|who|and|but|or)\b)"
    r"[\w'’$%](?:[\w'’$%-]|\.(?=\w)|(?<=\b[A-Z])\.)*){1,12}?)"
)
DIRECT_GAP = re.compile(rf"(?:\s+{AUX})*\s*")
# "Trump was prompted to say", "Clinton took to Twitter to say": a verb phrase ending in "to"
# before an infinitive cue; not with "too" or "enough" ("found Trump too rude to support" has
# Trump as the object).
_CATENATIVE_GAP = re.compile(
    rf"(?!.*\b(?:too|enough)\b)(?:\s+{AUX})*"
    rf"(?:\s+(?!(?:that|and|but|or|who|which|whom)\b)[\w'’-]+){{1,7}}\s+to\s+"
)
# "led Jane Doe to concede", "prompting Doe to announce": what makes the object speak.
_TO_GAP = re.compile(r"\s+to(?:\s+[a-z]+ly)?\s+")
_CAUSED_BEFORE = re.compile(
    r"\b(?:le(?:d|ads?|ading)|prompt(?:s|ed|ing)?|forc(?:e|es|ed|ing)|spur(?:s|red|ring)?|"
    r"compel(?:s|led|ling)?|push(?:es|ed|ing)?)\s+(?:[\w.'’-]+\s+){0,5}$"
)
# "Trump and his attorneys have said", "Hawkins and others said": a person and a group; a
# list's comma before "and" and a group of its kind ("Obama, Clinton, and other Democrats
# want"; not an apposition's: "the head of the union, Doe, and the chairman ... said"), a
# headline's comma for "and" ("Obama, others vow").
GROUP_GAP = re.compile(
    r"(?:\s+and\s+|,\s+and\s+(?=(?:others|other|several|many|some|fellow)\b)|,\s+(?=others\b))"
    r"(?:others|allies|(?:his|her|their|its|the|other|several|many|some|fellow)"
    # the group's words, not a verb of its own ("Smith and his allies are reviewing ...")
    r"(?:\s+(?!(?:are|is|was|were|be|been|being|who|which|that)\b)[\w'’.-]+){1,7}?)"
    # ... perhaps with a relative clause of its own: "Hawkins and others who want a ban said"
    r"(?:\s+who\s+[^,.;:\"“”()]{1,60}?)?"
    rf"(?:\s+{AUX})*\s*"
)
# ... after the person's party or place: "Jane Doe (D-Vt.), who", "Jane Doe of Vermont, who";
# "had" or "have" may be written short ("Doe, who'd endorsed Roe").
_WHO_GAP = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    rf"\s*(?:,|\s(?:--|[—–-]))?\s*(?:who|which)(?:['’](?:d|ve))?(?:\s+{AUX})*\s*"
)
# ... or after an appositive, with a verb of saying ("Jane Doe, the ranking Democrat on the
# committee, who said"): "Doe, the president of the group, who often criticizes Roe" is Doe's
# description, not what the paragraph reports, and "Doe, the head of Acme, which said" is Acme's.
_APPOSITIVE_WHO_GAP = re.compile(
    rf"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?,\s+(?!who\b)[^,;:\"“”()]{{1,80}}?,"
    rf"\s*who(?:\s+{AUX})*\s*"
)
# "Smith was told": the name is the listener. Only right before the verb ("to be shown ... said").
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|(?:is|are|was|were)n['’]t)(?:\s+(?:also|not|[a-z]+ly))?\s*$"
)


def _appositive_gap(body: str) -> re.Pattern[str]:
    """The gap of a subject, an appositive whose words ``body`` matches, and the verb."""
    return re.compile(
        r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
        rf"(?:\s+of(?:\s+[A-Z][\w.'’-]*)+)?\s*(?:\([^()]{{0,60}}\)\s*)?(?:,|\s*(?:--|[—–])\s*|\s-\s)"
        rf"(?P<body>{body})"
        rf"(?:,|\s?(?:--|[—–])|\s-|(?<=,[\"”]))(?:\s+{AUX})*\s*"
    )


# "Doug Ford, who also recently campaigned ..., told reporters": the subject, an appositive, then
# the verb. The appositive holds no quote and no sentence end.
_APPOSITIVE_GAP = _appositive_gap(r"(?:[^\"“”]|“[^\"“”]{1,60}”|\"[^\"“”]{1,60}\"){0,240}")
# ... the same where no quote mark stands between the subject and the verb, so that each of the
# body's 240 units is one character: counted in one loop, not an alternation tried at each.
_UNQUOTED_APPOSITIVE_GAP = _appositive_gap(r"[^\"“”]{0,240}")
# After an appositive, the verb of the name's own clause: "Acme Credit, a unit of Acme, is
# raising ...", unless a relative clause holds it ("Doe, whose town, Harwell, is flooded, ...").
_OWN_VERB = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would)\s")
_RELATIVE_WORD = re.compile(r"\b(?:who|whose|whom|which|that|where|when)\b")


def _clause_of_its_own(body: str) -> bool:
    """Whether what stands between a name and a trailing verb after commas is not an
    appositive but the rest of the name's own clause, so that the verb's subject comes after
    it ("Acme Credit, a unit of Acme, is raising 9 mln dlrs, said lead manager Bolt Inc")."""
    verb = _OWN_VERB.search(body)
    return verb is not None and not _RELATIVE_WORD.search(body, 0, verb.start())


QUOTED_GAP = re.compile(
    r"(?:\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted"
    r"(?:\s+by\s+[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}?)?)?\s*"
)
# "Mario Amato, president of ..., was quoted as saying"
_APPOSITIVE_QUOTED = re.compile(rf"\s*,(?P<body>[^\"“”]{{0,240}}),{QUOTED_GAP.pattern}")
# "an aide to the governor said": the description is a preposition's object, not the speaker.
PREPOSITION_END = re.compile(r"\b(?:to|of|for|with|by|from|at|about|against)\s+$")
# Between an inverted verb and the name: titles only ("said U.S. President Donald Trump").
_INVERTED_TITLE_ADJECTIVES = alternation(pick(TITLE_ADJECTIVES, "former acting deputy senior"))
# Before a title's lower-case words, a word that opens a clause: the name after it is that
# clause's ("said in a statement that President Doe would veto the bill").
_NO_CLAUSE = r"(?!(?:that|which|who|when|while|if|because|as|but|and|or)\b)"
_TITLE_WORDS = re.compile(
    rf"(?:\s+(?:[A-Z][\w.'’-]*|of|the|to|for|{_INVERTED_TITLE_ADJECTIVES}|{_PARTICLES}|"
    rf"(?i:{ROLES_PATTERN})))*"
    rf"(?:\s+(?:{_NO_CLAUSE}[a-z][\w'’-]*\s+){{0,3}}(?i:{ROLES_PATTERN})(?:\s+(?:of|the|to|for|[A-Z][\w.'’-]*))*)?\s+"
)
# "sources close to Finance Minister Edouard Balladur said": the name is a preposition's object.
# ... a title's lower-case adjectives too, before its role ("for Democratic presidential
# candidate Jane Doe"; not a verb: "to remember President Doe"); a place's prepositions too
# ("a woman driving along the Harwell Strip told police": the woman speaks).
OBJECT_LEAD = re.compile(
    rf"(?<![\w-])(?P<before>[\w-]+\s+)?(?:to|of|for|with|by|from|at|about|against|than|"
    rf"along|across|around|near|into|onto|outside|inside|throughout|toward|towards|beyond)\s+"
    rf"(?:(?:[A-Z][\w.'’-]*|the|or|(?i:{ROLES_PATTERN})"
    rf"|[a-z]+(?:al|ic|an|ive|ary)(?=\s+(?:[a-z]+\s+)?(?i:{ROLES_PATTERN})\s))\s+)*$"
)
# What may follow the name after an inverted verb: the clause ends, or a prepositional phrase,
# an appositive or a relative clause starts ("said Smith, 45", "said Smith of Acme").
_INVERTED_END = re.compile(
    r"\s*(?:[,.;:!?\"“”)(—–-]|$)|\s+(?:(?:of|in|at|on|from|for|who|whose|during|before|after|to|"
    r"when|while|as|and|about|with|via|whether|if)\b|[A-Z0-9])"
)
# What a cue may cite that is not a person: "according to the poll".
DOCUMENT = f"(?:{alternation(CITED_DOCUMENTS)})"
# A document, then its author: "according to an analysis by", "according to a report Tuesday
# from", "according to a court document filed by", "according to calculations by", "in a
# statement released by"; not "figures received by", "a copy obtained by": who got them.
DOCUMENT_BY = re.compile(
    rf"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT}|calculations)(?:\s+[A-Z]\w+day)?"
    r"(?:\s+(?:filed|written|released|issued|published|prepared|compiled|conducted))?"
    r"\s+(?:by|from)(?=\s)"
)
# A document, then its author before a verb of making it: "according to a speech Mrs. Clinton
# delivered", "according to a letter that Doe wrote" (the author's name follows this).
DOCUMENT_THEN = re.compile(
    rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT}|speech|speeches|interview|remarks)"
    rf"\s+(?:that\s+)?(?:(?:{alternation(w.capitalize() for w in COURTESY_TITLES)})\.?\s+)?"
)
DOCUMENT_MADE = re.compile(
    r"\s+(?:had\s+)?(?:delivered|gave|given|wrote|written|made|sent|released|posted|issued|"
    r"published|filed|signed|submitted|prepared)\b"
)
# Words written with a dot that end no sentence ("Gov.", "Jan.", "St.").
_ABBREVIATED = alternation(
    w.capitalize() for w in ABBREVIATED_TITLES | DOTTED_ABBREVIATIONS | NAME_ABBREVIATIONS
)
# Nouns for people who speak on a person's behalf, never the person: "a spokesman for Smith".
AGENT = re.compile(f"(?i:{alternation(AGENT_NOUNS)})")
# A title with its own "of" and "for", up to the name it ends in: "Minister of State for External
# Affairs ", "Secretary of State for Trade and Industry "; not one who speaks for the name ("a
# spokesman for Governor Smith").
_OFFICE = (
    rf"(?i:\b(?!{AGENT.pattern}\b)(?:{ROLES_PATTERN}))\s+(?:of|for)\s+"
    r"(?:(?:of|for|and|the|[A-Z][\w.'’-]*)\s+)*"
)
# Between an inverted verb (or "according to") and its subject: the subject's description, up
# to seven words and perhaps a comma ("said Democratic pollster Stan Greenberg", "said the
# bureau's director, James Comey"), without a word that starts a clause or a phrase of the verb
# ("said in May that Smith", "said he", "according to aides to Smith").
INVERTED_LEAD = re.compile(
    r"(?:\s+(?!(?:that|he|she|it|they|we|I|you|in|on|at|with|by|about|to|"
    r"for|from|after|before|during|when|while|as|if|because|but|or|not|than|into|over|"
    r"under|against|who|whom|whose|which|would|will|could|can|may|might|should|must|is|was|"
    r"are|were|has|had|have|be|been|did|does|do|told|said|says)\b"
    # "and" only between the titles of one person ("said former Gov. and party chairman Doe")
    r"|and\s+(?![A-Z]|$|(?:[a-z][\w-]*\s+){1,2}(?:[A-Z]|$)))"
    # a word, not one that ends a sentence ("according to officials. Smith ...", "according
    # to Bloomberg. Smith ...") or a document's clause ("according to the poll, Smith leads")
    rf"(?!(?!{_ABBREVIATED}\.)[\w'’&-]*[a-z]\.(?:\s|$)|{DOCUMENT},)[\w.'’&/-]+){{0,7}}?,?\s+"
    # or a description in apposition: "said a former spokesman for the ministry, Oleg Voloshyn",
    # not a document, whose comma opens the next clause ("according to the poll, Smith leads")
    r"|\s+(?:a|an|the|his|her|its|their|another|one)\s+"
    rf"(?![^,.;:\"“”()]{{0,80}}?\b{DOCUMENT}\b)[^,.;:\"“”()]{{1,80}}?,\s+"
    # or a title with its own "for" or "and", which the words above stop at ("said Minister of
    # State for External Affairs Anand Sharma")
    rf"|\s+(?:(?:{_INVERTED_TITLE_ADJECTIVES}|[A-Z][\w.'’-]*)\s+){{0,3}}{_OFFICE}"
)
STATEMENT_AFTER = re.compile(rf",?{_TITLE_WORDS.pattern}")
# Between two names of a list: a party or state in brackets may close the first, a title open
# the next ("Ms. Doe (D) and former Gov. John Smith", "Smith and House Speaker Jane Doe").
# ... or a hyphenated description ("Smith and co-host Jane Doe", "Smith and 24-year-old Jane Doe"),
# or a newsroom's possessive, an apostrophe alone after its "s" ("and Reuters’ Jane Doe").
_NEXT_TITLE_ADJECTIVES = alternation(pick(TITLE_ADJECTIVES, "former fellow state"))
NEXT_TITLES = (
    rf"(?:(?:{_NEXT_TITLE_ADJECTIVES}|(?:co|\d+|[a-z]{{3,}})-[\w-]+|[A-Z][\w.&-]*(?:['’]s?)?|"
    rf"(?i:{ROLES_PATTERN}))\s+)*"
)
# ... and the first may be followed by its state or town ("Ted Cruz of Texas and Jane Doe").
_OF_PLACE = r"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
AND_GAP = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?{_OF_PLACE},?\s+(?:and|as\s+well\s+as)\s+{NEXT_TITLES}"
)
CONJ_GAP = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?{_OF_PLACE}(?:\s*,\s*|,?\s+(?:and|as\s+well\s+as)\s+){NEXT_TITLES}"
)
POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=\s))")
# "Jane Doe and her running mate, John Roe, said": the second named in apposition to a
# description that "and" joins to the first.
_AND_DESCRIBED_GAP = re.compile(r",?\s+and\s+(?:his|her|their)\s+[^,;:\"“”()]{1,50}?,\s+")


def with_conjuncts(text: str, people: Sequence[Person], index: int) -> list[str]:
    """The person at ``index`` and those joined to it by "and" or commas just before it."""
    names = [people[index][0]]
    i = index
    if i == 0 or not AND_GAP.fullmatch(text, people[i - 1][2], people[i][1]):
        if (
            i
            and text.startswith(",", people[i][2])
            and _AND_DESCRIBED_GAP.fullmatch(text, people[i - 1][2], people[i][1])
        ):
            return [people[i - 1][0], *names]  # the apposition closed before the verb
        return names  # "Asked about Smith, Jones said": no "and", no list
    if "," in text[people[i - 1][2] : people[i][1]] and not (
        i > 1 and CONJ_GAP.fullmatch(text, people[i - 2][2], people[i - 1][1])
    ):
        return names  # "He met Smith, and Jones said": two clauses, not a list of two
    while i > 0 and CONJ_GAP.fullmatch(text, people[i - 1][2], people[i][1]):
        i -= 1
        names.insert(0, people[i][0])
    return names


def is_object(text: str, person: Person) -> bool:
    """Whether the mention follows a preposition ("aides to Smith"), titles aside: the "of"
    and "for" of a title ("Minister of State for Foreign Affairs Rashid al-Nuaimi said") govern
    no name, a preposition before the title does ("a spokesman for Secretary of State for
    Trade Paul Channon")."""
    start = max(sentence_start(text, person[1], 80), person[1] - 80)
    lead = text[start : person[1]]
    # a title's own "of" or "for" first, by string search: most names have none before them
    title = _TITLE_CHAIN.search(text, start, person[1]) if "of" in lead or "for" in lead else None
    found = OBJECT_LEAD.search(text, start, title.start() if title else person[1])
    if found is None:
        return False
    word = found.group("before")
    if word and AGENT.fullmatch(word.strip()):
        return True  # "a spokeswoman for Smith": someone speaking for the person
    if (
        word
        and word.strip().lower() in _BODY_BEFORE_OF
        and word[:1].isupper()
        and _TITLE_LAST.search(text, found.start(), person[1])
        and not _LINK_BEFORE.search(text, max(0, found.start() - 10), found.start())
    ):
        return False  # "Bank of Canada Governor John Crow": a body's name, then the title
    return not (word and ROLE.fullmatch(word.strip()))


# A title of several words right before a name: "Minister of State for Foreign Affairs "; not
# one who speaks for the name ("a spokesman for Governor Smith").
_TITLE_CHAIN = re.compile(rf"{_OFFICE}$")
# The head of a body named with "of" ("Bank of Canada", "Speaker of the House") and a title
# right before the name ("Governor", "Rep."): the title of the person who follows.
_BODY_BEFORE_OF = (
    INSTITUTION_HEADS
    | ASSOCIATION_HEADS
    | pick(NAMED_FOR_PERSON, "university college school")
    | {"speaker", "house"}
)
# ... unless a preposition or a conjunction governs the body's name ("met Smith and Bank of
# France Governor Doe").
_LINK_BEFORE = re.compile(r"\b(?:and|or|with|to|for|of|by|from|at|about|against|than)\s+$")
_TITLE_LAST = re.compile(rf"(?:(?i:\b(?:{ROLES_PATTERN}))|\b[A-Z][a-z]{{1,4}}\.)\s+$")


# "the waiter Doe mocked": a noun, then a relative clause without "that" whose subject is the
# name; a speech act there only identifies the noun, while a view ("a move Doe opposed", "the
# campaign Doe envisioned") is still the subject's, so only speech acts are passed over.
# ... not a word that opens a clause of its own: "in a year when Smith is talking about ...".
_NOUN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?"
    r"(?!(?:when|where|while|whereas|as|after|before|since|because|if|and|but|or|who|which|"
    r"whom|whose|why|how|until|unless|though|although|once)\s)(?P<noun>[a-z][\w-]*)\s+$"
)


def _object_relative(text: str, person: Person) -> bool:
    """Whether the mention opens a relative clause after a common noun ("the plan Smith
    praised"), not after a role ("the analyst Smith")."""
    found = _NOUN_BEFORE.search(text, max(0, person[1] - 40), person[1])
    return found is not None and not ROLE.fullmatch(found.group("noun"))


_DASH_LIST_END = re.compile(rf"\s*(?:--|[—–]|(?<=\s)-(?=\s))(?:\s+{AUX})*\s*")
# The subject those names stand for: a few words, no preposition ("insiders in two states --
# Ohio and Iowa -- said" is the insiders speaking).
_DASH_SUBJECT = re.compile(
    r"\W*(?:(?!(?:in|of|from|at|for|with|by|on|to|about)\b)[\w'’.-]+\s+){1,5}"
    r"(?:--|[—–]|(?<=\s)-)\s(?:(?:including|such\s+as|among\s+them)\s)?(?:[A-Z][\w.'’-]*\s+)*"
)
_PLURAL_AUX = re.compile(r"\b(?:are|were|have)\b")
_COMMA_TITLES = re.compile(rf",\s*{NEXT_TITLES}$")
# "Another pollster, David Woodard of Clemson University, said": the name in apposition.
_APPOSED_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?\s*,"
    rf"(?:\s+{AUX})*\s*"
)
# "Jane Doe, a spokeswoman for Acme said": an appositive or relative clause without its
# closing comma, then the verb; one opening on "the" names a role within four words ("Sam
# Lau, the communications director for the party said").
_OPEN_APPOSITIVE_GAP = re.compile(
    rf",\s+(?P<body>(?:a|an|who\s+(?:is|was)|(?i:{ROLES_PATTERN})"
    rf"|the(?=(?:\s+[\w'’-]+){{0,3}}?\s+(?i:{ROLES_PATTERN})\b))\s"
    r"(?:(?!who|which|that)[^,;:\"“”()—–]){1,60}?)"
    r"(?<![.!?])\s+"
)
_QUOTE_CLOSE_BEFORE = re.compile(r"[,?!][\"”]\s*$")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+|(?:of|for)\s+(?=[A-Z]))*")


def subject_before(text: str, people: Sequence[Person], cue: int, verb: str) -> list[str]:
    """Persons who are the subject of the verb starting at ``cue``."""
    before = [p for p in people if p[2] <= cue]
    if not before:
        return []
    last = len(before) - 1
    gap = text[before[last][2] : cue]
    if (
        last
        and _OF_GAP.fullmatch(text, before[last - 1][2], before[last][1])
        and DIRECT_GAP.fullmatch(text, before[last - 1][2], cue)
    ):
        # "Jane Doe of the Roe Institute said": a firm named for someone, tagged as a person
        last -= 1
        before = before[: last + 1]
        gap = text[before[last][2] : cue]
    if ("." in gap or "?" in gap or "!" in gap) and SENTENCE_END.search(gap):
        gap = "."  # "... at a convention in July. Another 27 will state": no gap rule spans it
    direct = DIRECT_GAP.fullmatch(gap) and not POSSESSIVE_AFTER.match(gap)
    if direct and verb != "as saying" and is_object(text, before[last]):
        return []
    quoted = verb == "as saying"
    if direct and not quoted and verb in ACT_VERBS and _object_relative(text, before[last]):
        return []
    if direct and (verb == "as saying" or not _PASSIVE.search(gap)):
        return with_conjuncts(text, before, last)
    if verb == "as saying" and QUOTED_GAP.fullmatch(gap):
        return with_conjuncts(text, before, last)
    infinitive = verb in BASE_FORMS or verb in PHRASAL_BASES
    group = (
        GROUP_GAP.fullmatch(gap)
        or (
            infinitive
            and _CATENATIVE_GAP.fullmatch(gap)
            and not AGENT.fullmatch(gap.split()[0])  # "Doe aides declined to confirm": the aides
        )
        or (
            # "The defeat led Jane Doe to concede": the one made to speak (a belief is not
            # made: "led Doe to fear")
            infinitive
            and verb not in STANCE_ONLY
            and _TO_GAP.fullmatch(gap)
            and _CAUSED_BEFORE.search(text, max(0, before[last][1] - 60), before[last][1])
        )
    )
    if group and not POSSESSIVE_AFTER.match(gap) and not is_object(text, before[last]):
        if not GROUP_GAP.fullmatch(gap):
            # "Doe was prompted to say"; "Doe, Roe and Poe went on Twitter to applaud": a list
            return with_conjuncts(text, before, last)
        i = last  # "Ms. Doe, Mr. Roe and other donors said": the names listed with the group
        while i > 0 and CONJ_GAP.fullmatch(text, before[i - 1][2], before[i][1]):
            i -= 1
        return [p[0] for p in before[i : last + 1]]
    if (
        _WHO_GAP.fullmatch(gap) or (verb in SPEECH and _APPOSITIVE_WHO_GAP.fullmatch(gap))
    ) and not _PASSIVE.search(gap):
        # "James Baker, who also warned ..."; "Jane Doe and John Roe, who are ...": a plural
        # verb takes the whole list, else only its last name ("... and Doe, who joked")
        if verb in BASE_FORMS or _PLURAL_AUX.search(text, cue - len(gap), cue + 5):
            return with_conjuncts(text, before, last)
        return [before[last][0]]
    # "The three experts -- Smith, Jones and Doe -- agreed": names listed between dashes
    # (before the appositives, which would read the list as Smith's apposition).
    names = with_conjuncts(text, before, last) if _DASH_LIST_END.fullmatch(gap) else []
    if len(names) > 1:
        first = before[last - len(names) + 1]
        if _DASH_SUBJECT.fullmatch(text, sentence_start(text, first[1]), first[1]):
            return names
    appositive_gap = (
        _APPOSITIVE_GAP
        if QUOTE_MARK.search(text, min(p[2] for p in before), cue)
        else _UNQUOTED_APPOSITIVE_GAP
    )
    for i, person in enumerate(before):
        found = appositive_gap.fullmatch(text, person[2], cue)
        if verb == "as saying" and not found:
            found = _APPOSITIVE_QUOTED.fullmatch(text, person[2], cue)
        elif found and _PASSIVE.search(text[found.end("body") : cue]):
            continue
        if not found or SENTENCE_END.search(found.group("body")) or is_object(text, person):
            continue  # "In addition to Doe, two senators, Roe and Poe, have said": Roe and Poe
        if _clause_of_its_own(found.group("body")):
            continue  # "Acme Credit, a unit of Acme, is raising ..., said lead manager Bolt"
        if (
            i + 1 < len(before)
            and not text[person[2] : before[i + 1][1]].strip(" ,")
            and not POSSESSIVE_AFTER.match(text, before[i + 1][2])
        ):
            continue  # "After meeting Jones, Smith, the minister, said": Smith is the subject
        return with_conjuncts(text, before, i)
    if verb in SPEECH and not verb.endswith("ing"):
        # an appositive whose closing comma the writer left out: "Jane Doe, a spokeswoman
        # for Acme said", by the subject that opens its sentence or follows a quote
        for person in before:
            after = person[2]
            if text.startswith(" (", after):  # "Jane Doe (D-N.Y.), a senator"
                after = text.find(")", after, after + 30) + 1 or after
            if not text.startswith(",", after):
                continue  # most names: skip the regex
            found = _OPEN_APPOSITIVE_GAP.fullmatch(text, after, cue)
            if (
                found
                and not CUE.search(found.group("body"))
                and (
                    _QUOTE_CLOSE_BEFORE.search(text, max(0, person[1] - 4), person[1])
                    or person in subject_mentions(text, before)
                )
                and not (
                    # "In Chelsea, the mayor said": the description is the subject, unless
                    # the name opens the sentence ("Jane Doe, the party's director said")
                    found.group("body").startswith("the")
                    and text[sentence_start(text, person[1]) : person[1]].strip()
                )
            ):
                return [person[0]]
    # "The company's chairman, John Smith, said": the name is the apposition of the subject,
    # as are several ("Two senators, Sen. Jane Doe and John Roe, have said").
    if _APPOSED_GAP.fullmatch(gap):
        names = with_conjuncts(text, before, last)
        first = before[last - len(names) + 1]
        if _COMMA_TITLES.search(text, max(0, first[1] - 40), first[1]):
            return names
        if len(names) == 2 and _AND_DESCRIBED_GAP.fullmatch(text, first[2], before[last][1]):
            return names  # "Jane Doe and her running mate, John Roe, said": both
    return []


def named_after(
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
        if POSSESSIVE_AFTER.match(text, person[2]):
            if inverted:
                continue
            return []
        j = i
        while j + 1 < len(people) and CONJ_GAP.fullmatch(text, people[j][2], people[j + 1][1]):
            j += 1
        if j > i and not AND_GAP.fullmatch(text, people[j - 1][2], people[j][1]):
            j = i  # a list needs "and" before its last name
        if inverted and not _INVERTED_END.match(text, people[j][2]):
            continue
        return [p[0] for p in people[i : j + 1]]
    return []


# "was first reported by the Post", "when asked by Smith", "a practice criticized by Smith":
# the agent of a passive verb of saying or of a speech act (not "a plan favored by Smith", whose
# agent holds a view, nor "the change offered by Smith", "a bill championed by Smith", "a
# survey published by Acme", a thing, nor "suspects questioned by the FBI", "analysts
# questioned by Reuters", who heard the words, not said them).
_BY = re.compile(r"\s+by(?=\s)(?!\s+\w+ing\b)")
_PASSIVE_SPEECH = frozenset(
    v
    for v in (SAY_VERBS | ACT_VERBS)
    - verb_forms(["continue", "offer", "champion", "publish", "question"])
    if v.endswith(("ed", "said"))
)


def passive_agent(text: str, people: Sequence[Person], cue: re.Match[str]) -> list[str]:
    """The speaker of a verb of saying or a speech act in the passive, named right after "by"
    ("was first reported by the Post", "when asked by Smith", "was derided by Smith")."""
    verb = cue.group("verb") or ""
    if verb not in _PASSIVE_SPEECH:
        return []
    by = _BY.match(text, cue.end())
    if by is None:
        return []
    after = [p for p in people if p[1] >= by.end()]
    if not after or not INVERTED_LEAD.fullmatch(text, by.end(), after[0][1]):
        return []  # the first name after "by" or no one: "echoed by Smith, who told Jones"
    return named_after(text, after[:1], by.end(), INVERTED_LEAD, inverted=True)


# "... and said": a verb sharing the subject of the clause before it.
# "... and said", "..., but said", "..., then revealed": a verb sharing the clause's subject.
# Opening on the comma or space, a character class, lets the scan skip the other characters.
AND_BEFORE = re.compile(rf"[,\s](?:\s*(?:and|but)(?:\s+then)?|(?<=,)\s*then)(?:\s+{AUX})*\s*$")
