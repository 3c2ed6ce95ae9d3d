"""Bare national bodies: a "the government" / "the regime" outside quotes is the
government of the country the paragraph is about, else of the one country whose government
the article named before, else of the article's focal country
("the administration": the U.S. one); "the army" / "the military" is the force the article
named before ("Sudan's military", "the Thai Army"), else the focal country's.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.resolve.coref_base import _in_quote, _names_own_of, _subjects
from kg.resolve.focus import cached_focal
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions
from kg.types import Entity

__all__ = ["_bare_government", "_bare_force", "_bare_forces", "_paragraph_country",
           "_officials_in_seat", "_junta_country", "last_force"]


#: Bare nouns of a country's government.
_GOVERNMENT_WORDS = frozenset({"government", "regime", "administration"})


def _bare_government(token: Token, mentions: Mentions) -> list[Entity]:
    """"urged the government to ...": outside quotes, a bare "the government" (or "the
    regime") is the government of the country the paragraph is about (else the article's
    focal country), not the speaker's; inside quotes it is left to the speaker
    (kg.extract). A bare "the administration" is the U.S. government, when the article
    names the United States."""
    if token.lower_ not in _GOVERNMENT_WORDS or token.tag_ != "NN" or \
            token.lower_ != "government" and _names_own_of(token):
        return []  # "the administration of aid" is no government
    text = mentions.text
    if _in_quote(token, text):
        return []
    if token.lower_ == "administration":
        # English news says "the administration" of the U.S. government ("China's concern
        # about the administration's pivot to Asia"); other governments get a name
        usa = mentions.entities.get("USA")
        return [usa] if usa is not None and _bare(token, mentions) else []
    if not _bare(token, mentions):
        return []
    # "French Foreign Minister X accused the regime of ...": nobody calls their own
    # government "the regime"; the speaker's country is never the one meant
    own = _subject_countries(token, mentions) if token.lower_ == "regime" else set()
    for found in (_paragraph_country(token, mentions, text), _named_government(token, mentions),
                  cached_focal(token.doc, mentions)):
        if found is not None and found.id not in own:
            return [found]
    return []


def _subject_countries(token: Token, mentions: Mentions) -> set[str]:
    """Ids of the countries named inside the subjects before ``token`` in its sentence
    ("French Foreign Minister X", "Britain's envoy")."""
    sent = token.sent
    return {e.id for s in sent if s.i < token.i and s.dep_ in ("nsubj", "nsubjpass")
            for t in s.doc[s.left_edge.i:s.i + 1] for e in mentions.entities_at(t) if e.type == "Country"}


def _named_government(token: Token, mentions: Mentions) -> Entity | None:
    """"Colombia's government and the rebels resumed talks in Mexico City. ... the rebels
    accused the government": when the article named the government of one country only
    before ``token`` ("Colombia's government", "the Colombian government"), a bare "the
    government" is that one, whatever country the dateline or the venue makes focal."""
    found: set[str] = set()
    counts: dict[str, int] = {}
    for mention in mentions.mention_list:
        span = mention.span
        if mention.by_coref or len(mention.entities) != 1 or mention.entities[0].type != "Country":
            continue
        ent = mention.entities[0]
        counts[ent.id] = counts.get(ent.id, 0) + 1
        root = span.root
        # the country of a government phrase ("Colombia's government": the possessor is the
        # mention, the noun its head) or the phrase itself as one mention
        if span.start < token.i and (root.lower_ == "government" or root.dep_ in ("poss", "amod")
                                     and root.head.lower_ == "government"):
            found.add(ent.id)
    if len(found) != 1:
        return None
    ident = found.pop()
    # only a country the story is about (one of the two named most): a government named in
    # passing ("the Chinese government said") is not what a domestic "the government" means
    ranked = sorted(counts.values(), reverse=True)
    return mentions.entities.get(ident) if counts[ident] >= ranked[min(1, len(ranked) - 1)] else None


def _bare(token: Token, mentions: Mentions) -> bool:
    """"the government" with no word that names its country ("the Ruritanian government",
    "the government of Ruritania / in Xville"; "the federal government" names none)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "appos", "relcl") and c.lower_ not in ("federal", "central")
            for c in token.children):
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        if any(g.dep_ == "pobj" and (mentions.entity_at(g) is not None or g.text[:1].isupper())
               for g in prep.children):
            return False
    return True


#: Nouns a demonym modifies as the name of a language ("its Spanish initials"): no country meant.
_LANGUAGE_USES = frozenset({"initial", "initials", "acronym", "abbreviation", "name", "language",
                            "translation", "spelling", "word", "version", "subtitle"})
_MOTION_PREPS = frozenset({"to", "into", "toward", "towards", "from"})  # "fled to Rwanda": a place reached


def _paragraph_country(token: Token, mentions: Mentions, text: str | None) -> Entity | None:
    """The country the paragraph is about up to ``token``: the one named most often there
    (names, demonyms, capitals used as actors; a place reached counts half), leaving out the
    subject of the token's own sentence ("Ruritania urged the government of the day ..."). None
    on a tie or when no country is named once."""
    doc = token.doc
    text = text if text is not None else doc.text
    start_char = text.rfind("\n\n", 0, token.idx) + 1
    own = {e.id for s in _subjects(token.sent, token.i, mentions, ("Country",)) for e in s}
    counts: dict[str, int] = {}
    for mention in mentions.mention_list:
        span = mention.span
        if mention.by_coref or not start_char <= span.start_char < token.idx or \
                len(mention.entities) != 1:
            continue
        ent = mention.entities[0]
        if mention.kind == "demonym" and span.root.dep_ == "amod" and \
                span.root.head.lemma_.lower() in _LANGUAGE_USES:
            continue  # "known by its Spanish initials": a language, not a country
        if mention.kind == "government" and any(
                ent in mentions.entities_at(c) for c in span.root.children if c.dep_ == "amod"):
            continue  # "French forces": one naming of France, counted on its demonym
        if ent.type == "Country" and ent.id not in own:
            where = span.root.dep_ == "pobj" and span.root.head.lower_ in _MOTION_PREPS
            counts[ent.id] = counts.get(ent.id, 0) + (0.5 if where else 1)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] or ranked[0][1] < 1:
        return None
    return mentions.entities.get(ranked[0][0])


#: Bare nouns of a country's standing armed forces, and the words that mark a name or a
#: government phrase as one of them ("the army" may follow "Sudan's military": news
#: uses the two words for the same force).
_FORCE_NOUNS = {"army": frozenset({"army", "military"}),
                "military": frozenset({"army", "military"}),
                "navy": frozenset({"navy"})}
#: Other nouns of a country's forces ("Israeli jets struck what the military said ...").
_MILITARY_NOUNS = frozenset({"troops", "forces", "soldiers", "warplanes", "jets", "aircraft",
                             "drones", "tanks", "artillery", "warships", "navy"})
_FORCE_LABEL_ENDS = (("Army",), ("Military",), ("Armed", "Forces"), ("Defence", "Forces"), ("Defense", "Forces"), ("Navy",))
#: Children that make "the army" another force ("the Ruritanian army", "the army of Xland"; not "the army's chief")
_OWN_NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "appos", "nummod"})


def _bare_force(token: Token, mentions: Mentions) -> list[Entity]:
    """"The military denied ...", "accused the army of ...": a bare definite force noun
    is the force the article named last before it (as its own organisation, "Thai Army",
    or as its country's word, "Sudan's military", which stands for the country), else the
    article's focal country (else the paragraph's). Not "the military junta" or "the army
    chief" (modifiers), nor "the army of Xland" (names its own country)."""
    words = _FORCE_NOUNS.get(token.lower_)
    if words is None or token.tag_ != "NN" or token.dep_ in ("amod", "compound", "nmod"):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in _OWN_NAMING_DEPS for c in token.children) or _names_own_of(token):
        return []  # but "accused the army of bombing / of war crimes" refers back
    found = _last_force(token, mentions, words)
    if not found and "army" in words:
        # "Israeli warplanes struck what the military said were ...": a country's forces named
        # close by with another military noun ("expelled French troops" long before is not it)
        found = _last_force(token, mentions, words | _MILITARY_NOUNS, near=True)
    if found:
        return found
    focal = cached_focal(token.doc, mentions) or _paragraph_country(token.doc[token.sent.start], mentions, None)
    return [focal] if focal else []


def last_force(token: Token, mentions: Mentions) -> list[Entity]:
    """The force the article named last before a force noun ("army"), or [] (no guess)."""
    return _last_force(token, mentions, _FORCE_NOUNS[token.lower_]) if token.lower_ in _FORCE_NOUNS else []


def _last_force(token: Token, mentions: Mentions, words: frozenset[str], near: bool = False) -> list[Entity]:
    """The force named last before ``token`` by one of ``words`` (with ``near``, in its sentence
    or the one before): its own organisation ("the Thai Army") or its country's word ("Sudan's
    military", "Israeli jets")."""
    start = token.doc[token.sent.start - 1].sent.start if near and token.sent.start else 0
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i or mention.by_coref or len(mention.entities) != 1:
            continue
        if near and mention.span.start < start:
            break
        ent = mention.entities[0]
        if ent.type == "Country" and (mention.span.root.lower_ in words
                                      or _force_after(mention.span, words)):
            return [ent]  # "Sudan's military said ...": the force stands for its country
        if ent.type == "Organization" and _national(ent, mentions) and \
                any(tuple(ent.label.split()[-len(end):]) == end for end in _FORCE_LABEL_ENDS
                    if end[-1].lower() in words or len(end) == 2 and "army" in words):
            return [ent]  # "the Thai Army", "the Israel Defense Forces"
    return []


def _force_after(span, words: frozenset[str]) -> bool:
    """"Myanmar's military seized power", "the Thai military": a country word right before
    a force word (the parser often tags "military" there as an adjective, so no government
    phrase covers it)."""
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].tag_ == "POS" else 0)
    return i < len(doc) and doc[i].lower_ in words


def _national(org: Entity, mentions: Mentions) -> bool:
    """Whether an organisation belongs to a country: known to the gazetteer or the
    resolve stage, or named after a country ("Sudanese Army", "Israel Defense Forces");
    "Rapid Support Forces" is not."""
    if mentions.country_of(org) is not None:
        return True
    hit = load_gazetteer().lookup(org.label.split()[0])
    return hit is not None and hit[0] in ("country", "demonym")


#: Words that may stand before a bare plural of forces without naming whose they are.
_FORCE_QUALIFIERS = frozenset({"fighter", "security", "government", "ground", "special",
                               "naval", "air", "combat"})
#: ... of which these make them the state's own forces at home ("security forces killed").
_HOME_QUALIFIERS = frozenset({"security", "government"})


def _bare_forces(token: Token, mentions: Mentions) -> list[Entity]:
    """"Fighter jets bombed a school", "Security forces killed 19 militants": a plural of
    forces with no word for whose they are, as subject, is the force the article named last
    ("the military", "Israeli troops"); "security forces" and "government forces" with none
    named are the focal country's. Not "foreign troops", "UN peacekeepers", "the soldiers"."""
    if token.lower_ not in _MILITARY_NOUNS or token.tag_ != "NNS" or token.dep_ != "nsubj":
        return []
    quals = set()
    for child in token.children:  # ("the soldiers": often both sides' in a clash; only bare plurals)
        if child.dep_ in ("amod", "compound") and child.lower_ in _FORCE_QUALIFIERS:
            quals.add(child.lower_)
            continue
        if child.dep_ in ("prep", "relcl", "acl", "punct", "cc", "conj"):
            continue
        return []
    found = _last_force(token, mentions, _MILITARY_NOUNS | {"army", "military"})
    if found or not quals & _HOME_QUALIFIERS:
        return found
    focal = cached_focal(token.doc, mentions) or _paragraph_country(token, mentions, mentions.text)
    return [focal] if focal else []


#: People who speak for the government of the place they are "in" ("officials in Xville"
#: are that country's); "diplomats in Xville", "troops in Xville" may be anyone's.
_SEATED_PEOPLE = frozenset({"officials", "official"})


def _officials_in_seat(token: Token, mentions: Mentions) -> list[Entity]:
    """"Officials in Xville have said they ...": officials with no word for whose they are,
    in a country's capital (or in the country itself), speak for that country; "Western
    officials in Xville", "U.S. officials in Xville" name another owner."""
    if token.lower_ not in _SEATED_PEOPLE or token.dep_ in ("compound", "amod"):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "appos") and (
            not c.is_lower or mentions.entity_at(c) is not None) for c in token.children):
        return []
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            mention = mentions.mention_at(pobj) if pobj.dep_ == "pobj" else None
            if mention is None or mention.by_coref or len(mention.entities) != 1:
                continue
            ent = mention.entities[0]
            if ent.type == "Country" and mention.kind == "name":
                return [ent]
            iso3 = mentions.place_country.get(ent.id) if mention.kind == "capital" else None
            record = load_gazetteer().countries.get(iso3) if iso3 else None
            if record is not None:
                return [mentions.entity(iso3, record.label, "Country")]
    return []


#: Words that mark military rule: "the Malian junta", "Niger's military government", "junta
#: leader X", "the three military-led states".
_JUNTA_WORDS = frozenset({"junta", "military", "putschist"})
#: Nouns that "military" must modify to mean a military government ("the military rulers").
_RULER_NOUNS = frozenset({"government", "rulers", "ruler", "regime", "leader", "leaders",
                          "authorities", "council", "administration", "junta"})


#: words of a coup that name the country it put under military rule
_COUP_WORDS = frozenset({"coup", "putsch", "power"})
_SEIZING = frozenset({"seize", "take", "grab", "assume"})


def _junta_country(token: Token, mentions: Mentions) -> list[Entity]:
    """"Niger's military government ordered ... after the junta tore up ...": a bare "the
    junta" (no junta named as an organisation) is the country last named as under military
    rule before it or by the description itself ("C's junta", "the C military government",
    "junta leader X" of C, "the junta in <C's capital>", "threatened the junta in C"); none
    without such a naming (not the focal country)."""
    doc = token.doc
    for i in reversed(mentions.positions(_JUNTA_WORDS | _COUP_WORDS)):
        if i > token.i:
            continue
        word = doc[i]
        if word.lower_ in _COUP_WORDS:
            # "soldiers seized power in Niger", "the coup in Gabon", "Niger's coup": the country
            # put under military rule
            if word.lower_ == "power" and not (word.dep_ == "dobj" and word.head.lemma_.lower() in _SEIZING):
                continue
            places = [g for t in (word, word.head) for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
                      for g in p.children if g.dep_ == "pobj"]
            places += [c for c in word.children if c.dep_ in ("poss", "amod", "compound")]
            found = next((e for t in places for e in [mentions.entity_at(t)] if e is not None and e.type == "Country"),
                         None)
            if found is not None:
                return [found]
            continue
        if word.lower_ == "military" and word.head.lower_ not in _RULER_NOUNS and not (
                i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "led"):
            continue  # "the Israeli military said": a force, not a ruler
        found = _ruled_country(word, mentions)
        if found is not None:
            return [found]
    return []  # not the focal country: a report on a coup is often filed from a neighbour


def _ruled_country(word: Token, mentions: Mentions) -> Entity | None:
    """The country a junta word names: a possessor, modifier, apposition or "in" place of
    the word or of the noun it modifies; a person there stands for the country they lead."""
    nouns = [word] if word.dep_ not in ("amod", "compound", "nmod") else [word, word.head]
    near = [c for n in nouns for c in n.children
            if c.dep_ in ("poss", "compound", "amod", "appos", "nmod")]
    near += [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "in"
             for g in p.children if g.dep_ == "pobj"]
    for tok in near:
        mention = mentions.mention_at(tok)
        if mention is None or mention.by_coref:
            continue
        ent = mention.entities[0]
        if ent.type == "Person" or ent.type == "Location":
            ent = mentions.country_of(ent) if ent.type == "Person" else \
                mentions.entities.get(mentions.place_country.get(ent.id, ""))
        if ent is not None and ent.type == "Country":
            return ent
    return None

