"""Session 29: general constructions found missing in the sets written this session for study
(h145: armed conflict and reactions; h146: aid and readouts) and in probe sentences written
around them. Every text is invented."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

#: (text, facts expected, facts that must be absent)
CASES = [
    # goods flown in: the destination hangs on the count, and flying goods is no visit
    ("Algeria and Tunisia flew in planeloads of relief supplies to Libya on Wednesday.",
     [("Algeria", "aids", "Libya", "positive"), ("Tunisia", "aids", "Libya", "positive")],
     [("Algeria", "visits", "Libya", "positive")]),
    ("The Indian Air Force has flown 13 sorties to Kathmandu.", [("India", "visits", "Kathmandu", "positive")], []),
    ("Kenya offered to head a security mission to Haiti.", [], [("Kenya", "visits", "Haiti", "positive")]),
    ("Prime Minister Fumio Kishida flew to Seoul on Monday.", [("Fumio Kishida", "visits", "Seoul", "positive")], []),
    # a vessel sent with its load, the load's phrase hung on the verb
    ("Greece sent a navy vessel with helicopters and rescue divers to Cyprus.",
     [("Greece", "aids", "Cyprus", "positive")], []),
    ("Turkey sent a frigate with marines to Libya.", [], [("Turkey", "aids", "Libya", "positive")]),
    ("Norway sent doctors and nurses to Gaza.", [], []),
    ("Norway sent doctors and nurses to Lebanon.", [("Norway", "aids", "Lebanon", "positive")], []),
    # goods carried to a part of a country named by a bearing
    ("Egypt sent planes carrying aid and medical staff to the east of Libya.",
     [("Egypt", "aids", "Libya", "positive")], []),
    # offered goods to a government named by its state; a stance offered is no goods
    ("Italy on Friday offered Tunisia's interim government a package of aid and credit.",
     [("Italy", "aids", "Tunisia", "positive")], []),
    ("NATO offered no new military support to Turkey.", [], [("North Atlantic Treaty Organization", "aids", "Turkey", "positive")]),
    ("Lula spoke by phone with Arce to offer his support.", [], [("Brazil", "aids", "Bolivia", "positive")]),
    # a past verb the parser read as an adjective of its object, with its own subject
    ("India had extended assistance of around 4 billion dollars to Sri Lanka in 2022.",
     [("India", "aids", "Sri Lanka", "positive")], []),
    # at war with: both sides fight, and a negation holds for both
    ("The Rapid Support Forces have been at war with the Sudanese army since April.",
     [("Rapid Support Forces", "attacks", "Sudan", "positive"), ("Sudan", "attacks", "Rapid Support Forces", "positive")], []),
    ("Armenia is not at war with Turkey.", [("Armenia", "attacks", "Turkey", "negative")],
     [("Armenia", "attacks", "Turkey", "positive"), ("Turkey", "attacks", "Armenia", "positive")]),
    # a head of one function or one region is a member, not the leader
    ("Britain sanctioned Osman Hamid, the RSF's head of operations, and Ali Juma, the group's commander in West Darfur.",
     [("Osman Hamid", "memberOf", "Rapid Support Forces", "positive"),
      ("Ali Juma", "memberOf", "Rapid Support Forces", "positive")],
     [("Osman Hamid", "leaderOf", "Rapid Support Forces", "positive"),
      ("Ali Juma", "leaderOf", "Rapid Support Forces", "positive")]),
    ("Talks resumed after Yahya Sinwar, the Hamas leader in Gaza, spoke on television.",
     [("Yahya Sinwar", "leaderOf", "Hamas", "positive")], [("Yahya Sinwar", "memberOf", "Hamas", "positive")]),
    ("Rafael Grossi, the IAEA's head, visited the plant.",
     [("Rafael Grossi", "leaderOf", "International Atomic Energy Agency", "positive")], []),
    ("Kim Jong Un, the country's head of state, inspected the launch. North Korea fired a missile.", [], []),
    # a dated -ing noun: "the March 7 shelling by X"
    ("The United States strongly condemns the March 7 shelling by the M23 armed group of a camp near Goma.",
     [("United States", "criticizes", "M23", "positive")], []),
    # an appeal made in a call or a meeting goes to the partners
    ("Secretary Blinken spoke this week with President Felix Tshisekedi and President Paul Kagame to urge de-escalation.",
     [("Blinken", "appealsTo", "Felix Tshisekedi", "positive"), ("Blinken", "appealsTo", "Paul Kagame", "positive")], []),
    ("Biden called Kenyan President William Ruto on Tuesday to urge calm.",
     [("Biden", "appealsTo", "William Ruto", "positive"), ("Biden", "meets", "William Ruto", "positive")], []),
    ("The minister spoke to reporters in Nairobi to urge patience.", [], []),
    # a name called something stays a name
    ("Fighters from a group called Hamas crossed the border.", [], []),
    # an unresolved "it" opening a relative clause on the main verb's partner is the main subject
    ("The army-led government in Port Sudan cut ties with the United Arab Emirates, which it accuses of "
     "supplying the paramilitaries with weapons.",
     [("Sudan", "accuses", "United Arab Emirates", "positive")], []),
    ("Kenya signed a deal with Ethiopia, which it praised as a close partner.", [],
     [("Ethiopia", "supports", "Ethiopia", "positive")]),
    # an international body's unit named after it, with its place
    ("The report was prepared by the United Nations Verification Mission in Colombia.",
     [("United Nations Verification Mission in Colombia", "memberOf", "United Nations", "positive")], []),
    ("Troops from the European Union Training Mission in Mali left Bamako.",
     [("European Union Training Mission in Mali", "memberOf", "European Union", "positive")], []),
    ("The United Nations Security Council met on Friday.", [], []),
    # a listed body's parent named in the description compounded before it
    ("Fighting near Goma was reported by the UN peacekeeping mission MONUSCO.",
     [("MONUSCO", "memberOf", "United Nations", "positive")], []),
    # thanks are the thanker's approval, for a courtesy too; help thanked for backs the thanker
    ("Zelensky thanked Crown Prince Mohammed bin Salman for hosting the talks.",
     [("Zelensky", "supports", "Mohammed bin Salman", "positive")], []),
    ("Prime Minister Shehbaz Sharif thanked Trump for his mediation.",
     [("Shehbaz Sharif", "supports", "Trump", "positive"), ("Trump", "supports", "Shehbaz Sharif", "positive")], []),
    ("Sharif praised Erdogan for the warm welcome.", [], [("Sharif", "supports", "Erdogan", "positive")]),
    # group actors the annotated sets name: Western partners, regional leaders
    ("Regional leaders called on the junta to hand power back to civilians. The junta in Niger refused.",
     [], [("regional leaders", "attacks", "civilians", "positive")]),
    ("Prime Minister Dorin Recean called on Western partners to help Chisinau counter hybrid threats.",
     [("Dorin Recean", "appealsTo", "Western partners", "positive")], []),
    ("The partners met in Paris.", [], []),
    # "Prof." between a title and a name
    ("Sri Lanka rejected the resolution on Monday. Foreign Minister Prof. G.L. Peiris said the vote was unfair.",
     [("G.L. Peiris", "memberOf", "Sri Lanka", "positive")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:60] for c in CASES])
def test_construction(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
