"""Relief brought to a place rather than handed to an actor: "began distributing food kits in
Les Cayes", "donated scanners to Costa Rican customs", "distributing food to affected people
in Kathmandu", "reached 1.4 million people with food assistance in Sudan", "financing for solar mini-grids in northern Ghana" (the giver aids the country
the help goes to), and relief that arrives: "relief flights from the UAE and Qatar have landed
in Pakistan", "a convoy of United Nations trucks crossed into northwest Syria".

The help given to a named actor ("provided $730 million in assistance to Ethiopia") is the verb
rules'; these frames only read where the help lands.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import ACTOR_OR_PLACE, End, EndFinder
from kg.extract.frames._common import NOUN_POS, VERB_POS, emit, named, not_own
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.resolve.gazetteer import load_gazetteer

__all__ = ["FRAMES"]

#: verbs of handing out help
_GIVING = frozenset({"distribute", "deliver", "provide", "donate", "send", "supply", "airlift", "extend", "ship",
                     "dispatch", "finance", "fund", "hand", "support"})
#: what is handed out as help (or an amount of money)
_HELP = frozenset({"aid", "assistance", "food", "meal", "kit", "water", "medicine", "supply", "tent", "blanket",
                   "loan", "financing", "funding", "grant", "relief", "shelter", "help", "equipment", "scanner",
                   "vaccine", "dose", "ration", "parcel", "basket", "item", "material", "good", "fuel", "wheat",
                   "rice", "flour", "medication", "humanitarian"})
#: what help needs, not help itself ("provided humanitarian access")
_NOT_HELP = frozenset({"access", "corridor", "pause", "truce", "ceasefire", "law", "situation", "crisis", "worker"})
#: people helped where they are ("affected people in Kathmandu")
_PEOPLE = frozenset({"people", "family", "community", "resident", "victim", "population", "household", "survivor",
                     "civilian", "child", "refugee"})
#: carriers of relief that arrive somewhere
_CARRIERS = frozenset({"flight", "convoy", "truck", "plane", "aircraft", "ship", "shipment", "consignment", "airlift",
                       "lorry", "vessel", "cargo"})
_ARRIVING = frozenset({"land", "arrive", "reach", "cross", "enter", "dock"})
_INTO = frozenset({"in", "into", "at", "to"})


def _helping(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _NOT_HELP:
        return False  # "humanitarian access", "a humanitarian pause": a way for help, no help given
    return lemma in _HELP or tok.ent_type_ == "MONEY" or any(
        c.lemma_.lower() in _HELP for c in tok.children if c.dep_ in ("compound", "amod")) or any(
        p.lemma_.lower() in _HELP for _, p in syntax.prep_objects(tok, frozenset({"of", "in"})))


def _place_country(tok: Token, ends: EndFinder) -> list[End]:
    """The country a named place lies in (the place itself when it is a country or a region
    whose country is not known)."""
    out = []
    for e in ends.actors(tok, ACTOR_OR_PLACE):
        if e.entity.type == "Country":
            out.append(e)
        elif e.entity.type == "Location":
            # (a capital, or a place the article says lies in a country: "Les Cayes, Haiti")
            iso3 = ends.m.place_country.get(e.entity.id) or load_gazetteer().capital_country.get(e.entity.label) \
                or next((f.object_id for f in ends.m.static_facts if f.predicate == "locatedIn"
                         and f.subject_id == e.entity.id and f.object_type == "Country"), None)
            country = (ends.m.entities.get(iso3) or ends.bodies.country(iso3)) if iso3 else None
            out.append(End(country, tok, True, f"country of '{e.entity.label}'") if country is not None else e)
        elif e.entity.type == "Organization" and e.entity.label.split()[-1].lower() in _PORTS:
            # "landed at Khartoum International Airport": the country of the city it is named after
            found = load_gazetteer().lookup(e.entity.label.split()[0])
            iso3 = found[1] if found and found[0] == "country" else \
                load_gazetteer().capital_country.get(found[1]) if found and found[0] == "capital" else None
            country = (ends.m.entities.get(iso3) or ends.bodies.country(iso3)) if iso3 else None
            if country is not None:
                out.append(End(country, tok, True, f"country of '{e.entity.label}'"))
    return out


#: last words of the names of places relief lands at ("Khartoum International Airport")
_PORTS = frozenset({"airport", "airbase", "port"})


def _demonym_country(tok: Token, ends: EndFinder) -> list[End]:
    """"Costa Rican customs", "the state-run Costa Rican Electricity Institute": the country
    its demonym names."""
    return [e for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")
            for e in ends.actors(c, frozenset({"Country"}), conj=False)]


def _recipients(verb: Token, objs: list[Token], ends: EndFinder) -> list[End]:
    found = []
    for _, p in syntax.prep_objects(verb, frozenset({"to", "for"})):
        if ends.actors(p, conj=False):
            continue  # a named actor helped: the verb rules' fact
        found += _demonym_country(p, ends)
        if p.lemma_.lower() in _PEOPLE or p.dep_ == "pobj" and p.head.lower_ == "for":
            found += [e for _, q in syntax.prep_objects(p, frozenset({"in"})) for e in _place_country(q, ends)]
    for t in (verb, *objs):
        found += [e for _, q in syntax.prep_objects(t, frozenset({"in"})) for e in _place_country(q, ends)]
        found += [e for _, p in syntax.prep_objects(t, frozenset({"for"}))
                  for _, q in syntax.prep_objects(p, frozenset({"in"})) for e in _place_country(q, ends)]
    return list({e.entity.id: e for e in found}.values())


def _help_in_place(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    if syntax.is_passive(verb) or syntax.negated(verb):
        return []
    objs = [o for o in syntax.objects(verb) if o.pos_ in NOUN_POS and _helping(o)]
    if not objs and verb.lemma_.lower() == "reach" and any(
            o.lemma_.lower() in _PEOPLE or o.like_num for o in syntax.objects(verb)):
        # "the agency had reached 1.4 million people with food assistance in Sudan"
        objs = [p for t in (verb, *syntax.objects(verb)) for _, p in syntax.prep_objects(t, frozenset({"with"}))
                if p.pos_ in NOUN_POS and _helping(p)]
    if not objs:
        return []
    if any(s.lower_ in ("which", "that", "who") for s in syntax.subjects(verb)) or any(
            ends.actors(p, conj=False) for _, p in syntax.prep_objects(verb, frozenset({"to"}))):
        return []  # (a relative's antecedent is often misparsed; help handed to a named actor is the verb rules')
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization", "Group")]
    if not agents:
        return []
    targets = not_own(agents, _recipients(verb, objs, ends), ends)
    return emit("frame-help-in-place", verb, "aids", "070", agents, targets, verb, 0.6, trace)


#: words that make a carrier one of relief ("relief flights", "an aid aircraft carrying food")
_RELIEF_WORDS = frozenset({"relief", "aid", "humanitarian", "food", "medical", "rescue", "emergency", "mercy"})


def _relief_carrier(carrier: Token) -> bool:
    """A carrier of relief: named so ("relief flights", "aid convoys"), or carrying or loaded with
    help ("trucks loaded with tents", "a plane carrying 30 tonnes of food")."""
    if any(c.lemma_.lower() in _RELIEF_WORDS for c in carrier.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    for c in carrier.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("carry", "load", "bring", "transport"):
            held = [o for o in c.children if o.dep_ == "dobj"]
            held += [p for _, p in syntax.prep_objects(c, frozenset({"with"}))]
            if any(_helping(h) for h in held):
                return True
    # "30 tonnes of food"; "a convoy of UN trucks loaded with tents"
    return any(_helping(p) or p.lemma_.lower() in _CARRIERS and p.i > carrier.i and _relief_carrier(p)
               for _, p in syntax.prep_objects(carrier, frozenset({"of"})))


def _relief_arrived(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    carriers = [s for s in syntax.subjects(verb) if s.lemma_.lower() in _CARRIERS and _relief_carrier(s)]
    if not carriers or syntax.negated(verb):
        return []
    givers = [e for c in carriers for _, p in syntax.prep_objects(c, frozenset({"from"}))
              for e in named(ends.actors(p))]
    givers += [e for c in carriers for g in c.children if g.dep_ in ("compound", "nmod", "poss")
               for e in named(ends.actors(g, conj=False)) if e.entity.type in ("Country", "Organization")]
    givers += [e for c in carriers for _, p in syntax.prep_objects(c, frozenset({"of"}))
               if p.lemma_.lower() in _CARRIERS
               for g in p.children if g.dep_ in ("compound", "nmod")
               for e in named(ends.actors(g, conj=False)) if e.entity.type in ("Country", "Organization")]
    if not givers:
        return []
    places = [p for _, p in syntax.prep_objects(verb, _INTO)] + [o for o in syntax.objects(verb)]
    targets = not_own(givers, [e for p in places for e in _place_country(p, ends)], ends)
    return emit("frame-relief-arrived", verb, "aids", "070", givers, targets, verb, 0.6, trace)


#: kinds of an appeal for money ("a $160 million flash appeal for Pakistan")
_FUNDING_APPEALS = frozenset({"flash", "humanitarian", "emergency", "funding", "donor"})


def _funding_appeal(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The UN launched a $160 million flash appeal for Pakistan": who raises the money for a
    country aids it (not "an appeal for calm")."""
    kinds = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS or not any(
            c.lower_ in _FUNDING_APPEALS or c.ent_type_ == "MONEY" for c in kinds):
        return []
    agents = [e for e in actor_subjects(noun.head, ends) if e.entity.type in ("Country", "Organization", "Group")]
    targets = [e for _, p in syntax.prep_objects(noun, frozenset({"for"})) for e in named(ends.actors(p))]
    return emit("frame-funding-appeal", noun, "aids", "070", agents, not_own(agents, targets, ends), noun.head, 0.6,
                trace)


#: givers named by what they give ("Japan, Myanmar's largest donor")
_DONORS = frozenset({"donor", "benefactor"})


def _donor_of(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Belgium, one of Burundi's largest donors, ...", "Japan, Myanmar's biggest donor":
    the one so described aids the owner of the donor noun."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        holder = noun.head.head  # "one of Burundi's largest donors"
    while holder.dep_ == "conj":  # "Belgium, the former colonial power and one of Burundi's largest donors"
        holder = holder.head
    if holder.dep_ != "appos":
        return []
    owners = [e for c in noun.children if c.dep_ == "poss" for e in ends.actors(c, frozenset({"Country"}))]
    givers = [e for e in ends.actors(holder.head) if e.entity.type in ("Country", "Organization")]
    return emit("frame-donor-of", noun, "aids", "070", givers, not_own(givers, owners, ends), noun, 0.6, trace)


FRAMES = (
    ((), tuple(sorted(_DONORS)), NOUN_POS, _donor_of),
    ((), ("appeal",), NOUN_POS, _funding_appeal),
    ((), tuple(sorted(_GIVING)), VERB_POS, _help_in_place),
    ((), tuple(sorted(_ARRIVING)), VERB_POS, _relief_arrived),
    ((), ("reach",), VERB_POS, _help_in_place),
)
