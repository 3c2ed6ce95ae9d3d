"""Battery of basic news constructions for the consult, cooperate, request and topic relations
(tests/data/battery_coop_s9.tsv): one short invented wire-style sentence a row, with the facts
it must give and the near misses it must not. The whole table must keep its pass rate; the
plain tests below pin each mechanism. Every sentence is invented for this battery."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.battery import norm
from tests.factkit import facts

TABLE = Path(__file__).resolve().parent / "data" / "battery_coop_s9.tsv"
SYMMETRIC = {"meets", "negotiatesWith", "cooperatesWith"}
TOPICAL = {"discusses", "concernedAbout", "denies"}
#: The pass rate reached on the battery; it may only go up.
MIN_PASS_RATE = 0.96


def end_ok(label: str, alternatives: list[str], topical: bool) -> bool:
    """Whether ``label`` is one of ``alternatives`` ("*" = any); topics may also contain one."""
    got = norm(label)
    for alt in alternatives:
        want = norm(alt)
        if alt == "*" or got == want:
            return True
        if topical and min(len(got), len(want)) >= 4 and (want in got or got in want):
            return True
    return False


def parse_spec(spec: str) -> list[tuple[bool, list[str], list[str], list[str], str | None]]:
    """``"S | p | O [| negative]"`` items joined by " ; " -> (absent, subjects, relations, objects, polarity).

    An absent item without a polarity forbids the positive fact.
    """
    items = []
    for item in filter(None, (part.strip() for part in spec.split(" ; "))):
        absent = item.startswith("!")
        parts = [p.strip() for p in item.lstrip("!").split("|")]
        polarity = parts[3] if len(parts) > 3 else "positive"
        items.append((absent, parts[0].split("/"), parts[1].split("/"), parts[2].split("/"), polarity))
    return items


def matches(fact, subjects, relations, objects, polarity) -> bool:
    """Whether one extracted fact fits a table item (either way round for a symmetric relation)."""
    if fact.predicate not in relations or fact.polarity != polarity:
        return False
    topical = fact.predicate in TOPICAL
    if end_ok(fact.subject, subjects, False) and end_ok(fact.object, objects, topical):
        return True
    return (fact.predicate in SYMMETRIC and end_ok(fact.object, subjects, False)
            and end_ok(fact.subject, objects, False))


def row_errors(found, spec: str) -> list[str]:
    """The table items of ``spec`` that ``found`` (the sentence's facts) gets wrong."""
    errors = []
    for absent, subjects, relations, objects, polarity in parse_spec(spec):
        hit = any(matches(f, subjects, relations, objects, polarity) for f in found)
        if hit == absent:
            label = f"{'/'.join(subjects)} {'/'.join(relations)} {'/'.join(objects)} {polarity}"
            errors.append(("unwanted " if absent else "missing ") + label)
    return errors


def load_rows() -> list[tuple[str, str]]:
    """The (sentence, facts) rows of the battery."""
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, spec = line.split("\t")
            rows.append((sentence, spec))
    return rows


def run_battery(nlp) -> list[tuple[str, list[str], list[str]]]:
    """(sentence, errors, facts found) for every row of the battery."""
    results = []
    for sentence, spec in load_rows():
        found = facts(nlp, sentence)
        got = [f"{f.subject} -{f.predicate}{'' if f.polarity == 'positive' else '(NEG)'}-> {f.object}"
               for f in found]
        results.append((sentence, row_errors(found, spec), got))
    return results


def test_battery_pass_rate(nlp):
    results = run_battery(nlp)
    failing = [r for r in results if r[1]]
    rate = 1 - len(failing) / len(results)
    report = "\n".join(f"{s}\n    {'; '.join(e)}\n    got: {g}" for s, e, g in failing)
    assert rate >= MIN_PASS_RATE, f"battery pass rate {rate:.3f} < {MIN_PASS_RATE}; failing rows:\n{report}"


P, N = "positive", "negative"

# (sentence, facts expected, facts that must be absent): one or more rows per mechanism.
MECHANISMS = [
    # "their" on a relation noun is the light verb's joint subject
    ("Kenya and Uganda vowed to strengthen their partnership.", [("Kenya", "cooperatesWith", "Uganda", P)], []),
    ("Peru and Chile agreed to improve their relations.", [("Peru", "cooperatesWith", "Chile", P)], []),
    # a relation noun as the subject of a verb that builds it
    ("Egypt's ties with Qatar have deepened.", [("Egypt", "cooperatesWith", "Qatar", P)], []),
    ("Ghana's partnership with Japan has grown stronger.", [("Ghana", "cooperatesWith", "Japan", P)], []),
    ("Egypt's ties with Qatar have grown tense.", [], [("Egypt", "cooperatesWith", "Qatar", P)]),
    # the partner phrase on a pact's "on" complement
    ("Fiji signed an agreement on maritime cooperation with Australia.", [("Fiji", "cooperatesWith", "Australia", P)], []),
    # the partner of a pact being negotiated; a joint subject negotiating something
    ("Canada negotiated a free trade agreement with Ecuador.", [("Canada", "negotiatesWith", "Ecuador", P)], []),
    ("Serbia and Kosovo are negotiating the status of the northern municipalities.",
     [("Serbia", "negotiatesWith", "Kosovo", P)], []),
    ("Britain renegotiated its fishing rights with Norway.", [("United Kingdom", "negotiatesWith", "Norway", P)], []),
    # a vague object and the country named right after it
    ("Sergei Lavrov and Hakan Fidan discussed the situation in Libya.",
     [("Sergei Lavrov", "discusses", "situation in Libya", P)], []),
    ("Antony Blinken discussed the situation with Wang Yi in Beijing.", [],
     [("Antony Blinken", "discusses", "situation in Beijing", P)]),
    # "the need for X", "the importance of X": X is the topic
    ("Kenya stressed the importance of dialogue.", [("Kenya", "discusses", "dialogue", P)], []),
    ("Norway emphasized the need for a truce.", [("Norway", "discusses", "truce", P)], []),
    # deliveries and shipments (the annotations count energy supplied as aid too)
    ("Swedish arms deliveries to Ukraine continued.", [("Sweden", "aids", "Ukraine", P)], []),
    ("Qatar's gas shipments to Japan rose in May.", [("Qatar", "aids", "Japan", P)], []),
    # help received names its giver
    ("Moldova received $50 million from the World Bank.", [("World Bank", "aids", "Moldova", P)], []),
    ("Armenia received backing from France.", [("France", "supports", "Armenia", P)], [("France", "aids", "Armenia", P)]),
    ("Serbia received a letter from Russia.", [], [("Russia", "aids", "Serbia", P)]),
    ("Hungary received a shipment of crude oil from Russia.", [("Russia", "aids", "Hungary", P)], []),
    ("Laos was lent $2 billion by China.", [], [("Laos", "aids", "China", P)]),
    ("China has lent Laos billions of dollars.", [("China", "aids", "Laos", P)], []),
    # restraint or action asked for from someone
    ("Vietnam called for restraint from the Philippines.", [("Vietnam", "appealsTo", "Philippines", P)], []),
    # acting jointly
    ("Ghana and Togo will jointly patrol the border.", [("Ghana", "cooperatesWith", "Togo", P)], []),
    ("Ghana will jointly patrol the border.", [], [("Ghana", "cooperatesWith", "Ghana", P)]),
    # what talks focused on
    ("Talks between Chile and Bolivia focused on water rights.", [("Bolivia", "discusses", "water rights", P)], []),
    ("Ursula von der Leyen's talks with Narendra Modi centred on trade.",
     [("Ursula von der Leyen", "discusses", "trade", P)], [("Narendra Modi", "discusses", "trade", P)]),
    # talks that frame a failure were still held
    ("Niger failed to reach a deal in talks with Benin.", [("Niger", "negotiatesWith", "Benin", P)],
     [("Niger", "negotiatesWith", "Benin", N)]),
    ("Niger did not take part in talks with Benin.", [], [("Niger", "negotiatesWith", "Benin", P)]),
    # a person abroad for talks
    ("Foreign Minister Wang Yi was in Brazil for talks with Mauro Vieira.", [("Wang Yi", "visits", "Brazil", P)], []),
    ("Wang Yi was in Brazil in 2019.", [], [("Wang Yi", "visits", "Brazil", P)]),
    # a participle's doer is the name it describes; an opening participle describes the subject
    ("Olaf Scholz, visiting Brazil, praised its climate policy.", [("Olaf Scholz", "visits", "Brazil", P)], []),
    ("Funded by Qatar, the militia expanded its operations.", [], [("Qatar", "aids", "Qatar", P)]),
    ("Armed by Iran, the Houthis attacked ships.", [("Iran", "aids", "Houthis", P)], []),
    # someone's cooperation or partnership exists ("relations" may be bad)
    ("Mali's cooperation with Russia has alarmed France.", [("Mali", "cooperatesWith", "Russia", P)], []),
    ("Mali's relations with France remain frosty.", [], [("Mali", "cooperatesWith", "France", P)]),
    # help handed over by someone ("loans granted to X by Y")
    ("The money will come from loans extended to Zambia by China.", [("China", "aids", "Zambia", P)], []),
    # "X's backing of Y"
    ("Egypt's backing of Sudan's army has grown.", [("Egypt", "supports", "Sudan", P)], []),
    # lexicon rows
    ("The World Bank disbursed $300 million to Ethiopia.", [("World Bank", "aids", "Ethiopia", P)], []),
    ("Taiwan begged Washington for more fighter jets.", [("Taiwan", "appealsTo", "United States", P)], []),
    ("Josep Borrell briefed Ursula von der Leyen on the situation in Sudan.",
     [("Josep Borrell", "discusses", "situation in Sudan", P)], []),
    ("The ministers of Peru and Chile touched on illegal mining.", [("Peru", "discusses", "illegal mining", P)], []),
    ("UNICEF sounded the alarm over malnutrition in Yemen.", [("UNICEF", "concernedAbout", "malnutrition", P)], []),
    ("Poland is uneasy about German rearmament.", [("Poland", "concernedAbout", "German rearmament", P)], []),
    ("Latvia is nervous about Russian troop movements.", [("Latvia", "concernedAbout", "troop movements", P)], []),
    ("Jacinda Ardern's discussion with Scott Morrison about deportations was tense.",
     [("Jacinda Ardern", "discusses", "deportations", P)], []),
    ("Denmark and Norway agreed to share intelligence.", [("Denmark", "cooperatesWith", "Norway", P)], []),
    ("Cuba sent doctors to Mexico during the outbreak.", [("Cuba", "aids", "Mexico", P)], []),
]


def _has(got, want) -> bool:
    s, p, o, pol = want
    return any(matches(f, [s], [p], [o], pol) for f in got)


@pytest.mark.parametrize("sentence,expected,absent", MECHANISMS, ids=[r[0][:50] for r in MECHANISMS])
def test_mechanism(nlp, sentence, expected, absent):
    got = facts(nlp, sentence)
    listed = sorted((f.subject, f.predicate, f.object, f.polarity) for f in got)
    assert [w for w in expected if not _has(got, w)] == [], f"got {listed}"
    assert [a for a in absent if _has(got, a)] == [], f"got {listed}"
