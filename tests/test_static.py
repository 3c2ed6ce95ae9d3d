"""Static facts (leaderOf / memberOf / locatedIn): tables of (sentence, expected facts)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.extract.static import static_facts
from kg.resolve import resolve
from kg.types import Article, Fact


def facts_of(nlp, text):
    doc = nlp(text)
    article = Article(id="t", title="t", text=text, date="2020-01-02")
    return resolve(doc, article).static_facts


def triples(facts):
    return {(f.subject, f.predicate, f.object) for f in facts}


def xf(*row, reason):
    return pytest.param(*row, marks=pytest.mark.xfail(reason=reason, strict=False))


FOUND = [
    # titles before the name
    ("New Chinese leader Xi Jinping arrived on Monday.", ("Xi Jinping", "leaderOf", "China")),
    ("Colombian President Juan Manuel Santos signed the deal.",
     ("Juan Manuel Santos", "leaderOf", "Colombia")),
    ("U.S. President Joseph Biden welcomed the guests.",
     ("Joseph Biden", "leaderOf", "United States")),
    ("Cuban Foreign Minister Bruno Rodríguez spoke first.",
     ("Bruno Rodríguez", "memberOf", "Cuba")),
    ("FARC Commander Rodrigo Londono asked for forgiveness.",
     ("Rodrigo Londono", "leaderOf", "Revolutionary Armed Forces of Colombia")),
    ("China's top diplomat Wang Yi hailed the deal.", ("Wang Yi", "memberOf", "China")),
    ("Secretary of State John Kerry raised the flag.",
     ("John Kerry", "memberOf", "United States Department of State")),
    ("President Isaias Afwerki of Eritrea hosted the talks.",
     ("Isaias Afwerki", "leaderOf", "Eritrea")),
    ("Ethiopian Prime Minister Abiy Ahmed flew to Asmara.",
     ("Abiy Ahmed", "leaderOf", "Ethiopia")),
    ("Deputy Prime Minister Anna Berg of Norway spoke.", ("Anna Berg", "memberOf", "Norway")),
    ("Foreign Minister Ann Kiprono of Kenya and Foreign Minister Abdi Nur of Somalia signed.",
     ("Abdi Nur", "memberOf", "Somalia")),
    # titles in apposition
    ("Dmitri Trenin, director of the Carnegie Moscow Center, said so.",
     ("Dmitri Trenin", "leaderOf", "Carnegie Moscow Center")),
    ('"It is a mistake," said Shen Dingli, a professor of international relations at '
     'Fudan University.',
     ("Shen Dingli", "memberOf", "Fudan University")),
    ("The deal was announced by Iran's foreign minister, Mohammad Javad Zarif, on Tuesday.",
     ("Mohammad Javad Zarif", "memberOf", "Iran")),
    ("Wang spoke by phone with his Indian counterpart, Subrahmanyam Jaishankar.",
     ("Subrahmanyam Jaishankar", "memberOf", "India")),
    ("The European Union's foreign policy chief, Federica Mogherini, read the statement.",
     ("Federica Mogherini", "memberOf", "European Union")),
    ("Kenya and Uganda were represented by their foreign ministers, Amina Mohamed and "
     "Sam Kutesa.", ("Sam Kutesa", "memberOf", "Uganda")),
    ("The Israeli delegation was led by Prime Minister Benjamin Netanyahu.",
     ("Benjamin Netanyahu", "leaderOf", "Israel")),
    ("Jens Stoltenberg, who heads NATO, agreed.",
     ("Jens Stoltenberg", "leaderOf", "North Atlantic Treaty Organization")),
    ("Antonio Guterres, the UN secretary-general, urged calm.",
     ("Antonio Guterres", "leaderOf", "United Nations")),
    ("Russia's ambassador to the United Nations, Vassily Nebenzia, rejected the text.",
     ("Vassily Nebenzia", "memberOf", "Russia")),
    ("Ned Price, a State Department spokesman, said Washington was consulting allies.",
     ("Ned Price", "memberOf", "United States Department of State")),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei praised the group.",
     ("Ali Khamenei", "leaderOf", "Iran")),
    ("White House press secretary Jen Psaki declined to comment.",
     ("Jen Psaki", "memberOf", "United States")),
    ("Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran.",
     ("Faisal bin Farhan", "memberOf", "Saudi Arabia")),
    ("Hamas political chief Ismail Haniyeh arrived in Doha.",
     ("Ismail Haniyeh", "leaderOf", "Hamas")),
    ("Chinese Foreign Ministry spokesman Wang Wenbin spoke first. A spokesman for the "
     "ministry, Zhao Lijian, later repeated the warning.",
     ("Zhao Lijian", "memberOf", "Chinese Foreign Ministry")),
    ("Tedros praised the European Commission and its president, Ursula von der Leyen.",
     ("Ursula von der Leyen", "leaderOf", "European Commission")),
    ("South Korean President Moon Jae-in met Kim Jong Un.",
     ("Moon Jae-in", "leaderOf", "South Korea")),
    # places
    ("Rockets hit Ashkelon, a coastal city in southern Israel.",
     ("Ashkelon", "locatedIn", "Israel")),
    ("Fighting continued in Idlib province in northwestern Syria.",
     ("Idlib", "locatedIn", "Syria")),
    ("Trump spoke at Mar-a-Lago in Palm Beach, Fla., on Friday.",
     ("Palm Beach", "locatedIn", "Florida")),
    ("The summit will be held at Sunnylands, Calif., next week.",
     ("Sunnylands", "locatedIn", "California")),
    ("The leaders met in Cartagena, Colombia, on Monday.", ("Cartagena", "locatedIn", "Colombia")),
    ("The leaders met in Asmara, the capital of Eritrea, on Monday.",
     ("Asmara", "locatedIn", "Eritrea")),
    ("The missile flew over Hokkaido, Japan's northernmost main island.",
     ("Hokkaido", "locatedIn", "Japan")),
    ("Troops clashed in the Ladakh region's Galwan Valley.",
     ("Galwan Valley", "locatedIn", "Ladakh")),
    ("China rejected the ruling by the Permanent Court of Arbitration in The Hague.",
     ("Permanent Court of Arbitration", "locatedIn", "The Hague")),
    ("The meeting took place at the United Nations headquarters in Vienna.",
     ("United Nations headquarters", "locatedIn", "Vienna")),
    ("The missile landed east of the Cape Erimo on Hokkaido.",
     ("Cape Erimo", "locatedIn", "Hokkaido")),
    ("Nagorno-Karabakh is internationally recognized as part of Azerbaijan.",
     ("Nagorno-Karabakh", "locatedIn", "Azerbaijan")),
    ("The ceremony took place at the Harry S Truman Building in Washington, D.C.",
     ("Harry S Truman Building", "locatedIn", "Washington")),
    ("A Colombian Air Force jet flew overhead.",
     ("Colombian Air Force", "memberOf", "Colombia")),
    ("Gen. Li Wei, commander of the People's Liberation Army, spoke.",
     ("Li Wei", "leaderOf", "People's Liberation Army")),
    ("Under Secretary Wendy Sherman of the State Department arrived.",
     ("Wendy Sherman", "memberOf", "United States Department of State")),
    # "X of Y" after a hyphenated name the tokenizer splits ("Min - ho")
    ("GENEVA — President Lee Min-ho of South Korea met the Swiss president.",
     ("Lee Min-ho", "leaderOf", "South Korea")),
    ("Foreign Minister Ana Duarte of Portugal met her Spanish counterpart.",
     ("Ana Duarte", "memberOf", "Portugal")),
    # a head-of-government title with no country in an article about one country: that country
    ("HANOI — Vietnam said on Monday it would expand its coast guard. Vietnam has disputed "
     "claims in the sea for decades, and Vietnam's navy is growing. Prime Minister Tran Van Long "
     "opened a new port.", ("Tran Van Long", "leaderOf", "Vietnam")),
    ("QUITO — Ecuador said on Monday it would expand its navy. Ecuador has claimed the waters "
     "for decades, and Ecuador's fleet is growing. Foreign Ministry spokesman Luis Vera said talks "
     "would continue.", ("Luis Vera", "memberOf", "Ecuador")),
    # a bare spokesman speaks for the body that was the subject just before
    ("Chile's Foreign Ministry did not comment. Spokesman Luis Vera told reporters that talks "
     "would go on.", ("Luis Vera", "memberOf", "Chile")),
    # a coordination inside the title does not cut it short
    ("Chilean Mining and Energy Minister Rosa Diaz spoke.", ("Rosa Diaz", "memberOf", "Chile")),
    xf("Mohammed bin Salman, Saudi Arabia's crown prince, met Biden.",
       ("Mohammed bin Salman", "memberOf", "Saudi Arabia"),
       reason="'crown prince' is not a title in titles.csv (de facto rulers need world "
              "knowledge to call leaderOf or memberOf)"),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_static_fact_found(nlp, text, expected):
    assert expected in triples(facts_of(nlp, text))


NOT_FOUND = [
    # no current office, no affiliation, lists and operations are not places
    ("Former President Barack Obama of the United States visited Kenya.",
     ("Barack Obama", "leaderOf", "United States")),
    ("Belarusian opposition leader Sviatlana Tsikhanouskaya met EU officials.",
     ("Sviatlana Tsikhanouskaya", "leaderOf", "Belarus")),
    ("Ministers from Paris, London and Berlin met.", ("Paris", "locatedIn", "London")),
    ("NATO in Afghanistan ended its mission.",
     ("North Atlantic Treaty Organization", "locatedIn", "Afghanistan")),
    ("Chinese leader Xi Jinping met Barack Obama.", ("Barack Obama", "leaderOf", "China")),
    ("Talks in Beijing ended on Friday.", ("Beijing", "locatedIn", "China")),
    ("Mohammad Javad Zarif, and the European Union's foreign policy chief, Federica "
     "Mogherini, read a statement.", ("Mohammad Javad Zarif", "memberOf", "European Union")),
    ("Kenya, Uganda and Tanzania signed the treaty.", ("Kenya", "locatedIn", "Uganda")),
    ("Meanwhile, in Havana, Cuban leader Miguel Diaz-Canel spoke.",
     ("Havana", "locatedIn", "Cuba")),
    ("Sanctions hit PDVSA, Venezuela's state oil company.", ("PDVSA", "locatedIn", "Venezuela")),
    ("Foreign Minister Ann Kiprono of Kenya and Foreign Minister Abdi Nur of Somalia signed.",
     ("Abdi Nur", "memberOf", "Kenya")),
    ("Digital Affairs Minister Tomasz Wrona said the attack failed.",
     ("Tomasz Wrona", "memberOf", "Digital")),
    # the last subject before a bare spokesman is a person: no affiliation guessed
    ("Chile's Foreign Ministry did not comment. Peru's Ana Ruiz was silent. Spokesman Luis Vera "
     "spoke.", ("Luis Vera", "memberOf", "Chile")),
    # no focal country: two countries equally present; a country named before the title
    ("China and Japan met. China and Japan disagreed. China and Japan will meet again. "
     "President Li Ming spoke.", ("Li Ming", "leaderOf", "China")),
    ("Chile said Chile and Chile's navy would act. Peruvian Mining and Energy Minister Ana Ruiz said "
     "Chile was wrong.", ("Ana Ruiz", "memberOf", "Chile")),
]


@pytest.mark.parametrize("text, unexpected", NOT_FOUND)
def test_static_fact_not_produced(nlp, text, unexpected):
    assert unexpected not in triples(facts_of(nlp, text))


def test_fact_fields_complete(nlp):
    text = "Talks began on Monday. Japanese Prime Minister Shinzo Abe condemned the launch."
    facts = facts_of(nlp, text)
    fact = next(f for f in facts if f.predicate == "leaderOf")
    assert isinstance(fact, Fact)
    assert (fact.subject, fact.subject_id, fact.subject_type) == ("Shinzo Abe", "Shinzo_Abe",
                                                                  "Person")
    assert (fact.object, fact.object_id, fact.object_type) == ("Japan", "JPN", "Country")
    assert text[fact.start:fact.end] == fact.sentence
    assert fact.sentence.startswith("Japanese Prime Minister")
    assert (fact.polarity, fact.modality, fact.article) == ("positive", "asserted", "t")
    assert 0 < fact.confidence <= 1 and fact.trigger == "prime minister" and fact.rule == "title"
    assert fact.date is None  # a state, not an event: no date


def test_one_fact_per_triple(nlp):
    text = ("Japanese Prime Minister Shinzo Abe spoke. "
            "Later Japanese Prime Minister Shinzo Abe spoke again.")
    keys = [(f.subject_id, f.predicate, f.object_id) for f in facts_of(nlp, text)]
    assert len(keys) == len(set(keys)) == 1


def test_static_facts_callable_directly(nlp):
    doc = nlp("Russian Foreign Minister Sergei Lavrov arrived.")
    article = Article(id="t", title="t", text=doc.text)
    mentions = resolve(doc, article)
    assert triples(static_facts(doc, mentions, article)) == triples(mentions.static_facts)


def test_dev_set_static_recall(nlp, dev_set, tmp_path, request):
    """Required leaderOf/memberOf/locatedIn facts of the dev set: recall and precision
    against the gold restricted to static relations (floors, not exact values)."""
    from tests.conftest import SCORER

    pred = tmp_path / "static.jsonl"
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted(dev_set.glob("*.article.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            article = Article(id=data["id"], title=data["title"], text=data["text"],
                              date=data.get("date"))
            for fact in resolve(nlp(article.text), article).static_facts:
                out.write(json.dumps(fact.to_dict()) + "\n")
            gold = json.loads(path.with_name(path.name.replace(".article.", ".gold."))
                              .read_text(encoding="utf-8"))
            gold["facts"] = [g for g in gold["facts"] if g["p"] == ["*"] or
                             {"leaderOf", "memberOf", "locatedIn"} & set(g["p"])]
            (gold_dir / f"{data['id']}.gold.json").write_text(json.dumps(gold))
    result = subprocess.run([sys.executable, str(SCORER), str(gold_dir), "--pred", str(pred)],
                            capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    scores = dict(part.split("=") for part in last.split())
    assert float(scores["recall"]) >= 0.8, last
    assert float(scores["precision"]) >= 0.8, last
