"""The English vocabulary of names and dates: titles, honorifics, name particles, landmarks,
abbreviations, months and weekdays. Each list is defined here once, in lower case; a module
that needs a list with a few more or fewer words builds it from these in one expression and
says why.

Words that belong to one module's grammar (speech verbs, date cue words) stay with it.
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = [
    "ABBREVIATED_TITLES",
    "ACRONYM_SKIPS",
    "ADDRESS_TITLES",
    "ADJECTIVE_BODY_HEADS",
    "AGENT_NOUNS",
    "ALIAS_WORDS",
    "AMOUNT_WORDS",
    "BODY_DOCUMENTS",
    "BODY_HEAD_ROLES",
    "BODY_KINDS",
    "BODY_NAME_HEADS",
    "BODY_TAILS",
    "CENTRAL_BANK_WORDS",
    "CHILD_NOUNS",
    "CITED_DOCUMENTS",
    "COMPASS_POINTS",
    "COMPASS_WORDS",
    "DELIVERY_TERMS",
    "DOCUMENT_ADJECTIVES",
    "DOCUMENT_ENDS",
    "DOTTED_ABBREVIATIONS",
    "FEATURE_ENDS",
    "FEMALE_FIRST_NAMES",
    "FEMALE_HONORIFICS",
    "FEMALE_NOUNS",
    "FIELD_LINKS",
    "FIRM_KINDS",
    "FIRM_NAME_ENDS",
    "FIRM_NOUNS",
    "FIRM_RESULTS",
    "FIRM_ROLES",
    "FRONTING_PREPOSITIONS",
    "GENERIC_FIRM_WORDS",
    "GEOGRAPHIC_HEADS",
    "GIVEN_NAME_TITLES",
    "GRADE_WORDS",
    "HOLDINGS",
    "HONORIFICS",
    "IRREGULAR_PASTS",
    "JUNIOR_SUFFIXES",
    "KINDS_OF_PLACE",
    "LANDMARKS",
    "LAW_ENDS",
    "LEGISLATOR_WORDS",
    "LISTED_BODY_KINDS",
    "LOCAL_TITLES",
    "LOWER_CASE_ABBREVIATIONS",
    "LY_NOUNS",
    "MALAY_BEFORE_SRI",
    "MALAY_SRI",
    "MALE_FIRST_NAMES",
    "MALE_HONORIFICS",
    "MALE_NOUNS",
    "MARRIED_HONORIFICS",
    "MEDIA_NOUNS",
    "MEMBER_NOUNS",
    "MODIFIED_BODY_HEADS",
    "MODIFYING_PREPOSITIONS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "NAMED_OUTLETS",
    "NAME_ABBREVIATIONS",
    "NAME_HONORIFICS",
    "NAME_JOINERS",
    "NAME_PARTICLES",
    "NOUN_ACRONYMS",
    "OFFICE_LINKS",
    "OFFICE_WORDS",
    "PARTY_MEMBERS",
    "PARTY_SHORT_NAMES",
    "PATRONYMIC_LINKS",
    "PEER_TITLES",
    "PEOPLE_GROUPS",
    "PEOPLE_NAMES",
    "PERSON_ONLY_ROLES",
    "PERSON_TITLES",
    "PLACES_OF",
    "PLACE_NOUNS",
    "PLACE_PARTICLES",
    "PLACE_PEOPLE",
    "PLAN_NOUNS",
    "PORTFOLIO_TITLES",
    "PORTFOLIO_WORDS",
    "PREPOSITIONS",
    "PRODUCT_NOUNS",
    "QUOTED_BODIES",
    "QUOTED_BODY_NOUNS",
    "RANK_TITLES",
    "REALM_ENDS",
    "REPORT_OPENERS",
    "RESIDENT_ENDINGS",
    "ROLES",
    "ROYAL_TITLES",
    "RULER_TITLES",
    "SALIENT_ROLES",
    "SENT_DOCUMENTS",
    "SERVICE_NOUNS",
    "SHIP_PREFIXES",
    "SITE_TAILS",
    "SOURCE_NAME_WORDS",
    "STATE_ADJECTIVES",
    "STORM_WORDS",
    "SUBJECT_AUXILIARIES",
    "SUBJECT_VERBS",
    "SUFFIXES",
    "SURNAMED_OUTLETS",
    "SURNAME_TITLES",
    "THING_NOUNS",
    "TITLE_ADJECTIVES",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "TITLE_TAILS",
    "TOWN_WORDS",
    "UNION_NAME_HEADS",
    "UNIQUE_ROLES",
    "UNRETURNED_MESSAGES",
    "WEATHER_PATTERNS",
    "WEB_DOMAINS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WORK_NOUNS",
    "pick",
    "wordset",
]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set: ``wordset("mr  mrs\\nms")``."""
    return frozenset(text.split())


def pick(words: Collection[str], text: str, sep: str | None = None) -> frozenset[str]:
    """The words of ``text`` (split at ``sep``, by default white space), each of which must be in
    ``words``: a subset that names its parent list, so each word's role is defined once."""
    chosen = frozenset(w.strip() for w in text.split(sep))
    missing = chosen.difference(words)
    if missing:
        raise ValueError(f"not in the parent list: {', '.join(sorted(missing))}")
    return chosen


# -- calendar -------------------------------------------------------------------------------

# Month names in calendar order (January is month 1).
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip

# Weekday names in ISO order (Monday is weekday 0, as in ``date.weekday()``).
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

# Month abbreviations written with or without a dot ("Jan.", "Sept"); "May" is never shortened.
MONTH_ABBREVIATIONS = wordset("jan feb mar apr jun jul aug sep sept oct nov dec")
# Weekdays abbreviated as weather and shipping tables write them ("showers Fri/Sat"): those no
# word or name shares ("Mon", "Wed", "Sat", "Sun" and the Vietnamese given name "Thu" do).
WEEKDAY_ABBREVIATIONS = wordset("tue tues thur thurs fri")


# -- titles ---------------------------------------------------------------------------------

# Words that head a title ("Prime Minister", "Secretary of State", "Conservative Leader"): a name
# that contains one is cut after its last occurrence, dropping the modifiers before it.
TITLE_HEADS = wordset(
    """
    president vice-president premier minister chancellor secretary senator governor chairman
    chairwoman chairperson ambassador leader representative congressman congresswoman mayor
    judge justice king queen prince princess pope sheikh emir amir sultan general admiral
    commissioner treasurer spokesman spokeswoman spokesperson clerk adviser advisor
    brigadier colonel lieutenant sergeant corporal
    commander-in-chief chief-of-staff director deputy attorney-general lieutenant-governor
    councillor councilor counsel economist analyst executive officer governor-general
    ceo cfo coo chair
    """
)

# Title heads that also serve alone as a form of address before a name ("President Trump",
# "King Charles", "Sheikh Mohammed").
ADDRESS_TITLES = pick(
    TITLE_HEADS,
    "president premier minister senator governor judge pope king queen prince princess sheikh "
    "emir sultan",
)

# Honorifics and ranks written abbreviated, with a dot or without ("Mr.", "Gen", "Rev.").
ABBREVIATED_TITLES = wordset(
    "mr mrs ms dr prof sen sens rep reps gov gen lt col maj capt sgt adm cmdr rev hon fr"
)

# Honorifics stripped from the front of a name: the abbreviated ones, the spelled-out ones and
# the religious ones, and the titles used as a form of address.
HONORIFICS = (
    ABBREVIATED_TITLES
    | wordset(
        "miss mx sir dame lord lady ayatollah hojatoleslam imam rabbi cardinal archbishop bishop"
    )
    | ADDRESS_TITLES
)

# Honorifics that tell a person's sex: "Mr. Clinton" is a man, "Mrs." or "Ms. Clinton" a woman.
MALE_HONORIFICS = pick(HONORIFICS, "mr")
FEMALE_HONORIFICS = pick(HONORIFICS, "mrs ms miss")
# The title of a married woman, which a daughter of the same surname does not take.
MARRIED_HONORIFICS = pick(FEMALE_HONORIFICS, "mrs")

# Titles of courtesy after which a capitalised word the model left out starts the person's name
# ("Dr Tedla" + "Amare Gebre", "Sheikh Mishal" + "Al-Ahmad"), with Sheikh's other spellings.
COURTESY_TITLES = pick(HONORIFICS, "dr mr mrs ms prof sheikh") | wordset("sheik shaikh")

# Honorifics that open a name in Malaysian, South Asian and West African news ("Datuk Seri
# Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Mahathir", "Shri Narendra Modi", "Begum
# Khaleda Zia", "Alhaji Atiku Abubakar", "Maulana Fazlur Rehman"): "Seri" and "Sri" only
# after a Malaysian one or "Tan" / "Puan" ("Sri Mulyani Indrawati" is a given name; "Tan"
# alone a family name).
NAME_HONORIFICS = wordset("datuk dato datin tun shri shrimati smt begum alhaji alhaja maulana")
MALAY_SRI = wordset("seri sri")
MALAY_BEFORE_SRI = wordset("tan puan")

# Titles that only ever stand before a person's name; "director" or "general" can start a
# company's name ("General Motors"), so they are not here.
PERSON_TITLES = pick(
    TITLE_HEADS,
    "president vice-president premier minister chancellor secretary senator governor chairman "
    "chairwoman ambassador mayor congressman congresswoman spokesman spokeswoman",
) | pick(ABBREVIATED_TITLES, "mr mrs ms dr sen rep gov")

# Title words that are also common surnames ("Mike Judge", "Carole King"): a name is never
# reduced to nothing because of them.
SURNAME_TITLES = wordset("judge justice king queen prince general bishop knight")

# Title words that are also given names: a name's own word after any capitalised word
# ("Sikandar Sultan Raja", "Abdul Amir Zaidi", "Prince Sultan").
GIVEN_NAME_TITLES = pick(TITLE_HEADS, "sultan amir")

# Words after "Secretary of" / "ambassador to" that name the office, not the person
# ("Secretary of State Marco Rubio").
OFFICE_WORDS = wordset(
    """
    state defense defence commerce finance treasury labor labour health energy agriculture
    transportation transport education interior justice homeland security foreign affairs trade
    industry economy environment immigration public safety housing veterans war navy army
    the canada britain china japan france germany russia mexico india
    """
)

# Offices that are a field rather than a place: a title after several of them names no
# organisation ("Energy Minister", "Trade Representative"), where "Air France chairman" does.
PORTFOLIO_WORDS = pick(
    OFFICE_WORDS,
    """
    state defense defence commerce finance treasury labor labour health energy agriculture
    transportation transport education interior justice homeland security foreign affairs trade
    industry economy environment immigration public safety housing veterans war navy army
    """,
)

# Words that join a title to its office ("Secretary of State", "ambassador to China").
OFFICE_LINKS = wordset("of to for at")

# Role nouns for descriptions ("the prime minister said") and for remembering who holds which
# title; a space stands for any white space. Ordered: where one role starts another ("chief
# executive" and "chief", "president" and "president-elect"), the first listed wins.
ROLES: tuple[str, ...] = (
    "vice president",
    "vice-president",
    "president",
    "prime minister",
    "premier",
    "minister",
    "chancellor",
    "secretary",
    "senator",
    "governor",
    "chairman",
    "chairwoman",
    "chairperson",
    "chief executive",
    "executive",
    "ceo",
    "commander-in-chief",
    "leader",
    "mayor",
    "ambassador",
    "congressman",
    "congresswoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "director",
    "treasurer",
    "economist",
    "analyst",
    "judge",
    "king",
    "queen",
    "pope",
    "envoy",
    "negotiator",
    "lawmaker",
    "representative",
    "adviser",
    "advisor",
    "high commissioner",
    "commissioner",
    "founder",
    "head",
    "chief",
    "general",
    "clerk",
    "president-elect",
    # the roles a campaign or a business story names people by ("the Republican nominee
    # said", "Democratic candidate Jane Doe")
    "candidate",
    "nominee",
    "front-runner",
    "frontrunner",
    "contender",
    "challenger",
    "incumbent",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "strategist",
    "pollster",
    "professor",
    "activist",
    "columnist",
    "commentator",
    # newsroom and public-life roles ("editor Jane Doe", "Fox News host John Roe")
    "editor",
    "reporter",
    "correspondent",
    "host",
    "anchor",
    "author",
    "writer",
    "comedian",
    "actor",
    "actress",
    "pastor",
    "justice",
    "sheriff",
    "prosecutor",
)

# Occupations news writes before a person's name, capitalised at a sentence's start
# ("Actress Ada Vance took the stage"), which the entity model may run into a body's name;
# not a title the title rules take ("President", "Director").
OCCUPATION_ROLES = pick(
    ROLES,
    "actor actress comedian columnist commentator author writer editor reporter correspondent "
    "host anchor pastor activist professor businessman businesswoman billionaire mogul "
    "strategist pollster",
)

# Roles only a person holds, so a name described by one is a person's ("Aung Thura Zaw, a
# spokesman for the ministry"); not "leader", "head" or "chief", which a company can be
# ("Toyota, the market leader").
PERSON_ONLY_ROLES = pick(
    ROLES,
    "spokesman spokeswoman spokesperson economist analyst commissioner minister secretary "
    "senator governor chairman chairwoman chairperson mayor ambassador congressman "
    "congresswoman director treasurer judge envoy negotiator lawmaker adviser advisor "
    "professor activist columnist commentator businessman businesswoman billionaire "
    "strategist pollster candidate nominee president premier chancellor official",
)

# Roles that one person holds in a story, so "the president said" names them even when the
# article never wrote the title with the name.
UNIQUE_ROLES = pick(
    ROLES,
    "president, prime minister, premier, chancellor, commander-in-chief, governor, mayor, pope, "
    "king, queen",
    sep=",",
)

# Roles by which a story calls the person it is about ("the candidate said", "the Vermont
# senator told"): with no one seen with the title, the description means that person. Not the
# roles of people who speak for others or stay unnamed ("the spokesman", "the official").
SALIENT_ROLES = UNIQUE_ROLES | pick(
    ROLES,
    "candidate nominee front-runner frontrunner contender challenger incumbent businessman "
    "businesswoman billionaire mogul senator congressman congresswoman president-elect",
)

# Titles of royals and rulers that the model takes into the name after them ("Prince Ada").
ROYAL_TITLES = pick(ADDRESS_TITLES, "king queen prince princess sheikh emir sultan")
# Titles that are also given names ("Amir Peretz"): a title only before another title.
RULER_TITLES = pick(TITLE_HEADS, "amir emir")
# Ranks of the clergy, the armed forces and the nobility, written in full before a name
# ("Cardinal Ada Brisk"). Not "lord" and "lady", with which a peer is named ("Lord Brisk").
RANK_TITLES = (
    pick(HONORIFICS, "cardinal archbishop bishop rabbi imam ayatollah pope sir dame")
    | pick(TITLE_HEADS, "admiral colonel lieutenant sergeant corporal brigadier general")
    | pick(ROLES, "pastor")
    | wordset(
        """
        reverend captain major commander marshal lieutenant-colonel lieutenant-general
        major-general lieutenant-commander baron baroness duke duchess count countess viscount
        marquess marquis emperor empress tsar czar
        """
    )
)
# Lower-case words that a title written before a name may open with ("said former Gov. Ada
# Brisk", "acting President", "fellow Democrat", "state Sen.").
TITLE_ADJECTIVES = wordset("former acting deputy senior fellow state")
# A peer's titles, which stand alone for the peer after "the" ("the Earl said").
PEER_TITLES = pick(HONORIFICS, "lord lady") | wordset("earl")
# Words that make the title after them part of a longer title ("Chief *Justice*", "Crown
# *Prince*", "Major *General*"): no surname there.
TITLE_MODIFIERS = (
    pick(ROLES, "chief") | pick(PEER_TITLES, "lord") | wordset("crown major lieutenant brigadier")
)
# Words that end a title of two after its first ("Secretary *General*", "Attorney *General*",
# "Surgeon *General*"): the name after them is the title holder's.
TITLE_TAILS = wordset("general")
# A body's head that names a government or a body alone after "the" ("the Centre has asked the
# states", India's central government), where the entity model reads a place.
CENTRE_WORDS = wordset("centre center")
# Acronyms for a legislator, written after a party's name ("BJP MLA Ada Brisk", "Labour MPs")
# or alone ("the MLA said"): no body's name. Not "FIR", a police complaint in India but an air
# traffic region or a federation elsewhere ("the Athens Flight Information Region (FIR)").
ROLE_ACRONYMS = wordset("mla mlas mlc mlcs mp mps")
# The level of government a minister's portfolio is of, written before it as a people or a
# country is ("*Union* Home Minister", India's federal cabinet; "Federal Finance Minister").
GOVERNMENT_LEVELS = wordset("union federal provincial")
# Titles of a portfolio's holder, written after the portfolio ("Economic Planning Minister").
PORTFOLIO_TITLES = pick(TITLE_HEADS, "minister secretary") | wordset("ministers")
# Words that say a name after them is a party's ("the ruling Morena party", "the main
# opposition Kuomintang"), a body even where the model read a person or a place.
PARTY_STANCES = wordset("ruling opposition")
# Members of a party, written before "of" and the state they represent ("Republican of Ohio").
PARTY_MEMBERS = wordset("republican democrat independent")
# A party's short name, and the adjective it stands for in a description ("the GOP nominee" is
# "the Republican nominee").
PARTY_SHORT_NAMES = {"gop": "republican"}
# Words before legislators named by surname and the place each represents ("Republicans Brisk
# of Ohio and Tamber of Kansas", "Sen. Brisk of Ohio"): members of a party and legislators'
# titles, one or several.
LEGISLATOR_WORDS = (
    PARTY_MEMBERS
    | wordset("republicans democrats independents senators representatives congressmen")
    | pick(ABBREVIATED_TITLES, "sen sens rep reps")
    | pick(TITLE_HEADS, "senator representative congressman congresswoman")
)
# Titles of local officials and commissioners ("election commissioner Sikandar Sultan Raja"),
# which the entity model's title features lack.
LOCAL_TITLES = wordset(
    "assemblyman assemblywoman assemblymember councilman councilwoman councilmember alderman "
    "alderwoman"
) | pick(ROLES, "sheriff commissioner")


# -- names ----------------------------------------------------------------------------------

# Generational suffixes after a name ("Martin Luther King Jr.", "Henry Ford II").
SUFFIXES = wordset("jr sr ii iii iv")
# The suffixes of a son named after his father ("Donald Trump Jr.").
JUNIOR_SUFFIXES = pick(SUFFIXES, "jr ii iii iv")

# Lower-case particles inside a person's or a company's name ("Charles de Gaulle", "Ludwig van
# Beethoven", "dos Santos", "bin Salman", "al Assad", "Banco de ...", "Ortega y Gasset").
NAME_PARTICLES = wordset(
    "de da di du del della dal der den van von le la des dos das y et al el bin ibn"
)

# Lower-case words that join a given name to the father's in Kalenjin and Malay names ("Daniel
# arap Moi", "Siti binti Ahmad"), as "bin" does in Arabic ones. Not name particles: those shape
# the model's features, which were trained without these.
PATRONYMIC_LINKS = wordset("arap binti bint")

# Links between a body's head and the field it is named for ("Council on Foreign Relations",
# "Institute for World Economy", "Bureau of Mines").
FIELD_LINKS = wordset("of for on")

# Particles that join the parts of a French, Spanish, Portuguese or Italian body's name
# ("Office National des Postes et Telecommunications du Maroc", "Caisse des Depots et
# Consignations").
BODY_NAME_LINKS = pick(NAME_PARTICLES, "de des du la del della di da dos das et y")

# Words that open a party's, a coalition's, a movement's, a firm's or an institution's name in
# Malay, Indonesian, Spanish, Portuguese, Italian or French ("Barisan Nasional", "Pakatan
# Harapan", "Partido Nacional", "Lega Nord", "Syarikat ...", "Petroleos de Venezuela", "Banco
# do Brasil", "Compagnie des Machines Bull"): no person or place is named so, though the model,
# which never saw them, reads the name as one (a person's, for the particle "de").
FOREIGN_BODY_HEADS = wordset(
    """
    barisan perikatan pakatan gabungan parti partai partido partito frente gerakan movimiento
    movimento mouvement angkatan persatuan kesatuan pertubuhan syarikat perbadanan lembaga
    majlis alianza alleanza lega bloque bloco rassemblement grupo gruppo groupe
    petroleos petróleos petroleo petróleo banco banca compania compañia compañía companhia
    empresa empresas corporacion corporación sociedad societe société societa società compagnie
    compagnia cie banque
    ferrocarriles aerolineas aerolíneas telefonos teléfonos industrias fundacion fundación
    instituto istituto universidad universidade università ministerio ministério
    """
)
# Words for "national" and "people's" that end such a name ("Perikatan Nasional", "Parti
# Keadilan Rakyat"), never a person's.
FOREIGN_BODY_TAILS = wordset("nasional nacional nazionale rakyat bersatu")

# Words an organisation's acronym leaves out ("Ministry of International Trade and Industry" is
# "MITI", "Banco do Brasil" ... "BB").
ACRONYM_SKIPS = FIELD_LINKS | BODY_NAME_LINKS | wordset("of and & the at in to do")

# Words and signs that join the capitalised parts of one name but also join two names or a
# name and a word ("Bank of England", "Marks & Spencer", "McDonald's", "the Times").
NAME_JOINERS = wordset("of & 's ' / for the")

# Nouns that end place names built on another word ("Parliament Hill", "Wall Street").
LANDMARKS = wordset(
    """
    hill street square park avenue road bridge palace castle tower hall lake river island bay
    beach valley mountain harbour harbor plaza airport stadium field pond brook
    """
)


# -- abbreviations that end in a dot --------------------------------------------------------

# Abbreviations written with a dot next to a name, other than titles: "Messrs.", "Jr.",
# "St. Louis", "Mt. Fuji", "Ft. Worth", and given names in firms' names ("Alex. Brown and
# Sons", "Wm. Wrigley", "Chas. Schwab").
NAME_ABBREVIATIONS = wordset("messrs st ste mt ft alex wm chas jas geo thos benj robt") | pick(
    SUFFIXES, "jr sr"
)

# Other capitalised abbreviations written with a dot: companies, numbers, streets, and the US
# states as the news agencies write them after a town ("Corp.", "No.", "Ave.", "Calif.",
# "Del."): a state's stop ends no sentence ("in Atlanta, Ga., with").
DOTTED_ABBREVIATIONS = wordset(
    """
    inc corp co ltd bros cos assn dept univ no nos ave blvd rd cie
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo
    """
)
# Last words of a street's name ("405 Williams Ave.", "Baker Road"): not "Lane" nor "Drive",
# family names too.
STREET_ENDS = (
    pick(LANDMARKS, "street avenue road")
    | pick(DOTTED_ABBREVIATIONS, "ave blvd rd")
    | pick(NAME_ABBREVIATIONS, "st")
    | wordset("boulevard")
)

# Abbreviations written in lower case with a dot ("vs.", "etc.", "Roe v. Wade").
LOWER_CASE_ABBREVIATIONS = wordset("vs v etc approx est")

# The endings of web sites' names, which news writes as bodies ("Amazon.com said",
# "Factcheck.org"): the dot before one joins a single word, a name.
WEB_DOMAINS = wordset("com org net gov edu info")

# Arabic nouns for a kind of place that open a place's name before the article ("Ras
# al-Khaimah", "Deir al-Zor", "Sharm el-Sheikh", "Bab al-Hawa"): a place, not a person's given
# name. Not "Abu" nor "Umm", which open persons' names too.
ARABIC_PLACE_HEADS = wordset(
    "ras deir bab tel tell ain khan jabal jebel wadi bir beit kafr qasr sharm"
)

# Family names written first in Chinese, Korean and Vietnamese names ("Zhao Ziyang", "Kim
# Dae-jung", "Nguyen Van Linh"): the commonest ones, romanised as news agencies write them.
FAMILY_NAMES_FIRST = wordset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin fu zhong cui tan lai qian qin shi xiong hao kong mao
    qiu gu hou shao meng long wan duan lei yin yi chang qiao jia bai xiang yan
    kim lee park choi jung jeong kang cho yoon jang lim han shin oh seo kwon hwang ahn song
    yoo hong jeon ko moon yang son bae baek heo nam roh chun
    nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
    gan ng ong goh teo koh chua chan wong leong yeo tay toh lau chong foo kwok tsang cheung
    leung yeung chow lam mak tse quek ang seah heng khoo loh phua soh sim chee yap yip choo
    kok liew
    """
)
# Those of Vietnam, whose names nearly always have three words, the last a short given name
# ("Tran Hong Ha", "Nguyen Tan Dung").
VIETNAMESE_FAMILY_NAMES = pick(
    FAMILY_NAMES_FIRST, "nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly"
)

# Greek letters name variants of a virus and waves of an epidemic ("the Omicron variant"),
# capitalised but no organisation.
GREEK_LETTERS = wordset(
    """
    alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho
    sigma tau upsilon phi chi psi omega
    """
)
VARIANT_WORDS = wordset("variant variants subvariant subvariants strain strains wave waves")

# Words that end the names of associations ("Coffee Trade Association"), which a person's
# name may follow with no comma ("... Association Carlos Calmon said").
ASSOCIATION_HEADS = wordset(
    "association federation union organization organisation society league chamber"
)

# Trades named in pairs inside a firm's name ("American Telephone and Telegraph Co", "Deerfield
# Federal Savings and Loan Association"): there "and" joins one name, not two firms.
TRADE_PAIRS = frozenset(
    {
        "savings and loan",
        "telephone and telegraph",
        "gas and electric",
        "electric and gas",
        "light and power",
        "power and light",
        "electric and power",
        "gas and power",
        "heat and power",
        "water and power",
        "cable and wireless",
        "trust and savings",
        "tool and die",
        "food and drug",
        "sand and gravel",
    }
)

# Words that end the name of an agreement ("the Louvre Accord", "an International Coffee
# Agreement"): the name is the agreement's, no organisation or place.
AGREEMENT_WORDS = wordset("agreement accord treaty convention protocol")

# Nouns a plan is named before ("the Superfund program", "the Ecopop initiative"): a name that
# no list holds before one is the plan's, no place.
PLAN_NOUNS = wordset("program programs programme programmes scheme schemes initiative")

# Participles that open a sentence about a person or a firm ("Born in Lagos, ...", "Based in
# Paris, ..."): capitalised there, and no name.
OPENING_PARTICIPLES = wordset("born based founded located headquartered named raised")

# Participles that end a word naming where a firm or person is ("a London-based bank", "a
# Cuba-born singer"): the word before the hyphen, if a listed place, is a place mention.
PLACE_PARTICIPLES = pick(OPENING_PARTICIPLES, "based born headquartered")

# Heads of the names of events ("the Battle of Gettysburg", "the Treaty of Rome", "the War of
# 1812"): before "of", the name is an event's, no organisation or place.
EVENT_HEADS = wordset("battle siege treaty war massacre sack peace")
# Names of recurring events written in words the model reads as bodies' ("the State of the
# Union address": "State" and "Union" organisations): the whole phrase is the event's.
EVENT_NAMES = ("state of the union",)


# -- figures: tables of results and amounts of money ------------------------------------------

# Words of the headings of tables of figures, as newswires abbreviate them ("Oper shr loss two
# cts vs profit seven cts", "Avg shrs 51.7 mln vs 43.4 mln", "Six mths", a futures table's
# "SETT" price and "UNTRD" or "UNCH" contracts, a stock index's composite, industrials and
# utilities: "COMP 435.21 OFF 2.57"): capitalised in a row, they are never names.
FIGURE_WORDS = wordset(
    """
    oper shr shrs revs rev avg qtr qtrs mths mth cts ct dlrs dlr mln mlns bln blns pct vs net
    loss profit revenues sales qtly div divs payable record prior pretax nil n.a sett untrd unch
    clsg comp inds utils
    """
)

# Measures of an economy written as acronyms ("GNP grew 2.5 pct", "the CPI rose"): never
# names, though capitalised like a body's acronym.
ECONOMIC_MEASURES = wordset("gnp gdp cpi ppi")

# Last words of a law's name ("the Clean Air Act", "the Equal Rights Amendment", "the Fifth
# Amendment"): a law, no body.
LAW_ENDS = wordset("act amendment")

# Kinds of work whose title news quotes after them ("his memoir, "Gifted Hands,"", "the musical
# 'Charlie and the Chocolate Factory'"): the quoted name is the work's, no person or body.
WORK_NOUNS = wordset(
    """
    book memoir novel biography autobiography film movie documentary musical show series sitcom
    song album play poem essay
    """
)

# Common nouns and words that news writes as acronyms ("a super PAC", "his VP pick", "an SUV",
# "voter ID", "it's OK", "the POTUS", "OTC stocks": over the counter, no market's name): no
# name alone, nor part of the name after them ("the super PAC Priorities USA"); "ID" and "OK"
# are states' postal codes after a town and a comma.
NOUN_ACRONYMS = wordset("pac vp suv atm ceo cfo id ok potus otc")

# Kinds of people that no one country gives, capitalised like a nationality ("Latinos", "a wise
# Latina", "Millennials"): no person, body or place, whatever kind the model reads (CoNLL-2003
# tags such words MISC). Their plurals end in "s".
PEOPLE_NAMES = wordset("latino latina latinx hispanic chicano chicana millennial boomer")
# Endings of the plural that names the people of a place ("Iowa" + "ns", "Vermont" + "ers",
# "Parisians", "Floridians"), longest first.
RESIDENT_ENDINGS = ("ians", "ans", "ers", "ns", "rs")

# Molecules written as acronyms ("linked through DNA testing", "DNA/RNA columns"): never names
# alone, though capitalised like a body's acronym.
MOLECULE_ACRONYMS = wordset("dna rna")

# Trade terms a price quotes before the port it holds for ("cif Rotterdam", "fob Laredo", "ex-tank
# Rott" in a price table): the name after one is that port, no person or body.
DELIVERY_TERMS = wordset("cif fob cfr fas ex-tank ex-ship ex-works ex-warehouse")
# Farm and metal commodities whose markets a town's name heads ("KANSAS CITY WHEAT", "OMAHA
# HOGS", "Chicago soybeans"): the town there is the market's place, no body.
COMMODITY_WORDS = wordset(
    """
    wheat corn maize soybeans soybean soyoil soymeal oats barley sorghum rice grain grains hogs
    pigs cattle bellies cotton sugar coffee cocoa gold silver copper platinum
    """
)

# Currency words, written out or as wires abbreviate them ("N.Z. Dlrs", "Swiss francs"): after
# an amount, the capitalised words before one are the currency's country, not an entity.
CURRENCY_WORDS = wordset(
    """
    dlrs dlr dollar dollars yen mark marks francs franc pound pounds stg sterling lire lira
    pesos peso rand rupee rupees guilders guilder crown crowns kroner krona kronor schillings
    shillings ringgit baht won yuan renminbi riyal riyals dinar dinars cruzado cruzados austral
    australs euro euros rouble roubles ruble rubles naira cedi cedis rupiah rs dirham dirhams dhs
    """
)

# Function words left out of the free words of a query ("what is known about the effects of
# tariffs on steel"): Snowball's English stop list without its contractions. Passages keep them,
# so quoted phrases still match them.
QUERY_STOP_WORDS = wordset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing would should could ought a an the and but if or because as until while of at by for
    with about against between into through during before after above below to from up down in
    out on off over under again further then once here there when where why how all any both
    each few more most other some such no nor not only own same so than too very
    """
)
# Pronouns that open a relative clause ("which OPEC says must be counted", "banks which in
# December were asked"): its verb is the clause's, not the sentence's.
RELATIVE_PRONOUNS = pick(QUERY_STOP_WORDS, "which that what who whom") | wordset("whose")
# Possessives that open a group's name when capitalised inside a sentence ("ads from *Our*
# Principles PAC", "My Brother's Keeper").
NAME_POSSESSIVES = pick(QUERY_STOP_WORDS, "my our your")

# Words that end a company's name ("Co", "Inc", "Pte", "GmbH", a partnership's "LP" and "LLP", a
# professional corporation's "P.C.", not "PC", a computer): after "and" or "&" they take in the
# names before them ("Merrill Lynch and Co Inc", "Laurie Milbank and Co").
COMPANY_WORDS = wordset("co cos inc corp ltd plc pte llc llp lp l.p p.c sa ag nv bv gmbh spa bhd")
# The suffixes of a firm's legal form abroad, written as firms write them ("Tessby A/S",
# "Harlow Oy", "Brisk GmbH"): case matters ("AS", "AB", "SA" are words or acronyms otherwise).
LEGAL_FORM_SUFFIXES = wordset(
    "A/S AS ASA AB Oy Oyj GmbH AG NV N.V. BV B.V. SpA S.p.A. SA S.A. Plc PLC KK Bhd Tbk"
)
# Words that end a firm's name after "and" ("Alex. Brown and Sons", "Lazard Brothers").
FIRM_HEADS = wordset("sons brothers bros partners associates company")
# Words that end a firm's name after its founder's ("E.F. Hutton Group Inc", "Mark IV
# Industries"): after a person's name, the name is the firm's.
FIRM_TAILS = (
    COMPANY_WORDS
    | FIRM_HEADS
    | wordset("group holdings industries corporation incorporated limited enterprises")
)
# Institutions a story names in full once and then by their head alone ("the Bank said" after
# "the Bank of England"). Not "House", "Senate" or "Congress": in US news those are names.
INSTITUTION_HEADS = wordset(
    "bank commission ministry department board agency fund exchange council committee "
    "subcommittee court institute authority tribunal"
)
# Lower-case words for a kind of body that define a name after it (", a Tessbian mining
# *company* that", "is a publicity *team* for", "the record *label* Harlow"): the name is an
# organisation's. Not "producer", "developer", "operator", "maker", "manufacturer" (a
# person's job: "a policy maker", "a shipping-supplies manufacturer and activist"), "exporter"
# (a place's too), "carrier" (a ship), "group" ("a group of").
BODY_NOUNS = wordset(
    """
    company firm retailer chain bank lender insurer airline agency party
    coalition conglomerate newspaper magazine broadcaster network band club team charity
    subsidiary publisher brewer carmaker automaker chipmaker drugmaker utility supermarket
    distributor label university
    """
)
# Nouns for a kind of body that name the body right after them ("the band Killing Joke", "the
# record label Food", "the cable network TNT", "the rock group Hurricane"): the capitalised
# words are its name, whatever the model made of them. Not "firm", "company" and the trades
# ("carmaker", "retailer"), whose names the person and place rules read with their own guards
# ("as firm Harlow prices rose", "a company Brisk is forming"), nor the kinds a person may be
# called too ("publisher", "broadcaster"), nor "team", common before other capitalised words
# ("second team All-American").
BODIES_NAMED_AFTER = pick(
    BODY_NOUNS, "band label network newspaper magazine party club charity coalition agency"
) | wordset("group")
# Plurals of nouns for a kind of body that introduce a list of their names ("firms including
# Tessby and Harlow Mills", "banks such as Corbel", "brewers like Quill"): each name is a
# body's. Not the kinds a person may be called too ("publishers", "broadcasters"), nor a
# country's ("producers", "exporters": "producers such as Brazil").
LISTED_BODY_KINDS = frozenset(
    word[:-1] + "ies" if word.endswith("y") else word + "s"
    for word in pick(
        BODY_NOUNS,
        """company firm retailer chain bank lender insurer airline agency party conglomerate
        newspaper magazine network band club team charity subsidiary brewer carmaker automaker
        chipmaker drugmaker utility supermarket distributor label university""",
    )
) | wordset("groups carriers refiners brokers unions")
# A sports club's abbreviation for its kind ("Football Club", "Sportverein", "Club Deportivo"),
# written before its name ("FC Tessby", "SV Harlow", "C.D. Quill") or after it ("Tessby BK",
# "Harlow SK", "Quill CF"); a name holds it in capitals. Not "SC" or "KS" after a name nor
# "S.C." before one (South Carolina's and Kansas's codes: "Greenville SC", "S.C. Rep. Ada
# Brisk"), nor "AS", "SS" or "IF" (words in capitals, a ship's prefix).
CLUB_PREFIXES = wordset("fc ac cd cf sv fk nk ks ifk sk tsv f.c. c.d. c.f. a.c.")
CLUB_SUFFIXES = wordset("fc afc bk sk ik ff cf f.c. a.f.c.")
# The words before a sports club's name in a player's career ("signed for Tessby", "was loaned
# to Harlow", "on loan at Wessex", "played for Corbel"): the club, though it bears its town's
# name. Only the transfer's and the loan's own words; "joined" and "moved to" take a person
# or a family to a town as often ("moved to Harlow in 1881").
CLUB_CUES = tuple(
    tuple(cue.split())
    for cue in (
        "signed for",
        "loaned to",
        "loaned out to",
        "on loan at",
        "on loan to",
        "on loan with",
        "loan spell at",
        "loan spell with",
        "played for",
        "plays for",
        "playing for",
    )
)
# Verbs of joining a club that a loan's word after the name makes a transfer ("joined Tessby
# on a month's loan").
JOINING_VERBS = wordset("joined joining joins rejoined")
# Lower-case words inside a body's name that a noun for its kind names ("the band Men at
# Work", "the group Friends of the Earth").
NAMED_BODY_LINKS = wordset("of at the")
# Words that define a name as a firm's before "of" (", a maker of software", ", a unit of
# Tessby Corp"): not "owner", "member", "producer" or "developer" (a person's too), nor
# "group" ("a group of").
FIRM_PART_NOUNS = wordset(
    "maker makers manufacturer subsidiary unit division affiliate publisher distributor "
    "supplier operator provider"
)
# Nouns a story uses for its own company in a definite description ("the Menlo Park, Calif.,
# company said", "the computer maker said", "the oil giant said"); not "unit" or
# "subsidiary", another firm than the story's.
FIRM_DESCRIPTIONS = (
    pick(
        BODY_NOUNS,
        """company firm retailer chain lender insurer airline conglomerate publisher brewer
        carmaker automaker chipmaker drugmaker utility distributor""",
    )
    | pick(FIRM_PART_NOUNS, "maker manufacturer supplier operator provider")
    | wordset("concern thrift producer giant")
)
# Kinds of ship written before a ship's name ("the destroyer Tessby", "the oil tanker Harlow
# Star"): the name is a ship's, no person, body or place. Not "carrier" alone (an airline:
# "national carrier Tessby Air"), only after "aircraft".
SHIP_NOUNS = wordset(
    """
    destroyer destroyers frigate frigates cruiser cruisers submarine submarines tanker tankers
    freighter freighters battleship battleships warship warships trawler steamer schooner
    gunboat corvette icebreaker
    """
)
# Things a name is written before ("Upjohn's Rogaine baldness drug", "Silkworm missiles", "the
# Statfjord field", "an Ariane launch vehicle"): products, weapons and fields, no person. Not
# the plurals that are verbs after a subject too ("Brisk fields the question", "coins"), nor
# "brand" or "line", which a person lends a name ("the Ada Brisk brand").
THING_NOUNS = wordset(
    """
    drug drugs vaccine vaccines missile missiles rocket vehicle vehicles engine engines aircraft
    airliner airliners jet car cars truck coin software satellite satellites field
    """
)
# Nouns for what a firm sells, beside its name in apposition ("its videotext service, Reuter
# Tessview,", "Tessol, a human growth hormone,"): with THING_NOUNS, no person's.
PRODUCT_NOUNS = wordset("product service treatment hormone inhibitor medicine")
# Kinds of firm that set off a firm's name after them ("Indonesia's state oil company,
# Pertamina,", "a discount general store chain, Woolco,"): not "party", "band" or "team",
# whose members a story names so too.
FIRM_KINDS = pick(
    BODY_NOUNS,
    """company firm retailer chain bank lender insurer airline conglomerate brewer carmaker
    automaker chipmaker drugmaker utility supermarket distributor""",
)
# Words that give a person's other name before it ("Ada Brisk, known online as "Tessel"", "a
# boxer nicknamed "Hammer""): a name in quotes after them is still the person's.
ALIAS_WORDS = wordset("known nicknamed dubbed alias aka")
# Verbs of singing, after which a name is the song's ("sang Hallelujah", "chanted Tessby
# Forever"): a work, no person, body or place.
SINGING_VERBS = wordset("sang sing sings singing sung hummed chanted chant chanting")
# Last words of newspapers' names ("The Harlow Spectator", "the Tessby Herald-Leader"): after
# a town and its state in brackets ("The Harlow (Wessex) Spectator"), the name is a paper's.
NEWSPAPER_WORDS = wordset(
    """
    times post news herald journal tribune gazette chronicle star sun spectator press observer
    globe record examiner courier bulletin register inquirer enquirer dispatch daily telegraph
    mail mercury advertiser sentinel citizen leader independent statesman guardian republic
    democrat dealer
    """
)
# Words between a newspaper's town and its paper's word ("the Dallas Morning News", "the Detroit
# Free Press").
NEWSPAPER_MIDDLES = wordset("free morning evening daily sunday")
# Words that open what a saying verb reports ("said it is", "said that", "said the bank"), never
# what follows a person's name: a capitalised "Said" before one is the verb ("the U.K., Said it").
REPORT_OPENERS = wordset("it that the this its he she they we there")
# News agencies named in one word ("a Reuter survey", "Kyodo said"): a body, never a person,
# though their names look like family names. Not "Bloomberg": a person's name too.
NEWS_AGENCIES = wordset(
    "reuter reuters kyodo jiji xinhua tass interfax yonhap bernama antara afp anadolu sputnik"
)
# Outlets and pollsters named after their founders, and web firms whose names read as one
# ("according to Bloomberg", "told Fox", "Gallup finds"): alone and after no title, the body,
# where a person of the name is written in full somewhere in the story ("Michael Bloomberg").
SURNAMED_OUTLETS = wordset("bloomberg fox forbes gallup nielsen rasmussen zogby yahoo breitbart")
# News outlets whose names read as a person's, "Al" and a word, written with a hyphen here
# ("Al Jazeera", "Al-Arabiya"): a body, never a person.
NAMED_OUTLETS = wordset(
    "al-jazeera al-arabiya al-ahram al-mayadeen al-manar al-hayat al-akhbar al-watan "
    "asharq-al-awsat al-masry-al-youm"
)
# Lower-case nouns for a news outlet written right after its name ("the Handelsblatt
# newspaper", "Der Spiegel magazine"; "news" before "agency": "the Antara news agency"): the
# name is the outlet's, an organisation, where the model read a place or a person.
OUTLET_NOUNS = wordset("newspaper magazine tabloid newsletter")
# Heads of the names of bodies and awards named after a person ("the Conrad Hilton Foundation",
# "the Harry Truman Library"): the person's full name before them is still the person's.
NAMED_FOR_PERSON = wordset(
    "foundation institute library museum center centre prize award school college university "
    "hospital memorial"
)
# Nouns for a news medium: in print (OUTLET_NOUNS), on the air or on the web ("the paper
# reported", "the station said").
MEDIA_NOUNS = (
    OUTLET_NOUNS
    | pick(BODY_NOUNS, "broadcaster network")
    | wordset("paper daily weekly website blog station radio television")
)
# Last words of a broadcaster's name that a channel's number follows ("Channel 4", "BBC Radio
# 1", "Tessby TV 2"): the number is part of the name.
NUMBERED_CHANNEL_WORDS = pick(MEDIA_NOUNS, "radio television") | wordset("channel tv")
# Lower-case heads that make a body's name of a capitalised modifier before them, a place, a
# people or a person ("Harwell police", "the Tesselian government", "the Brandt campaign",
# "Tesselian radio"), which the tagger does not tag as one name.
MODIFIED_BODY_HEADS = wordset(
    "police government army military navy ministry embassy parliament cabinet regime "
    "administration campaign radio television"
)
# The kind of body written after its name, which names it with the name ("Time magazine", "the
# United Auto Workers union"; not "paper" or "station": "a Fed paper" is a document, "the
# Harwell station" a place).
BODY_KINDS = (
    (MEDIA_NOUNS - wordset("paper station"))
    | pick(BODY_NOUNS, "party agency")
    | pick(ASSOCIATION_HEADS, "union")
    | pick(FIRM_TAILS, "group")
)
# Heads of bodies' names that a story uses alone after "the" for the body it named ("the
# commission said" after "the Federal Election Commission", "the fund" for the International
# Monetary Fund, "the campaign" after "the Brandt campaign").
BODY_NAME_HEADS = (
    INSTITUTION_HEADS
    | pick(ASSOCIATION_HEADS, "association union organization organisation")
    | pick(MEDIA_NOUNS, "newspaper magazine network")
    | pick(BODY_NOUNS, "company party coalition university")
    | pick(FIRM_TAILS, "group")
    | pick(NAMED_FOR_PERSON, "foundation")
    | pick(MODIFIED_BODY_HEADS, "government administration campaign")
    | wordset("bureau office service")
)
# Past forms that do not end in -ed, or are too short for an -ed test ("died", "used").
IRREGULAR_PASTS = wordset(
    "met held told left went came gave took made began set put cut won lost sold bought brought "
    "fell rose saw found got kept led paid sent spent stood struck shot broke spoke chose drove "
    "flew ran grew knew threw fled hit died used owed sued"
)
# Heads of a trade union's name that name its members, for which a story writes "the union"
# after it ("the United Auto Workers", "the Communications Workers of America", "the
# International Brotherhood of Teamsters").
UNION_NAME_HEADS = wordset("workers employees steelworkers teamsters machinists brotherhood")
# Words before "Bank" that make a bank's name a country's bank of issue, which a story calls
# "the central bank" ("the Tessel Central Bank", "the Harwell National Bank", "the Reserve
# Bank of Tessel", China's "People's Bank of China").
CENTRAL_BANK_WORDS = wordset("central national reserve people's people’s")
# Words that call a country's highest court by its rank ("the apex court", as South Asian
# papers write, "the top court"), and the words of the names that court goes by ("Supreme
# Court", "Constitutional Court"; not a "High Court", a state's in India).
TOP_COURT_WORDS = wordset("apex top highest")
HIGHEST_COURT_WORDS = wordset("supreme constitutional")
# Nouns for a body that a story quoted last, which it need not name by that noun ("Acme said
# ... the company said", "the paper reported").
QUOTED_BODY_NOUNS = (
    pick(BODY_NOUNS, "company firm agency bank")
    | pick(FIRM_TAILS, "group")
    | pick(ASSOCIATION_HEADS, "organization organisation")
    | pick(MEDIA_NOUNS, "newspaper paper daily weekly magazine network station radio television")
)
# The plural a story uses for the firms it quoted together ("Acme and Bolt said ... the
# companies said"); not "banks" or "groups", which a story also writes for others it names.
QUOTED_BODIES = wordset("companies firms")
# US lenders chartered by Congress, called by the sound of their initials (FNMA: "Fannie Mae",
# FHLMC: "Freddie Mac"): bodies, though they read as a person's given name and surname.
INITIALS_NICKNAMES = frozenset(
    {"fannie mae", "freddie mac", "ginnie mae", "sallie mae", "farmer mac"}
)
# Heads of a body, written between its name and theirs ("Tessby chairman Ada Brisk", "Sinn
# Fein leader Gerry Adams", "Jamiat Ulema-e-Islam chief Fazlur Rehman"), which a person's
# name does not come before (unlike "spokesman").
BODY_HEAD_ROLES = pick(ROLES, "chairman chairwoman president founder leader chief")
# A body's people, written right after its name ("DNC members", "UAW officials").
MEMBER_NOUNS = pick(ROLES, "spokesman spokeswoman spokesperson chairman chairwoman") | wordset(
    "leaders members officials lawmakers delegates officers executives staffers donors agents "
    "negotiators"
)
# An armed group's people, written right after its name ("PKK rebels", "Al-Shabaab fighters").
ARMED_MEMBERS = wordset(
    "guerrillas guerrilla rebels militants fighters insurgents militiamen gunmen jihadists"
)
# Last words of a body's name, which the entity model may leave out after the rest ("Tessby
# Mounted *Police*", "Harlow Magnet *High School*") or tag alone ("Our Tessby *PAC*").
BODY_TAILS = (
    INSTITUTION_HEADS
    | ASSOCIATION_HEADS
    | FIRM_TAILS
    | pick(MODIFIED_BODY_HEADS, "police army")
    | pick(BODY_NAME_HEADS, "party service office bureau foundation university")
    | pick(NAMED_FOR_PERSON, "college school institute center centre")
    | wordset("front movement forces academy airlines airways pac caucus legion")
)
# A body's head that also ends a competition's name ("American League", "Super League"), which
# CoNLL-2003 tags MISC.
COMPETITION_TAILS = pick(BODY_TAILS, "league")
# Heads of a body's name that an adjective alone may open ("the Islamic State", "the Lebanese
# Army", "the Arab League"), which the entity model, trained before some of them, may leave
# untagged.
ADJECTIVE_BODY_HEADS = pick(BODY_TAILS, "party front army movement league council") | wordset(
    "state brotherhood"
)
# What a firm has, written after its "'s" ("Tessby's shares"): the name is no person's nor
# place's.
HOLDINGS = pick(FIRM_PART_NOUNS, "subsidiary unit") | wordset("shares stock subsidiaries units")
# Words after a name that show the name is a firm's own, not a common word a wire capitalised
# after "U.S." ("U.S. Shoe also said", "H.K. Telephone shareholders"; "the U.S. Trade deficit").
FIRM_NAME_AFTER = HOLDINGS | wordset("also shareholders")
# Last words of the titles of reports, price indexes, laws and codes, plans and rounds of
# talks ("the Harlow Report", "the Clean Air Act"): no body's name. Not "bill" (the "Treasury
# Bill rate") nor "programme" (the "World Food Programme" is an agency).
DOCUMENT_ENDS = pick(PLAN_NOUNS, "initiative") | wordset("report index act code law plan round")
# Verbs straight after a name that is their subject ("Corbel said", "Corbel would"); the
# auxiliaries among them no name holds, though a wire may capitalise them ("The U.S. Has
# said"; not "will", "may", "can": given names and a month).
SUBJECT_AUXILIARIES = pick(QUERY_STOP_WORDS, "has have had is was are were does did")
SUBJECT_VERBS = (
    SUBJECT_AUXILIARIES
    | pick(QUERY_STOP_WORDS, "would")
    | wordset("said says told reported announced posted agreed will")
)
# Verbs after a name's "'s" that no contracted "is" or "has" goes before ("Brisker's was the
# prize", "Brisker's will close"; not "said" or "had": "Brisk's said", "he's had enough"): the
# "'s" is the name's own, a firm's named for its founder, not a possessive. Singular: a
# family's name misspelt with "'s" takes a plural ("the Brisker's were granted").
NAME_S_VERBS = pick(SUBJECT_VERBS, "is was does did will would")


# Jobs held at a firm, which a firm's name comes before ("Smith Barney analyst", "Goldman
# economists"); a person's name comes before "spokesman" or "aide" ("Reagan spokesman").
FIRM_ROLES = pick(ROLES, "analyst economist strategist") | wordset(
    "analysts economists strategists trader traders dealer dealers broker brokers"
)
# Words for a firm or a medium written before its name ("stockbrokers Harwell and Tolland",
# "carmaker Tessby", "the fact-checking site Tessfact"): the name is a body's, though a person
# may bear it. Not "broadcaster", a person's job too ("radio broadcaster Ada Brisk").
FIRM_NOUNS = (
    pick(
        BODY_NOUNS,
        """firm carmaker automaker brewer retailer insurer chipmaker drugmaker conglomerate
        lender network newspaper magazine""",
    )
    | pick(MEDIA_NOUNS, "website")
    | pick(FIRM_ROLES, "brokers")
    | wordset("stockbrokers brokerage house underwriters auditors site")
)
# Last words of a firm's name after its founder's ("Ada Brisk Pharmaceuticals", "Tam Orrin
# Records"): the name is the firm's.
FIRM_NAME_ENDS = (
    FIRM_TAILS
    | pick(BODY_TAILS, "airlines")
    | wordset(
        """
        pharmaceuticals technologies communications motors foods resources securities
        investments petroleum electronics software networks entertainment records bancorp
        bancshares insurance chemicals laboratories scientific medical systems instruments
        """
    )
)
# Words of a firm's name that name no one ("International", "Industries", "Inc").
GENERIC_FIRM_WORDS = FIRM_TAILS | wordset("international restaurants stores")
# A firm's results, which it "had" or "reported" ("had 1986 sales of", "reported net").
FIRM_RESULTS = pick(FIGURE_WORDS, "sales revenues net profit") | wordset("revenue earnings profits")
# Words that count as an amount before a currency ("7.15 billion N.Z. Dlrs").
AMOUNT_WORDS = pick(FIGURE_WORDS, "mln mlns bln blns") | wordset(
    "thousand million billion trillion"
)
# Words that end the name of a crude oil grade ("West Texas Intermediate", "Light Louisiana
# Sweet"): a commodity, no place.
GRADE_WORDS = wordset("intermediate sour sweet")
# Words before a storm's name ("Hurricane Hugo", "Tropical Storm Ada", "Storm Ada").
STORM_WORDS = wordset("hurricane typhoon cyclone storm")
# The Pacific's warm and cold weather patterns ("If El Nino picks up momentum"): no person,
# body or place, though "El" and "La" open persons' and places' names.
WEATHER_PATTERNS = frozenset(("el nino", "el niño", "la nina", "la niña"))
# Prefixes of a ship's name ("USS Tessby", "HMS Harlow"): no body, no place.
SHIP_PREFIXES = wordset("hms uss hmas hmcs rms")
# Words that end or make the name of a body the entity model left out before a verb of saying
# ("Harwell Watch", "Pellmark Foods Group", "KTVX News").
SOURCE_NAME_WORDS = (
    FIRM_TAILS
    | INSTITUTION_HEADS
    | ASSOCIATION_HEADS
    | pick(NEWSPAPER_WORDS, "news times post journal press tribune herald")
    | pick(MEDIA_NOUNS, "radio network magazine daily weekly")
    | pick(BODY_TAILS, "center centre foundation party service airlines")
    | pick(BODY_NAME_HEADS, "campaign coalition")
    | pick(FIRM_NAME_ENDS, "foods motors bancorp insurance")
    | pick(GENERIC_FIRM_WORDS, "international")
    | pick(DOCUMENT_ENDS, "report")
    | wordset("watch tv media review survey world services systems project alliance trust research")
)
# What a cue may cite that is not a person ("according to the poll", "the report said").
CITED_DOCUMENTS = wordset(
    """
    result results report reports summary summaries study studies poll polls survey surveys
    data figures analysis record records document documents estimate estimates statistics
    filing filings statement statements transcript transcripts memo memos letter letters
    complaint complaints indictment indictments lawsuit lawsuits website websites book books
    article articles tally tallies census numbers rule rules law laws schedule schedules
    agreement agreements findings projection projections forecast forecasts
    """
)
# A body's documents that carry its words ("the IMF report stated", "a Pentagon statement
# said", "the agency's latest analysis says"); not a poll or survey, whose figures are no one's
# words.
BODY_DOCUMENTS = pick(
    CITED_DOCUMENTS,
    """report reports statement statements analysis study studies letter letters memo memos
    filing filings""",
) | wordset("release releases")
# Those a body sends, before "from" and their author ("a statement from Acme said"; not "a
# report from Harwell", where a report was sent from).
SENT_DOCUMENTS = pick(
    BODY_DOCUMENTS, "statement statements letter letters memo memos release releases"
)
# What a reporter leaves for someone asked to comment, which "did not return" answers as "did not
# respond to" does ("did not return calls seeking comment", "did not return a telephone message").
UNRETURNED_MESSAGES = wordset(
    """call calls message messages request requests email emails e-mail e-mails inquiry
    inquiries"""
)
# Adjectives before a body's document ("the agency's latest analysis", "its annual report").
DOCUMENT_ADJECTIVES = wordset("new latest own annual monthly quarterly weekly final initial")
# Adjectives of a state's own body, after its country's name ("Tesselian state radio").
STATE_ADJECTIVES = wordset("state state-run official")
# Nouns for people who speak on a person's behalf, never the person ("a spokesman for Smith",
# "Doe aides declined to confirm").
AGENT_NOUNS = pick(
    ROLES, "spokesman spokeswoman spokesperson adviser advisor representative official"
) | wordset(
    """
    spokespeople spokesmen spokeswomen aide aides advisers advisors lawyer lawyers attorney
    attorneys representatives source sources officials friend friends ally allies associate
    associates
    """
)
# Nouns for a source a story leaves unnamed ("a Tokyo dealer", "one Western diplomat", "the
# Ford spokesman"): a "he" after them is that person, not a name their sentence mentions.
UNNAMED_SPEAKERS = (
    pick(AGENT_NOUNS, "spokesman spokeswoman spokesperson representative official source aide")
    | pick(AGENT_NOUNS, "adviser advisor lawyer attorney")
    | pick(FIRM_ROLES, "analyst economist strategist trader dealer broker")
    | wordset("banker diplomat executive")
)
# Plural nouns for a group of people, who speak as one ("Critics said", "Officials say"):
# capitalised at a sentence's start, no body's name.
PEOPLE_GROUPS = (
    pick(AGENT_NOUNS, "officials aides")
    | pick(FIRM_ROLES, "analysts")
    | pick(MODIFIED_BODY_HEADS, "police")
    | wordset("critics authorities prosecutors supporters opponents experts")
)


# -- places -----------------------------------------------------------------------------------

# Compass words that make a part of a place ("Northern Harlow", "West Tessby").
COMPASS_WORDS = wordset(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest"
)
COMPASS_POINTS = pick(COMPASS_WORDS, "north south east west")
# Last words of the names of geographic features ("the Tessby River", "the Harlow Basin").
FEATURE_ENDS = pick(LANDMARKS, "river valley bay") | wordset(
    "plateau basin creek coast mountains desert peninsula gulf strait sea ocean canyon "
    "archipelago islands"
)
# Heads of geographic names written with "of" ("Strait of Hormuz", "Gulf of Mexico").
GEOGRAPHIC_HEADS = (
    pick(FEATURE_ENDS, "strait gulf sea bay river peninsula")
    | pick(LANDMARKS, "lake")
    | wordset("straits cape mount isle canal")
)
# Lower-case words for a kind of place, written after its name ("the Harlow district", "the
# Harlow metropolitan area"; not "area" alone: "the OECD area", "an area executive").
PLACE_NOUNS = (
    wordset(
        "region province county township district municipality suburb village town city "
        "metropolitan prefecture governorate oblast"
    )
    | pick(LANDMARKS, "valley island")
    | pick(FEATURE_ENDS, "peninsula")
)
# Last words of a realm's or a county's name, a place when the entity model read an event or
# a people in it ("the Tessbian Empire"); as an organisation's last word often a club's
# ("Harlow County" in a table of results).
REALM_ENDS = pick(PLACE_NOUNS, "county") | wordset("empire")
# Words for a kind of place, written before "of" and its name ("the town of Harlow", "the
# towns of Harlow and Tessby").
PLACES_OF = (PLACE_NOUNS - {"metropolitan"}) | wordset(
    "towns cities villages islands suburbs provinces regions districts capital port kingdom"
)
# Words for a kind of place that define a name ("Tessby is a village in", "Harlow, a town of").
KINDS_OF_PLACE = PLACES_OF | wordset(
    "commune hamlet neighborhood neighbourhood locality settlement parish borough country "
    "resort community territory"
)
# Words that end a place's name before its council or board ("Harlow City" + "Council").
TOWN_WORDS = pick(PLACE_NOUNS, "city county town") | wordset("state municipal provincial regional")
# Lower-case words after a place's name for its people and bodies ("Harlow police", "the
# Kuwait government"): the name there is the place's.
PLACE_PEOPLE = (
    pick(MODIFIED_BODY_HEADS, "police government army television radio parliament cabinet embassy")
    | pick(MEMBER_NOUNS, "officials leaders")
    | pick(ROLES, "mayor governor leader")
    | pick(BODY_TAILS, "forces court")
    | pick(LANDMARKS, "airport")
    | wordset(
        "authorities troops residents prosecutors courts hospital voters people citizens border"
    )
)
# Last words of the names of places built or kept ("Tessby Cricket *Ground*", "Harlow Pool
# *Preserve*").
SITE_TAILS = (
    pick(LANDMARKS, "bridge stadium airport palace castle")
    | pick(GEOGRAPHIC_HEADS, "canal")
    | wordset(
        """
        ground trail tunnel cemetery preserve station highway arena dam forest reserve
        cathedral mosque temple base
        """
    )
)
# Lower-case words inside a place's name in Spanish, Portuguese, French or Arabic ("Dar es
# Salaam", "Rio do Sul", "Rio de Janeiro").
PLACE_PARTICLES = pick(NAME_PARTICLES, "de del da dos das la le al el") | wordset("es do")


# -- sex ------------------------------------------------------------------------------------

# Nouns that show a person's sex when written just before the name ("spokeswoman Jane Smith",
# "her husband John Smith"), for resolving "he" and "she" (see speakers.py).
FEMALE_NOUNS = wordset(
    "spokeswoman congresswoman chairwoman businesswoman wife mother daughter sister widow "
    "grandmother actress"
)
MALE_NOUNS = wordset(
    "spokesman congressman businessman husband father son brother widower grandfather"
)
# Nouns that introduce a person as someone's child ("the couple's daughter, Chelsea").
CHILD_NOUNS = pick(FEMALE_NOUNS | MALE_NOUNS, "daughter son")
# ... or as a relative ("his wife, Nancy Reagan", "Michael Reagan, son of President Reagan").
RELATIVE_NOUNS = pick(
    FEMALE_NOUNS | MALE_NOUNS,
    "wife mother daughter sister widow grandmother husband father son brother widower grandfather",
)

# Common first names that show a person's sex ("John Smith" is a man): English-language ones
# and those of figures frequent in the news. Names given to both sexes ("Chris", "Jordan",
# "Lindsey") are in neither list.
MALE_FIRST_NAMES = wordset(
    """
    john james robert michael william david richard joseph thomas charles daniel matthew donald
    mark paul steven andrew kenneth george joshua kevin brian edward ronald timothy jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron henry adam
    douglas peter nathan zachary kyle walter harold jeremy ethan carl keith roger gerald sean
    arthur lawrence jesse joe bryan billy albert bruce willie gabriel alan juan wayne ralph roy
    eugene randy vincent russell louis philip bobby johnny bradley bernie ted mitt jeb marco
    rand mike tom tim bill jim bob dick newt rick ben barack hugh ahmed mohammed muhammad ali
    hassan ivan vladimir sergei dmitry xi jose luis carlos jorge miguel francois pierre jean-claude
    hans klaus wolfgang boris tony harry fred steve greg ken dan doug jeff jon ron rob nick sam
    martin matt josh mitch jake charlie ed jimmy glenn howard anthony marc phil joel ian barry
    craig colin jared christopher dave pete rudy andy todd don brad zach stuart clarence dwight
    leon eddie duncan stan karl neil marvin hank chad edgar isaac calvin lyndon abraham
    """
)
FEMALE_FIRST_NAMES = wordset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
    alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
    sophia marie diana brittany natalie isabella charlotte rose hillary chelsea nikki carly
    melania ivanka huma kellyanne debbie elena sonia marine condoleezza michele
    jill elise susana kirsten tammy claire heidi jeanne dianne loretta valerie
    jane monica pam wendy kristen liz marla paula maggie kate jenna madeleine katie megyn gina
    erin alicia lucy patty zoe norah kelsey cecile
    """
)

# Short forms of given names that start with another letter and are not written in the full
# name: the only such pairs names.py takes from the nicknames package's table (whose
# other ones are old genealogical ones that now name other people: "Ian" for
# "John", "Bill" for "Robert", "Lisa" for "Elizabeth").
NICKNAMES_ACROSS_LETTERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("bill", "william"),
        ("billy", "william"),
        ("bob", "robert"),
        ("bobby", "robert"),
        ("dick", "richard"),
        ("ted", "edward"),
        ("teddy", "edward"),
        ("ned", "edward"),
        ("peggy", "margaret"),
        ("polly", "mary"),
        ("betty", "elizabeth"),
        ("bess", "elizabeth"),
    }
)

# Nouns of service written before a name like a title ("Marine John Tiegen", "Soldier Ann Lee"):
# no first name when a first name follows ("Marine Le Pen" keeps hers).
SERVICE_NOUNS = wordset("marine soldier sailor airman seaman trooper ranger veteran")


# -- grammar words ----------------------------------------------------------------------------

# Prepositions, for the patterns that tell a name that is a preposition's object (no subject,
# no speaker: "a report by the Pentagon", "In Harwell, Acme said").
PREPOSITIONS = wordset(
    """
    about across after against amid among around at before besides between beyond by despite
    during following for from in inside like near of on outside over since than through
    throughout to under unlike with within without
    """
)
# Those that open a sentence's fronted phrase, which its comma ends ("In a filing with the
# Commission, Acme and Bolt said").
FRONTING_PREPOSITIONS = pick(
    PREPOSITIONS,
    """
    in on at after before with without for from during under following despite besides like
    unlike since amid among against through across by of to within near outside inside over
    around between
    """,
)
# Those whose object right before a cue only modifies what speaks or names where ("the
# bombings in Harwell said", "a New York Times/CBS poll", "more than the Pentagon"); not
# "after", "before", "since" (which also open a clause: "after the Pentagon said").
MODIFYING_PREPOSITIONS = pick(
    PREPOSITIONS,
    """
    in on at from across throughout of for with by to about around near outside inside within
    among between beyond against than
    """,
)
# Nouns that end in "-ly" like an adverb ("the Smith family said", "an ally said"): no adverb
# between a subject and its verb.
LY_NOUNS = wordset("family ally rally supply assembly")
