"""Membership statements (G2): a negated copula denies a membership ("X is not a member
of Y", "X, which is ... and not a member of Y"), a relative clause states one ("X, which
is a member of Y"), "A, B and other members of Y" lists members before the noun, OPEC+ is
its own body, and a portfolio after "Minister of" is no body the person belongs to; with
near misses that must give nothing.
"""
from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.types import Article


def facts(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2025-06-10", source=None)
    return {(f.subject, f.predicate, f.object, f.polarity)
            for f in resolve(doc, article).static_facts}


NEGATIVE = [
    ("Kosovo does not belong to the United Nations.",
     ("Kosovo", "memberOf", "United Nations", "negative")),
    ("Moldova, which is militarily neutral and not a member of NATO, bought radar systems.",
     ("Moldova", "memberOf", "North Atlantic Treaty Organization", "negative")),
    ("Chad is not a member of the Economic Community of West African States.",
     ("Chad", "memberOf", "Economic Community of West African States", "negative")),
    ("Eritrea is no longer a member of IGAD, officials in Asmara said.",
     ("Eritrea", "memberOf", "Intergovernmental Authority on Development", "negative")),
    ("Norway, which is not a member of the European Union, signed the accord anyway.",
     ("Norway", "memberOf", "European Union", "negative")),
]

POSITIVE = [
    ("Chad belongs to the Economic Community of Central African States.",
     ("Chad", "memberOf", "Economic Community of Central African States", "positive")),
    ("Togo, which left the old union but belongs to the Economic Community of Central "
     "African States, abstained.",
     ("Togo", "memberOf", "Economic Community of Central African States", "positive")),
    ("Chile, which is a member of the Pacific Alliance, objected to the tariff.",
     ("Chile", "memberOf", "Pacific Alliance", "positive")),
    ("Kazakhstan, Iraq and other members of the OPEC+ alliance agreed to cut output.",
     ("Kazakhstan", "memberOf", "OPEC+", "positive")),
    ("Kazakhstan, Iraq and other members of the OPEC+ alliance agreed to cut output.",
     ("Iraq", "memberOf", "OPEC+", "positive")),
    ("Peru and fellow members of the Andean Community rejected the proposal.",
     ("Peru", "memberOf", "Andean Community", "positive")),
]

# (text, relation, object) that must not appear with any subject or polarity
ABSENT = [
    # intent or modality: no statement about membership either way
    ("Norway would not be a member of the European Union under the plan.",
     "memberOf", "European Union"),
    ("Ukraine hopes to become a member of NATO, but Hungary is not convinced.",
     "memberOf", "North Atlantic Treaty Organization"),
    ("Georgia wants to be a member of the European Union.", "memberOf", "European Union"),
    # OPEC+ is not OPEC: Russia is in the wider alliance only
    ("Russia, Saudi Arabia and other members of the OPEC+ alliance met in Vienna.",
     "memberOf", "Organization of the Petroleum Exporting Countries"),
    # "belong to" a country or a person: no membership
    ("The island belonged to Spain until 1898.", "memberOf", "Spain"),
    ("Croatia would belong to the Schengen Area by then.", "memberOf", "Schengen Area"),
    # "other" before a noun that is not "members": no list of members
    ("Peru and other countries of the Andean Community voted against.",
     "memberOf", "Andean Community"),
]

# a portfolio after "Minister of" is no organisation (nor the body of the minister's aide)
NO_PORTFOLIO_BODY = [
    ("The Minister of International Relations and Cooperation, Mr Thabo Dlamini, summoned "
     "the envoy.", "International Relations and Cooperation"),
    ("Enquiries: Sipho Ndlovu, Spokesperson for the Minister of International Relations and "
     "Cooperation.", "International Relations and Cooperation"),
    ("Lindiwe Khumalo, the Minister of Arts and Heritage Development, opened the museum.",
     "Arts and Heritage Development"),
]

# ... while a body after "Secretary of" still is one
BODY_KEPT = [
    ("Karl Berg, the Secretary of the Nordic Fisheries Council, resigned.",
     ("Karl Berg", "memberOf", "Nordic Fisheries Council", "positive")),
    ("Jay Tarriela, spokesperson of the Philippine Coast Guard, said the vessels left.",
     ("Jay Tarriela", "memberOf", "Philippine Coast Guard", "positive")),
]


@pytest.mark.parametrize("text,fact", NEGATIVE + POSITIVE + BODY_KEPT)
def test_membership_found(nlp, text, fact):
    assert fact in facts(nlp, text)


@pytest.mark.parametrize("text,relation,obj", ABSENT)
def test_membership_absent(nlp, text, relation, obj):
    found = facts(nlp, text)
    assert not any(f[1] == relation and f[2] == obj for f in found), found


@pytest.mark.parametrize("text,portfolio", NO_PORTFOLIO_BODY)
def test_portfolio_is_no_body(nlp, text, portfolio):
    found = facts(nlp, text)
    assert not any(f[2] == portfolio for f in found), found


def test_negated_membership_is_not_also_positive(nlp):
    found = facts(nlp, "Chad is not a member of the Economic Community of West African States.")
    assert ("Chad", "memberOf", "Economic Community of West African States",
            "positive") not in found


# "Title, Mr. A, the Minister of X, Mr. B, ...": each title belongs to the name after it
TITLE_ORDER = [
    ("In Algiers, the President of the Republic, Mr. Karim Bensaid, received the delegation.",
     ("Karim Bensaid", "leaderOf", "Algeria", "positive"), ()),
    ("In Algiers, the President of the Republic, Mr. Karim Bensaid, and the Minister of "
     "Finance, Mr. Omar Haddad, received the delegation.",
     ("Karim Bensaid", "leaderOf", "Algeria", "positive"),
     (("Karim Bensaid", "memberOf", "Algeria", "positive"),)),
    ("Ana Soto, Peru's foreign minister, met Luis Vega, the Chilean trade minister, in Lima.",
     ("Luis Vega", "memberOf", "Chile", "positive"),
     (("Ana Soto", "memberOf", "Chile", "positive"),)),
    ("Karim Bensaid, the Minister of Trade of Tunisia, Mr. Omar Haddad, and the envoy met "
     "on Monday.", ("Omar Haddad", "memberOf", "Tunisia", "positive"),
     (("Karim Bensaid", "memberOf", "Tunisia", "positive"),)),
    # a conjunct with its own possessor does not share the first name's title
    ("But Ruritania's leader, Capt. Ivo Marek, and Mali's Gen. Assimi Goita dismissed the "
     "calls.", ("Ivo Marek", "leaderOf", "Ruritania", "positive"),
     (("Assimi Goita", "leaderOf", "Ruritania", "positive"),)),
    ("Maria Lopez, Peru's foreign minister, and her deputy, Juan Perez, flew to Quito.",
     ("Maria Lopez", "memberOf", "Peru", "positive"), ()),
]


@pytest.mark.parametrize("text,fact,absent", TITLE_ORDER)
def test_title_order(nlp, text, fact, absent):
    found = facts(nlp, text)
    assert fact in found
    assert not set(absent) & found


# a name the NER calls an organisation, in apposition with a title (also when the parser
# hangs it on the title's "for" phrase, and with a lower-case particle in the name)
TITLED_NAMES = [
    ("The UN envoy for Western Sahara, Staffan de Mistura, met officials in Rabat.",
     ("Staffan de Mistura", "memberOf", "United Nations", "positive")),
    ("The UN envoy for Libya, Hanna Tetteh, met officials in Tripoli.",
     ("Hanna Tetteh", "memberOf", "United Nations", "positive")),
]


@pytest.mark.parametrize("text,fact", TITLED_NAMES)
def test_titled_name(nlp, text, fact):
    assert fact in facts(nlp, text)


def test_body_in_apposition_is_no_person(nlp):
    found = facts(nlp, "The commander of the army, Ruritania Defence Forces, resigned.")
    assert not any(f[0] == "Ruritania Defence Forces" for f in found), found
