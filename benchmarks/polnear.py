"""PolNeAR (brat standoff attributions) as gold speakers per paragraph, for speaker_eval.py.

Reads ``DIR/text/NAME.txt`` and ``DIR/attributions/NAME_ANNOTATOR.ann`` (see
``shared/corpora/polnear/SOURCE.md``). Where several annotators' files exist for one article, the
first by file name is used. Nothing here imports newsindex: the gold side never depends on the
tagger or on the attribution code it measures. The only outside data are NLTK's names, words,
stopwords and gazetteers corpora in ``shared/nltk_data`` (without them the rules still run, with
fewer names recognised).

Paragraphs: the non-empty lines of the .txt (the headline is the first; blank lines or single
newlines separate paragraphs, so each line is one paragraph).

A paragraph has a gold speaker when an attribution's Content lies mostly in it: the overlap is at
least half of the shorter of the Content and the paragraph (a Content running over several
paragraphs counts in each paragraph it fills). The attribution's Source span says who. The brat
files have no coreference links, and the guidelines leave the Source as the text writes it (a
name, a pronoun, a description, an organisation, a document), so it is read by these rules:

* **Annotation slips.** A Source that is only a saying verb ("said") whose Cue is a capitalised
  phrase ("Robert McAtee, one of ...") has its two labels swapped back.
* **Cut the span to its heads.** Parentheticals go ("Sen. Tim Kaine (D-Va.)"), then an appositive
  or relative clause after a comma ("Flynn, a top Trump surrogate,"); a lower-case noun's
  prepositional phrase goes up to the next comma ("a study by Harvard" -> "a study", "A lawyer
  for the news outlets, David Schulz" -> "A lawyer, David Schulz"); the rest splits on commas and
  "and" into heads ("Mr. Grassley and Mr. Leahy", "Jeff Merkley, Sherrod Brown and Robert
  Menendez all"). A head after a bare comma counts only if it is a person name ("..., David
  Schulz", not "..., R-Wis."). A head ending in a possessive names the possessor ("Trump's
  [tweet]"); one with a possessive inside is what follows it ("Clinton's campaign manager Robby
  Mook" -> "campaign manager Robby Mook", "Scott's family" -> "family").
* **A named person** is a head ending in a capitalised run (titles, initials and particles
  allowed; sentence-initial stop words such as "But" dropped) that is a person name by rules that
  need no tagger: it follows a title or honorific ("Mr. Obama", "House Speaker Paul Ryan",
  "Spokeswoman Jessica Ditto"); or it starts at a first name of NLTK's names corpus or an initial
  ("Activist Angela Davis" -> "Angela Davis"); or it is two or more capitalised words with no
  determiner before it, no organisation word (Times, Committee, Party, University ...), no
  all-capitals acronym, not all common English words and not ending in a gazetteer place or
  nationality; or it is one word that is the surname of such a full name anywhere in the article's
  body ("Trump" after "Donald Trump", also "PENCE"), or a first name alone ("Melanie"). In a
  title-cased line (the headline) a run counts only through a surname the body uses. The
  speaker's key is the surname: the last word, possessive dropped, a "Jr."-like suffix kept with
  it ("trump jr"). A predicted name matches a gold one with the same key, or when either's key is
  a word of the other's full name other than a first name of one sex ("Ms. Acosta" and "Melba
  Acosta Febo", "Mr. Lou" and "Lou Jiwei", "Xi" and "Xi Jinping": family names written first).
* **Pronouns** "he"/"she"/"his"/"her": the first person named, with a sex that does not
  contradict the pronoun, in the pronoun's own sentence or, going back, an earlier sentence of its
  paragraph (quotes ignored: “...”, "..." and the NYT's ''...''); else the nearest preceding
  Source of the article that is a named person of that sex ("she" takes a person of unknown sex
  only when no woman is found). Sex: the first name in NLTK's names corpus; for names on both
  lists ("Hillary", "Chris") or none, the pronouns in the article's sentences that name only that
  person; then "Mr."/"Ms." before the surname. First-person pronouns ("I", "me") are the speaker
  of the attribution whose Content holds them (the quoted person speaking of himself); outside
  any Content they are the unnamed writer (excluded). Relative pronouns ("who", "which") take
  the capitalised run right before them ("Donald Trump, who"), else the last noun phrase ("the
  Republican nominee for president, who"). "they", "we", "it", "you" are no named speaker.
* **Definite descriptions of a role** ("the senator", "the Republican nominee", "the former
  president"): the named-person Source before it whose surname the article writes near the role
  word (2 points per role word or its abbreviation, "Gov." for "governor", within 60 characters)
  and the description's other words (1 point each: "Indiana", "Democratic"); the best score wins,
  the nearest on a tie, and with no score at all the nearest named-person Source.
* **Organisations** (counted apart, not in the named-person scores): named heads that are not
  person names ("The New York Post", "the FBI", "PolitiFact", "North Korea") and definite
  institutional nouns ("the campaign", "the Obama administration", "the agency").
* **Excluded**: anonymous and generic sources ("officials", "a source", "experts",
  "Protesters", "Republicans", "a spokeswoman for Hillary Clinton"), documents and polls ("a 2014
  study", "the ad"), plural pronouns, and unresolved pronouns or descriptions.

Known limits, visible with ``speaker_eval.py --polnear DIR --errors N``: a two-word company
whose first word is a first name reads as a person ("Wells Fargo"); a description is resolved
by proximity, not knowledge ("The FBI director" can land on the last person named near
"director"); PolNeAR's attributions include thoughts and intentions ("wants", "believes",
"plans"), not only speech, so :func:`speech_cue` marks which cues are saying verbs.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

NLTK_DATA = Path(__file__).resolve().parents[2] / "shared" / "nltk_data" / "corpora"

# ------------------------------------------------------------------------------ word lists


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = _wordset(
    """mr mrs ms dr prof professor rev reverend sen sens senator rep reps representative gov
    governor lt gen col maj capt sgt adm cmdr cpl pvt president vice secretary minister premier
    chancellor speaker chairman chairwoman chairperson chair mayor attorney judge justice chief
    director commissioner ambassador congressman congresswoman spokesman spokeswoman spokesperson
    pope king queen prince princess sheriff officer detective deputy lord lady sir dame pastor
    bishop rabbi imam cardinal leader whip nominee candidate sec supt insp general del"""
)
_ORG_WORDS = _wordset(
    """times post news journal herald tribune gazette observer telegraph guardian press reuters
    committee party campaign foundation institute institution center centre university college
    school council court department dept bureau agency administration association union
    coalition alliance bank inc corp corporation co company companies group fund service services
    commission office board network organization organisation congress senate house assembly
    parliament ministry embassy police army navy force forces guard caucus club league federation
    society trust project network networks tv radio magazine channel cnn pac republicans democrats
    gop fbi cia"""
)
_INSTITUTION_NOUNS = _wordset(
    """campaign administration committee agency department government company bank court
    newspaper paper union alliance coalition fund commission council organization organisation
    network party embassy ministry police military army board office foundation institute center
    firm team station magazine channel publication school university senate house congress state
    city group corporation association bureau caucus league federation club chain outlet site
    website"""
)
_ROLE_NOUNS = _wordset(
    """president president-elect nominee candidate senator governor secretary minister businessman
    businesswoman billionaire mogul developer congressman congresswoman lawmaker mayor director
    chairman chairwoman speaker leader judge attorney commissioner ambassador host anchor
    moderator contender challenger opponent incumbent republican democrat chief executive ceo
    founder general premier chancellor"""
)
_ROLE_ABBREVIATIONS = {
    "senator": ("sen", "senator"),
    "governor": ("gov", "governor"),
    "congressman": ("rep", "congressman"),
    "congresswoman": ("rep", "congresswoman"),
    "lawmaker": ("rep", "sen", "lawmaker"),
    "general": ("gen", "general"),
    "ceo": ("ceo", "chief", "executive"),
}
_PARTICLES = _wordset("de del della der di du da dos van von la le bin ibn al el st")
_SUFFIXES = _wordset("jr sr ii iii iv")
_TRAILING_QUANTIFIERS = _wordset("all both alike too also themselves himself herself each")
_MALE_PRONOUNS = _wordset("he him his himself")
_FEMALE_PRONOUNS = _wordset("she her hers herself")
_FIRST_PERSON = _wordset("i me my myself mine")
_RELATIVE = _wordset("who whom whose that which")
_GROUP_PRONOUNS = _wordset(
    "they them their theirs themselves we us our ours you your it its one each both"
)
_HONORIFICS = _wordset("mr mrs ms dr")
_SURNAME_LIKE = _wordset("king judge justice bishop prince general major marshal dean chancellor")
_QUANTIFIERS = _wordset(
    "many some most several other others few all both two three four five dozens hundreds fellow"
)
_CALENDAR = _wordset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow"""
)
_MONTHS = _wordset(
    "january february march april may june july august september october november december"
)
_GROUP_WORDS = _wordset(
    "republicans democrats conservatives liberals progressives evangelicals independents"
)
_DETERMINERS = _wordset("the a an this that these those")
_PREPOSITIONS = _wordset("by of at from for in with on about to between among")

_TOKEN = re.compile(r"[^\s]+")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_ABBREVIATED_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Rev|St)\.")
_POSSESSIVE_END = re.compile(r"(?:'s|(?<=s)')$")
# Quoted words, whose names are not who a pronoun outside them means: curly, straight, and the
# two apostrophes some newsrooms (the NYT files) type as a quote mark.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''(?:(?!'').)*''")


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """First name (lower case) -> "m", "f" or "" (both), from NLTK's names corpus if present."""
    out: dict[str, str] = {}
    for sex, file in (("m", "male.txt"), ("f", "female.txt")):
        path = NLTK_DATA / "names" / file
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").split():
            name = line.strip().lower()
            out[name] = sex if out.get(name, sex) == sex else ""
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case English words (NLTK's words corpus), for capitalised common nouns."""
    path = NLTK_DATA / "words" / "en"
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.islower())


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """NLTK's English stop words ("but", "when", "on"), capitalised at a sentence start."""
    path = NLTK_DATA / "stopwords" / "english"
    words = path.read_text(encoding="utf-8").split() if path.is_file() else []
    return frozenset(words) | _wordset("but and when on in at as if after")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Place names and nationalities (lower case, whole entries) of NLTK's gazetteers."""
    folder = NLTK_DATA / "gazetteers"
    entries: set[str] = set()
    if folder.is_dir():
        for path in folder.glob("*.txt"):
            if path.name != "LICENSE.txt":
                text = path.read_text(encoding="latin-1")
                entries.update(line.strip().lower() for line in text.splitlines())
    entries.discard("")
    return frozenset(entries)


def _place(words: Sequence[str]) -> bool:
    """Whether the words end in a gazetteer place or nationality ("West Virginia", "Mexicans")."""
    places = _places()
    for size in (3, 2, 1):
        tail = " ".join(words[-size:])
        if len(words) >= size and (tail in places or tail.removesuffix("s") in places):
            return True
    return False


def _bare(token: str) -> str:
    """A token without edge punctuation and possessive, lower case."""
    token = token.replace("’", "'").strip(".,;:!?\"“”‘'()[]{}—–-")
    return _POSSESSIVE_END.sub("", token).lower().rstrip(".")


def _capitalised(token: str) -> bool:
    token = token.lstrip("\"“‘'([")
    return token[:1].isupper()


def _initial(token: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?|[A-Z]\.?", token))


def _common(word: str) -> bool:
    words = _common_words()
    if word in words:
        return True
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    return word.endswith("s") and (word[:-1] in words or word[:-2] in words)


def surname(name: str) -> str:
    """The comparison key of a speaker: last word, no possessive, lower case; a suffix stays with
    the word before it ("trump jr": Donald Trump Jr. is not his father)."""
    tokens = [t for t in (_bare(t) for t in name.replace("’", "'").split()) if t]
    cut = len(tokens)
    while cut > 1 and tokens[cut - 1] in _SUFFIXES:
        cut -= 1
    return " ".join(tokens[cut - 1 :]) if tokens else ""


def _name_words(name: str) -> list[str]:
    """The words of a person's name without its titles, lower case ("Sen. Tim Kaine": tim kaine)."""
    return [w for w in (_bare(t) for t in name.replace("’", "'").split()) if w and w not in _TITLES]


def _part_of(short: str, full: str) -> bool:
    """Whether the surname of ``short`` is a surname-like word of the name ``full``: any word but
    the first, or the first when ``short`` has a title ("Mr. Lou" in "Lou Jiwei") or the first is
    no first name of one sex in NLTK's lists ("Xi", "Lou"); never across a suffix ("Jr.")."""
    key, words = surname(short), _name_words(full)
    if " " in key or len(words) < 2 or any(w in _SUFFIXES for w in words):
        return False
    if key in words[1:]:
        return True
    titled = len(_name_words(short)) == 1 < len([t for t in short.split() if _bare(t)])
    return key == words[0] and (titled or not _first_names().get(words[0]))


def same_person(gold: str, predicted: str) -> bool:
    """Whether a predicted speaker's name is the gold speaker's: the same surname (with a suffix
    on one side only when the other is a surname alone: "Biden" = "Joseph R. Biden Jr.", but
    "Donald Trump" is not "Donald Trump Jr."), or either's surname is part of the other's full
    name ("Ms. Acosta" = "Melba Acosta Febo", "Xi" = "Xi Jinping", family name first)."""
    key, other = surname(gold), surname(predicted)
    if key == other:
        return True
    if key.split()[0] == other.split()[0]:
        return min(len(_name_words(gold)), len(_name_words(predicted))) == 1
    return _part_of(gold, predicted) or _part_of(predicted, gold)


def matched(gold: dict[str, str], predicted: dict[str, str]) -> set[tuple[str, str]]:
    """One-to-one (gold key, predicted key) pairs of the same person: equal keys first, then
    :func:`same_person` among the rest."""
    pairs = {(k, k) for k in gold.keys() & predicted.keys()}
    free = [k for k in predicted if k not in gold]
    for key in gold.keys() - predicted.keys():
        hit = next((p for p in free if same_person(gold[key], predicted[p])), None)
        if hit is not None:
            pairs.add((key, hit))
            free.remove(hit)
    return pairs


# ------------------------------------------------------------------------------ data model


@dataclass(frozen=True)
class Span:
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass
class Attribution:
    source: Span | None
    contents: list[Span]
    cue: str = ""


@dataclass
class Source:
    """How one Source span was read: ``kind`` is person, org or other."""

    kind: str
    names: list[str]
    how: str  # named, pronoun, first-person, relative, description, org, excluded, unresolved
    text: str
    start: int


@dataclass
class GoldParagraph:
    text: str
    start: int
    persons: dict[str, str] = field(default_factory=dict)  # surname -> display name
    orgs: dict[str, str] = field(default_factory=dict)
    excluded: list[str] = field(default_factory=list)
    how: dict[str, str] = field(default_factory=dict)  # surname -> how it was found
    speech: dict[str, bool] = field(default_factory=dict)  # surname -> cue is a saying verb


@dataclass
class GoldArticle:
    name: str
    annotation: str
    paragraphs: list[GoldParagraph]
    sources: list[Source]


# ------------------------------------------------------------------------------ reading


_SPAN_LINE = re.compile(r"T\d+\t")
_EVENT_LINE = re.compile(r"E\d+\t")


def read_ann(path: Path, text: str) -> list[Attribution]:
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # A span's text may hold a line break: its next line is no annotation of its own.
        if _SPAN_LINE.match(line):
            tid, middle, *_ = [*line.split("\t"), ""]
            label, _, offsets = middle.partition(" ")
            frags = tuple(
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
            )
            spans[tid] = Span(label, frags, " ".join(text[a:b] for a, b in frags))
        elif _EVENT_LINE.match(line):
            parts = line.split("\t")[1].split()
            events.append(dict(p.split(":", 1) for p in parts if ":" in p))
    out = []
    for event in events:
        source = spans.get(event.get("Source", ""))
        contents = [spans[t] for role, t in event.items() if role.startswith("Content")]
        contents = [c for c in contents if c]
        cue = spans.get(event.get("Cue", ""))
        swapped = (
            source is not None
            and cue is not None
            and len(source.text.split()) <= 2
            and speech_cue(source.text)
            and not speech_cue(cue.text)
            and _capitalised(cue.text)
        )
        if swapped:
            source, cue = cue, source  # labels swapped: Source "said", Cue "Robert McAtee"
        if contents:
            out.append(Attribution(source, contents, cue.text if cue else ""))
    return out


def article_files(folder: Path) -> list[tuple[Path, Path]]:
    """(text, first annotator's .ann) for each article of a PolNeAR split folder."""
    pairs = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{txt.stem}_*.ann"))
        anns = [a for a in anns if re.fullmatch(re.escape(txt.stem) + r"_[0-9a-f]+", a.stem)]
        if anns:
            pairs.append((txt, anns[0]))
    return pairs


def paragraphs_of(text: str) -> list[tuple[int, str]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            out.append((m.start() + len(line) - len(line.lstrip()), stripped))
    return out


# ------------------------------------------------------------------------------ the rules


class _Names:
    """What the article itself says about people: full names, surnames, genders."""

    def __init__(self, paragraphs: Sequence[tuple[int, str]]) -> None:
        self.full: set[tuple[str, ...]] = set()
        self.surnames: set[str] = set()
        self.gender: dict[str, Counter[str]] = {}
        body = [t for i, (_, t) in enumerate(paragraphs) if i and not _title_case(t)]
        for text in body:
            for run in _capital_runs(text):
                person = _person_in_run(run, self, headline=False, learning=True)
                titled = person is not None and len(person) < len(run)
                if person and (len(person) >= 2 or titled):
                    key = tuple(_bare(t) for t in person)
                    self.full.add(key)
                    self.surnames.add(surname(" ".join(person)))
                    first = next((t for t in key if t not in _TITLES), "")
                    sex = _first_names().get(first, "") if len(key) >= 2 else ""
                    if sex:
                        self.gender.setdefault(surname(" ".join(person)), Counter())[sex] += 1
            for m in re.finditer(r"\b(Mr|Mrs|Ms)\.?\s+([A-Z][\w'’-]+)", text):
                sex = "m" if m.group(1) == "Mr" else "f"
                self.gender.setdefault(_bare(m.group(2)), Counter())[sex] += 1
        # Names the corpus cannot sex ("Hillary" and "Chris" are on both lists): the pronouns
        # that follow the first person named in a sentence of the article, outside quotes.
        self.context: dict[str, Counter[str]] = {}
        for text in body:
            text = _QUOTED.sub(" ", text)
            cuts = [0, *_sentence_starts(text), len(text)]
            for sentence in (text[a:b] for a, b in itertools.pairwise(cuts)):
                people = [
                    p
                    for r in _capital_runs(sentence)
                    if (p := _person_in_run(r, self, headline=False))
                ]
                person = people[0] if len({surname(" ".join(p)) for p in people}) == 1 else None
                if person:
                    words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
                    found = Counter(m=len(words & _MALE_PRONOUNS), f=len(words & _FEMALE_PRONOUNS))
                    keys = {surname(" ".join(person)), " ".join(_bare(t) for t in person)}
                    for context_key in keys:
                        self.context.setdefault(context_key, Counter()).update(found)

    @staticmethod
    def _decided(found: Counter[str]) -> bool:
        total = sum(found.values())
        return total > 0 and found.most_common(1)[0][1] * 3 >= 2 * total

    def sex(self, name: str) -> str:
        """ "m", "f" or "" for a person named in the article.

        The first name's sex in NLTK's names corpus; else, for a first name on both lists or
        none, the pronouns that follow the full name in its sentences; else the surname's "Mr."
        / "Ms." and the sexed first names it comes with; else the surname's pronouns. A count
        decides when it has two thirds of the votes.
        """
        words = [_bare(t) for t in name.split()]
        words = [w for w in words if w and w not in _TITLES]
        if not words:
            return ""
        if len(words) >= 2 and _first_names().get(words[0]):
            return _first_names()[words[0]]
        key = surname(name)
        for found in (
            self.context.get(" ".join(words)) if len(words) >= 2 else None,
            self.gender.get(key),
            self.context.get(key),
        ):
            if found and self._decided(found):
                return found.most_common(1)[0][0]
        return ""


_ABBREVIATIONS = _wordset(
    """mr mrs ms dr gov sen sens rep reps gen lt col maj capt sgt st jr sr rev inc corp co no mt
    ft prof del adm cmdr vs"""
)


def _sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence starts: after ". ! ?" and space, before a capital or quote,
    unless the period ends an abbreviation ("Gov.") or an initial ("J.")."""
    out = []
    for m in re.finditer(r"([\w.'’-]*)[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])", text):
        word = m.group(1).rstrip(".")
        if len(word) > 1 and word.lower() not in _ABBREVIATIONS and "." not in word:
            out.append(m.end())
    return out


def _title_case(text: str) -> bool:
    """A headline-like line: short, no sentence inside, most longer words capitalised."""
    if len(text) > 150 or re.search(r"[a-z]{2}[.!?]\s+[A-Z]|[.!?\"”]$", text):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _name_token(token: str) -> bool:
    bare = token.strip(",;:\"“”‘'()")
    if not re.fullmatch(r"[^\W\d_][\w.'’-]*", bare):
        return False  # "true.\">Sanders" (markup), "9/11"
    return _capitalised(bare) or _initial(bare)


def _capital_runs(text: str) -> list[list[str]]:
    """Maximal runs of capitalised words (name particles allowed inside) in ``text``."""
    runs: list[list[str]] = []
    run: list[str] = []
    for token in _TOKEN.findall(text.replace("’", "'")):
        clean = token.strip("\"“”‘'([")
        if token.startswith(("(", "[")):
            clean = ""  # a parenthetical ends a name: "Ted Cruz (R-Tex)"
        if _name_token(clean) or (run and clean.lower() in _PARTICLES):
            run.append(clean.rstrip(',;:)]"”'))
            closes = re.search(r"[,;:)\]\"”.!?]$", clean) and not _initial(clean.rstrip(",;:"))
            closes = closes or bool(_POSSESSIVE_END.search(clean))
            if closes and not _ABBREVIATED_TITLE.fullmatch(clean):
                runs.append(run)
                run = []
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return [r for r in ([t for t in run if t] for run in runs) if r]


def _person_in_run(
    run: Sequence[str], names: _Names | None, *, headline: bool, learning: bool = False
) -> list[str] | None:
    """The person name a capitalised run ends with, by the module's rules, or None."""
    tokens = [t for t in run if t]
    if tokens:
        tokens[-1] = _POSSESSIVE_END.sub("", tokens[-1].replace("’", "'"))
    cut = len(tokens)
    while cut > 1 and _bare(tokens[cut - 1]) in _SUFFIXES:
        cut -= 1
    person = _person_before_suffix(tokens[:cut], names, headline=headline, learning=learning)
    if person and cut < len(tokens) and person[-1] == tokens[cut - 1]:
        return [*person, *tokens[cut:]]  # "Donald Trump Jr."
    return person


def _person_before_suffix(
    tokens: list[str], names: _Names | None, *, headline: bool, learning: bool
) -> list[str] | None:
    while tokens and tokens[-1].lower() in _PARTICLES:
        tokens = tokens[:-1]
    if not tokens:
        return None
    bare = [_bare(t) for t in tokens]
    if headline and names is not None:
        known = [t for t, b in zip(tokens, bare, strict=True) if b in names.surnames]
        return known[-1:] or None
    if bare[0] in _DETERMINERS or bare[0] in _QUANTIFIERS:
        return None  # "The S.E.C.", "Many Americans"
    while len(bare) > 1 and bare[0] in _stopwords() and bare[0] not in _first_names():
        tokens, bare = tokens[1:], bare[1:]  # capitalised by the sentence: "But Donald Trump"
    if bare[-1] in _CALENDAR and (len(bare) == 1 or bare[-1] not in _MONTHS):
        return None  # "Friday", "Monday" ("Theresa May" stays)
    if all(_DOTTED.fullmatch(t) for t in tokens) or (len(bare) == 1 and bare[0] in _CALENDAR):
        return None  # "U.N.", "Friday"
    titles = [i for i, b in enumerate(bare[:-1]) if b in _TITLES]
    if titles:
        rest = tokens[titles[-1] + 1 :]
        if bare[titles[-1]] in _HONORIFICS:
            return rest  # "Mr. King"
        rest_bare = [_bare(t) for t in rest]
        if all(b in _TITLES for b in rest_bare) or rest_bare[-1] in _ORG_WORDS:
            return None  # "Vice President", "Justice Department"
        return rest  # "House Speaker Paul Ryan"
    ends_in_title = bare[-1] in _TITLES and (len(bare) == 1 or bare[-2] not in _HONORIFICS)
    if ends_in_title and (
        len(bare) == 1 or tokens[-1].endswith(".") or bare[-1] not in _SURNAME_LIKE
    ):
        return None  # "President", "New Jersey Gov." (but "Charlie King")
    firsts = _first_names()
    for i, b in enumerate(bare[:-1]):
        if (b in firsts or _initial(tokens[i])) and not _acronym(tokens[i:]):
            rest = bare[i:]
            if not any(w in _ORG_WORDS for w in rest) and not _place(rest):
                return tokens[i:]
    if len(tokens) >= 2:
        if any(b in _ORG_WORDS for b in bare) or _acronym(tokens) or _place(bare):
            return None
        if all(_common(b) for b in bare):
            return None
        return tokens
    if learning or names is None:
        return None
    if bare[0] in names.surnames:
        return tokens
    if bare[0] in firsts and not _common(bare[0]) and not _acronym(tokens) and not _place(bare):
        return tokens  # a first name alone: "Melanie"
    return None


def _acronym(tokens: Iterable[str]) -> bool:
    return any(re.fullmatch(r"[A-Z]{2,}[sS]?", t.strip(".,")) for t in tokens)


def _cut(phrase: str) -> str:
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase.replace("’", "'"))
    phrase = re.sub(r"\s*\([^()]*$", "", phrase)
    m = re.search(r",\s*(?=[a-z0-9\"“'‘])|\s+(?:who|whom|whose|which|that)\b", phrase)
    if m and m.start() > 0:
        phrase = phrase[: m.start()]
    return phrase.strip(" ,;:—–-\"“”'‘")


def _heads(phrase: str) -> list[tuple[str, bool]]:
    """Coordinated heads of a Source, each with whether it must be a person name to count.

    A head after a bare comma (no "and") counts only as a name in a list of names ("Jeff
    Merkley, Sherrod Brown and Robert Menendez"), not as a trailing "R-Wis." or "Democrat of
    California".
    """
    tokens = _cut(phrase).split()
    for i in range(1, len(tokens)):
        before = tokens[i - 1]
        if tokens[i] in _PREPOSITIONS and (
            not before[:1].isupper()
            or (i == 1 and _common(_bare(before)) and _bare(before) not in _TITLES)
        ):
            # "a 2014 study by Harvard", "lawyers for both Donald and Ivana Trump"; the cut ends
            # at a comma: "A lawyer for the news outlets, David Schulz"
            comma = next((j for j in range(i, len(tokens)) if tokens[j].endswith(",")), None)
            tokens = tokens[:i] + (tokens[comma + 1 :] if comma is not None else [])
            if comma is not None:
                tokens[i - 1] += ","
            break
    heads = []
    pieces = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)", " ".join(tokens))
    for i in range(0, len(pieces), 2):
        part = pieces[i].strip(" ,;:\"“”'‘")
        joiner = pieces[i - 1] if i else ""
        if part:
            heads.append((part, bool(joiner) and "and" not in joiner and "&" not in joiner))
    return heads


def _head_noun_phrase(part: str) -> tuple[str, bool]:
    """(head phrase, whether it ended in a possessive) after possessive and preposition cuts."""
    tokens = part.split()
    possessor = False
    if tokens and _POSSESSIVE_END.search(tokens[-1].replace("’", "'")):
        tokens[-1] = _POSSESSIVE_END.sub("", tokens[-1].replace("’", "'"))
        possessor = True
    else:
        for i in range(len(tokens) - 2, -1, -1):
            if _POSSESSIVE_END.search(tokens[i].replace("’", "'")) and tokens[i][:1] != "'":
                tokens = tokens[i + 1 :]
                break
            if tokens[i].lower() in ("his", "her", "their", "its", "my", "our", "your"):
                tokens = tokens[i + 1 :]
                break
    for i in range(1, len(tokens)):
        if tokens[i] in _PREPOSITIONS and tokens[i - 1][:1].islower():
            tokens = tokens[:i]
            break
    while len(tokens) > 1 and tokens[-1].lower() in _TRAILING_QUANTIFIERS:
        tokens = tokens[:-1]
    return " ".join(tokens), possessor


def _classify_head(part: str, names: _Names, headline: bool) -> tuple[str, str, str]:
    """(kind, display name, how) for one coordinated head of a Source span."""
    phrase, _ = _head_noun_phrase(part)
    tokens = phrase.split()
    if not tokens:
        return "other", part, "excluded"
    low = [_bare(t) for t in tokens]
    if len(tokens) == 1 and low[0] in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
        return "pronoun", low[0], "pronoun"
    if len(tokens) == 1 and low[0] in _FIRST_PERSON:
        return "pronoun", low[0], "first-person"
    if len(tokens) == 1 and low[0] in _RELATIVE:
        return "pronoun", low[0], "relative"
    if all(t in _GROUP_PRONOUNS for t in low):
        return "other", phrase, "excluded"
    for i, token in enumerate(tokens[1:-1], 1):
        if token in ("of", "from", "at", "in") and _name_token(tokens[i - 1]):
            left = _classify_head(" ".join(tokens[:i]), names, headline)
            if left[0] == "person":
                return left  # "Gov. Earl Ray Tomblin of West Virginia"
    if _name_token(tokens[-1]):
        start = len(tokens) - 1
        while start > 0 and (
            _name_token(tokens[start - 1]) or tokens[start - 1].lower() in _PARTICLES
        ):
            start -= 1
        run = tokens[start:]
        person = _person_in_run(run, names, headline=headline)
        if person:
            return "person", " ".join(person), "named"
        run_low = [_bare(t) for t in run]
        only_roles = all(b in _TITLES or b in _ROLE_NOUNS for b in run_low)
        if only_roles and start > 0 and low[start - 1] == "the":
            return "description", phrase, "description"  # "the President", "The Republican"
        if run_low[0] in _DETERMINERS and len(run) > 1:
            run, run_low, start = run[1:], run_low[1:], start + 1  # "The Daily Caller"
        if run_low[-1] in _GROUP_WORDS or run_low[0] in _QUANTIFIERS or run_low[-1] in _CALENDAR:
            return "other", phrase, "excluded"  # "Republicans", "Many Americans", "Friday"
        if run_low[-1].endswith("s") and _place([run_low[-1]]) and len(run) < 3:
            return "other", phrase, "excluded"  # "Mexicans", "The Europeans"
        if " ".join(run_low) in _places():
            return "org", " ".join(run), "org"  # a country or city speaking: "North Korea"
        if headline and not _acronym(run):
            return "other", phrase, "excluded"
        named = start > 0 and low[start - 1] in _DETERMINERS  # "the Hill", "The Daily Caller"
        common = all(_common(b) for b in run_low) and not _acronym(run)
        if common and len(run) == 1 and not named:
            return "other", phrase, "excluded"  # "Authorities", "Protesters"
        return "org", " ".join(run), "org"
    head = low[-1]
    definite = low[0] in ("the",) or any(_capitalised(t) for t in tokens[:-1])
    if head in _INSTITUTION_NOUNS and (definite or len(tokens) > 1) and low[0] not in ("a", "an"):
        return "org", phrase, "org"
    if head in _ROLE_NOUNS and low[0] == "the":
        return "description", phrase, "description"
    return "other", phrase, "excluded"


_SPEECH_CUE = re.compile(
    r"\b(?:say|said|tell|told|add|accord|wr[io]t|tweet|stat(?:e|ed|es|ing|ement)\b|declar|"
    r"announc|ask|explain|not(?:e|ed|es|ing)\b|argu|claim|insist|respond|repl|comment|warn|urg|"
    r"quot|testif|acknowledg|admit|den(?:y|ied|ies)|confirm|suggest|predict|recall|stress|"
    r"emphas|reiterat|caution|complain|conced|post|interview|speak|spoke|shout|yell|jok|vow|"
    r"pledg|promis|assert|contend|maintain|remark|point(?:ed|s)? out|describ|call(?:ed|s)?\b|"
    r"accus|prais|criticiz|blast|slam|chid|mock|press|demand|read|testimony|continu|mention|"
    r"question|echo|put it|chant|condemn)",
    re.IGNORECASE,
)


def speech_cue(cue: str) -> bool:
    """Whether an attribution's Cue is a saying verb ("said", "told", "according to",
    "tweeted") rather than belief, intention, perception or a document ("thinks", "wants",
    "plans", "shows")."""
    return bool(_SPEECH_CUE.search(cue)) or not re.search(r"\w", cue)  # ":" or "―" quotes


def read_article(txt: Path, ann: Path) -> GoldArticle:
    """One article's paragraphs with their gold speakers, by the rules of the module doc."""
    text = txt.read_text(encoding="utf-8")
    paras = paragraphs_of(text)
    names = _Names(paras)
    attributions = read_ann(ann, text)
    starts = [s for s, _ in paras]

    def para_of(pos: int) -> int:
        index = 0
        for i, s in enumerate(starts):
            if s <= pos:
                index = i
        return index

    # Classify every Source. Names and organisations first; then pronouns and descriptions, which
    # look back at the named sources (and first-person pronouns at the attribution around them).
    ordered = sorted(
        (a for a in attributions if a.source is not None),
        key=lambda a: a.source.start if a.source else 0,
    )
    heads: dict[int, list[tuple[str, str, str]]] = {}
    for attribution in ordered:
        src = attribution.source
        assert src is not None
        p = para_of(src.start)
        headline = p == 0 or _title_case(paras[p][1])
        read = [
            (must, _classify_head(head, names, headline))
            for head, must in _heads(src.text) or [(src.text, False)]
        ]
        kept = [reading for must, reading in read if not must or reading[0] == "person"]
        heads[id(attribution)] = kept or [("other", src.text, "excluded")]
    readings: dict[int, Source] = {}

    def settle(attribution: Attribution) -> None:
        src = attribution.source
        assert src is not None
        kinds = heads[id(attribution)]
        persons = [d for k, d, _ in kinds if k == "person"]
        orgs = [d for k, d, _ in kinds if k == "org"]
        how = next((h for k, _, h in kinds if k == "person"), kinds[0][2])
        kind = "person" if persons else "org" if orgs else "other"
        readings[id(attribution)] = Source(
            kind, persons or orgs or [src.text], how, src.text, src.start
        )

    for attribution in ordered:
        if all(k not in ("pronoun", "description") for k, _, _ in heads[id(attribution)]):
            settle(attribution)
    named = [
        readings[id(a)]
        for a in ordered
        if id(a) in readings and readings[id(a)].kind == "person" and readings[id(a)].how == "named"
    ]
    for first_person in (False, True):
        for attribution in ordered:
            src = attribution.source
            assert src is not None
            kinds = heads[id(attribution)]
            if id(attribution) in readings:
                continue
            if first_person != any(h == "first-person" for k, _, h in kinds if k == "pronoun"):
                continue
            resolved = []
            for kind, display, how in kinds:
                if kind == "pronoun":
                    kind, display, how = _resolve_pronoun(
                        display, how, src, attribution, ordered, readings, named, text, names
                    )
                elif kind == "description":
                    kind, display, how = _resolve_description(display, src, named, text, names)
                resolved.append((kind, display, how))
            heads[id(attribution)] = resolved
            settle(attribution)

    gold = [GoldParagraph(t, s) for s, t in paras]
    for attribution in attributions:
        reading = readings.get(id(attribution))
        for index in _content_paragraphs(attribution.contents, paras):
            para = gold[index]
            if reading is None:
                continue
            if reading.kind == "person":
                for name in reading.names:
                    same = (k for k, known in para.persons.items() if same_person(known, name))
                    key = next(same, surname(name))  # "Roberts" after "John G. Roberts Jr."
                    if key and key not in para.persons:
                        para.persons[key] = name
                        para.how[key] = reading.how
                    if key:
                        para.speech[key] = para.speech.get(key, False) or speech_cue(
                            attribution.cue
                        )
            elif reading.kind == "org":
                for name in reading.names:
                    para.orgs.setdefault(surname(name), name)
            else:
                para.excluded.append(f"{reading.text} ({reading.how})")
    sources = [readings[id(a)] for a in ordered]
    return GoldArticle(txt.stem, ann.name, gold, sources)


def _content_paragraphs(contents: Sequence[Span], paras: Sequence[tuple[int, str]]) -> list[int]:
    frags = [f for c in contents for f in c.fragments]
    length = sum(b - a for a, b in frags)
    out = []
    for i, (start, para) in enumerate(paras):
        end = start + len(para)
        overlap = sum(max(0, min(b, end) - max(a, start)) for a, b in frags)
        if overlap and overlap * 2 >= min(length, len(para)):
            out.append(i)
    return out


def _resolve_pronoun(
    word: str,
    how: str,
    src: Span,
    attribution: Attribution,
    ordered: Sequence[Attribution],
    readings: dict[int, Source],
    named: Sequence[Source],
    text: str,
    names: _Names,
) -> tuple[str, str, str]:
    line_start = text.rfind("\n", 0, src.start) + 1
    if how == "relative":
        before = re.sub(r"\s*\([^()]*\)\s*$", "", text[line_start : src.start]).rstrip(" ,")
        tokens = before.split()
        start = len(tokens)
        while start > 0 and (
            _name_token(tokens[start - 1]) or tokens[start - 1].lower() in _PARTICLES
        ):
            start -= 1
        phrase = " ".join(tokens[start:])
        if not phrase:  # "the Republican nominee for president, who": the last noun phrase
            phrase = re.split(r"[.;:!?\"“”—,]\s+", before)[-1]
            phrase = re.split(rf"\s(?:{'|'.join(_PREPOSITIONS)})\s", " " + phrase)[-1]
        kind, display, _ = _classify_head(phrase.strip(), names, headline=False)
        if kind == "description":
            kind, display, _ = _resolve_description(display, src, named, text, names)
        if kind == "person":
            return "person", display, "relative"
        return ("org", display, "org") if kind == "org" else ("other", word, "unresolved")
    if how == "first-person":
        for outer in ordered:
            if outer is attribution or outer.source is None:
                continue
            inside = any(a <= src.start < b for c in outer.contents for a, b in c.fragments)
            reading = readings.get(id(outer))
            if inside and reading is not None and reading.kind == "person":
                return "person", reading.names[0], "first-person"
        return "other", word, "unresolved"  # the writer of an opinion piece, unnamed
    want = "m" if word in _MALE_PRONOUNS else "f"
    # The first person named in the pronoun's sentence or, going back, in an earlier sentence of
    # its paragraph (outside quotes) comes first ("Ms. LaBelle got a huge roar ... when she");
    # else the nearest named-person Source before it.
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    before = unquoted[line_start : src.start]
    cuts = [0, *_sentence_starts(before)]
    for a, b in zip(reversed(cuts), [len(before), *reversed(cuts[1:])], strict=True):
        for run in _capital_runs(before[a:b]):
            person = _person_in_run(run, names, headline=False)
            sex = names.sex(" ".join(person)) if person else None
            if person and (sex == want or (sex == "" and want == "m")):
                return "person", " ".join(person), "pronoun"
    earlier = [r for r in named if r.start < src.start]
    for strict in (True, False) if want == "f" else (False,):
        for reading in reversed(earlier):
            sex = names.sex(reading.names[0])
            if sex == want or (sex == "" and not strict):
                return "person", reading.names[0], "pronoun"
    return "other", word, "unresolved"


def _resolve_description(
    phrase: str, src: Span, named: Sequence[Source], text: str, names: _Names
) -> tuple[str, str, str]:
    """The named person a "the ... ROLE" description stands for, or unresolved.

    Candidates are the distinct named-person Sources before it, nearest first. Each scores by
    what the article writes within 60 characters of its surname before the description: 2 per
    role word (or its abbreviation: "Gov." for "governor"), 1 per other word of the description
    ("Democratic", "Indiana"). The best score wins, the nearest on a tie; when no candidate
    scores, the nearest named-person Source (the brief's default rule).
    """
    words = [_bare(t) for t in phrase.split()]
    roles = [w for w in words if w in _ROLE_NOUNS or w in _TITLES]
    cues = {a for r in roles for a in _ROLE_ABBREVIATIONS.get(r, (r,))}
    extras = {w for w in words if w not in roles and w not in _DETERMINERS and len(w) > 2}
    before = text[: src.start].replace("’", "'")
    best: tuple[int, str] | None = None
    seen: set[str] = set()
    for reading in reversed(named):
        key = surname(reading.names[0])
        if reading.start >= src.start or key in seen:
            continue
        seen.add(key)
        score = 0
        for m in re.finditer(rf"\b{re.escape(key)}\b", before, re.IGNORECASE):
            window = {_bare(w) for w in before[max(0, m.start() - 60) : m.end() + 60].split()}
            score = max(score, 2 * len(cues & window) + len(extras & window))
        if best is None or score > best[0]:
            best = (score, reading.names[0])
    if best is None:
        return "other", phrase, "unresolved"
    return "person", best[1], "description"


def read_split(folder: Path) -> list[GoldArticle]:
    return [read_article(txt, ann) for txt, ann in article_files(folder)]
