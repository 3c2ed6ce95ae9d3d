"""Session-11 leftovers of the extract stage that the sentence batteries diagnosed: an
infinitive the tagger took for a noun, "no longer" and "has yet to", denied claims about an
actor, pleading versus demanding, lent backing, acts only requested or vowed, a quoted "they",
"including X" in a target and a name the tagger missed after a title. Every sentence is
invented (other names and wording than the batteries')."""
from __future__ import annotations

import pytest

from tests.factkit import check_row, facts

CASES = [
    # 1. "voted to sanction": an xcomp infinitive tagged NOUN is still the verb trigger
    ("Parliament voted to sanction Russia over the invasion.", [("Parliament", "sanctions", "Russia", "positive")], []),
    ("Canada moved to sanction Iranian officials.", [("Canada", "sanctions", "Iran", "positive")], []),
    ("The EU agreed to sanction Belarus.", [("European Union", "sanctions", "Belarus", "positive")], []),
    # 2. "no longer" / "no more" negate the verb; "has yet to" / "is yet to" is not done
    ("The United States no longer supports Israel's offensive.", [("United States", "supports", "Israel", "negative")],
     [("United States", "supports", "Israel", "positive")]),
    ("Britain no more supports the plan.", [("United Kingdom", "supports", "plan", "negative")],
     [("United Kingdom", "supports", "plan", "positive")]),
    ("Biden has yet to visit Ukraine.", [("Biden", "visits", "Ukraine", "negative")], [("Biden", "visits", "Ukraine", "positive")]),
    ("Modi has yet to meet Xi Jinping.", [], [("Modi", "meets", "Xi Jinping", "positive")]),
    ("Germany still supports Ukraine's bid.", [("Germany", "supports", "Ukraine", "positive")], []),
    # 3. claims denied about an act on an actor: the claims are denied, not the actor
    ("Pakistan dismissed reports that it sheltered the Taliban.", [], [("Pakistan", "denies", "Taliban", "positive")]),
    ("Iran rejected claims that it armed the Houthis.", [("Iran", "aids", "Houthis", "negative")],
     [("Iran", "denies", "Houthis", "positive")]),
    ("Rwanda rejected allegations that it backs the M23.", [("Rwanda", "supports", "M23", "negative")],
     [("Rwanda", "denies", "M23", "positive")]),
    # 4. appealing, begging, pleading and encouraging stay appeals; urging, calling on, pressing demand
    ("Pope Francis appealed to Israel and Hamas to stop fighting.",
     [("Pope Francis", "appealsTo", "Israel", "positive"), ("Pope Francis", "appealsTo", "Hamas", "positive")],
     [("Pope Francis", "demandsFrom", "Israel", "positive")]),
    ("The Vatican begged Moscow to release the prisoners.", [("Vatican", "appealsTo", "Russia", "positive")],
     [("Vatican", "demandsFrom", "Russia", "positive")]),
    ("Qatar pleaded with Hamas to free the hostages.", [("Qatar", "appealsTo", "Hamas", "positive")],
     [("Qatar", "demandsFrom", "Hamas", "positive")]),
    ("Brazil called on Venezuela to release the opposition leader.", [("Brazil", "demandsFrom", "Venezuela", "positive")], []),
    ("Egypt urged Israel to stop the strikes.", [("Egypt", "demandsFrom", "Israel", "positive")], []),
    # 5. lent backing or support is support; lent money or military support is aid
    ("Moscow lent support to Tehran.", [("Russia", "supports", "Iran", "positive")], [("Russia", "aids", "Iran", "positive")]),
    ("Paris lent its political backing to Rabat.", [("France", "supports", "Morocco", "positive")],
     [("France", "aids", "Morocco", "positive")]),
    ("Washington lent military support to Kyiv.", [("United States", "aids", "Ukraine", "positive")], []),
    ("Japan lent $2 billion to Sri Lanka.", [("Japan", "aids", "Sri Lanka", "positive")], []),
    # 6. acts only asked of someone, or only vowed, are not done; a retort still to come is a threat
    ("Berlin asked Tokyo to impose sanctions on Moscow.", [("Germany", "appealsTo", "Japan", "positive")],
     [("Japan", "sanctions", "Russia", "positive")]),
    ("Paris pressed Rome to sanction Belarus.", [("France", "demandsFrom", "Italy", "positive")],
     [("Italy", "sanctions", "Belarus", "positive")]),
    ("Ankara urged Stockholm to crack down on Kurdish militants.", [], [("Sweden", "attacks", "militants", "positive")]),
    ("Washington urged Israel to halt its strikes on Gaza.", [("Israel", "attacks", "Gaza Strip", "positive")], []),
    ("Cuba asked Brussels to lift its sanctions on Nicaragua.", [("European Union", "sanctions", "Nicaragua", "positive")], []),
    ("Hezbollah vowed to punish Israel.", [("Hezbollah", "threatens", "Israel", "positive")],
     [("Hezbollah", "sanctions", "Israel", "positive")]),
    ("North Korea vowed to attack South Korea.", [("North Korea", "threatens", "South Korea", "positive")],
     [("North Korea", "attacks", "South Korea", "positive")]),
    ("Germany pledged to aid Ukraine.", [("Germany", "aids", "Ukraine", "positive")], []),
    ("Tehran warned it will hit back at Washington.", [("Iran", "threatens", "United States", "positive")],
     [("Iran", "criticizes", "United States", "positive")]),
    ("China hit back at Japan over the remarks.", [("China", "criticizes", "Japan", "positive")], []),
    # 7. a quoted "they" is not its speaker
    ('"They shelled our villages," Armenian Prime Minister Nikol Pashinyan said.', [],
     [("Nikol Pashinyan", "attacks", "Armenia", "positive")]),
    ("EU leaders warned they would sanction Russia.", [("European Union", "threatens", "Russia", "positive")], []),
    # 8. "including X" in a target names X too
    ("Washington sanctioned several Russian oligarchs, including Roman Abramovich and Oleg Deripaska.",
     [("United States", "sanctions", "Roman Abramovich", "positive"), ("United States", "sanctions", "Oleg Deripaska", "positive")],
     []),
    ("Canada imposed sanctions on 40 Venezuelan officials, including President Nicolas Maduro.",
     [("Canada", "sanctions", "Nicolas Maduro", "positive"), ("Canada", "sanctions", "Venezuela", "positive")], []),
    ("Beijing criticized Western governments, including Australia.", [("China", "criticizes", "Australia", "positive")], []),
    ("Tokyo accused several neighbours, including China, of hacking.", [("Japan", "accuses", "China", "positive")], []),
    # 9. a name after a title is that person, not an earlier holder of the title or another person
    ("Kremlin spokesman Dmitry Peskov criticized Kyiv. The spokesman in Naypyitaw, Zaw Min Tun, rejected the resolution.",
     [], [("Dmitry Peskov", "rejects", "resolution", "positive")]),
    ("Foreign Minister Penny Wong criticized the junta. The minister, Zaw Min Tun, criticized Australia.",
     [], [("Penny Wong", "criticizes", "Australia", "positive")]),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_leftover(nlp, text, expected, absent):
    check_row(facts(nlp, text), expected, absent)
