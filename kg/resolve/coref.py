"""Coreference within an article: pronouns, definite descriptions, first person.

Heuristics, in order of trust: pronouns (he/she, it, they; we/our/I in quotes, see
:mod:`~kg.resolve.coref_pronouns`), then definite descriptions ("the president", "the
bloc", "the two countries", "the ministry", "the company", "officials in Xville"), each
resolved to the last matching entity. A subject "it"/"they" of a clause reported by a
common noun that names no actor ("the commission said it ...") is left to that noun.

The rules live in :mod:`~kg.resolve.coref_pronouns`, :mod:`~kg.resolve.coref_descriptions`,
:mod:`~kg.resolve.coref_plurals` and :mod:`~kg.resolve.coref_government` (shared helpers in
:mod:`~kg.resolve.coref_base`); this module walks the article once and asks them in turn.
"""
from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import ADJ, NOUN, PRON, PROPN
from spacy.tokens import Doc

from kg.resolve.coref_base import _ACTOR, known_as
from kg.resolve.coref_descriptions import _description, _hyphen_title, _styles
from kg.resolve.coref_government import (_bare_force, _bare_forces, _bare_government,
                                         _officials_in_seat)
from kg.resolve.coref_plurals import _club_document, _region_adjective, earlier_pair
from kg.resolve.coref_pronouns import (_HE, _IT, _THEY, _antecedent, _body_owner,
                                       _conjoined_owner, _genders, _plural_before,
                                       _referential_it, _unnamed_reporter, resolve_first_person)
from kg.resolve.mentions import Mentions

__all__ = ["resolve_coref", "resolve_first_person", "earlier_pair", "known_as"]


def resolve_coref(doc: Doc, mentions: Mentions) -> None:
    """Resolve pronouns and definite descriptions not yet covered by a mention."""
    styled = _styles(doc, mentions)
    genders = _genders(doc, mentions)
    # every rule below needs a pronoun, noun or adjective: the part-of-speech array picks
    # those without building a Token object for every word of the article
    wanted = {PRON, NOUN, PROPN, ADJ}
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in wanted or i in mentions._by_token or i in styled:
            continue
        token = doc[i]
        low = token.lower_
        found = None
        if low in _HE and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, ("Person",), plural=False,
                                genders=genders)
        elif low in ("it", "they") and token.pos_ == "PRON" and _unnamed_reporter(token, mentions):
            # "the commission said it ...": the reporter's, which names no actor, unless a
            # possessor owns it ("the group's command said it ...")
            found = _body_owner(_unnamed_reporter(token, mentions), mentions)
            if not found:
                continue
        elif low in _IT and token.pos_ == "PRON" and _referential_it(token):
            found = _conjoined_owner(token, mentions) or \
                _antecedent(doc, token, mentions, _ACTOR, plural=False)
        elif low in _THEY and token.pos_ == "PRON":
            found = _antecedent(doc, token, mentions, _ACTOR, plural=True, same_only=True) \
                or _plural_before(token, mentions) \
                or _antecedent(doc, token, mentions, _ACTOR, plural=True)
        elif _hyphen_title(doc, token, mentions):
            mentions.add(doc[i - 2:i + 1], _hyphen_title(doc, token, mentions), by_coref=True,
                         kind="description")
            continue
        elif token.pos_ in ("NOUN", "PROPN"):
            found = _description(doc, token, mentions) or _bare_government(token, mentions) \
                or _bare_force(token, mentions) or _bare_forces(token, mentions) \
                or _club_document(token, mentions) or _officials_in_seat(token, mentions) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        elif token.pos_ == "ADJ":
            found = _region_adjective(doc, token, mentions) or None
            if found:
                mentions.add(doc[token.i:token.i + 1], found, by_coref=True, kind="description")
                continue
        if found:
            mentions.add(doc[token.i:token.i + 1], list(found), by_coref=True, kind="pronoun")
