"""The rules that correct the entity model's labels where a phrase settles the kind
(:mod:`newsindex.nlp.ner.rules`), each given the labels the model got wrong, so that the test
holds whatever a retrained model does; and the shipped tagger on the same phrases."""

from __future__ import annotations

import pytest
from support import rules_applied

from newsindex.nlp.ner.model import WordClasses
from newsindex.nlp.ner.rules.common import may_name_person
from newsindex.nlp.ner.tagger import EntityTagger
from newsindex.nlp.tokens import scan, sentence_bounds

LEXICON = WordClasses(
    gazetteer={
        "Kuwait": "country",
        "Kuwaiti": "nationality",
        "Ming": "first",
        "Harlow": "city",
        "Mazar-e-Harlow": "city",
        "Ada": "first",
        "Wessex": "state",
        "N.W.": "stateabbr",
        "Olympic": "city",
        "Tessalem": "first city",
    },
    text_cap={
        "fisheries": "m",
        "lighting": "c",
        "wildlife": "c",
        "progress": "l",
        "harwell": "C",
        "members": "l",
        "officials": "l",
        "national": "c",
        "establishment": "l",
    },
    phrases={"North Harlow": "city"},
)


def repaired(sentence: str, labels: str) -> set[tuple[str, str]]:
    return rules_applied(sentence, labels, LEXICON)


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A stock code's exchange in angle brackets is no organisation; the code stays as
        # tagged (users ask for "IBM").
        (
            "Harwell Foods < HWLF . L > bought it",
            "B-ORG I-ORG O B-ORG O B-ORG O O O",
            {("ORG", "Harwell Foods"), ("ORG", "HWLF")},
        ),
        (
            "Corbel Corp < CB > owns it",
            "B-ORG I-ORG O B-ORG O O O",
            {("ORG", "Corbel Corp"), ("ORG", "CB")},
        ),
        # "and" inside one firm's name: trades named in pairs, "and Sons"; two firms stay two.
        (
            "Northam Telephone and Telegraph Co said",
            "B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Northam Telephone and Telegraph Co")},
        ),
        (
            "Harlow Electric and Power Co , a unit",
            "B-ORG I-ORG O B-ORG I-ORG O O O",
            {("ORG", "Harlow Electric and Power Co")},
        ),
        (
            "Fenwick Federal Savings and Loan Association said",
            "B-ORG I-ORG O O B-ORG I-ORG O",
            {("ORG", "Fenwick Federal Savings and Loan Association")},
        ),
        (
            "led by Tolland and Sons Inc",
            "O O B-ORG O B-ORG I-ORG",
            {("ORG", "Tolland and Sons Inc")},
        ),
        (
            "Corbel and Harwell Foods said",
            "B-ORG O B-ORG I-ORG O",
            {("ORG", "Corbel"), ("ORG", "Harwell Foods")},
        ),
        # a firm named for two fields, common words either side of "and" ("Kenya Power and
        # Lighting Company"), not a firm's name ("Corbel": unseen in text)
        (
            "the Harlow Fisheries and Lighting Company said",
            "O B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Harlow Fisheries and Lighting Company")},
        ),
        (
            "the Harlow Fisheries and Lighting Corporation said",
            "O B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Harlow Fisheries and Lighting Corporation")},
        ),
        (
            "the Harlow Corbel and Lighting Company said",
            "O B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Harlow Corbel"), ("ORG", "Lighting Company")},
        ),
        (
            "the Harlow Fisheries and Corbel Company said",
            "O B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Harlow Fisheries"), ("ORG", "Corbel Company")},
        ),
        # A body named for two fields ends on its head; a firm before "and" is a name of its
        # own.
        (
            "the Fisheries and Wildlife Service said",
            "O B-ORG O B-ORG I-ORG O",
            {("ORG", "Fisheries and Wildlife Service")},
        ),
        (
            "the ruling Fisheries and Progress Party lost",
            "O O B-ORG O B-ORG I-ORG O",
            {("ORG", "Fisheries and Progress Party")},
        ),
        (
            "between Harwell and Energy Department lawyers",
            "O B-ORG O B-ORG I-ORG O",
            {("ORG", "Harwell"), ("ORG", "Energy Department")},
        ),
        # A town's name before a body's head alone is the body's name.
        (
            "the Harlow City Council voted",
            "O B-LOC I-LOC B-ORG O",
            {("ORG", "Harlow City Council")},
        ),
        (
            "in Harlow Corbel Corp said",
            "O B-LOC B-ORG I-ORG O",
            {("LOC", "Harlow"), ("ORG", "Corbel Corp")},
        ),
        # A name, an age between commas, "of" and a town: a person and a place.
        (
            "Tam Orrin , 34 , of Harlow said",
            "B-ORG I-ORG O O O O B-ORG O",
            {("PER", "Tam Orrin"), ("LOC", "Harlow")},
        ),
        (
            "Tam Orrin , 34 , of Harlow said",
            "B-PER I-PER O O O O B-PER O",
            {("PER", "Tam Orrin"), ("LOC", "Harlow")},
        ),
        (
            "Corbel Corp , 34 , said",
            "B-ORG I-ORG O O O O",
            {("ORG", "Corbel Corp")},
        ),
        # A listed place the model split at its first word ends the organisation's name.
        (
            "at the College of North Harlow today",
            "O O B-ORG I-ORG I-ORG B-LOC O",
            {("ORG", "College of North Harlow")},
        ),
        (
            "the Corbel Board North Harlow said",
            "O B-ORG I-ORG B-LOC I-LOC O",
            {("ORG", "Corbel Board"), ("LOC", "North Harlow")},
        ),
        # A body's head, "for" or "on", and the field the model tagged apart: one name.
        (
            "the Society for Marsh Birds met",
            "O B-ORG O B-ORG I-ORG O",
            {("ORG", "Society for Marsh Birds")},
        ),
        (
            "the Corbel Corp for Marsh Birds met",
            "O B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Corbel Corp"), ("ORG", "Marsh Birds")},
        ),
        # "The" opening a sentence is no part of a ministry's or a department's name.
        (
            "The Tessby Department said",
            "B-ORG I-ORG I-ORG O",
            {("ORG", "Tessby Department")},
        ),
        ("The Tessby Times said", "B-ORG I-ORG I-ORG O", {("ORG", "The Tessby Times")}),
        # ... nor of one named by its head before "of", in the name or the next one.
        (
            "HARLOW ( TBA ) -- The Ministry of Tessby said",
            "B-LOC O B-ORG O O B-ORG I-ORG O B-ORG O",
            {("LOC", "HARLOW"), ("ORG", "TBA"), ("ORG", "Ministry of Tessby")},
        ),
        (
            "The Bank of Tessby said",
            "B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Bank of Tessby")},
        ),
        # A dash between capitalised words parts two names; a hyphen token after a particle
        # (text tokenised by hyphens) does not.
        (
            "shot Tessby - Ada Brisk , who",
            "O B-PER I-PER I-PER I-PER O O",
            {("PER", "Tessby"), ("PER", "Ada Brisk")},
        ),
        ("Omar al - Harlow said", "B-PER I-PER I-PER I-PER O", {("PER", "Omar al - Harlow")}),
        # A dateline: a listed place in capitals before the agency's bracket or its state.
        (
            "HARLOW ( AP ) _ The mayor said",
            "B-ORG O B-ORG O O O O O",
            {("LOC", "HARLOW"), ("ORG", "AP")},
        ),
        (
            "HARLOW , Kuwait ( AP ) _ The mayor said",
            "B-ORG O B-LOC O B-ORG O O O O O",
            {("LOC", "HARLOW"), ("LOC", "Kuwait"), ("ORG", "AP")},
        ),
        (
            "HARLOW , Sept. 28 ( UPI ) _ The mayor said",
            "B-ORG O O O O B-ORG O O O O O",
            {("LOC", "HARLOW"), ("ORG", "UPI")},
        ),
        # A station's name opens on "Radio" or "Television", whatever the model made of the
        # rest; a work's title stays one.
        ("reported by Radio Tessbia on", "O O B-LOC I-LOC O", {("ORG", "Radio Tessbia")}),
        ("Radio Free Tessbia said", "O O B-LOC O", {("ORG", "Radio Free Tessbia")}),
        (
            "released On the Radio Tessby",
            "O B-MISC I-MISC I-MISC I-MISC",
            {("MISC", "On the Radio Tessby")},
        ),
        # A name right after "ruling" or "opposition" is a party's; one with an Urdu or
        # Persian "-e-" a party's or a group's, unless a listed town.
        ("The main opposition Tessbytang said", "O O O B-PER O", {("ORG", "Tessbytang")}),
        ("of the ruling Harlow party", "O O O B-LOC O", {("ORG", "Harlow")}),
        (
            "the banned Tehreek-e-Tessby Harlow said",
            "O O B-LOC I-LOC O",
            {("ORG", "Tehreek-e-Tessby Harlow")},
        ),
        ("near Mazar-e-Harlow on", "O B-LOC O", {("LOC", "Mazar-e-Harlow")}),
        ("the opposition Democrats said", "O O B-MISC O", {("MISC", "Democrats")}),
        # The news agency in the dateline's bracket is a body, whatever the model read it as.
        (
            "HARLOW , Sept. 28 ( Tessby ) - The mayor said",
            "B-LOC O O O O B-LOC O O O O O",
            {("LOC", "HARLOW"), ("ORG", "Tessby")},
        ),
        (
            "HARLOW , Kuwait ( TBA ) - The mayor said",
            "B-LOC O B-LOC O B-PER O O O O O",
            {("LOC", "HARLOW"), ("LOC", "Kuwait"), ("ORG", "TBA")},
        ),
        # ... also of several words, and before a colon, as South Asian and African outlets
        # write it.
        (
            "HARLOW ( Tessby Times ) : The mayor said",
            "B-LOC O B-PER I-PER O O O O O",
            {("LOC", "HARLOW"), ("ORG", "Tessby Times")},
        ),
        (
            "HARLOW , March 4 ( TBS ) : The mayor said",
            "B-LOC O O O O B-LOC O O O O O",
            {("LOC", "HARLOW"), ("ORG", "TBS")},
        ),
        # A level of government opening a portfolio before "Minister" names no body.
        (
            "Union Trade Minister Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        (
            "the Union Finance Minister , Ada Brisk , said",
            "O B-ORG I-ORG O O B-PER I-PER O O",
            {("PER", "Ada Brisk")},
        ),
        # An acronym no list holds, taken alone for a place before a body's people, is the body.
        (
            "TMA spokesperson Ada Brisk said",
            "B-LOC O B-PER I-PER O",
            {("ORG", "TMA"), ("PER", "Ada Brisk")},
        ),
        # "the Centre" alone is a government or a body, no place; not before a link or a name.
        ("the Centre has asked the states", "O B-LOC O O O O", {("ORG", "Centre")}),
        ("in the Centre for Tessby", "O O B-LOC O B-LOC", {("LOC", "Centre"), ("LOC", "Tessby")}),
        # A firm's name (an acronym, or a word training never saw) and a country: a firm.
        ("TBC Kuwait reported", "B-LOC I-LOC O", {("ORG", "TBC Kuwait")}),
        ("Tessaro Kuwait reported", "B-LOC I-LOC O", {("ORG", "Tessaro Kuwait")}),
        ("West Kuwait reported", "B-LOC I-LOC O", {("LOC", "West Kuwait")}),
        # A firm's "Grupo", "Gruppo" or "Groupe" opens no person's name.
        ("and Grupo Tessaro reported", "O B-PER I-PER O", {("ORG", "Grupo Tessaro")}),
        # A legislator's acronym names no body, after a party's name or alone.
        ("two Tessby MPs said", "O B-ORG I-ORG O", {("ORG", "Tessby")}),
        ("the MLA said", "O B-ORG O", set()),
        ("the MPs said", "O B-LOC O", set()),
        # ... but one in a list after a comma may be a code of something else
        ("Harlow , MLA if", "B-LOC O B-LOC O", {("LOC", "Harlow"), ("LOC", "MLA")}),
        # A dateline's listed town in capitals before a colon is a place.
        ("HARLOW : The mayor said", "B-PER O O O O", {("LOC", "HARLOW")}),
        # ... not a sports result's ground before a colon
        (
            "Harlow ( The Oval ) : Tessby 195",
            "B-LOC O B-LOC I-LOC O O B-ORG O",
            {("LOC", "Harlow"), ("LOC", "The Oval"), ("ORG", "Tessby")},
        ),
        # ... not a bracket after a person's name, nor one inside a sentence
        (
            "Ada Brisk ( Tessby ) - The mayor said",
            "B-PER I-PER O B-LOC O O O O O",
            {("PER", "Ada Brisk"), ("LOC", "Tessby")},
        ),
        (
            "HARLOW , Kuwait - Ada Brisk ( Tessby ) - said",
            "B-LOC O B-LOC O B-PER I-PER O B-LOC O O O",
            {("LOC", "HARLOW"), ("LOC", "Kuwait"), ("PER", "Ada Brisk"), ("LOC", "Tessby")},
        ),
        (
            "HARLOW , BEAUMONT WIN",
            "B-ORG O B-ORG O",
            {("ORG", "HARLOW"), ("ORG", "BEAUMONT")},
        ),
        # The town a company is based in, between commas after its full name and before its
        # state, is a place.
        (
            "Corbel Corp. , Tessby , Kuwait , said",
            "B-ORG I-ORG O B-ORG O B-LOC O O",
            {("ORG", "Corbel Corp."), ("LOC", "Tessby"), ("LOC", "Kuwait")},
        ),
        (
            "Corbel , Tessby , Kuwait , said",
            "B-ORG O B-ORG O B-LOC O O",
            {("ORG", "Corbel"), ("ORG", "Tessby"), ("LOC", "Kuwait")},
        ),
        # A listed city, a comma and its country: a town, whatever the model made it.
        (
            "she moved to Harlow , Kuwait , in May",
            "O O O B-ORG O B-LOC O O O",
            {("LOC", "Harlow"), ("LOC", "Kuwait")},
        ),
        # Any name after a preposition of place, before a comma and a state a comma ends
        (
            "the fire in Tessby Hook , Wessex , spread",
            "O O O B-PER I-PER O B-LOC O O",
            {("LOC", "Tessby Hook"), ("LOC", "Wessex")},
        ),
        (
            "said Tam Orrin , Wessex Republican",
            "O B-PER I-PER O B-LOC O",
            {("PER", "Tam Orrin"), ("LOC", "Wessex")},
        ),
        (
            "Ada Brisk of Harlow , Corbel Corp said",
            "B-PER I-PER O B-ORG O B-ORG I-ORG O",
            {("PER", "Ada Brisk"), ("ORG", "Harlow"), ("ORG", "Corbel Corp")},
        ),
        # A compass point's part of a listed place after "in" or "into" is a place; a club
        # named after one stays as tagged.
        (
            "the flood spread into Southern Harlow overnight",
            "O O O O B-ORG I-ORG O",
            {("LOC", "Southern Harlow")},
        ),
        (
            "a father of East Harlow players",
            "O O O B-ORG I-ORG O",
            {("ORG", "East Harlow")},
        ),
        # "bin" or "ibn" joins an Arab person's names, whatever the model made of them;
        (
            "the plot of Omar bin Harwell failed",
            "O O O B-ORG O B-ORG O",
            {("PER", "Omar bin Harwell")},
        ),
        (
            "Sheikh Omar ibn Harwell Corbel said",
            "O B-PER O B-LOC I-LOC O",
            {("PER", "Omar ibn Harwell Corbel")},
        ),
        # a given name the model left out before "bin" is the person's, not a title before it
        (
            "the Minister of Energy Prince Omar bin Harwell said",
            "O O O O O O O B-PER O",
            {("PER", "Omar bin Harwell")},
        ),
        ("Prince bin Harwell said", "O O B-PER O", {("PER", "Harwell")}),
        # so do Kalenjin "arap" and Malay "binti" ("Daniel arap Moi")
        (
            "the office of President Omar arap Harwell said",
            "O O O O B-PER O B-PER O",
            {("PER", "Omar arap Harwell")},
        ),
        ("Tessa binti Harwell said", "B-PER O B-PER O", {("PER", "Tessa binti Harwell")}),
        # ... and before the father's "bin" too, over a grandfather's
        (
            "Sheikh Tessam bin Omar bin Harwell Corbel said",
            "O O O B-PER O B-PER I-PER O",
            {("PER", "Tessam bin Omar bin Harwell Corbel")},
        ),
        (
            "Sheikh Tessam bin Omar bin Harwell Corbel said",
            "O O O O O B-PER I-PER O",
            {("PER", "Tessam bin Omar bin Harwell Corbel")},
        ),
        # a body's name ends the names a "bin" joins: a body named after a person
        (
            "the Omar bin Harwell Housing Establishment said",
            "O B-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Omar bin Harwell Housing Establishment")},
        ),
        (
            "the Omar bin Harwell Foundation said",
            "O B-ORG O B-ORG I-ORG O",
            {("ORG", "Omar bin Harwell Foundation")},
        ),
        (
            "the Omar bin Harwell Corbel said",
            "O B-ORG O B-ORG I-ORG O",
            {("PER", "Omar bin Harwell Corbel")},
        ),
        # A name opening on the Arabic article after a noun for a kind of place is a place;
        # after a word the model left out that training never had, that word's person.
        ("talks in Sharm el-Tessby ended", "O O B-LOC B-MISC O", {("LOC", "Sharm el-Tessby")}),
        ("the strike on Deir al-Tessby", "O O O B-PER I-PER", {("LOC", "Deir al-Tessby")}),
        ("Ras al-Tessby said", "O B-ORG O", {("LOC", "Ras al-Tessby")}),
        (
            "Moqtessa al-Tessby , the cleric , said",
            "O B-LOC O O O O O",
            {("PER", "Moqtessa al-Tessby")},
        ),
        # ... not after a function word
        ("the al-Tessby mosque", "O B-LOC O", {("LOC", "al-Tessby")}),
        # titles opening the first part stay out of the person, as they do of one name
        (
            "Emir Sheikh Omar bin Harwell Corbel said",
            "B-PER I-PER I-PER O B-PER I-PER O",
            {("PER", "Omar bin Harwell Corbel")},
        ),
        # An Arabic family name with its article after a person's name is the person's, also
        # when the model made it a name of its own.
        ("Omar Harwell el-Tessby said", "B-PER I-PER B-ORG O", {("PER", "Omar Harwell el-Tessby")}),
        # An office holder's name the model ran a body's "of" and country on over, after a
        # title and "of the", is a person's; not without the title, nor a place after it.
        (
            "Chairman of the Harwell Party of Kuwait Tessvaro Brisk spoke",
            "O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Harwell Party of Kuwait"), ("PER", "Tessvaro Brisk")},
        ),
        (
            "Chairman of the Harwell Party of Kuwait Tessvaro Brisk spoke",
            "O O O B-ORG I-ORG I-ORG I-ORG I-ORG B-PER O",
            {("ORG", "Harwell Party of Kuwait"), ("PER", "Tessvaro Brisk")},
        ),
        (
            "a unit of the Harwell Party of Kuwait Tessvaro Brisk spoke",
            "O O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Harwell Party of Kuwait Tessvaro Brisk")},
        ),
        (
            "Chairman of the Bank of Kuwait Harlow Branch said",
            "O O O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Bank of Kuwait Harlow Branch")},
        ),
        # A storm's name is no person's or body's.
        ("losses from Hurricane Ada rose", "O O O B-PER O", {("MISC", "Ada")}),
        (
            "Tropical Storm Ada hit Harlow",
            "B-ORG I-ORG I-ORG O B-LOC",
            {("MISC", "Tropical Storm Ada"), ("LOC", "Harlow")},
        ),
        (
            "Tropical Foods Corp said",
            "B-ORG I-ORG I-ORG O",
            {("ORG", "Tropical Foods Corp")},
        ),
        # The Pacific's weather patterns are no person, body or place; other names after "El"
        # or "La" keep their kind.
        ("If El Nino picks up", "O B-PER I-PER O O", {("MISC", "El Nino")}),
        ("a new La Niña , the cooler", "O O B-ORG I-ORG O O O", {("MISC", "La Niña")}),
        ("El Paso said", "B-LOC I-LOC O", {("LOC", "El Paso")}),
        # A name the model ended on "and" goes on over the capitalised word after it, or ends
        # before "and" when a name of another kind follows.
        (
            "the Office of Tides and Budget said",
            "O B-ORG I-ORG I-ORG I-ORG O O",
            {("ORG", "Office of Tides and Budget")},
        ),
        (
            "the Harlow Union and Ada Brisk met",
            "O B-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Harlow Union"), ("PER", "Ada Brisk")},
        ),
        # Company words alone after a name the model tagged whole as another kind: one firm.
        (
            "a deal with Harwick Mills & Crane Ltd. today",
            "O O O B-LOC I-LOC I-LOC I-LOC B-ORG O",
            {("ORG", "Harwick Mills & Crane Ltd.")},
        ),
        (
            "shares of Tam Orrin Ltd. rose",
            "O O B-PER I-PER B-ORG O",
            {("ORG", "Tam Orrin Ltd.")},
        ),
        # A common word (nearly always lower-case in news text) opening a sentence, alone or
        # before a dangling "of", is no name.
        ("Officials said it failed", "B-ORG O O O", set()),
        (
            "Members of the Harlow Board met",
            "B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Harlow Board")},
        ),
        ("Harwell said it failed", "B-ORG O O O", {("ORG", "Harwell")}),
        (
            "HARLOW ( AP ) _ Officials said",
            "B-LOC O B-ORG O O B-ORG O",
            {("LOC", "HARLOW"), ("ORG", "AP")},
        ),
        # The first word of a name the model left out after a courtesy title is the name's.
        (
            "Dr Tedla Amare Gebre warned",
            "O O B-PER I-PER O",
            {("PER", "Tedla Amare Gebre")},
        ),
        ("Dr Harlow Ada Brisk said", "O O B-PER I-PER O", {("PER", "Ada Brisk")}),
        # ... unless the place's name is a given name too ("Sheikh Salem Abdullah Al-Sabah")
        ("Sheikh Tessalem Ada Brisk said", "O O B-PER I-PER O", {("PER", "Tessalem Ada Brisk")}),
        # ... also before a name that family names on the Arabic article end, however tagged
        (
            "Sheikh Tessalem Omar Al-Harwell Al-Corbel said",
            "O O B-PER O B-PER O",
            {("PER", "Tessalem Omar Al-Harwell Al-Corbel")},
        ),
        # ... or made a name of its own before the surname, even a place's
        ("Dr. Harlow Brisk said", "O B-LOC B-PER O", {("PER", "Harlow Brisk")}),
        ("Mr. Tessby Brisk said", "O B-ORG B-PER O", {("PER", "Tessby Brisk")}),
        ("in Harlow Brisk said", "O B-LOC B-PER O", {("LOC", "Harlow"), ("PER", "Brisk")}),
        # A local official's title the model took into a body's name: the rest is a person.
        ("Assemblywoman Tam Orrin won", "B-ORG I-ORG I-ORG O", {("PER", "Tam Orrin")}),
        ("Councilman Tam Orrin voted", "O B-ORG I-ORG O", {("PER", "Tam Orrin")}),
        # "Republican of <state>": a party's member and the place, no organisation.
        (
            "Tam Orrin , Republican of Wessex , said",
            "B-PER I-PER O B-ORG I-ORG I-ORG O O",
            {("PER", "Tam Orrin"), ("LOC", "Wessex")},
        ),
        # "the <place> Democrat": the place a party's member represents, and the member; no
        # body, nor a person's name that the member's word alone would later be the surname of.
        (
            '" It is odd , " said the Wessex Democrat',
            "O O O O O O O O B-ORG I-ORG",
            {("LOC", "Wessex"), ("MISC", "Democrat")},
        ),
        (
            "Tam Orrin , a Harlow Republican who",
            "B-PER I-PER O O B-PER I-PER O",
            {("PER", "Tam Orrin"), ("LOC", "Harlow"), ("MISC", "Republican")},
        ),
        # ... not a party's members there, nor a paper named "Independent"
        ("Wessex Democrats said", "B-ORG I-ORG O", {("ORG", "Wessex Democrats")}),
        ("the Harlow Independent said", "O B-ORG I-ORG O", {("ORG", "Harlow Independent")}),
        # "First" the model left out before a firm's name with its legal form opens the name
        (
            "according to First Tessco Corp. ,",
            "O O O B-ORG I-ORG O",
            {("ORG", "First Tessco Corp.")},
        ),
        ("the first Tessco Corp. plant", "O O B-ORG I-ORG O", {("ORG", "Tessco Corp.")}),
        # "<place> District Attorney": the place a prosecutor serves and a title, no body
        (
            "Harlow District Attorney Tam Orrin said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("LOC", "Harlow"), ("PER", "Tam Orrin")},
        ),
        (
            "the Harlow District Court said",
            "O B-ORG I-ORG I-ORG O",
            {("ORG", "Harlow District Court")},
        ),
        # A day of the week the model ran a person's name on into is no part of it.
        ("said Tam Orrin Sunday", "O B-PER I-PER I-PER", {("PER", "Tam Orrin")}),
        # A royal title the model took into the name is no part of it; a surname stays.
        ("Crown Prince Ada Brisk visited", "O B-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        ("Sheikh Tam Orrin said", "B-PER I-PER I-PER O", {("PER", "Tam Orrin")}),
        ("said Ada Prince", "O B-PER I-PER", {("PER", "Ada Prince")}),
        # A royal title and a given name that the model made a body or a place: a person.
        ("to keep Queen Ada III", "O O B-ORG I-ORG I-ORG", {("PER", "Ada III")}),
        ("King Harlow Corp said", "B-ORG I-ORG I-ORG O", {("ORG", "King Harlow Corp")}),
        # ... not a place after a place's preposition or in a list of places: a town
        ("crews at Prince Ada were", "O O B-LOC I-LOC O", {("LOC", "Prince Ada")}),
        (
            "ports of Harlow and Prince Ada",
            "O O B-LOC O B-LOC I-LOC",
            {("LOC", "Harlow"), ("LOC", "Prince Ada")},
        ),
        # A title that can be a surname is none after "Chief", "Major" and the like.
        ("Chief Justice Tam Orrin ruled", "O B-PER I-PER I-PER O", {("PER", "Tam Orrin")}),
        ("Chief Justice Orrin ruled", "O B-PER I-PER O", {("PER", "Orrin")}),
        ("Ada Justice Orrin ruled", "B-PER I-PER I-PER O", {("PER", "Ada Justice Orrin")}),
        # A body's second field after "and" that the model left out is part of its name.
        (
            "the Ministry of Tides and Harbours said",
            "O B-ORG I-ORG I-ORG O O O",
            {("ORG", "Ministry of Tides and Harbours")},
        ),
        (
            "the Ministry of Tides and Harbours Board said",
            "O B-ORG I-ORG I-ORG O O O O",
            {("ORG", "Ministry of Tides")},
        ),
        # "the", a place and an organisation right after it: one name ("the" is the body's).
        ("the Harlow Gazette reported", "O B-LOC B-ORG O", {("ORG", "Harlow Gazette")}),
        # ... and without "the" (see also _place_starts_body's tests below).
        (
            "Harlow National Oil Company signed",
            "B-LOC B-ORG I-ORG I-ORG O",
            {("ORG", "Harlow National Oil Company")},
        ),
        (
            "the Kuwait Harbour Union said",
            "O B-LOC B-ORG I-ORG O",
            {("ORG", "Kuwait Harbour Union")},
        ),
        (
            "Kuwait Harbour Union said",
            "B-LOC B-ORG I-ORG O",
            {("ORG", "Kuwait Harbour Union")},
        ),
        # "the", a person's name and a body's head (or an organisation) after it: a body named
        # after the person; without "the" the person stays.
        ("the Ada Brisk Society said", "O B-PER I-PER O O", {("ORG", "Ada Brisk Society")}),
        (
            "the Tam Orrin Memorial Trust said",
            "O B-PER I-PER B-ORG I-ORG O",
            {("ORG", "Tam Orrin Memorial Trust")},
        ),
        ("at the Ada Brisk Library in", "O O B-PER I-PER O O", {("ORG", "Ada Brisk Library")}),
        ("Ada Brisk Society members", "B-PER I-PER O O", {("PER", "Ada Brisk")}),
        # A firm named after two founders: the first name alone before "and" starts it.
        ("Harwell and Tolland Co said", "O O B-ORG I-ORG O", {("ORG", "Harwell and Tolland Co")}),
        (
            "Corbel Corp and Tolland Co said",
            "B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Corbel Corp"), ("ORG", "Tolland Co")},
        ),
        (
            "sold to Ada Brisk and Tolland Co",
            "O O B-PER I-PER O B-ORG I-ORG",
            {("PER", "Ada Brisk"), ("ORG", "Tolland Co")},
        ),
        # Two firms run together over "and" after a company word are two.
        (
            "Harwell & Co and Corbel Inc said",
            "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Harwell & Co"), ("ORG", "Corbel Inc")},
        ),
        # A listed state acting (a lower-case word or "'s" after it) is a place; a team
        # named after one in a table stays.
        ("Wessex has few voters", "B-ORG O O O", {("LOC", "Wessex")}),
        ("she won Wessex 's primary", "O O B-ORG O O", {("LOC", "Wessex")}),
        ("Wessex 5 Harlow 2", "B-ORG O B-ORG O", {("ORG", "Wessex"), ("ORG", "Harlow")}),
        # A creed or a movement named with "-ism" is no name of a kept kind; a short word
        # ending so can be one.
        ("a history of Harlowism today", "O O O B-ORG O", set()),
        ("Prism said", "B-ORG O", {("ORG", "Prism")}),
        # A place the model read in a name ending on "Institution", "Institute" or
        # "Foundation" is a body.
        (
            "a fellow at the Tolland Institution",
            "O O O O B-LOC I-LOC",
            {("ORG", "Tolland Institution")},
        ),
        ("a scientist at Tolland University", "O O O B-LOC I-LOC", {("ORG", "Tolland University")}),
        # So is one ending on a company's word: a firm ("Tolland Corp 's Wessex unit").
        ("bought Tolland Corp 's unit", "O B-LOC I-LOC O O", {("ORG", "Tolland Corp")}),
        # And one ending on "Bank", but for a side of a river ("the West Bank") and "The Bank"
        # alone; before "and", the firm named after it goes on with it (places_and_firms).
        ("a partner at Tolland Bank said", "O O O B-LOC I-LOC O", {("ORG", "Tolland Bank")}),
        ("troops left the West Bank", "O O O B-LOC I-LOC", {("LOC", "West Bank")}),
        ("The Bank said", "B-LOC I-LOC O", {("LOC", "The Bank")}),
        (
            "deposits of Tolland Bank and Trust Co",
            "O O B-LOC I-LOC O B-ORG I-ORG",
            {("ORG", "Tolland Bank and Trust Co")},
        ),
        # An interest rate's name is no organisation.
        (
            "over the Harlow Interbank Offered Rate today",
            "O O B-ORG I-ORG O O O",
            {("MISC", "Harlow Interbank Offered Rate")},
        ),
        # A family name and two given names: the second given name is no name of its own.
        (
            "Minister Yeo Ning Hong told parliament",
            "O B-PER I-PER B-MISC O O",
            {("PER", "Yeo Ning Hong")},
        ),
        ("Wang Li Harlow said", "B-PER I-PER B-LOC O", {("PER", "Wang Li"), ("LOC", "Harlow")}),
        # After a Vietnamese family name, the model may leave the short given name out; not
        # a day, a month or a word of saying.
        ("Minister Tran Hong Ha told", "O B-PER I-PER O O", {("PER", "Tran Hong Ha")}),
        ("Minister Wang Li Ha told", "O B-PER I-PER O O", {("PER", "Wang Li")}),
        ("Minister Tran Hong Says", "O B-PER I-PER O", {("PER", "Tran Hong")}),
        ("met Tran Hong May 5", "O B-PER I-PER O O", {("PER", "Tran Hong")}),
        (
            "Wang Li Beaumont said",
            "B-PER I-PER B-ORG O",
            {("PER", "Wang Li"), ("ORG", "Beaumont")},
        ),
        # A listed place in capitals before a dash opening a text is its dateline; a
        # headline's topic is not.
        ("HARLOW - It rained", "B-ORG O O O", {("LOC", "HARLOW")}),
        (
            "RUGBY UNION - Harlow won",
            "B-ORG I-ORG O B-ORG O",
            {("ORG", "RUGBY UNION"), ("ORG", "Harlow")},
        ),
        # Before a comma, a state's or province's name and a dash, any town in capitals is
        # the dateline, a word the model left out at its start too.
        (
            "PRINCE TESSBY , B.C. — Members ratified",
            "O B-PER O B-LOC O O O",
            {("LOC", "PRINCE TESSBY"), ("LOC", "B.C.")},
        ),
        ("TESSBY , B.C. said", "B-PER O B-LOC O", {("PER", "TESSBY"), ("LOC", "B.C.")}),
        # An abbreviated "Saint" or "Mount" ends no place: the name after it is the place's.
        (
            "in Tessby Ste. Harlow , she said",
            "O B-LOC I-LOC B-PER O O O",
            {("LOC", "Tessby Ste. Harlow")},
        ),
        # A party and a state after a name are no place.
        ("Ada Brisk ( R-Va. ) said", "B-PER I-PER O B-LOC O O", {("PER", "Ada Brisk")}),
        # An abbreviated title the model put in a name is left out of it.
        ("and Sens. Ada Brisk said", "O B-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        # A title of several words before "of" is no part of the body's name (its capitalised
        # "The" is, inside a sentence).
        (
            "the National Director of The Harlow Project said",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "The Harlow Project")},
        ),
        # A founder's name before firm words is the firm's ("E.F. Hutton" "Group Inc").
        (
            "Corbel Vance Group Inc chairman Ada Brisk said",
            "B-PER I-PER B-ORG I-ORG O B-PER I-PER O",
            {("ORG", "Corbel Vance Group Inc"), ("PER", "Ada Brisk")},
        ),
        # So is a name right before a whole firm's name: prose does not run a person's name
        # into another firm's ("T. Rowe" + "Price Associates Inc.", "Roy F." + "Weston Inc").
        (
            "Ada Brisk Harwell Foods Inc said",
            "B-PER I-PER B-ORG I-ORG I-ORG O",
            {("ORG", "Ada Brisk Harwell Foods Inc")},
        ),
        (  # not one with "of" in it: the person's firm
            "Ada Brisk of Corbel Inc said",
            "B-PER B-ORG I-ORG I-ORG I-ORG O",
            {("PER", "Ada"), ("ORG", "Brisk of Corbel Inc")},
        ),
        # A given name and a word the model made a place or a body, before ", who" or ", a
        # 33-year-old", are a person's name; not after "the", nor with a body's word.
        ("Ada Tessel , who led it", "B-LOC I-LOC O O O O", {("PER", "Ada Tessel")}),
        ("met Ada Vance , a 33-year-old cook", "O B-ORG I-ORG O O O O", {("PER", "Ada Vance")}),
        ("the Ada Rovers , who won", "O B-ORG I-ORG O O O", {("ORG", "Ada Rovers")}),
        ("Ada Bank , who lent it", "B-ORG I-ORG O O O O", {("ORG", "Ada Bank")}),
        ("Ada Tessel said", "B-LOC I-LOC O", {("LOC", "Ada Tessel")}),
        # An occupation, a given name and a word the model ran into a body: the person.
        ("Actress Ada Vance took it", "B-ORG I-ORG I-ORG O O", {("PER", "Ada Vance")}),
        ("Anchor Ada Bank said", "B-ORG I-ORG I-ORG O", {("ORG", "Anchor Ada Bank")}),
        ("Anchor Tessby Glass said", "B-ORG I-ORG I-ORG O", {("ORG", "Anchor Tessby Glass")}),
        # A listed place in a list of places is a place; a team named after a town is not.
        (
            "in Tessel , Harlow , Corby and Kuwait",
            "O B-LOC O B-ORG O B-LOC O B-LOC",
            {("LOC", "Tessel"), ("LOC", "Harlow"), ("LOC", "Corby"), ("LOC", "Kuwait")},
        ),
        ("Harlow beat Corby 2-1", "B-ORG O B-ORG O", {("ORG", "Harlow"), ("ORG", "Corby")}),
        # ... also as the last of a list a preposition of place opens; not without one.
        (
            "customers in Tessel and Harlow",
            "O O B-LOC O B-ORG",
            {("LOC", "Tessel"), ("LOC", "Harlow")},
        ),
        ("Tessel and Harlow won", "B-LOC O B-ORG O", {("LOC", "Tessel"), ("ORG", "Harlow")}),
        # An institution's head before "for", "on" or "of" begins its name.
        (
            "the Harlow Center for Policy Research said",
            "O O O O B-ORG I-ORG O",
            {("ORG", "Harlow Center for Policy Research")},
        ),
        ("The Council on Trade said", "O O O B-ORG O", {("ORG", "Council on Trade")}),
        (
            "The Office of Tessby Programs and Services said",
            "O O O B-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Office of Tessby Programs and Services")},
        ),
        # Joining words of a French or Spanish body's name and the capitalised words after
        # them go on with it.
        (
            "the Office Tessien des Postes et Telegraphes du Harlow will",
            "O B-ORG I-ORG O O O O O B-LOC O",
            {("ORG", "Office Tessien des Postes et Telegraphes du Harlow")},
        ),
        ("Tessco et al. said", "B-ORG O O O", {("ORG", "Tessco")}),
        # A field and "and" after "the" begin a body the model started after them.
        (
            "by the Tessing and Harlowing Service today",
            "O O O O B-ORG I-ORG O",
            {("ORG", "Tessing and Harlowing Service")},
        ),
        ("the Tessing and Harlow shares", "O O O B-ORG O", {("ORG", "Harlow")}),
        # The name before a stock code is a company's, never a person's.
        (
            "enabling Corbel Vance Holdings < CVH . PA > to",
            "O B-PER I-PER I-PER O B-ORG O O O O",
            {("ORG", "Corbel Vance Holdings"), ("ORG", "CVH")},
        ),
        # A listed place after "in" is a place, unless it owns something.
        ("the judge in Harlow who heard it", "O O O B-PER O O O", {("LOC", "Harlow")}),
        ("in Harlow 's view", "O B-PER O O", {("PER", "Harlow")}),
        ("Democrats in Harlow voted", "O O B-ORG O", {("LOC", "Harlow")}),
        ("wrote to Harlow campaign aides", "O O B-PER O O", {("PER", "Harlow")}),
        # Words in angle brackets are one company's name, not a person and a firm.
        (
            "it sold < Alder Quinn Holdings Plc >",
            "O O O B-PER I-PER B-ORG I-ORG O",
            {("ORG", "Alder Quinn Holdings Plc")},
        ),
        # A name whose initials spell the acronym after it is one name.
        (
            "under the Accord on Lumber and Pulp ( ALP ) today",
            "O O B-ORG O B-LOC O B-ORG O B-ORG O O",
            {("ORG", "Accord on Lumber and Pulp"), ("ORG", "ALP")},
        ),
        (
            "the Ferry and Harbour Board ( FHB ) met",
            "O B-ORG O B-ORG I-ORG O B-ORG O O",
            {("ORG", "Ferry and Harbour Board"), ("ORG", "FHB")},
        ),
        (
            "the ALP ( Accord on Lumber and Pulp ) today",
            "O B-ORG O B-ORG O B-LOC O B-ORG O O",
            {("ORG", "Accord on Lumber and Pulp"), ("ORG", "ALP")},
        ),
        # An acronym the model made a person, after the organisation it spells, is the body.
        (
            "the Tessby Directorate ( TD ) arrested him",
            "O B-ORG I-ORG O B-PER O O O",
            {("ORG", "Tessby Directorate"), ("ORG", "TD")},
        ),
        # "in" is skipped too: a body for a cause in a region.
        (
            "the League for Rivers and Wetlands in Harlow ( LRWH ) met",
            "O B-ORG O B-ORG O B-ORG O B-LOC O B-ORG O O",
            {("ORG", "League for Rivers and Wetlands in Harlow"), ("ORG", "LRWH")},
        ),
        # ... not when the initials do not spell it, nor when the name is already whole.
        (
            "its Ferry Board ( FHB ) met",
            "O B-PER B-ORG O B-ORG O O",
            {("PER", "Ferry"), ("ORG", "Board"), ("ORG", "FHB")},
        ),
        (
            "the FHB ( see Ferry Board ) met",
            "O B-ORG O O B-PER B-ORG O O",
            {("ORG", "FHB"), ("PER", "Ferry"), ("ORG", "Board")},
        ),
        (
            "the Dovern Ferry and Harbour Board ( FHB ) met",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O",
            {("ORG", "Dovern Ferry and Harbour Board"), ("ORG", "FHB")},
        ),
        # A firm's name with a comma before "... and Co" is one name; a list of firms is not.
        (
            "at Harrow , Quill and Co said",
            "O B-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Harrow , Quill and Co")},
        ),
        (
            "Harrow , Quill Corp and Tessel said",
            "B-ORG O B-ORG I-ORG O B-ORG O",
            {("ORG", "Harrow"), ("ORG", "Quill Corp"), ("ORG", "Tessel")},
        ),
        # A place before a role is no person: the role is the next name's.
        (
            "talks in Tessel , the chairman of Quillmet , Ada Brisk , said",
            "O O B-LOC O O O O B-ORG O B-PER I-PER O O",
            {("LOC", "Tessel"), ("ORG", "Quillmet"), ("PER", "Ada Brisk")},
        ),
        (
            "Harlow , a spokesman for Quillmet , said",
            "B-LOC O O O O B-ORG O O",
            {("LOC", "Harlow"), ("ORG", "Quillmet")},
        ),
        (
            "Tessel , a spokesman for Quillmet , said",
            "B-LOC O O O O B-ORG O O",
            {("PER", "Tessel"), ("ORG", "Quillmet")},
        ),
        # a law's name ends on "Act", also where the model left it out
        (
            "violating the Freedom of Tessel to Clinic Quillmet Act by",
            "O O B-ORG I-ORG I-ORG O B-PER I-PER O O",
            {("MISC", "Freedom of Tessel to Clinic Quillmet Act")},
        ),
        # A place's name goes on across a lower-case particle.
        ("in Dar es Tessel today", "O B-LOC O B-LOC O", {("LOC", "Dar es Tessel")}),
        ("Harlow and Tessel", "B-LOC O B-LOC", {("LOC", "Harlow"), ("LOC", "Tessel")}),
        # An organisation's name goes on across a particle or "&".
        (
            "Caisse des Quillmet et Tessel said",
            "B-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Caisse des Quillmet et Tessel")},
        ),
        ("Harlow & Tessel said", "B-ORG O B-ORG O", {("ORG", "Harlow & Tessel")}),
        ("Harlow and Tessel said", "B-ORG O B-ORG O", {("ORG", "Harlow"), ("ORG", "Tessel")}),
        (
            "Harlow Mills & Tessel Quarries said",
            "B-ORG I-ORG O B-ORG I-ORG O",
            {("ORG", "Harlow Mills"), ("ORG", "Tessel Quarries")},
        ),
        # An event's name is no organisation or place (MISC, which newsindex does not keep),
        # also where the model cut it short.
        ("the Battle of Tessel began", "O B-ORG I-ORG I-ORG O", {("MISC", "Battle of Tessel")}),
        (
            "the Battle of Harlow 's Mill ended",
            "O B-ORG I-ORG I-ORG O B-LOC O",
            {("MISC", "Battle of Harlow 's Mill")},
        ),
        ("the Treaty of Tessel", "O B-LOC I-LOC I-LOC", {("MISC", "Treaty of Tessel")}),
        ("the Bank of Tessel", "O B-ORG I-ORG I-ORG", {("ORG", "Bank of Tessel")}),
        # A word tagged alone that is no name: "No." before a number, a rank or title, a
        # participle opening the sentence.
        ("the No. 2 official", "O B-ORG O O", set()),
        ("Q : Do you think", "B-LOC O O O O", set()),
        # A listed place's first word the model left out opens the place.
        (
            "North Harlow Sen. Ada said",
            "O B-ORG O B-PER O",
            {("LOC", "North Harlow"), ("PER", "Ada")},
        ),
        ("Ada ; Editing by Tam", "B-PER O B-LOC O B-PER", {("PER", "Ada"), ("PER", "Tam")}),
        ("Harlow by six", "B-LOC O O", {("LOC", "Harlow")}),
        ("Harlow : Members said", "B-LOC O O O", {("LOC", "Harlow")}),
        ("cut to BA-2 from BAA-3", "O O B-LOC O B-LOC", set()),
        ("will ease by Easter", "O O O B-PER", set()),
        ("to escort Kuwaiti tankers", "O O B-PER O", set()),  # a nationality, listed
        ("as Kuwaitis fled", "O B-ORG O", set()),  # its plural: a people, no body
        ("as Kuwaitis fled", "O B-LOC O", set()),
        # an unlisted name before a plan's noun names the plan, no place; a listed place stays
        ("in support of the Tessfund program", "O O O O B-LOC O", set()),
        ("the Harlow program ended", "O B-LOC O O", {("LOC", "Harlow")}),
        # a state in initials after a place and a comma is the place's, not a name's initials
        (
            "his home in Harlow , N.W. Brisk provided care",
            "O O O B-LOC O B-PER I-PER O O",
            {("LOC", "Harlow"), ("LOC", "N.W."), ("PER", "Brisk")},
        ),
        ("N.W. Brisk said", "B-PER I-PER O", {("PER", "N.W. Brisk")}),
        # an unlisted place with a firm's shares is the firm; a listed one stays
        ("Tessco 's stock fell", "B-LOC O O O", {("ORG", "Tessco")}),
        ("Harlow 's stock market fell", "B-LOC O O O O", {("LOC", "Harlow")}),
        # names joined by "and" before firms' parts are firms, unless a listed place
        (
            "its Tessco and Corbel Pipeline affiliates",
            "O B-LOC O B-ORG I-ORG O",
            {("ORG", "Tessco"), ("ORG", "Corbel Pipeline")},
        ),
        (
            "its Harlow and Corbel Pipeline subsidiaries",
            "O B-LOC O B-ORG I-ORG O",
            {("LOC", "Harlow"), ("ORG", "Corbel Pipeline")},
        ),
        ("Harwell Foods < H > rose", "B-ORG I-ORG O B-ORG O O", {("ORG", "Harwell Foods")}),
        (
            "Harwell Foods < HW > rose",
            "B-ORG I-ORG O O O O",
            {("ORG", "Harwell Foods"), ("ORG", "HW")},
        ),
        ("promoted to Brigadier in May", "O O B-LOC O O", set()),
        ("Born in Tessel , she", "B-LOC O B-LOC O O", {("LOC", "Tessel")}),
        ("Judge said", "B-PER O", {("PER", "Judge")}),  # a surname too
        # A name the model ended on "of" goes on, or ends before "of".
        ("the Strait of Tessel shut", "O B-LOC I-LOC B-ORG O", {("LOC", "Strait of Tessel")}),
        ("the Strait of Tessel shut", "O B-LOC I-LOC O O", {("LOC", "Strait of Tessel")}),
        ("the Bank of some sort", "O B-ORG I-ORG O O", {("ORG", "Bank")}),
        # An office in a person's title before the name is no organisation.
        (
            "Harlow Energy Minister Ada Brisk said",
            "B-ORG I-ORG I-ORG B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        (
            "Harlow Energy minister Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("PER", "Ada Brisk")},
        ),
        # The country before a portfolio is a place, with or without the name after it; a
        # firm named after a country is no portfolio.
        (
            "Kuwait Trade Representative Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("LOC", "Kuwait"), ("PER", "Ada Brisk")},
        ),
        (
            "Brisk , the Kuwait Trade Representative , said",
            "B-PER O O B-ORG I-ORG O O O",
            {("PER", "Brisk"), ("LOC", "Kuwait")},
        ),
        (
            "Air Japan chairman Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("ORG", "Air Japan"), ("PER", "Ada Brisk")},
        ),
        (
            "Treasury Secretary Ada Brisk said",
            "B-ORG I-ORG B-PER I-PER O",
            {("ORG", "Treasury"), ("PER", "Ada Brisk")},
        ),
        (
            "Treasury secretary Ada Brisk said",
            "B-ORG O B-PER I-PER O",
            {("ORG", "Treasury"), ("PER", "Ada Brisk")},
        ),
        (
            "Bank of Japan governor Ada Brisk said",
            "B-ORG I-ORG I-ORG O B-PER I-PER O",
            {("ORG", "Bank of Japan"), ("PER", "Ada Brisk")},
        ),
        (
            "Quillmet spokesman Ada Brisk said",
            "B-ORG O B-PER I-PER O",
            {("ORG", "Quillmet"), ("PER", "Ada Brisk")},
        ),
        # An institution's name across "'s" and "of", apart from a company after "and".
        (
            "the UN Harlow 's Fund and Quill Tessel Mining Company met",
            "O B-ORG I-ORG O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "UN Harlow 's Fund"), ("ORG", "Quill Tessel Mining Company")},
        ),
        (
            "the People 's Bank of Tessel said",
            "O B-ORG I-ORG I-ORG O B-LOC O",
            {("ORG", "People 's Bank of Tessel")},
        ),
        (
            "Quillmet 's Bank of Tessel unit",
            "B-ORG O B-ORG I-ORG I-ORG O",
            {("ORG", "Quillmet"), ("ORG", "Bank of Tessel")},
        ),
        # An agreement's name is no organisation or place.
        ("since the Tessel Accord was signed", "O O B-LOC I-LOC O O", {("MISC", "Tessel Accord")}),
        (
            "an International Quill Agreement",
            "O B-ORG I-ORG O",
            {("MISC", "International Quill Agreement")},
        ),
        # A person's name the model ran into an association's.
        (
            "the Quill Traders Association Ada Brisk said",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Quill Traders Association"), ("PER", "Ada Brisk")},
        ),
        # A Greek letter naming a variant is no organisation; a company named after one is.
        ("the Omicron variant spread", "O B-ORG O O", set()),
        ("Delta Air Lines said", "B-ORG I-ORG I-ORG O", {("ORG", "Delta Air Lines")}),
        # Alone, a letter only variants are named by is none either; an airline's stays one.
        ("cases of Omicron rose", "O O B-ORG O", set()),
        ("Delta said", "B-ORG O", {("ORG", "Delta")}),
        # Titles before a name go, two in a row too; "Amir" only before another title, as it
        # is also a given name.
        (
            "the Amir Sheikh Ada Al-Brisk spoke",
            "O B-PER I-PER I-PER I-PER O",
            {("PER", "Ada Al-Brisk")},
        ),
        ("Amir Brisk spoke", "B-PER I-PER O", {("PER", "Amir Brisk")}),
        # ... also when the model made the titles and the given name a body's name before the
        # rest of the person's
        (
            "the Amir Sheikh Ada Al-Brisk Al-Tessel spoke",
            "O B-ORG I-ORG I-ORG B-PER I-PER O",
            {("PER", "Ada Al-Brisk Al-Tessel")},
        ),
        # A title ruling a country or an organisation is not part of its name.
        ("the Amir of Kuwait spoke", "O B-LOC I-LOC I-LOC O", {("LOC", "Kuwait")}),
        (
            "Governor of the Bank of Harland spoke",
            "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            {("ORG", "Bank of Harland")},
        ),
        (
            "the Minister of Finance spoke",
            "O B-ORG I-ORG I-ORG O",
            {("ORG", "Minister of Finance")},
        ),
        # A family name written first, which the model left out, starts the person's name.
        ("Gan Ming Kiat said", "O B-PER I-PER O", {("PER", "Gan Ming Kiat")}),
        ("So Bill Dorran said", "O B-PER I-PER O", {("PER", "Bill Dorran")}),
        # ... also after a title, even one that is an English word ("He")
        ("Vice Premier Gan Ming said", "O O O B-PER O", {("PER", "Gan Ming")}),
        ("Vice Premier He Ming said", "O O O B-PER O", {("PER", "He Ming")}),
        ("Later He Ming said", "O O B-PER O", {("PER", "Ming")}),
        # After a courtesy title the word the model left out starts the name, listed or not.
        ("Mr Tan Ming Kiat said", "O O B-PER I-PER O", {("PER", "Tan Ming Kiat")}),
        # Initials without dots after a title, which the model left out, start the name; not
        # without a title, nor a listed place.
        ("Vice-President JD Brisk arrived", "O O B-PER O", {("PER", "JD Brisk")}),
        ("voters in JD Brisk", "O O O B-PER", {("PER", "Brisk")}),
        ("Governor Kuwait Brisk", "O O B-PER", {("PER", "Brisk")}),
        # Any title word before a listed given name ends the body the model ran on into it.
        (
            "Tory Leader Ada Brisk spoke",
            "B-ORG I-ORG I-ORG B-PER O",
            {("ORG", "Tory"), ("PER", "Ada Brisk")},
        ),
        ("Harlow Leader Press said", "B-ORG I-ORG I-ORG O", {("ORG", "Harlow Leader Press")}),
        # A verb the model took into a name ends it (a wire capitalises after "U.S."); crude
        # grades are no places; a state abbreviated after its town is a place; a geographic
        # feature "of" a name is a place.
        ("The U.S. Has agreed", "O B-ORG I-ORG O", {("ORG", "U.S.")}),
        ("in Kuwait Has been", "O B-ORG I-ORG O", {("LOC", "Kuwait")}),
        (
            "for West Harlow Intermediate crude",
            "O B-LOC I-LOC B-ORG O",
            {("MISC", "West Harlow Intermediate")},
        ),
        ("the Harlow Sweet grade", "O B-LOC I-LOC O", {("MISC", "Harlow Sweet")}),
        (
            "in Harlow , Del . , charging",
            "O B-LOC O B-PER O O O",
            {("LOC", "Harlow"), ("LOC", "Del")},
        ),
        ("Harlow , Ill. said", "B-LOC O B-ORG O", {("LOC", "Harlow"), ("LOC", "Ill.")}),
        ("Brisk , Ada said", "B-PER O B-PER O", {("PER", "Brisk"), ("PER", "Ada")}),
        (
            "if the Strait of Harlow closed",
            "O O B-ORG I-ORG I-ORG O",
            {("LOC", "Strait of Harlow")},
        ),
        ("the Bank of Harlow said", "O B-ORG I-ORG I-ORG O", {("ORG", "Bank of Harlow")}),
        # A lower-case word for a kind of place before "of" or after the name makes it a
        # place; a MISC name stays an adjective there.
        ("in the town of Tessby today", "O O O O B-PER O", {("LOC", "Tessby")}),
        (
            "the towns of Tessby and Orrin",
            "O O O B-ORG O B-PER",
            {("LOC", "Tessby"), ("PER", "Orrin")},
        ),
        ("the Tessby district council", "O B-ORG O O", {("LOC", "Tessby")}),
        (
            "across the Tessby Ridge metropolitan area",
            "O O B-MISC I-MISC O O",
            {("LOC", "Tessby Ridge")},
        ),
        ("the Tessbian region voted", "O B-MISC O O", {("MISC", "Tessbian")}),
        ("the province of Tessban said", "O O O B-MISC O", {("LOC", "Tessban")}),
        ("a Kuwaiti town", "O B-MISC O", set()),
        ("the CBTA region voted", "O B-ORG O O", {("ORG", "CBTA")}),
        ("the state of Corbel finances", "O O O B-ORG O", {("ORG", "Corbel")}),
        ("a Corbel area manager", "O B-ORG O O", {("ORG", "Corbel")}),
        # A rank written in full before a name is no part of it, unless a first name or a
        # peer's "Lord".
        ("with Cardinal Tam Orrin today", "O B-PER I-PER I-PER O", {("PER", "Tam Orrin")}),
        ("Lieutenant-Colonel Tam Orrin said", "B-PER I-PER I-PER O", {("PER", "Tam Orrin")}),
        ("Lord Orrin said", "B-PER I-PER O", {("PER", "Lord Orrin")}),
        ("Major Ada Brisk said", "B-PER I-PER I-PER O", {("PER", "Ada Brisk")}),
        # Capitalised words the model left out after a name, ending on a body's last word,
        # end the body's name.
        (
            "the Royal Tessby Mounted Police said",
            "O B-ORG I-ORG O O O",
            {("ORG", "Royal Tessby Mounted Police")},
        ),
        ("at Harlow Magnet High School", "O B-LOC O O O", {("ORG", "Harlow Magnet High School")}),
        ("in Harlow Sunday Morning", "O B-LOC O O", {("LOC", "Harlow")}),
        # A listed place after "of" is a place, unless it owns something.
        ("the mayor of Harlow said", "O O O B-ORG O", {("LOC", "Harlow")}),
        ("fans of Harlow 's team", "O O B-ORG O O", {("ORG", "Harlow")}),
        ("the chief of Corbel said", "O O O B-ORG O", {("ORG", "Corbel")}),
        # A rank alone after "the", an ordinal or "Crown" names no one.
        ("the Duke said", "O B-PER O", set()),
        ("the 5th Earl of Harlow", "O O B-PER O O", set()),
        ("the Crown Prince arrived", "O O B-PER O", set()),
        ("with Baron on guitar", "O B-PER O O", {("PER", "Baron")}),
        # A name the model did not know, right before a person's name, is its first part;
        # not a nationality, a listed place or after "the".
        ("leader Tin Maw Oo spoke", "O B-ORG I-ORG B-PER O", {("PER", "Tin Maw Oo")}),
        # Also a listed town of two words the model read as a body ("North Harlow" opening
        # the sentence); not one it read as a place.
        (
            "North Harlow Tin Oo spoke",
            "B-ORG I-ORG B-PER I-PER O",
            {("PER", "North Harlow Tin Oo")},
        ),
        (
            "North Harlow Tin Oo spoke",
            "B-LOC I-LOC B-PER I-PER O",
            {("LOC", "North Harlow"), ("PER", "Tin Oo")},
        ),
        # A name ending on a geographic feature's word is a place; a realm's or a county's
        # only when the model read no body in it.
        ("along the Tessby River banks", "O O B-ORG I-ORG O", {("LOC", "Tessby River")}),
        # A person's name ending on a street's word after a number or "on" is an address; not
        # after a title ("Mayor Ada Street").
        ("lives at 405 Brisk Ave. now", "O O O B-PER I-PER O", {("LOC", "Brisk Ave.")}),
        ("a shop on Brisk Street", "O O O B-PER I-PER", {("LOC", "Brisk Street")}),
        ("Mayor Ada Street resigned", "O B-PER I-PER O", {("PER", "Ada Street")}),
        # A name defined as a kind of place is a place; not a person's post in a place.
        (
            "Tessby is a small village in Wessex",
            "B-PER O O O O O B-LOC",
            {("LOC", "Tessby"), ("LOC", "Wessex")},
        ),
        ("Tessby , a town of 900 people", "B-ORG O O O O O O", {("LOC", "Tessby")}),
        ("Tam Orrin , a village elder , said", "B-PER I-PER O O O O O O", {("PER", "Tam Orrin")}),
        # A name defined as a kind of body is an organisation's; not a person's job there,
        # nor a state after a firm's town.
        (
            "Tessby , a Wessex mining company based in Harlow , said",
            "B-LOC O O B-LOC O O O O B-LOC O O",
            {("ORG", "Tessby"), ("LOC", "Wessex"), ("LOC", "Harlow")},
        ),
        ("Tessby is a publicity team for the band", "B-PER O O O O O O O", {("ORG", "Tessby")}),
        (
            "Tessby , the world 's largest brewer , said",
            "B-PER O O O O O O O O",
            {("ORG", "Tessby")},
        ),
        ("Tessby , a maker of software , said", "B-LOC O O O O O O O", {("ORG", "Tessby")}),
        (
            "Tessby , the national oil company , said",
            "B-PER O O O O O O O",
            {("ORG", "Tessby")},
        ),
        (
            "Tessby is a unit of Corbel Corp",
            "B-PER O O O O B-ORG I-ORG",
            {("ORG", "Tessby"), ("ORG", "Corbel Corp")},
        ),
        # Not a country, a policy maker or a manufacturer (a person), nor a place that ends or
        # follows a firm's name.
        (
            "Ada Brisk , a Harlow steel manufacturer and activist",
            "B-PER I-PER O O B-LOC O O O O",
            {("PER", "Ada Brisk"), ("LOC", "Harlow")},
        ),
        ("Kuwait , the world 's largest brewer", "B-LOC O O O O O O", {("LOC", "Kuwait")}),
        ("Brisk , the party 's policy maker on", "B-PER O O O O O O O", {("PER", "Brisk")}),
        # "the" and the kind alone after a comma is a clause, no definition
        ("Brisk , the company said , will", "B-PER O O O O O O", {("PER", "Brisk")}),
        (
            "Corbel Corp of Harlow , a unit of",
            "B-ORG I-ORG O B-LOC O O O O",
            {("ORG", "Corbel Corp"), ("LOC", "Harlow")},
        ),
        (
            "Corbel Bank Wessex , a subsidiary of",
            "B-ORG I-ORG B-LOC O O O O",
            {("ORG", "Corbel Bank"), ("LOC", "Wessex")},
        ),
        (
            "Tam Orrin , a company spokesman , said",
            "B-PER I-PER O O O O O O",
            {("PER", "Tam Orrin")},
        ),
        (
            "Corbel Corp , Harlow , Wessex , an insurance agency",
            "B-ORG I-ORG O B-LOC O B-LOC O O O O",
            {("ORG", "Corbel Corp"), ("LOC", "Harlow"), ("LOC", "Wessex")},
        ),
        # A name after a preposition of place, then a comma and a state, is a town, whatever
        # follows the state but a name or "'s"; not a body's name.
        (
            "marched to Tessby Hook , Wessex from there",
            "O O B-PER I-PER O B-LOC O O",
            {("LOC", "Tessby Hook"), ("LOC", "Wessex")},
        ),
        (
            "a mill in Tessby , Wessex ) and",
            "O O O B-PER O B-LOC O O",
            {("LOC", "Tessby"), ("LOC", "Wessex")},
        ),
        (
            "wrote to Ada Brisk , Wessex 's governor",
            "O O B-PER I-PER O B-LOC O O",
            {("PER", "Ada Brisk"), ("LOC", "Wessex")},
        ),
        (
            "a loan from Tessby Trust Co , Wessex .",
            "O O O B-ORG I-ORG I-ORG O B-LOC O",
            {("ORG", "Tessby Trust Co"), ("LOC", "Wessex")},
        ),
        # A site's or a body's last word the model made a name of its own ends the name
        # before it; not when a capitalised word follows, nor after another name.
        (
            "drove to Tessby International Airport on Monday",
            "O O B-ORG I-ORG B-LOC O O",
            {("LOC", "Tessby International Airport")},
        ),
        (
            "a professor at Harlow University said",
            "O O O B-LOC B-ORG O",
            {("ORG", "Harlow University")},
        ),
        ("a donor to Brisk Foundation said", "O O O B-PER B-ORG O", {("ORG", "Brisk Foundation")}),
        ("Ada Brisk Airport", "B-PER I-PER B-LOC", {("PER", "Ada Brisk"), ("LOC", "Airport")}),
        (
            "issued by Corbel Industries Harlow BV under",
            "O O B-ORG I-ORG B-LOC B-ORG O",
            {("ORG", "Corbel Industries Harlow BV")},
        ),
        # A listed city after a comma and a firm's or a bank's name, ending the clause, is the
        # firm's town; not after a team's name.
        (
            "Trustee : Tessby National Bank , Harlow",
            "O O B-ORG I-ORG I-ORG O B-ORG",
            {("ORG", "Tessby National Bank"), ("LOC", "Harlow")},
        ),
        (
            "by Tessby Rovers , Harlow .",
            "O B-ORG I-ORG O B-ORG O",
            {("ORG", "Tessby Rovers"), ("ORG", "Harlow")},
        ),
        # A name before a news agency's bracket and a dash opening the text is its dateline,
        # in any case; not a firm's stock code nor a team's letter in a fixture.
        ("Harlow ( AFP ) - The city", "B-ORG O B-ORG O O O O", {("LOC", "Harlow"), ("ORG", "AFP")}),
        (
            "Ada ( Reuters ) - Police said",
            "B-PER O B-ORG O O O O",
            {("LOC", "Ada"), ("ORG", "Reuters")},
        ),
        (
            "TESSBY COUNCIL ( AP ) _ The council voted",
            "B-ORG I-ORG O B-ORG O O O O O",
            {("LOC", "TESSBY COUNCIL"), ("ORG", "AP")},
        ),
        (
            "Corbel Inc ( CBL ) - Offering of",
            "B-ORG I-ORG O B-ORG O O O O",
            {("ORG", "Corbel Inc"), ("ORG", "CBL")},
        ),
        ("Tessby ( N ) - Harlow", "B-ORG O O O O B-ORG", {("ORG", "Tessby"), ("ORG", "Harlow")}),
        # A name sung is a song; not a singer's before "'s".
        ("the choir sang Tessby Forever at", "O O O B-LOC I-LOC O", {("MISC", "Tessby Forever")}),
        ("they sang Ada Brisk 's song", "O O B-PER I-PER O O", {("PER", "Ada Brisk")}),
        # A name after a kind of ship is a ship's; not after "carrier" alone (an airline).
        ("attacked the tanker Harlow Star", "O O O B-LOC I-LOC", {("MISC", "Harlow Star")}),
        ("the aircraft carrier Ada Brisk", "O O O B-PER I-PER", {("MISC", "Ada Brisk")}),
        ("national carrier Tessby Air said", "O O B-ORG I-ORG O", {("ORG", "Tessby Air")}),
        # What a town is the seat of is a firm, however the town is written before "-based".
        (
            "gives Harlow , Del. - based Tessby States access",
            "O B-LOC O B-LOC O O B-LOC I-LOC O",
            {("LOC", "Harlow"), ("LOC", "Del."), ("ORG", "Tessby States")},
        ),
        ("bought Harlow-based Tessby Mills", "O O B-PER I-PER", {("ORG", "Tessby Mills")}),
        # A given name opening it is a person's ("Texas-based Ada Brisk said").
        ("Harlow-based Ada Brisk said", "O B-PER I-PER O", {("PER", "Ada Brisk")}),
        # A name between "its" and a firm's part is the part's, no person's; a place stays.
        ("sold its Ada Brisk unit", "O O B-PER I-PER O", {("ORG", "Ada Brisk")}),
        ("sold its Harlow unit", "O O B-LOC O", {("LOC", "Harlow")}),
        # A listed town heading a market's prices before a commodity is a place, also when
        # the model took the commodity in, in capitals; a firm's name in title case stays.
        ("HARLOW WHEAT", "B-ORG O", {("LOC", "HARLOW")}),
        ("NORTH HARLOW GOLD 1515", "B-PER I-PER I-PER O", {("LOC", "NORTH HARLOW")}),
        ("the Harlow cocoa zone", "O B-ORG O O", {("LOC", "Harlow")}),
        ("shares of Harlow Gold rose", "O O B-ORG I-ORG O", {("ORG", "Harlow Gold")}),
        ("the Olympic gold medal", "O B-MISC O O", {("MISC", "Olympic")}),
        # A place's name right after an article and a word for a firm is the firm's; not
        # after a job at one, nor "firm" as an adjective; a person's name stays.
        ("The company Tessby said", "O O B-LOC O", {("ORG", "Tessby")}),
        ("The company Wessex said profits rose", "O O B-ORG O O O", {("ORG", "Wessex")}),
        ("an analyst at Harlow brokers", "O O O B-LOC O", {("LOC", "Harlow")}),
        ("as firm Harlow prices rose", "O O B-LOC O O", {("LOC", "Harlow")}),
        ("into a company Brisk is forming", "O O O B-PER O O", {("PER", "Brisk")}),
        # An institution's head, "for", "on" or "of" and the field the model left out: one
        # name, up to a day or a title.
        (
            "sponsored by the Commission on Tessby Debates ,",
            "O O O B-ORG O O O O",
            {("ORG", "Commission on Tessby Debates")},
        ),
        ("the Commission on Tuesday said", "O B-ORG O O O", {("ORG", "Commission")}),
        (
            "the Harlow Department of Fisheries Deputy Administrator",
            "O B-ORG I-ORG O O O O",
            {("ORG", "Harlow Department of Fisheries")},
        ),
        # A firm's seat written "X-based" before its name is no part of the name.
        (
            "bought Harlow-based Corbel Foods Inc",
            "O B-ORG I-ORG I-ORG I-ORG",
            {("MISC", "Harlow-based"), ("ORG", "Corbel Foods Inc")},
        ),
        # A possessive the model took into a name before another name is no part of it; a
        # firm's name may end on one.
        (
            "the Fisheries Department 's Ada Brisk said",
            "O B-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Fisheries Department"), ("PER", "Ada Brisk")},
        ),
        ("rated by Corbel 's and others", "O O B-ORG I-ORG O O", {("ORG", "Corbel 's")}),
        # A listed place before a word for its people or bodies is the place.
        ("a Harlow police official said", "O B-ORG O O O", {("LOC", "Harlow")}),
        ("a Corbel police official said", "O B-ORG O O O", {("ORG", "Corbel")}),
        # A person's name ending on a firm's word is the firm's.
        (
            "Ada Brisk Pharmaceuticals said",
            "B-PER I-PER I-PER O",
            {("ORG", "Ada Brisk Pharmaceuticals")},
        ),
        ("Ada Brisk Scientific said", "B-PER I-PER I-PER O", {("ORG", "Ada Brisk Scientific")}),
        ("Brisk Medical said", "B-PER I-PER O", {("ORG", "Brisk Medical")}),
        # A nickname in quotes between a person's first names and family name is in the name.
        (
            'Tam " The Hawk " Orrin was held',
            "B-PER O O O O B-PER O O",
            {("PER", 'Tam " The Hawk " Orrin')},
        ),
        ('Tam Orrin " Yes " , he said', "B-PER I-PER O O O O O O", {("PER", "Tam Orrin")}),
        # A monarch's number after a person's name ends the name; "I" before a lower-case word
        # is the pronoun.
        ("by King Tam IV in 1533", "O O B-PER O O O", {("PER", "Tam IV")}),
        ("of Tam Orrin II .", "O B-PER I-PER B-ORG O", {("PER", "Tam Orrin II")}),
        ("told Ada I think", "O B-PER O O", {("PER", "Ada")}),
        # A word news text writes in lower case, never capitalised in training, is no name
        # alone anywhere.
        ("when U.S. Officials said", "O B-LOC B-ORG O", {("LOC", "U.S.")}),
        ("voters in Harwell said", "O O B-LOC O", {("LOC", "Harwell")}),
        # Capitalised words the model left out after a name, ending on a site's word, end
        # the site's name: a place.
        (
            "at the Tessby Cricket Ground in May",
            "O O B-ORG I-ORG O O O",
            {("LOC", "Tessby Cricket Ground")},
        ),
        ("through the Ada Brisk Tunnel", "O O B-PER I-PER O", {("LOC", "Ada Brisk Tunnel")}),
        (
            "from Tessby Air Force Base ,",
            "O B-ORG I-ORG I-ORG O O",
            {("LOC", "Tessby Air Force Base")},
        ),
        # An unlisted organisation of one or two words before a comma and a listed state or
        # country is a town; not a body, nor before the country's possessive.
        ("TESSBY , Kuwait 1996-08-31", "B-ORG O B-LOC O", {("LOC", "TESSBY"), ("LOC", "Kuwait")}),
        (
            "the Tessby Party , Kuwait 's largest",
            "O B-ORG I-ORG O B-LOC O O",
            {("ORG", "Tessby Party"), ("LOC", "Kuwait")},
        ),
        # A ship's name is no body or place.
        ("aboard the USS Tessby today", "O O B-ORG I-ORG O", {("MISC", "USS Tessby")}),
        ("the HMS Harlow Sea", "O B-LOC I-LOC I-LOC", {("MISC", "HMS Harlow Sea")}),
        ("the Tessbian Empire fell", "O B-MISC I-MISC O", {("LOC", "Tessbian Empire")}),
        (
            "Harlow County 2 Corbel 1",
            "B-ORG I-ORG O B-ORG O",
            {("ORG", "Harlow County"), ("ORG", "Corbel")},
        ),
        # A county the model read as a body is the place, outside a results line.
        (
            "Tessby County Sheriff Ada Brisk said",
            "B-ORG I-ORG O B-PER I-PER O",
            {("LOC", "Tessby County"), ("PER", "Ada Brisk")},
        ),
        # ... also where the model ran the county into the title after it.
        (
            "Tessby County Sheriff Ada Brisk said",
            "B-ORG I-ORG I-ORG B-PER I-PER O",
            {("LOC", "Tessby County"), ("PER", "Ada Brisk")},
        ),
        (
            "Tessby County Board President Ada Brisk said",
            "B-ORG I-ORG I-ORG I-ORG B-PER I-PER O",
            {("ORG", "Tessby County Board"), ("PER", "Ada Brisk")},
        ),
        ("Tessby County was established", "B-ORG I-ORG O O", {("LOC", "Tessby County")}),
        (
            "Corbel v Harlow County",
            "B-ORG O B-ORG I-ORG",
            {("ORG", "Corbel"), ("ORG", "Harlow County")},
        ),
        (
            "the Bank of Harlow County",
            "O B-ORG I-ORG I-ORG I-ORG",
            {("ORG", "Bank of Harlow County")},
        ),
        ("Corbel Ada Brisk said", "B-ORG B-PER I-PER O", {("ORG", "Corbel"), ("PER", "Ada Brisk")}),
        (
            "a Tessbian Ada Brisk",
            "O B-MISC B-PER I-PER",
            {("MISC", "Tessbian"), ("PER", "Ada Brisk")},
        ),
        (
            "in Kuwait Ada Brisk said",
            "O B-LOC B-PER I-PER O",
            {("LOC", "Kuwait"), ("PER", "Ada Brisk")},
        ),
        # A place right before an organisation starts its name, unless after a preposition or
        # in capitals.
        (
            "New Tessby Census Bureau figures",
            "B-LOC I-LOC B-ORG I-ORG O",
            {("ORG", "New Tessby Census Bureau")},
        ),
        (
            "rose in Tessby Corbel shares",
            "O O B-LOC B-ORG O",
            {("LOC", "Tessby"), ("ORG", "Corbel")},
        ),
        ("a Tessby CBTA index", "O B-LOC B-ORG O", {("LOC", "Tessby"), ("ORG", "CBTA")}),
        (
            "the City of Tessby Trust",
            "O B-ORG I-ORG I-ORG I-ORG",
            {("ORG", "City of Tessby Trust")},
        ),
        # "Air" and a place is an airline, with the capitalised words or the organisation
        # before "Air"; not a function word or a word written in lower case.
        ("TPX Air Kuwait said", "O O B-LOC O", {("ORG", "TPX Air Kuwait")}),
        ("Harwell Air Kuwait said", "B-ORG O B-LOC O", {("ORG", "Harwell Air Kuwait")}),
        (
            "By Air Harlow , Ada flew",
            "O O B-LOC O B-PER O",
            {("ORG", "Air Harlow"), ("PER", "Ada")},
        ),
        ("Members Air Kuwait", "O O B-LOC", {("ORG", "Air Kuwait")}),
        # A title with its own "of" and "for": the name after the office is its holder's
        # ("Minister of State for Energy Alick Buchanan-Smith"), not a body's words.
        (
            "Minister of State for Energy Alick Brisk-Tamworth said",
            "O O O O O B-ORG I-ORG O",
            {("PER", "Alick Brisk-Tamworth")},
        ),
        (
            "Minister of State for Textiles R.N. Quillet said",
            "O O O O O B-ORG I-ORG O",
            {("PER", "R.N. Quillet")},
        ),
        (
            "Penn became president of the Harlow Progress Establishment",
            "B-PER O O O O O B-ORG I-ORG",
            {("PER", "Penn"), ("ORG", "Progress Establishment")},
        ),
    ],
)
def test_rules(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


def test_a_listed_place_before_the_arabic_article_is_no_given_name() -> None:
    found = rules_applied("Harlow al-Tessby said", "O B-LOC O", LEXICON)
    assert "PER" not in {kind for kind, _ in found}


def test_a_word_capitalised_after_initials_of_a_place_is_no_part_of_a_name() -> None:
    """Wires capitalise the word after "U.S." ("U.S. Officials said"): a word running text writes
    in lower case and no name held in training ends the name there; "U.S. Steel" keeps its
    firm's name."""
    lexicon = WordClasses(
        text_cap={"officials": "l", "steel": "m"}, types={"U.S.": "LOC", "Steel": "O ORG"}
    )
    assert rules_applied("U.S. Officials said", "B-ORG I-ORG O", lexicon) == {("LOC", "U.S.")}
    assert rules_applied("U.S. Steel said", "B-ORG I-ORG O", lexicon) == {("ORG", "U.S. Steel")}
    assert rules_applied("Harlow Officials said", "B-ORG I-ORG O", lexicon) == {
        ("ORG", "Harlow Officials")
    }


def test_a_common_noun_mostly_no_name_in_training_after_initials_of_a_place_is_no_name() -> None:
    """ "the U.K. Market" (a word training mostly had outside names, some times in one; "U.K.",
    mostly a place) is the place alone; "U.K. Market Printing Office" keeps its longer name."""
    lexicon = WordClasses(text_cap={"market": "l"}, types={"U.K.": "LOC O", "Market": "O ORG"})
    assert rules_applied("the U.K. Market fell", "O B-ORG I-ORG O", lexicon) == {("LOC", "U.K.")}
    assert rules_applied(
        "the U.K. Market Printing Office said", "O B-ORG I-ORG I-ORG I-ORG O", lexicon
    ) == {("ORG", "U.K. Market Printing Office")}


def test_a_word_capitalised_at_times_after_initials_of_a_place_before_its_phrase() -> None:
    """Reuters' copy capitalises any word after "U.S." ("the U.S. Trade deficit", "U.S.
    Currency futures"): a body's name of the place and a word running text writes in lower case
    at times is the place alone where a lower-case word goes on the phrase; a firm of that
    shape keeps its name where a verb, an adverb or its shareholders follow ("U.S. Shoe cited",
    "U.S. Shoe also said", "U.S. Shoe shareholders"), a body's head keeps it ("U.S. Embassy
    officials"), and so does a name of another kind ("the U.S. Open draw": a tournament)."""
    lexicon = WordClasses(
        text_cap={"trade": "m", "currency": "m", "shoe": "m", "embassy": "m", "open": "m"},
        types={"U.S.": "LOC", "Trade": "O ORG", "Shoe": "O"},
        entity_lower=frozenset({"and", "of"}),  # words training had inside names
    )
    applied = rules_applied("the U.S. Trade deficit widened", "O B-ORG I-ORG O O", lexicon)
    assert applied == {("LOC", "U.S.")}
    applied = rules_applied("U.S. Currency futures rose", "B-ORG I-ORG O O", lexicon)
    assert applied == {("LOC", "U.S.")}
    for after in ("cited", "also", "shareholders", "said", "and"):
        applied = rules_applied(f"U.S. Shoe {after} it", "B-ORG I-ORG O O", lexicon)
        assert applied == {("ORG", "U.S. Shoe")}
    applied = rules_applied("U.S. Embassy officials said", "B-ORG I-ORG O O", lexicon)
    assert applied == {("ORG", "U.S. Embassy")}
    applied = rules_applied("the U.S. Open draw", "O B-MISC I-MISC O", lexicon)
    assert applied == {("MISC", "U.S. Open")}


def test_an_office_and_a_name_are_not_split_inside_a_listed_name() -> None:
    """ "a spokesman for the New York Fed": York is a first name, but "New York" is listed."""
    lexicon = WordClasses(gazetteer={"York": "first", "Ada": "first"}, phrases={"New York": "city"})
    sentence = "a spokesman for the New York Fed said"
    assert rules_applied(sentence, "O O O O B-ORG I-ORG I-ORG O", lexicon) == {
        ("ORG", "New York Fed")
    }
    sentence = "a spokesman for the Fed Ada Brisk said"
    assert rules_applied(sentence, "O O O O B-ORG I-ORG I-ORG O", lexicon) == {
        ("ORG", "Fed"),
        ("PER", "Ada Brisk"),
    }


def test_a_state_abbreviated_after_a_town_is_a_place() -> None:
    """The model leaves a state the agencies abbreviate after a town untagged ("Dover, Del.",
    "DOVER, Del. -"); not before a name it tagged ("Del." there is the title Delegate), nor
    after a word it left untagged that is not a dateline's capitals."""
    lexicon = WordClasses(gazetteer={"Del.": "stateabbr", "Ada": "first"})
    assert rules_applied("in Harlow , Del. , said", "O B-LOC O O O O", lexicon) == {
        ("LOC", "Harlow"),
        ("LOC", "Del."),
    }
    assert rules_applied(
        "in Harlow , Del. Ada Brisk said", "O B-LOC O O B-PER I-PER O", lexicon
    ) == {
        ("LOC", "Harlow"),
        ("PER", "Ada Brisk"),
    }
    assert rules_applied("TESSBY , Del. - Officials said", "O O O O O O", lexicon) == {
        ("LOC", "Del.")
    }
    assert rules_applied("Brisk , Del. said", "O O O O", lexicon) == set()
    # One the model gave another kind, or ran on into the name after it (a sentence the stop
    # ended), is a place; a person before it is a town, and no role makes the state a person.
    assert rules_applied(
        "Bank of Tessby , Del. , shut", "B-ORG I-ORG I-ORG O B-ORG O O", lexicon
    ) == {
        ("ORG", "Bank of Tessby"),
        ("LOC", "Del."),
    }
    assert rules_applied(
        "in Tessby , Del. Corbel Corp is", "O B-LOC O B-ORG I-ORG I-ORG O", lexicon
    ) == {
        ("LOC", "Tessby"),
        ("LOC", "Del."),
        ("ORG", "Corbel Corp"),
    }
    lexicon.phrases["W. Va."] = "stateabbr"
    assert rules_applied("at Tessby , W. Va. , said", "O B-LOC O B-PER I-PER O O", lexicon) == {
        ("LOC", "Tessby"),
        ("LOC", "W. Va."),
    }
    lexicon.gazetteer["IA"] = "stateabbr"  # a postal code at the sentence's end
    assert rules_applied("TESSBY , IA", "B-ORG O B-LOC", lexicon) == {
        ("ORG", "TESSBY"),
        ("LOC", "IA"),
    }
    assert rules_applied("in Tessby , Del. , a spokesman", "O B-PER O B-PER O O O", lexicon) == {
        ("LOC", "Tessby"),
        ("LOC", "Del."),
    }
    assert rules_applied(
        "N.J. Brisk said", "B-PER I-PER O", WordClasses(gazetteer={"N.J.": "stateabbr"})
    ) == {("PER", "N.J. Brisk")}
    assert rules_applied("Del. Ada Brisk said", "B-PER I-PER I-PER O", lexicon) == {
        ("PER", "Ada Brisk")
    }


def test_a_common_word_capitalised_after_the_opens_the_body_after_it() -> None:
    """ "under the Export" (left out) + "Enhancement Program": a word running text writes in
    lower case, capitalised after "the" right before a body's name of two words or more, is
    the body's first word; not before one word ("the Late" + "Permian") nor in a headline in
    title case."""
    lexicon = WordClasses(text_cap={"export": "l", "late": "l", "the": "l", "of": "l", "and": "l"})
    assert rules_applied(
        "sold under the Export Tessby Program to", "O O O O B-ORG I-ORG O", lexicon
    ) == {("ORG", "Export Tessby Program")}
    assert rules_applied("through the Late Tessby", "O O O B-ORG", lexicon) == {("ORG", "Tessby")}
    assert rules_applied(
        "Sold Under The Export Tessby Program Of And", "O O O O B-ORG I-ORG O O", lexicon
    ) == {("ORG", "Tessby Program")}


def test_a_body_named_on_a_subject_opens_before_on_or_for() -> None:
    """ "the General Agreement on" + "Tariffs and Trade": capitalised words the model left
    untagged between "the" and "on" or "for" (or made a MISC name, before "on") open the body
    it began after; not after a title ("the Minister for" + "Tessby Affairs"), nor a league
    before "for" and a team, nor without "the"."""
    lexicon = WordClasses()
    assert rules_applied(
        "plays in the Tessby League for Harlow United", "O O O B-MISC I-MISC O B-ORG I-ORG", lexicon
    ) == {("MISC", "Tessby League"), ("ORG", "Harlow United")}
    assert rules_applied(
        "under the General Agreement on Tessby and Trade and other rules",
        "O O B-MISC I-MISC O B-ORG I-ORG I-ORG I-ORG O O",
        lexicon,
    ) == {("ORG", "General Agreement on Tessby and Trade")}
    assert rules_applied(
        "said the Minister for Tessby Affairs", "O O O O B-ORG I-ORG", lexicon
    ) == {("ORG", "Tessby Affairs")}
    assert rules_applied("Network for Tessby Affairs", "O O B-ORG I-ORG", lexicon) == {
        ("ORG", "Tessby Affairs")
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A credit rating is no part of the rating agency's or the rated firm's name.
        ("by Tessby 's and CCC-plus by", "O B-ORG I-ORG I-ORG O O", {("ORG", "Tessby 's")}),
        ("by Tessby 's and BB-minus", "O B-ORG I-ORG I-ORG I-ORG", {("ORG", "Tessby 's")}),
        # ... also spelt out, as newspapers do
        ("by Tessby 's and triple-B by", "O B-ORG I-ORG I-ORG I-ORG O", {("ORG", "Tessby 's")}),
        ("rated triple-A by Tessby", "O B-LOC O B-ORG", {("ORG", "Tessby")}),
        ("to single-B-plus from", "O B-ORG O", set()),
        ("to Ba-1 Corbel Foods Inc", "O B-ORG I-ORG I-ORG I-ORG", {("ORG", "Corbel Foods Inc")}),
        ("a B-2 of Corbel Corp debt", "O B-ORG I-ORG I-ORG I-ORG O", {("ORG", "Corbel Corp")}),
        ("by Harwell and Tolland", "O B-ORG I-ORG I-ORG", {("ORG", "Harwell and Tolland")}),
        # bare letters, next to another rating or before "rating", or after "rated"; alone
        # they may be a body's acronym
        ("cut to CCC from B-minus the debt", "O O B-ORG O O O O", set()),
        ("to BB-plus from BBB and", "O O O B-LOC O", set()),
        ("its AAA bond rating", "O B-ORG O O", set()),
        ("rated Aaa by Tessby", "O B-LOC O B-ORG", {("ORG", "Tessby")}),
        ("sold from CCC stocks", "O O B-ORG O", {("ORG", "CCC")}),
    ],
)
def test_credit_ratings(sentence: str, labels: str, expected: set[tuple[str, str]]) -> None:
    assert repaired(sentence, labels) == expected


def test_an_organisation_before_a_state_abbreviated_after_a_comma_is_the_town() -> None:
    """ "its Tessby, Del., smelter": a name the model made an organisation before a comma and a
    state is the town, unless a word of it is a firm's or a body's, or a longer name ends in a
    word mostly an organisation's in training."""
    lexicon = WordClasses(gazetteer={"Del.": "stateabbr"}, types={"International": "ORG"})
    assert rules_applied("its Tessby , Del. , smelter", "O B-ORG O B-LOC O O", lexicon) == {
        ("LOC", "Tessby"),
        ("LOC", "Del."),
    }
    for firm in ("Tessby Corp", "Corbel International"):
        labels = "O B-ORG I-ORG O B-LOC O O"
        assert ("ORG", firm) in rules_applied(f"by {firm} , Del. , and", labels, lexicon)


def test_an_unknown_word_made_a_place_before_a_verb_of_a_body_is_one() -> None:
    """A word neither training nor the gazetteer knows, made a place, before a verb of saying
    or "would" is a firm; not after a preposition, "the", "of" or in a list, nor before "is"
    (a place is as often), nor a word training had."""
    lexicon = WordClasses(gazetteer={"Harlow": "city"}, types={"Tessby": "LOC"})
    assert rules_applied("said Corbelco would raise", "O B-LOC O O", lexicon) == {
        ("ORG", "Corbelco")
    }
    assert rules_applied("Corbelco announced it", "B-LOC O O", lexicon) == {("ORG", "Corbelco")}
    for sentence, labels, place in [
        ("in Corbelco would", "O B-LOC O", "Corbelco"),
        ("the port of Corbelco will", "O O O B-LOC O", "Corbelco"),
        ("Harlow and Corbelco will", "B-LOC O B-LOC O", "Corbelco"),
        ("Corbelco is northwest of Harlow", "B-LOC O O O B-LOC", "Corbelco"),
        ("said Tessby would", "O B-LOC O", "Tessby"),
    ]:
        assert ("LOC", place) in rules_applied(sentence, labels, lexicon)


def test_a_states_stop_ends_no_sentence() -> None:
    words, _ = scan("It is based in Harlow, Del., and in Tessby, Ga. The rest is in Wessex.")
    assert [" ".join(words[a:b]) for a, b in sentence_bounds(words)] == [
        "It is based in Harlow , Del. , and in Tessby , Ga.",
        "The rest is in Wessex .",
    ]


def test_a_stock_codes_period_ends_no_sentence() -> None:
    words, _ = scan("Harwell Foods <HWLF.L> said it would buy Corbel. It paid cash.")
    assert [" ".join(words[a:b]) for a, b in sentence_bounds(words)] == [
        "Harwell Foods < HWLF . L > said it would buy Corbel .",
        "It paid cash .",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harwell Foods Plc <HWLF.L> said it sold its bakeries.", {("ORG", "Harwell Foods Plc")}),
        ("Talks under the Accord on Lumber and Pulp (ALP) resumed.", {("ORG", "ALP")}),
        ("The Omicron variant spread quickly.", set()),
    ],
)
def test_shipped_tagger(tagger: EntityTagger, text: str, expected: set[tuple[str, str]]) -> None:
    found = {(m.kind, m.text) for m in tagger.mentions(text)}
    assert expected <= found
    assert not any(name in ("L", "Omicron") for _, name in found)


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("flew to Tess es Harlow on", "O O B-PER O B-LOC O"),
        ("flew to Tess es Harlow on", "O O O O B-LOC O"),
    ],
)
def test_a_listed_place_cut_before_its_particle_is_whole(sentence: str, labels: str) -> None:
    """The gazetteer writes the particle capitalised ("Dar Es Salaam")."""
    lexicon = WordClasses(phrases={"Tess Es Harlow": "city"})
    assert rules_applied(sentence, labels, lexicon) == {("LOC", "Tess es Harlow")}


def test_a_listed_place_in_capitals_is_whole_across_its_particle() -> None:
    """A dateline writes the particle in capitals too ("DAR ES SALAAM, Tanzania (AP)")."""
    lexicon = WordClasses(phrases={"Tess Es Harlow": "city"})
    found = rules_applied("TESS ES HARLOW , Tessbia", "B-PER O B-LOC O B-LOC", lexicon)
    assert ("LOC", "TESS ES HARLOW") in found
    found = rules_applied("TESS ES HARLOW , Tessbia", "B-PER O B-LOC O B-LOC", LEXICON)
    assert ("LOC", "TESS ES HARLOW") not in found  # no such place listed


def test_a_listed_legislators_acronym_alone_stays() -> None:
    """ "MP" alone is also a state's initials (Madhya Pradesh), which the gazetteer lists."""
    lexicon = WordClasses(gazetteer={"MP": "stateabbr"})
    assert rules_applied("flew to MP on", "O O B-LOC O", lexicon) == {("LOC", "MP")}


def test_a_place_after_a_particle_stays_apart_unless_listed() -> None:
    assert rules_applied("Banco Tess do Harlow said", "B-ORG I-ORG O B-LOC O", LEXICON) == {
        ("ORG", "Banco Tess"),
        ("LOC", "Harlow"),
    }


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A place before capitalised words the model left untagged that end in an
        # institution's head opens the body's name; not before other words.
        (
            "with Harlow Stock Exchange Chairman Ada Brisk",
            "O B-LOC O O O B-PER I-PER",
            {("ORG", "Harlow Stock Exchange"), ("PER", "Ada Brisk")},
        ),
        ("in Harlow Tessby Brisk rose", "O B-LOC O O O", {("LOC", "Harlow")}),
    ],
)
def test_a_place_opens_an_untagged_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert rules_applied(sentence, labels, LEXICON) == expected


def test_a_word_may_name_a_person_if_mostly_a_person_s_or_a_listed_given_name() -> None:
    lexicon = WordClasses(
        gazetteer={"Dudley": "first", "Quillmet": "last"},
        types={"Dudley": "LOC PER", "Brisk": "PER", "Vorlant": "ORG"},
    )
    assert [may_name_person(w, lexicon) for w in ("Dudley", "Brisk", "Quillmet", "Vorlant")] == [
        True,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("Union leader Ada Brisk said", "B-ORG O B-PER I-PER O", {("PER", "Ada Brisk")}),
        ("HARLOW - City council voted", "B-LOC O B-LOC O O", {("LOC", "HARLOW")}),
        ("Union said it would strike", "B-ORG O O O O", {("ORG", "Union")}),
        ("Commission officials said", "B-ORG O O", {("ORG", "Commission")}),
        ("Congress leaders said", "B-ORG O O", {("ORG", "Congress")}),
        (
            "Tessby leader Ada Brisk said",
            "B-ORG O B-PER I-PER O",
            {("ORG", "Tessby"), ("PER", "Ada Brisk")},
        ),
        ("the Union leader said", "O B-ORG O O", {("ORG", "Union")}),
    ],
)
def test_a_noun_for_a_body_or_a_place_opening_a_sentence_before_its_people_is_no_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "Union leader Ada Brisk", "City council voted": the sentence capitalises a common
    noun; an institution's head alone ("Commission officials") and a word running text
    nearly always capitalises ("Congress") name a body."""
    lexicon = WordClasses(
        gazetteer={"Union": "org_head", "Congress": "org_head", "Ada": "first"},
        text_cap={"congress": "C"},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("Queen 's Harlow said", "O O B-ORG O", {("ORG", "Queen 's Harlow")}),
        ("at King 's Tessby Inc", "O O O B-ORG I-ORG", {("ORG", "King 's Tessby Inc")}),
        (
            "Tam King 's Harlow show",
            "B-PER I-PER O B-LOC O",
            {("PER", "Tam King"), ("LOC", "Harlow")},
        ),
    ],
)
def test_a_royal_title_before_s_and_a_name_opens_the_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "Queen's Park", "King's College": named after the crown, not a person's title; a
    person's name ending on the title keeps it."""
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "the final State of the Union address",
            "O O B-ORG O O B-ORG O",
            {("MISC", "State of the Union")},
        ),
        ("LAST STATE OF THE UNION", "O O O O B-ORG", {("MISC", "STATE OF THE UNION")}),
        (
            "his State of the Union Address and",
            "O O O O B-ORG I-ORG I-ORG",
            {("MISC", "State of the Union Address")},
        ),
        (
            "the State of Tessbia and the Union",
            "O B-ORG I-ORG I-ORG O O B-ORG",
            {("ORG", "State of Tessbia"), ("ORG", "Union")},
        ),
    ],
)
def test_an_event_named_in_bodies_words_is_the_event(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        ("the Tessbyblatt newspaper said", "O B-LOC O O", {("ORG", "Tessbyblatt")}),
        ("Der Tessby magazine said", "B-PER I-PER O O", {("ORG", "Der Tessby")}),
        ("the official Vorlant news agency said", "O O B-LOC O O O", {("ORG", "Vorlant")}),
        ("a Harlow newspaper said", "O B-LOC O O", {("LOC", "Harlow")}),
        ("Vorlant news on Monday", "B-LOC O O O", {("LOC", "Vorlant")}),
    ],
)
def test_a_name_before_a_noun_for_a_news_outlet_is_the_outlet(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """ "the Handelsblatt newspaper", "Antara news agency": an organisation, unless a listed
    place's ("a Hong Kong newspaper")."""
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            "the Freedom of Tessby to Harlow Clinics Act passed",
            "O B-ORG I-ORG I-ORG O B-PER I-PER I-PER O",
            {("MISC", "Freedom of Tessby to Harlow Clinics Act")},
        ),
        ("the Vorlant Act passed", "O B-ORG I-ORG O", {("MISC", "Vorlant Act")}),
        (
            "the Vorlant to Harlow Act",
            "O B-ORG O B-PER I-PER",
            {("MISC", "Vorlant to Harlow Act")},
        ),
        # ... not a body that is the sentence's own, with no "the" before it
        (
            "Vorlant to Harlow Act critics",
            "B-ORG O B-PER I-PER O",
            {("ORG", "Vorlant"), ("MISC", "Harlow Act")},
        ),
    ],
)
def test_a_name_ending_in_act_is_a_law(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """No person nor body: "the Freedom of Access to Clinic Entrances Act" (the model's body
    before "to" joins it)."""
    assert repaired(sentence, labels) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        (
            'told " Tessby and Friends , " that',
            "O O B-PER O O O O O",
            {("MISC", "Tessby and Friends")},
        ),
        ('on " Harlow Apprentice " Sunday', "O O B-ORG I-ORG O O", {("MISC", "Harlow Apprentice")}),
        ('" Tessby said it would act , " he', "O B-ORG O O O O O O O", {("ORG", "Tessby")}),
        ('" Ada Brisk , " she said', "O B-PER I-PER O O O O", {("PER", "Ada Brisk")}),
        ('" Tessby , " he said', "O B-ORG O O O O", {("ORG", "Tessby")}),
    ],
)
def test_a_name_opening_a_quoted_title_is_the_title(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    """A show's, a book's or a film's title in quotation marks ('"Fox and Friends,"'): no
    body nor person; a quotation that goes on, a name of one word and a person's name alone
    in quotes stay names."""
    assert repaired(sentence, labels) == expected


def test_an_economy_s_measure_is_no_name() -> None:
    """ "GNP grew 2.5 pct", "the CPI rose": acronyms of measures, no body's."""
    assert repaired("GNP grew 2.5 pct", "B-ORG O O O") == set()
    assert repaired("the CPI rose", "O B-ORG O") == set()


def test_months_joined_by_a_hyphen_are_a_period() -> None:
    """ "sales in Jan-Dec , 1986": months or days joined are a period, no place; a name
    with a month's word in it stays ("Jan-Erik Brisk")."""
    assert repaired("sales in Jan-Dec , 1986", "O O B-LOC O O") == set()
    assert repaired("during March-June rose", "O B-ORG O") == set()
    assert repaired("Jan-Erik Brisk said", "B-PER I-PER O") == {("PER", "Jan-Erik Brisk")}


def test_a_common_noun_and_a_firm_s_form_after_s_end_the_firm_s_name() -> None:
    """ "Allison 's Place Inc": a firm named after someone's place is one firm; a firm's own
    name after a person's or a country's "'s" stays apart."""
    lexicon = WordClasses(text_cap={"place": "l"})
    assert rules_applied("Allison 's Place Inc said", "B-PER O B-ORG I-ORG O", lexicon) == {
        ("ORG", "Allison 's Place Inc")
    }
    assert rules_applied(
        "Ada Brisk 's Tessby Corp said", "B-PER I-PER O B-ORG I-ORG O", lexicon
    ) == {
        ("PER", "Ada Brisk"),
        ("ORG", "Tessby Corp"),
    }
    assert rules_applied("Japan 's Tessby Ltd rose", "B-LOC O B-ORG I-ORG O", lexicon) == {
        ("LOC", "Japan"),
        ("ORG", "Tessby Ltd"),
    }
    assert rules_applied(
        "Tessby Inc 's Place Corp rose", "B-ORG I-ORG O B-ORG I-ORG O", lexicon
    ) == {
        ("ORG", "Tessby Inc"),
        ("ORG", "Place Corp"),
    }


def test_a_molecule_s_acronym_is_no_name() -> None:
    """ "linked through DNA testing": a molecule, no body; a firm named after it, or short
    named so as a subject or an owner, stays."""
    assert repaired("linked through DNA testing", "O O B-ORG O") == set()
    assert repaired("a new DNA / RNA column", "O O B-ORG O B-LOC O") == set()
    assert repaired("Mize , DNA said", "B-PER O B-ORG O") == {("PER", "Mize"), ("ORG", "DNA")}
    assert repaired("shares of DNA 's stock", "O O B-ORG O O") == {("ORG", "DNA")}
    assert repaired("DNA Tessby Inc said", "B-ORG I-ORG I-ORG O") == {("ORG", "DNA Tessby Inc")}


def test_a_stock_index_s_heading_is_no_name() -> None:
    """ "COMP 435.21 OFF 2.57": the wire's heading for a composite index, no body's."""
    assert repaired("COMP 435.21 OFF 2.57", "B-ORG O O O") == set()
    assert repaired("Utils 75.77 off 1.53", "B-ORG O O O") == set()


def test_a_kind_of_people_or_a_place_s_people_is_no_name() -> None:
    """ "Latinos", "Millennials" and the people of a state ("Tessans" of "Tessa") are peoples,
    as nationalities are, whatever kind the model read; not a town's word after "in", a
    surname before a comma, nor a plural training had as a name (a team's)."""
    lexicon = WordClasses(
        gazetteer={"Tessa": "state", "Harlow": "city", "Latina": "city"},
        types={"Harlow": "LOC", "Tessers": "ORG"},
    )
    for sentence, labels in [
        ("Latinos voted", "B-ORG O"),
        ("Millennials voted", "B-PER O"),
        ("as a wise Latina said", "O O O B-LOC O"),
        ("the Latino vote", "O B-PER O"),
        ("many Tessans voted", "O B-ORG O"),
        ("Harlowers and Tessers", "B-ORG O O"),
    ]:
        assert rules_applied(sentence, labels, lexicon) == set(), sentence
    assert rules_applied("he lives in Latina", "O O O B-LOC", lexicon) == {("LOC", "Latina")}
    assert rules_applied("said Latino , who", "O B-PER O O", lexicon) == {("PER", "Latino")}
    assert rules_applied("the Tessers won", "O B-ORG O", lexicon) == {("ORG", "Tessers")}


def test_a_common_noun_written_as_an_acronym_is_no_name() -> None:
    """ "a super PAC", "The PAC", "an SUV": common nouns, though capitalised like a body's
    acronym; before a name they are no part of it. A name cut short before it ("Our Tessby" +
    "PAC"), one in a list of names, a stock code and a firm's word in a table stay."""
    assert repaired("a super PAC spent", "O O B-ORG O") == set()
    assert repaired("Super PACs spent", "B-ORG I-ORG O") == set()
    assert repaired("The PAC spent", "O B-ORG O") == set()
    assert repaired("in his SUV", "O O B-ORG") == set()
    assert repaired("a voter ID law", "O O B-LOC O") == set()
    assert repaired("the OTC market fell", "O B-ORG O O") == set()
    assert repaired("it 's OK ?", "O O B-LOC O") == set()
    assert repaired("Harlow , ID , said", "B-LOC O B-LOC O O") == {("LOC", "Harlow"), ("LOC", "ID")}
    assert repaired("the super PAC Tessby Action said", "O O B-ORG I-ORG I-ORG O") == {
        ("ORG", "Tessby Action")
    }
    assert repaired("the Tessby PAC said", "O B-ORG I-ORG O") == {("ORG", "Tessby PAC")}
    assert repaired("the Liberal , LIBRE and PAC", "O B-ORG O B-ORG O B-ORG") == {
        ("ORG", "Liberal"),
        ("ORG", "LIBRE"),
        ("ORG", "PAC"),
    }
    assert repaired("Group 's < PAC > unit", "B-ORG O O B-ORG O O") == {
        ("ORG", "Group"),
        ("ORG", "PAC"),
    }
    assert repaired("27 PAC G&E CO 22", "O B-ORG I-ORG I-ORG O") == {("ORG", "PAC G&E CO")}


def test_a_law_or_a_policy_is_no_person_or_body() -> None:
    """A law's name ends in "Act" or "Amendment"; a policy named after a man ("Obamacare") or a
    country's leaving a union ("Brexit") is no person or body (MISC, which is not kept). A
    firm named with "care" after a common word or a name training never had stays."""
    lexicon = WordClasses(
        types={"Brisk": "PER", "Mother": "PER", "Tessby": "ORG"},
        text_cap={"mother": "l"},
    )
    for sentence, labels, law in [
        ("the Equal Rights Amendment passed", "O B-ORG I-ORG I-ORG O", "Equal Rights Amendment"),
        ("his Fifth Amendment rights", "O B-ORG I-ORG O", "Fifth Amendment"),
        ("repeal Briskcare now", "O B-PER O", "Briskcare"),
        ("after Brexit and", "O B-ORG O", "Brexit"),
        ("after Hexit and", "O B-LOC O", "Hexit"),
    ]:
        assert rules_applied(sentence, labels, lexicon) == {("MISC", law)}
    assert rules_applied("Mothercare said", "B-PER O", lexicon) == {("PER", "Mothercare")}
    assert rules_applied("Adacare said", "B-ORG O", lexicon) == {("ORG", "Adacare")}
    assert rules_applied("the Tessbyexit said", "O B-ORG O", lexicon) == {("ORG", "Tessbyexit")}


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # a legislator named by surname, "of" and the place he represents: a person, a place
        (
            "Republicans Harwick of Tessby Shores and Osgood of Wessex voted",
            "B-MISC B-PER I-PER B-MISC O O B-PER O B-LOC O",
            {("MISC", "Republicans"), ("PER", "Harwick"), ("LOC", "Tessby Shores")}
            | {("PER", "Osgood"), ("LOC", "Wessex")},
        ),
        (
            "Democrats Harwick of Wessex and Osgood of Harlow voted",
            "B-MISC B-PER I-PER B-LOC O B-LOC I-LOC I-LOC O",
            {("MISC", "Democrats"), ("PER", "Harwick"), ("LOC", "Wessex")}
            | {("PER", "Osgood"), ("LOC", "Harlow")},
        ),
        (
            "Republican Harwick of Wessex voted",
            "B-MISC B-ORG I-ORG I-ORG O",
            {("MISC", "Republican"), ("PER", "Harwick"), ("LOC", "Wessex")},
        ),
        (
            "Sen. Harwick of Wessex voted",
            "O B-ORG I-ORG I-ORG O",
            {("PER", "Harwick"), ("LOC", "Wessex")},
        ),
        # no person's name ends in "of"; a body's name with "of" stays whole
        ("sold to Harwick of the Tessby unit", "O O B-PER I-PER O O O", {("PER", "Harwick")}),
        ("the Bank of Wessex said", "O B-ORG I-ORG I-ORG O", {("ORG", "Bank of Wessex")}),
        ("the Corbel of Wessex said", "O B-ORG I-ORG I-ORG O", {("ORG", "Corbel of Wessex")}),
    ],
)
def test_a_legislator_and_the_place_he_represents(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(
        gazetteer={"Wessex": "state", "Harlow": "city"},
        types={word: "MISC" for word in ("Republican", "Republicans", "Democrats")},
    )
    assert rules_applied(sentence, labels, lexicon) == expected


def test_an_adjective_left_out_before_a_body_s_common_noun_opens_its_name() -> None:
    """ "the Islamic" (untagged) + "State": one body, its head a common noun; not before a
    name that goes on (the whole "Tessbian Geography and Statistics Institute" is one) nor a
    currency ("the Tessbian Pound fell")."""
    lexicon = WordClasses(text_cap={"state": "m", "geography": "l", "pound": "l"})
    assert rules_applied("the Tessbian State has said", "O O B-ORG O O", lexicon) == {
        ("ORG", "Tessbian State")
    }
    assert rules_applied(
        "the Tessbian Geography and Statistics Institute said", "O O B-ORG O B-ORG I-ORG O", lexicon
    ) == {("ORG", "Tessbian Geography and Statistics Institute")}
    assert rules_applied("the Tessbian Pound fell", "O O B-ORG O", lexicon) == set()


def test_a_court_case_is_no_person_or_body() -> None:
    """ "Roe v. Wade", "Brown v. Board of Education": a case (MISC, not kept), whatever the
    model made of its parties, also where it left the second untagged."""
    assert repaired("to overturn Roe v. Wade now", "O O B-PER O O O") == {("MISC", "Roe v. Wade")}
    assert repaired("since Brown v. Board of Ada", "O B-PER O B-ORG I-ORG I-ORG") == {
        ("MISC", "Brown v. Board of Ada")
    }
    assert repaired("Tessby vs. Harlow", "B-ORG O B-LOC") == {("ORG", "Tessby"), ("LOC", "Harlow")}


def test_v_with_its_dot_is_one_token() -> None:
    """ "Roe v. Wade": "v." is no sentence's end, so both parties stay in one sentence."""
    words, _ = scan("They would overturn Roe v. Wade, she said.")
    assert "v." in words
    assert len(sentence_bounds(words)) == 1


def test_a_family_named_in_the_plural_is_persons() -> None:
    """ "apologise to the Khans": a family, persons, not the body or place the model read; not
    a plural training had (a team), a place, a common noun nor a name going on."""
    lexicon = WordClasses(
        gazetteer={"Tessel": "last", "Harlow": "city last", "Pole": "last"},
        types={"Brisk": "PER", "Packers": "ORG"},
        text_cap={"pole": "l"},
    )
    for sentence, labels, family in [
        ("apologise to the Brisks now", "O O O B-ORG O", "Brisks"),
        ("met the Tessels .", "O O B-LOC O", "Tessels"),
        ("met the Brisk family", "O O B-ORG O", None),
        ("beat the Packers .", "O O B-ORG O", None),
        ("to the Harlows .", "O O B-LOC O", None),
        ("the Poles voted", "O B-ORG O", None),
        ("the Tessels and Recreation Department", "O B-ORG O B-ORG I-ORG", None),
    ]:
        found = rules_applied(sentence, labels, lexicon)
        assert (("PER", family) in found) is (family is not None), sentence


def test_a_people_after_a_bodys_of_is_no_given_name_and_ends_no_name() -> None:
    """ "the president of the Federal Association of German Banks, Wolfgang Roeller": the model
    left out "Banks" (a body's name ends on no adjective of a people), and "the Association of
    German Banks, ..." became the body "Association of" and the person "German Banks" ("German"
    is a given name too). Not a common noun written capitalised (a title after the body)."""
    lexicon = WordClasses(
        gazetteer={"Tesselian": "first nationality", "Ada": "first", "Brewers": "last"},
        text_cap={"brewers": "l", "chancellor": "C"},
    )
    for sentence, labels, body in [
        (
            "the president of the Guild of Tesselian Brewers , Ada Brisk , said",
            "O O O O B-ORG I-ORG I-ORG I-ORG O B-PER I-PER O O",
            "Guild of Tesselian Brewers",
        ),
        (
            "the head of the Guild of Tesselian Brewers said",
            "O O O O B-ORG I-ORG I-ORG O O",
            "Guild of Tesselian Brewers",
        ),
        ("the Guild of Tesselian Chancellor said", "O B-ORG I-ORG I-ORG O O", "Guild of Tesselian"),
    ]:
        found = rules_applied(sentence, labels, lexicon)
        persons = {n for k, n in found if k == "PER"}
        assert ("ORG", body) in found and persons <= {"Ada Brisk"}, (sentence, found)


def test_the_name_after_a_delivery_term_is_the_port() -> None:
    """A price "cif Harlow" or "fob Tessby" holds for a port, whatever kind the model read."""
    assert repaired("oil 3 pct cif Harl dlrs per ton", "O O O O B-PER O O O") == {("LOC", "Harl")}
    assert repaired("pellets ex-tank Tessby were quoted", "O O B-ORG O O") == {("LOC", "Tessby")}
    # ... a name of two words is left as it is
    assert repaired("fob Tessby Grain said", "O B-ORG I-ORG O") == {("ORG", "Tessby Grain")}


def test_a_weekday_abbreviated_is_no_name() -> None:
    """Weather tables write "Fri/Sat"; "Sun", a family name too, stays as tagged."""
    assert repaired("chance of showers Fri / Sat", "O O O B-PER O O") == set()
    assert repaired("showers statewide Thurs .", "O O B-LOC O") == set()
    assert repaired("Sun said", "B-PER O") == {("PER", "Sun")}


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # An acronym no list holds as a place, that the model made one, is a body's initials.
        ("under QFA rules no dive may change", "O B-LOC O O O O O", {("ORG", "QFA")}),
        ("his show on KQRX and its podcasts", "O O O B-LOC O O O", {("ORG", "KQRX")}),
        # Not a listed place, in capitals or not, nor in a headline's or a dateline's capitals.
        ("talks in the UAE ended", "O O O B-LOC O", {("LOC", "UAE")}),
        ("KUWAIT - Bond futures fell", "B-LOC O O O O", {("LOC", "KUWAIT")}),
        (
            "SOCCER - QUILL BEAT HARLOW .",
            "O O B-LOC O B-LOC O",
            {("LOC", "QUILL"), ("LOC", "HARLOW")},
        ),
        ("QUILL 1996-08-31", "B-LOC O", {("LOC", "QUILL")}),
    ],
)
def test_an_unlisted_acronym_made_a_place_is_a_body(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    lexicon = WordClasses(gazetteer={"UAE": "country", "Kuwait": "country"})
    assert rules_applied(sentence, labels, lexicon) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "expected"),
    [
        # A channel's number after a broadcaster's name that ends on a word for a channel is
        # part of the name.
        ("broadcast on Channel 4 , the viewers", "O O B-ORG O O O O", {("ORG", "Channel 4")}),
        (
            "a session for Tessby Radio 1 's show",
            "O O O B-ORG I-ORG O O O",
            {("ORG", "Tessby Radio 1")},
        ),
        # Not a share or an amount, nor after another name.
        ("Tessby TV 12 pct higher", "B-ORG I-ORG O O O", {("ORG", "Tessby TV")}),
        ("Channel 4 million viewers", "B-ORG O O O", {("ORG", "Channel")}),
        ("and Tessby TV 40 to 11.50", "O B-ORG I-ORG O O O", {("ORG", "Tessby TV")}),
        (
            "Tessby Corp 4 , Harlow 2",
            "B-ORG I-ORG O O B-LOC O",
            {("ORG", "Tessby Corp"), ("LOC", "Harlow")},
        ),
    ],
)
def test_a_channel_s_number_ends_the_broadcaster_s_name(
    sentence: str, labels: str, expected: set[tuple[str, str]]
) -> None:
    assert repaired(sentence, labels) == expected
