"""The relation lexicon and cue lists as data."""
from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.extract.lexicon import FAMILY, _read_triggers, load_lexicon


def test_lexicon_covers_every_family():
    lex = load_lexicon()
    rows = [t for group in (*lex.verbs.values(), *lex.nouns.values(), *lex.adjs.values()) for t in group]
    assert len(rows) >= 200
    assert {FAMILY[t.relation] for t in rows} == set(FAMILY.values())
    assert {t.relation for t in rows} == set(FAMILY)
    assert all(t.cameo and t.cameo[:2].isdigit() for t in rows)


def test_frames_are_read():
    lex = load_lexicon()
    call_on = [t for t in lex.verbs["call"] if t.requires == "on"]
    assert call_on and call_on[0].relation == "appealsTo" and "on" in call_on[0].targets
    sanctions = [t for t in lex.nouns["sanction"] if t.relation == "sanctions"][0]
    assert {"on", "against"} <= sanctions.targets
    phone = [t for t in lex.nouns["call"] if t.requires == "phone"]
    assert phone and phone[0].relation == "meets"


def test_adjectives_are_keyed_by_surface_form():
    lex = load_lexicon()
    assert lex.adjs["concerned"][0].relation == "concernedAbout"
    assert "of" in lex.adjs["critical"][0].targets


def test_cue_lists_are_frozensets():
    lex = load_lexicon()
    assert "refuse" in lex.cue("negative_heads") and "say" in lex.cue("reporting_verbs")
    assert isinstance(lex.cue("light_verbs"), frozenset)


@pytest.mark.parametrize("text,fragment", [
    ("lemma,pos,relation,cameo,target,agent\nmeet,verb,meetz,040,dobj,\n", "row 2"),
    ("lemma,pos,relation,cameo,target,agent\nmeet,adverb,meets,040,dobj,\n", "verb|noun"),
    ("lemma,pos,relation,cameo,target,agent\nmeet,verb,meets,040,,\n", "empty target"),
])
def test_bad_rows_name_the_file_and_row(text, fragment):
    with pytest.raises(ConfigError) as err:
        _read_triggers(text, "relations.csv")
    assert "relations.csv" in str(err.value) and fragment in str(err.value)
