"""References (S10, round 4): unnamed officials and the owners of plural proxies.

- an unnamed official whose country is a demonym parsed as a noun modifier ("The Kuwaiti
  foreign minister flew to ...") acts for that country, as "Kuwait's foreign minister" does;
- so does one whose country follows in an "of" or "from" phrase ("the emir of Qatar",
  "the foreign minister of Peru", "an envoy from Oman"); not "the minister of state", nor a
  former official;
- "Jordan's king", "the Omani sultan": a monarch of a country is the one person the article
  has leading it (as "Kuwait's leader" is);
- "diplomats from A and B", "troops from A and B": a plural proxy from a coordination acts
  for each country of it (as "the foreign ministers of A and B" do).

Every sentence below was written for this file (names, countries and wording of our own).
"""
from __future__ import annotations

import pytest

from factkit import check_row, facts

# (text, expected (subject, predicate, object, polarity) keys, absent keys)
ROWS = [
    # a demonym parsed as a noun modifier of an unnamed official
    ("The Kuwaiti foreign minister urged Iran to halt the attacks.",
     [("Kuwait", "demandsFrom", "Iran", "positive")], []),
    ("The Omani foreign minister flew to Tehran on Sunday.",
     [("Oman", "visits", "Tehran", "positive")], []),
    ("The Chilean defence minister condemned Bolivia on Friday.",
     [("Chile", "criticizes", "Bolivia", "positive")], []),
    # the country in an "of" / "from" phrase
    ("The emir of Qatar flew to Riyadh on Monday.",
     [("Qatar", "visits", "Riyadh", "positive")], []),
    ("The foreign minister of Peru urged Ecuador to withdraw its troops.",
     [("Peru", "demandsFrom", "Ecuador", "positive")], []),
    ("The ambassador of Ghana protested to Togo over the border closure.",
     [], [("Togo", "criticizes", "Ghana", "positive")]),
    ("An envoy from Norway met rebel leaders in Havana on Tuesday.",
     [("Norway", "meets", "rebel leaders", "positive")], []),
    # near misses: no country, or no serving official
    ("The minister of state urged Chile to withdraw its troops.",
     [], [("Chile", "demandsFrom", "Chile", "positive")]),
    ("A former foreign minister of Peru urged Ecuador to withdraw its troops.",
     [], [("Peru", "demandsFrom", "Ecuador", "positive")]),
    ("Officials met the emir of Qatar in Doha.",
     [], [("Qatar", "meets", "Qatar", "positive")]),
    # a monarch of a country the article has a leader for
    ("Sheikh Tamim, Qatar's ruler, met officials on Monday. Qatar's emir later urged Israel "
     "to halt the strikes.",
     [("Tamim", "demandsFrom", "Israel", "positive")], [("Qatar", "demandsFrom", "Israel", "positive")]),
    ("Sultan Haitham bin Tariq of Oman hosted the talks. The Omani sultan urged Iran to free "
     "the tanker.",
     [("Haitham bin Tariq", "demandsFrom", "Iran", "positive")], [("Oman", "demandsFrom", "Iran", "positive")]),
    ("King Abdullah II of Jordan met officials on Monday. Jordan's king urged Israel to halt "
     "the attacks.",
     [("Abdullah II", "demandsFrom", "Israel", "positive")], [("Jordan", "demandsFrom", "Israel", "positive")]),
    # a plural proxy "from" a coordination
    ("Diplomats from France and Germany criticised Russia on Monday.",
     [("France", "criticizes", "Russia", "positive"), ("Germany", "criticizes", "Russia", "positive")], []),
    ("Troops from Kenya and Uganda attacked al-Shabaab positions near the border.",
     [("Kenya", "attacks", "al-Shabaab", "positive"), ("Uganda", "attacks", "al-Shabaab", "positive")], []),
    ("Officials from Chile, Peru and Bolivia met in Lima to discuss water rights.",
     [("Chile", "meets", "Peru", "positive"), ("Peru", "meets", "Bolivia", "positive")], []),
    # near miss: a place after the verb is no country of the troops
    ("Troops from Kenya attacked al-Shabaab in Somalia and Ethiopia.",
     [("Kenya", "attacks", "al-Shabaab", "positive")], [("Ethiopia", "attacks", "al-Shabaab", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", ROWS)
def test_reference_rows(nlp, text, expected, absent):
    check_row(facts(nlp, text, date="2024-05-02"), expected, absent)
