"""Static facts, session 12: people's offices where the NER cut the title or the name.

Covers a title's own words the NER took for an organisation ("the Transitional President
of Ruritania, X": no body "Transitional"; "President of the Transition of the Republic of
Y": no body "Transition of"), a name tagged from its surname after "H.E." ("H.E. Ana
Maria Soto Vidal" with "H.E. Ana" tagged ORG), a name whose given name the NER left
untagged before a surname it took for a place ("Prak Sokhonn, Cambodia's foreign
minister"), names listed after a plural title ("The foreign ministers of the two
countries, A of X and B of Y"), a rebel's title ("a rebel spokesman, X": the armed group
named last), a seat of government before an aide's field ("Kremlin foreign policy aide
X"), a two-word title before "of" ("the High Commissioner of X to Y, Mr. Z"), a
leader's possessive ("His foreign minister, X": the leader's country) and the
backer of a government ("the Saudi-backed government of President X" is not Saudi
Arabia's).
"""
from __future__ import annotations

import pytest

from tests.factkit import static_triples



triples = static_triples


FOUND = [
    # -- a qualifier of the title the NER tagged as an organisation
    ("The delegation was received by the Transitional President of Guinea, Colonel Mamadi "
     "Doumbouya, in Conakry.", ("Mamadi Doumbouya", "leaderOf", "Guinea")),
    ("Ghana's minister conveyed condolences to the Transitional President of Burkina Faso, "
     "Captain Ibrahim Traoré, to the families and to the people.",
     ("Ibrahim Traoré", "leaderOf", "Burkina Faso")),
    ("The summit thanked Mahamat Deby, President of the Transition of the Republic of Chad, "
     "for his mediation.", ("Mahamat Deby", "leaderOf", "Chad")),
    # -- "H.E." before given names the NER tagged apart from the surname
    ("The Authority welcomes the readiness of H.E. Mahamat Idriss Deby Itno, Transitional "
     "President of the Republic of Chad, to engage with the junta.",
     ("Mahamat Idriss Deby Itno", "leaderOf", "Chad")),
    # -- a given name left untagged before a surname read as a place
    ("Prak Sokhonn, Cambodia's foreign minister, held talks in Naypyitaw with the junta.",
     ("Prak Sokhonn", "memberOf", "Cambodia")),
    # -- names listed after a plural title, one of them tagged as an organisation
    ("The foreign ministers of the two countries, Thérèse Kayikwamba Wagner of Congo and "
     "Olivier Nduhungirehe of Rwanda, signed the deal in Washington.",
     ("Thérèse Kayikwamba Wagner", "memberOf", "Democratic Republic of the Congo")),
    # -- a rebel's or militant's title: the armed group the article named last
    ("The M23 took control of Kiwanja over the weekend. A rebel spokesman, Major Willy "
     "Ngoma, said the group had no plans to take Goma.", ("Willy Ngoma", "memberOf", "M23")),
    ("Al-Shabaab fighters stormed a base near Mogadishu. A militant spokesman, Ali Dhere, "
     "claimed responsibility.", ("Ali Dhere", "memberOf", "al-Shabab")),
    # -- a seat of government before an aide's lowercase field
    ("Kremlin foreign policy aide Yuri Ushakov told reporters a summit was possible.",
     ("Yuri Ushakov", "memberOf", "Russia")),
    ("White House economic adviser Kevin Hassett said the tariffs would stay.",
     ("Kevin Hassett", "memberOf", "United States")),
    # -- a two-word title before its "of" and an envoy's "to", the name after a comma
    ("We welcome the visit of the High Commissioner of Canada to India, Mr. Cameron "
     "MacKay, to Delhi.", ("Cameron MacKay", "memberOf", "Canada")),
    # -- a possessive pronoun standing for a leader: the leader's country
    ("Ghanaian President John Mahama is mediating the crisis in Togo. His foreign minister, "
     "Hanna Tetteh, held talks in Lome last week.", ("Hanna Tetteh", "memberOf", "Ghana"),
     "2015-04-03"),
    ("Colombian President Gustavo Petro skipped the summit but sent his chief foreign "
     "policy adviser, Laura Sarabia, to Caracas.", ("Laura Sarabia", "memberOf", "Colombia")),
    # -- the backer of a government is not the country its president leads
    ("The U.S.-backed government of President Ashraf Ghani rejected the plan.",
     ("Ashraf Ghani", "leaderOf", "Afghanistan"), "2019-05-02"),
]

NOT_FOUND = [
    # a qualifier of the title is no body
    ("The delegation was received by the Transitional President of Guinea, Colonel Mamadi "
     "Doumbouya, in Conakry.", ("Mamadi Doumbouya", "Transitional")),
    ("The summit thanked Mahamat Deby, President of the Transition of the Republic of Chad, "
     "for his mediation.", ("Mahamat Deby", "Transition of")),
    # the backer of a government
    ("Guterres said the Saudi-backed government of President Abedrabbo Mansour Hadi had "
     "reached an understanding.", ("Abedrabbo Mansour Hadi", "Saudi Arabia")),
    ("Talks resumed between the rebels and the Russian-backed government of Prime Minister "
     "Ivo Darnel in Vostra.", ("Ivo Darnel", "Russia")),
    # a counterpart is another country's, a wife holds no office
    ("Ghanaian President John Mahama met Nigeria's leader. His counterpart, Goodluck "
     "Jonathan, stayed silent.", ("Goodluck Jonathan", "Ghana")),
    ("Ghanaian President John Mahama arrived on Monday. His wife, Lordina Mahama, stayed "
     "home.", ("Lordina Mahama", None)),
    # a rebel title with no named armed group before it
    ("Protesters marched in Lima on Monday. A rebel commander, Juan Soto, said nothing.",
     ("Juan Soto", None)),
    # an organisation listed with a person after a title noun keeps a body word
    ("The heads of the two delegations, Acme Shipping Group and Lena Marsh of Norway, "
     "signed the contract.", ("Acme Shipping Group", None)),
]


@pytest.mark.parametrize("case", FOUND)
def test_found(nlp, case):
    text, fact, *date = case
    assert fact in triples(nlp, text, *date)


@pytest.mark.parametrize("text,miss", NOT_FOUND)
def test_not_found(nlp, text, miss):
    subject, what = miss
    found = triples(nlp, text)
    # ``what`` is a relation, an object, or None (no static fact of the subject at all)
    bad = [t for t in found if t[0] == subject and (what is None or what in (t[1], t[2]))]
    assert not bad, found
