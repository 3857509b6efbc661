"""Attribution cue verbs for :mod:`newsindex.nlp.speakers`: which verbs report what a person
said, wrote or thinks, in which of their forms, and how each class may be used.

Three classes, by what may stand around the verb:

* **say verbs** report words and may come before their subject after a comma or a quote
  ("..., said Smith"; "“...,” argued Smith");
* **act verbs** are speech acts that take a listener or a target as object ("told Jones",
  "criticized Jones", "called on Jones"), so the person after them is never the speaker; they may
  follow a quote ("“...,” Smith told reporters") but never a bare comma;
* **stance verbs** report a belief, wish or intention ("believes", "wants", "hopes"), which
  attribution corpora annotate too; only a subject before the verb speaks. A copula and a noun
  or adjective of a stance ("is a longtime critic of", "was opposed to") is one of them.

Each class is written as base forms; :func:`verb_forms` adds the third person, the past, an
irregular past participle ("spoken") and the participle ("argue" -> "argues argued arguing"),
with the irregular forms listed here. At the end, what the person and the organisation rules both
read: the :data:`CUE` regex, the words after a verb that make it no speech
(:data:`NOT_SPEECH_AFTER`), and where a verb may precede its subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

from .lexicon import (
    BODY_DOCUMENTS,
    RELATIVE_PRONOUNS,
    SENT_DOCUMENTS,
    UNRETURNED_MESSAGES,
    pick,
    wordset,
)

__all__ = [
    "ACT_VERBS",
    "AUXILIARIES",
    "BASE_FORMS",
    "BODY_ONLY",
    "BY_ACTING",
    "CLAIMS",
    "CLAIM_NOUNS",
    "CUE",
    "FINDINGS",
    "ING_SPEECH",
    "NOT_SPEECH_AFTER",
    "NOUN_LIKE",
    "NOUN_LIKE_BASES",
    "PHRASAL",
    "PHRASAL_BASES",
    "PLEDGES",
    "RETURNS",
    "SAY_VERBS",
    "SPEECH",
    "STANCE_ING",
    "STANCE_ONLY",
    "STANCE_VERBS",
    "alternation",
    "find_cues",
    "inverted_allowed",
    "not_speech_after",
    "verb_forms",
]

# Irregular forms: base -> (third person, past, participle in -ing).
_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "knowing"),
    "see": ("sees", "saw", "seeing"),
    "feel": ("feels", "felt", "feeling"),
    "speak": ("speaks", "spoke", "speaking"),
    "seek": ("seeks", "sought", "seeking"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "shoot": ("shoots", "shot", "shooting"),
    "put": ("puts", "put", "putting"),
    "come": ("comes", "came", "coming"),
    "hold": ("holds", "held", "holding"),
    "lay": ("lays", "laid", "laying"),
    "make": ("makes", "made", "making"),
    "take": ("takes", "took", "taking"),
    "go": ("goes", "went", "going"),
    "hit": ("hits", "hit", "hitting"),
    "swear": ("swears", "swore", "swearing"),
    "draw": ("draws", "drew", "drawing"),
    "find": ("finds", "found", "finding"),
}
# Past participles unlike the past: "has spoken out", "has written", "had taken aim".
_PARTICIPLES = {
    "write": "written",
    "speak": "spoken",
    "take": "taken",
    "draw": "drawn",
    "swear": "sworn",
    "go": "gone",
}
# Verbs that double their last consonant: "slam" -> "slammed", "admit" -> "admitted".
_DOUBLING = wordset(
    "slam admit quip plan chat commit regret refer prefer jab rap stop pan brag concur dub rebut "
    "snub"
)


def verb_forms(bases: Iterable[str]) -> frozenset[str]:
    """Every base with its third person, past and -ing forms."""
    out: set[str] = set()
    for base in bases:
        out.add(base)
        if base in _IRREGULAR:
            out.update(_IRREGULAR[base])
            if base in _PARTICIPLES:
                out.add(_PARTICIPLES[base])
            continue
        stem = base + base[-1] if base in _DOUBLING else base
        if base.endswith(("s", "sh", "ch", "x", "z")):
            out.add(base + "es")
        elif base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
            out.add(base[:-1] + "ies")
        else:
            out.add(base + "s")
        if base.endswith("ee"):
            out.update((base + "d", base + "ing"))
        elif base.endswith("e"):
            out.update((base + "d", base[:-1] + "ing"))
        elif base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
            out.update((base[:-1] + "ied", base + "ing"))
        else:
            out.update((stem + "ed", stem + "ing"))
    return frozenset(out)


_SAY_BASES = wordset(
    """say add write state argue note explain insist declare reply respond comment stress
    reiterate concede recall continue tweet predict acknowledge admit testify caution
    complain emphasize emphasise announce estimate forecast confirm deny claim contend suggest
    remark observe quip joke exclaim assert counter retort scoff muse boast lament
    conclude recount speculate allege charge proclaim opine mention repeat report answer
    interject echo post retweet reveal indicate hint highlight articulate bemoan
    reference remember reaffirm affirm signal recommend brag gush yell shout concur
    email imply fume bark maintain elaborate react gloat grumble marvel vent gripe disclose
    divulge confide recant retract swear object protest publish intimate posit surmise grouse
    preach underscore underline"""
)
_ACT_BASES = wordset(
    """tell ask warn urge accuse criticize criticise praise blame attack slam blast mock
    question thank endorse dismiss reject defend describe lambaste demand promise pledge vow
    assure challenge chide condemn denounce decry rebuke fault deride ridicule applaud hail tout
    cite implore caution advise remind rail inform insult berate disparage characterize
    characterise label dub compare liken express voice call propose offer order discuss
    address assail hammer dispute apologize apologise nominate welcome vouch
    congratulate pan outline refer tease threaten lecture scold encourage knock bash trash
    excoriate castigate belittle taunt champion heckle swipe portray credit downplay chastise
    reprimand laud commend salute compliment disavow repudiate renounce rebut refute contradict
    snub spurn rebuff lampoon skewer paint float overstate request plead savage parrot trumpet
    allude pronounce snipe jab foreshadow"""
)


def _with_article(words: str) -> str:
    """The article "a" or "an" before ``words``, by their first letter ("an outspoken critic")."""
    return ("an " if words[0] in "aeiou" else "a ") + words


# Phrasal cues: a verb and what follows it ("point out", "lash out"), in every form of the verb
# (:data:`PHRASAL`: "pointed out", "is lashing out").
_PHRASES: tuple[tuple[str, str], ...] = (
    ("point", "out"),
    ("point", "to"),
    ("speak", "about"),
    ("make", "clear"),
    ("make", "it clear"),
    ("make", "the case"),
    ("make", "a case"),
    ("make", "an impassioned case"),
    ("take", "issue with"),
    ("take", "some shots at"),
    ("draw", "a contrast"),
    ("draw", "contrasts"),
    ("draw", "sharp contrasts"),
    ("take", "aim"),
    ("lash", "out"),
    ("fire", "back"),
    ("shoot", "back"),
    ("weigh", "in"),
    ("speak", "out"),
    ("talk", "about"),
    ("talk", "to"),
    ("talk", "with"),
    ("issue", "a statement"),
    ("release", "a statement"),
    ("issue", "the following statement"),
    ("release", "the following statement"),
    ("put", "it"),
    ("lay", "out"),
    ("spell", "out"),
    ("open", "up"),
    ("distance", "himself"),
    ("distance", "herself"),
    ("come", "out"),
    ("sign", "on"),
    ("go", "after"),
    ("take", "a shot at"),
    ("take", "shots at"),
    ("take", "a swipe at"),
    ("take", "swipes at"),
    ("push", "back"),
    ("double", "down"),
    ("sound", "off"),
    ("hit", "out"),
    ("make", "no secret"),
    ("make", "comments"),
    ("make", "remarks"),
    ("make", "a pitch"),
    ("speak", "of"),
    ("speak", "highly of"),
    ("speak", "favorably of"),
    ("speak", "favourably of"),
    ("speak", "fondly of"),
    ("speak", "warmly of"),
    ("speak", "glowingly of"),
    ("chime", "in"),
    ("poke", "fun"),
)
# "did not return calls seeking comment", "has not returned a telephone message": no answer, as
# "did not respond to requests for comment" is.
_RETURNS = tuple(
    ("return", modifier + noun if noun.endswith("s") else _with_article(modifier + noun))
    for noun in UNRETURNED_MESSAGES
    for modifier in ("", "phone ", "telephone ", "repeated ")
)
_PHRASES += _RETURNS
PHRASAL = frozenset(f"{form} {rest}" for head, rest in _PHRASES for form in verb_forms([head])) | (
    frozenset(("hit back", "hits back", "hitting back", "went on to say", "goes on to say"))
)
# Every form of those of "return": a refusal to speak, as "did not respond" is.
RETURNS = frozenset(f"{form} {rest}" for head, rest in _RETURNS for form in verb_forms([head]))
# The base form of each ("point out"): like :data:`BASE_FORMS`, an infinitive after "to".
PHRASAL_BASES = frozenset(f"{head} {rest}" for head, rest in _PHRASES)
_SPEECH_NOUNS = wordset(
    """statement statements remark remarks comment comments prediction predictions promise
    promises pledge pledges vow vows argument arguments reference references claim claims
    accusation accusations announcement announcements appeal appeals plea pleas"""
)
_STANCE_BASES = wordset(
    """believe think want hope plan expect fear worry feel agree disagree doubt wonder
    prefer refuse decline decide suspect consider know see view envision imagine intend
    recognize recognise understand favor favour support oppose back seek aim learn realize
    realise push advocate embrace deem reckon admire love"""
)
# A stated stance written as a copula and a noun or adjective ("Doe is a longtime critic of the
# plan", "Roe has been critical of", "Doe was opposed to"): a view, like a stance verb. Not
# "backer" or "champion" (an investor, a title holder), nor the plural ("critics of").
_STANCE_NOUNS = wordset("critic supporter opponent proponent advocate defender foe")
_STANCE_MODIFIERS = wordset(
    """longtime long-time vocal outspoken fierce staunch strong harsh early leading dogged fervent
    prominent frequent ardent avid consistent persistent relentless steadfast enthusiastic
    passionate loyal sharp major big"""
)
# Between the verb and the adjective: "was also critical of", "is strongly opposed to".
_STANCE_ADVERBS = wordset(
    """also especially particularly sharply highly deeply strongly fiercely openly increasingly
    harshly very publicly vocally firmly sternly bitterly adamantly staunchly"""
)


_STANCE_PREDICATES = frozenset(
    f"{head} {rest}"
    for head in ("be", "is", "was", "are", "were", "been", "remain", "remains", "remained")
    for rest in (
        *(
            f"{adverb}{adjective}"
            for adverb in ("", *(a + " " for a in _STANCE_ADVERBS))
            for adjective in (
                *(f"{a} of" for a in wordset("critical supportive skeptical sceptical dismissive")),
                "opposed to",
            )
        ),
        *(
            _with_article(modifier + noun) + f" {to}"
            for noun in _STANCE_NOUNS
            for modifier in ("", *(m + " " for m in _STANCE_MODIFIERS))
            for to in (("of", "for") if noun == "advocate" else ("of",))
        ),
    )
)
SAY_VERBS = verb_forms(_SAY_BASES)
# A say verb for a body only ("the Post published the memo"): a person who publishes brings out
# a book, not words a story reports. "Found that" too ("the Observer found that", "Gallup
# finds that"): a paper's or a pollster's finding, which attribution corpora annotate; a
# person's ("Doe found that the door was locked") is seldom words reported.
FINDINGS = verb_forms(["find"])
BODY_ONLY = verb_forms(["publish"]) | FINDINGS
# "term" only as a verb's past or participle ("termed the budget anti-people", as South Asian
# papers write it): "terms" is mostly the noun ("on the proposed terms").
ACT_VERBS = verb_forms(_ACT_BASES) | wordset("termed terming")
STANCE_VERBS = verb_forms(_STANCE_BASES)
# The plural and infinitive ("they say", "will say"): a cue only after an auxiliary or a
# subject of several people, never right after one name ("the Smith attack ads").
BASE_FORMS = (_SAY_BASES | _ACT_BASES | _STANCE_BASES) - wordset("forecast") | frozenset(
    phrase for phrase in _STANCE_PREDICATES if phrase.startswith(("be ", "remain "))
)
# Third-person forms that are also plural nouns ("the Clinton states", "Trump attacks"): like
# the base forms, a cue only after an auxiliary or several people.
NOUN_LIKE = wordset(
    """states comments remarks attacks notes charges questions demands estimates forecasts
    fears doubts counters jokes quips thanks praises reports answers offers orders echoes posts
    addresses hints views emails credits objects protests salutes compliments snubs
    paints jabs"""
)
# Their base forms, singular nouns too, and "plan": after a body's noun a noun ("the court
# order", "the government plan"), where another base form is the verb of a body written as
# plural ("the committee say").
NOUN_LIKE_BASES = frozenset(
    base for word in NOUN_LIKE for base in (word[:-1], word[:-2]) if base in BASE_FORMS
) | wordset("plan")

# Auxiliaries, adverbs and prepositions around a cue ("Doe has now said", "Doe to release",
# "Acme accused of"): lower case in a sentence, capitalised in a title-cased headline.
AUXILIARIES = wordset(
    """is are was were be been has have had will would may might can could should must does
    did do not never just now also still again already finally to of on for with from"""
)

# The forms of "deliver", a cue with a piece of speech after it (:data:`_DELIVERED_SPEECH`).
_DELIVERED = verb_forms(["deliver"])
# -ing forms that open a participle clause reporting the sentence subject's words: "Trump
# lashed out at Clinton, saying she lied."
ING_SPEECH = frozenset(
    w.split()[0]
    for w in SAY_VERBS | ACT_VERBS | PHRASAL | _DELIVERED
    if w.split()[0].endswith("ing") and w not in ("continuing", "posting")
)


def alternation(words: Iterable[str], *, ordered: bool = False, space: str = r"\ ") -> str:
    """A regex for exactly ``words``, factored by common prefix: Python's ``re`` tries the
    branches of a flat alternation one by one, which makes the cue search three times slower.
    Of two words one of which extends the other, the longer is tried first; or, if ``ordered``,
    the one listed first, as ``"|".join(words)`` tries them ("president" before
    "president-elect"). ``space`` is the regex of a space in a word (``\\s+``: any white space)."""
    tree: dict[str, Any] = {}
    for rank, word in enumerate(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", rank)

    def ranks(node: dict[str, Any]) -> list[int]:
        return [r for ch, child in node.items() for r in ([child] if ch == "" else ranks(child))]

    def emit(node: dict[str, Any], prefix: str) -> str:
        branches = [
            (space if ch == " " else re.escape(ch)) + emit(child, prefix + ch)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        longer = [r for ch, child in node.items() if ch for r in ranks(child)]
        if ordered and min(longer) < node[""] < max(longer):
            raise ValueError(f"{prefix!r} is listed between words that extend it")
        lazy = "?" if ordered and node[""] < min(longer) else ""
        return "(?:" + "|".join(branches) + ")?" + lazy

    return emit(tree, "")


# ---- the cue in a sentence: what :mod:`.speakers` and :mod:`.orgspeakers` both look for

# A speech act written as "make" and its noun, up to three lower-case words between ("Doe made
# several statements affirming", "made similar comments", "made an impassioned call for love",
# "made the point that"): a cue like "make the case". Not "made no comment", "made good on his
# promises", "made a call" (a telephone's), nor "made the comments Friday", which points back to
# words already reported. Not the participle either: "..., making a rate cut announcement a
# virtual impossibility" makes something so.
_MADE_GAP = alternation(wordset("no good on of in to for up the this that these those"))
_MADE_SPEECH = (
    rf"{alternation(wordset('make makes made'))}\ (?:(?!{_MADE_GAP}\ )[a-z][\w'’-]*\ ){{0,3}}?"
    rf"(?:{alternation(_SPEECH_NOUNS)}|calls?\ for|(?:the\ )?point\ that)"
)
# ... and as "deliver" and what a speaker holds about something, with the same gap ("Doe
# delivered a blunt message to Roe", "has delivered a mostly positive message", "...,
# delivering a blistering critique of Roe"). Not "delivered a speech", "delivered the keynote
# address": an event, often with no words of it reported; nor "delivered a baby".
_DELIVERED_NOUNS = _SPEECH_NOUNS | wordset(
    """message messages critique critiques rebuke rebukes defense defence warning warnings
    rebuttal broadside tirade"""
)
_DELIVERED_SPEECH = (
    rf"{alternation(_DELIVERED)}\ (?:(?!{_MADE_GAP}\ )[a-z][\w'’-]*\ ){{0,3}}?"
    rf"{alternation(_DELIVERED_NOUNS)}"
)
# Words put out as a piece: "Doe released a new radio ad calling ...", "has released a Web
# video that accuses", "sent out a statement reassuring voters", "unleashed a flurry of tweets
# shaming Roe". Not a piece that exists already ("released the video", "the DNC emails") or is
# someone else's ("a letter from his doctor").
_PUT_OUT = verb_forms(
    ["release", "issue", "air", "launch", "unveil", "circulate", "pen", "unleash"]
) | {f"{verb} out" for verb in ("send", "sends", "sent", "sending", "put", "puts", "putting")}
_PIECES = (
    SENT_DOCUMENTS
    | pick(BODY_DOCUMENTS, "report reports")
    | wordset(
        """ad ads video videos op-ed op-eds email emails e-mail e-mails column columns post posts
        commentary essay essays tweet tweets message messages spot spots editorial editorials"""
    )
)
_PUBLISHED = (
    rf"{alternation(_PUT_OUT)}\ (?:an?|his|her|their|two|three|several)\ (?:[\w’'-]+\ ){{0,4}}?"
    rf"{alternation(_PIECES)}(?!\ (?:from|by|of)\b)"
)
# ... as a cue only in the past or the third person and with "that" after it: "found a buyer",
# "found guilty" report nothing, nor "will find that" (a forecast) or "the board's finding that"
# (a noun).
_FOUND_THAT = r"f(?:ound|inds)\ that"
_VERB = (
    alternation(SAY_VERBS | ACT_VERBS | STANCE_VERBS | PHRASAL | _STANCE_PREDICATES)
    + "|"
    + _FOUND_THAT
    + "|"
    + _MADE_SPEECH
    + "|"
    + _DELIVERED_SPEECH
    + "|"
    + _PUBLISHED
)
# A belief or wish, attributed to a named subject only.
STANCE_ONLY = STANCE_VERBS - SAY_VERBS - ACT_VERBS | _STANCE_PREDICATES
# -ing forms of a belief or wish that may open a participle clause ("..., hoping to win Iowa");
# not a refusal, which reports no view ("..., declining to comment").
STANCE_ING = frozenset(w for w in STANCE_ONLY if w.endswith("ing")) - verb_forms(
    ["refuse", "decline"]
)
# Verbs that report words, whose unnamed subject ("an official said") is still a speaker.
SPEECH = SAY_VERBS | verb_forms(["tell"])
# ... as one expression, built once for the modules that look for them (400 words: 4 ms).
SPEECH_PATTERN = alternation(SPEECH)
# Nouns that report a view after a person's possessive ("Doe's claim that", "Doe's repeated
# assertion that", "Doe's conclusion was that"): the possessor speaks. Those that are no verb
# form are cues of their own (the group ``claim``); "claim" and "claims" are found as verbs.
CLAIMS = wordset(
    "claim claims assertion assertions accusation accusations insistence argument arguments "
    "conclusion conclusions suggestion suggestions emphasis"
)
# ... and the nouns of a commitment made ("Doe's pledge to cut taxes", "her vow that").
PLEDGES = wordset("promise promises pledge pledges vow vows")
# ... and the verbs' forms that are nouns of words said, with the words that may follow them:
# their topic, aim or listener ("Doe's comments about the plan", "Doe's call for a ban", "Doe's
# pledge to cut taxes", "Doe's attacks on Roe"). Not "Doe's claim to the nomination", "Doe's
# calls to donors" (a telephone's), "Doe's insistence on". Nouns that are no verb form
# ("statement", "criticism") would be cues of their own, which the organisation rules read too.
CLAIM_NOUNS: dict[str, str] = {
    **dict.fromkeys(CLAIMS, "that about"),
    # ... a reply or a view, only with what it holds: "Doe's point was that", "Doe's bet is that"
    **dict.fromkeys(wordset("response explanation answer point bet"), "that"),
    **dict.fromkeys(wordset("remark remarks comment comments posts tweets"), "that about on to"),
    **dict.fromkeys(wordset("call calls"), "for"),
    **dict.fromkeys(PLEDGES, "that to of"),
    **dict.fromkeys(wordset("attack attacks"), "on against"),
    "praise": "of for",
}
_CLAIM_ONLY = CLAIM_NOUNS.keys() - SAY_VERBS - ACT_VERBS - STANCE_VERBS
# Any cue: a verb of the three classes, "according to", "in a statement", "as saying", a claim.
CUE = re.compile(
    rf"\b(?=[a-zAI])(?:(?P<verb>{_VERB})|(?P<according>[Aa]ccording to)"
    r"|(?P<statement>[Ii]n a statement)|(?P<quoted>as saying)"
    rf"|(?P<claim>{alternation(_CLAIM_ONLY)}))\b"
)
# The same words after a character that is not an ASCII letter, digit or underscore: a search
# that opens on a character class skips the letters in one loop, where one that opens on "\b"
# starts a match at every character.
_CUE_AFTER = re.compile(
    "[^a-zA-Z0-9_](?:"
    + alternation(
        SAY_VERBS
        | ACT_VERBS
        | STANCE_VERBS
        | PHRASAL
        | _STANCE_PREDICATES
        | {"according to", "According to", "in a statement", "In a statement", "as saying"}
        | _CLAIM_ONLY
    )
    + "|"
    + _FOUND_THAT
    + "|"
    + _MADE_SPEECH
    + "|"
    + _DELIVERED_SPEECH
    + "|"
    + _PUBLISHED
    + r")\b"
)


def find_cues(text: str) -> list[re.Match[str]]:
    """``list(CUE.finditer(text))``, a quarter faster: :data:`_CUE_AFTER` finds where the cues
    are, and :data:`CUE` matches each there (the same match, as it needs a word start and the
    same words). Only a letter outside ASCII right before a verb ("éasked") starts no word, and
    then :data:`CUE` scans the text itself."""
    cues = [CUE.match(text, near.start()) for near in _CUE_AFTER.finditer(" " + text)]
    return list(CUE.finditer(text)) if None in cues else cast("list[re.Match[str]]", cues)


# "by" and an -ing form that is no speech after a verb: "responded by easing sanctions" is an
# act, "responded by saying" reports words.
BY_ACTING = rf"\s+by\s+(?!{alternation(ING_SPEECH)}\b)[a-z]+ing\b"

# Verbs that are not speech with what follows: "continued to buy", "added to her lead", "called
# her to meet", "called off".
NOT_SPEECH_AFTER = {
    **dict.fromkeys(
        verb_forms(["continue"]),
        re.compile(
            r"\s+(?:to|with|as|in|on|at|\w+ing)\b|\s+(?:its|his|her|their)\s+(?!(?:[\w-]+\s+)?"
            r"(?:remarks|comments|attacks?|criticism|speech|tirade|rant|assault|argument)\b)"
        ),
    ),
    # ... but "added to reporters", "“...,” Doe added to CNN." name a listener; "added
    # liquidity", "added 50 cents": an amount put in, not words
    **dict.fromkeys(
        verb_forms(["add"]),
        re.compile(
            r"\s+to\b(?!\s+(?:reporters|journalists|(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*[.,]))"
            r"|(?:\s+[a-z]+ly)?\s+(?:\$?\d|(?:[a-z-]+\s+){0,2}(?:liquidity|reserves|funds)\b)"
        ),
    ),
    # "Acme accused of fraud": a headline's passive, Acme the accused
    **dict.fromkeys(verb_forms(["accuse"]), re.compile(r"\s+of\b")),
    # "floated the idea": words; "floated shares", "floating populism": not
    **dict.fromkeys(
        verb_forms(["float"]),
        re.compile(
            r"(?!\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:idea|notion|possibility|prospect|"
            r"proposal|plan|suggestion|theory|trial\s+balloon)s?\b)"
        ),
    ),
    # "Smith reported from Kabul": a reporter's credit line
    **dict.fromkeys(verb_forms(["report"]), re.compile(r"\s+from\b")),
    # "posted a victory", "posted a loss", "posted net income", "posted 500 times": a result,
    # not words
    **dict.fromkeys(
        verb_forms(["post"]),
        re.compile(
            r"\s+(?:(?:a|an|the|its|his|her|their|more\s+than|over|some)\s+)?(?:[\w,$%.-]+\s+){0,2}?"
            r"(?:victory|victories|wins?|gains?|loss(?:es)?|profits?|records?|leads?|bail|bond|"
            r"scores?|times|results?|increases?|declines?|drops?|rises?|growth|revenues?|"
            r"earnings|income|sales|turnover|surplus|deficits?)\b"
        ),
    ),
    **dict.fromkeys(
        verb_forms(["call"]),
        # ... and "Then his brother called.": a telephone call
        re.compile(r"\s+(?:(?:him|her|them|me|us)\s+(?:to|back|at|on)|off|up|in)\b|\s*[.;]"),
    ),
    # "backed off", "backed down": a retreat, not support; "pushed through the crowd",
    # "pushed ahead": a movement, not a cause pressed
    **dict.fromkeys(verb_forms(["back"]), re.compile(r"\s+(?:off|down)\b")),
    **dict.fromkeys(
        verb_forms(["push"]),
        re.compile(r"\s+(?:through|ahead|aside|out|off|past|into|up|down|on|forward)\b"),
    ),
    # "denied the request", "denied him bail", "denying entry": a refusal, not words ("denied
    # the charges" reports some)
    **dict.fromkeys(
        verb_forms(["deny"]),
        re.compile(
            r"\s+(?:(?:him|her|them|us|me)\b|(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?"
            r"(?:requests?|applications?|appeals?|motions?|petitions?|permits?|bail|entry|access|"
            r"visas?|licen[cs]es?|services|benefits|certification|asylum|parole)\b)"
        ),
    ),
    # "declined to comment", "declined at first to criticize", "declined comment", "declined
    # an interview", "declined a question", "(offered a slot,) Trump declined.": a refusal to
    # speak;
    # "Acme declined 4p to 945", "sales declined sharply": a fall
    **dict.fromkeys(
        verb_forms(["decline"]),
        re.compile(
            r"(?!\s*[,.;]|\s+(?:(?:[a-z]+ly|at\s+first|again)\s+)?to\s+[a-z]"
            r"|\s+(?:further\s+|immediate\s+|any\s+)?comment"
            r"|\s+(?:an?|the|our|my|his|her|their|its|repeated|several)\s+(?:[\w-]+\s+)?"
            r"(?:interviews?|invitations?|requests?|offers?|questions?)\b)"
        ),
    ),
    # "credits 5 mln dlrs to", "realized 4 mln dlrs from the sale", "realised a gain": money
    # moved or made ("credited Smith with the idea", "realized that ..." report views)
    **dict.fromkeys(
        verb_forms(["credit", "realize", "realise"]),
        re.compile(
            r"\s+(?:(?:about|some|nearly|almost|more\s+than|up\s+to|over)\s+)?[$\d]"
            r"|\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?"
            r"(?:gains?|profits?|losses?|returns?|proceeds|savings)\b"
        ),
    ),
    # "thanks to his wins": a preposition
    **dict.fromkeys(verb_forms(["thank"]), re.compile(r"\s+to\b")),
    # "declared for president", "declared victory": a candidacy or a result
    **dict.fromkeys(
        verb_forms(["declare"]),
        re.compile(r"\s+(?:for|victory|bankruptcy|war|independence)\b"),
    ),
    # "opened up a lead" (after the phrasal cue "opened up")
    **dict.fromkeys(verb_forms(["open"]), re.compile(r"\s+(?:a|an|the|its|his|her|their)\b")),
    # "maintains a lead", "reacted to the ruling": holding on, or an act; "Smith maintains that
    # ...", "“...,” reacted Smith" report words
    **dict.fromkeys(verb_forms(["maintain"]), re.compile(r"\s+(?!that\b)[a-z]")),
    **dict.fromkeys(verb_forms(["react"]), re.compile(r"\s+[a-z]")),
    # "two articles published in October", "an interview published Monday": the thing
    # published, its publisher not named before it
    **dict.fromkeys(
        verb_forms(["publish"]),
        re.compile(r"\s+(?:in|on|by|at|last|this|earlier|online|since|after|before|\w+day)\b"),
    ),
    # "charged a $100 fee", "charges 5 percent interest": a price, not an accusation
    **dict.fromkeys(
        verb_forms(["charge"]),
        re.compile(
            r"\s+(?!that\b)(?:(?:a|an|the|its|their|his|her|about|up\s+to|more\s+than)\s+)?(?:\$|\d|"
            r"(?:[\w,-]+\s+){0,3}(?:fees?|prices?|rates?|premiums?|interest|tuition|rent|dues)\b)"
        ),
    ),
    # "claimed victory", "claiming his third win", "claimed 41 percent of the vote": a result
    # taken, not words ("claimed the win was stolen" reports some)
    **dict.fromkeys(
        verb_forms(["claim"]),
        re.compile(
            r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:victory|victories|win|wins|nomination|seat|title|prize|crown|mantle|delegates|"
            r"percent|votes)\b(?!\s+(?:was|were|is|are|had|has|have|would|will|could)\b)"
        ),
    ),
    # "responded to the strong yen by redoubling its efforts": an act, not words ("responded to
    # critics by saying" reports some)
    **dict.fromkeys(
        verb_forms(["respond"]), re.compile(rf"\s+to\s+[^,.;:\"“”]{{1,60}}?{BY_ACTING}")
    ),
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


# After a cue's form in -s: an auxiliary makes the form a plural noun ("OPEC states are
# unhappy", "Congress calls were answered") when a name stands right before it, as no verb in
# -s takes one straight after it; except in a relative clause, whose verb's object is the
# relative ("which OPEC says must be counted", "data he hopes will refute": no name before).
_PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?:are|were|have|had|will|would|can|could|should|may|might|must)\b"
)
_NAME_BEFORE = re.compile(r"(?:\b(?P<lead>\w+)\s+|^)(?:[A-Z][\w.&'’-]*\s+)+$")


def not_speech_after(word: str, text: str, end: int) -> bool:
    """Whether what follows the cue word ``word`` (ending at ``end``) makes it no speech: the
    words of :data:`NOT_SPEECH_AFTER`, or an auxiliary after a name's form in -s (a plural
    noun, :data:`_PLURAL_NOUN_AFTER`)."""
    if word.endswith("s") and word != "says" and _PLURAL_NOUN_AFTER.match(text, end):
        start = text.rfind(word, 0, end)
        name = _NAME_BEFORE.search(text, max(0, start - 80), start)
        if name is not None and name.group("lead") not in RELATIVE_PRONOUNS:
            return True
    pattern = NOT_SPEECH_AFTER.get(word)
    return pattern is not None and pattern.match(text, end) is not None


def inverted_allowed(text: str, start: int, verb: str) -> bool:
    """Whether a verb may precede its subject here: after a quote, or a comma for say-verbs;
    never a stance verb ("..., believes Smith" is not English news)."""
    if verb in STANCE_ONLY:
        return False
    left = text[max(0, start - 4) : start].rstrip()
    if left.endswith(("”", '"')) or left.endswith((",”", ',"')):
        return True
    return verb in SAY_VERBS and left.endswith((",", "”,", '",'))
