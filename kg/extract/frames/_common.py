"""Helpers shared by the frame modules."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.rules import Candidate, actor_subjects, pair_up
from kg.types import ACTOR_TYPES

__all__ = ["STATES", "NOUN_POS", "VERB_POS", "children", "named", "emit", "counterpart_pairs", "IMPLICIT", "owners_of_subject", "side", "own_sides", "not_own", "across_the_table", "partners_or_mutual"]

STATES = frozenset({"Country", "Organization", "Group"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def partners_or_mutual(agents: list[End], partners: list[End]) -> list[End]:
    """The partners named; with none, the agents with each other ("A and B agreed to ...")
    when they are at least two different actors; else nothing."""
    if partners:
        return partners
    return agents if len({e.entity.id for e in agents}) >= 2 else []


def named(ends_: list[End]) -> list[End]:
    """Ends named in the sentence: not "the government" guessed from the article."""
    return [e for e in ends_ if not e.via.startswith(("the article's", "principal pair"))]


#: relations whose unnamed target is the other side of a two-sided article ("lodged a
#: protest", "vowed to retaliate", "condemned the move"); measured on 25 annotated sets, the
#: other directed relations guessed this way were right too rarely (appeals 40%, support 47%)
IMPLICIT = frozenset({"threatens", "criticizes", "protestsAgainst"})


def counterpart_pairs(agents: list[End], ends: EndFinder) -> list[tuple[End, End]]:
    """(agent, the other side) for each agent on one of the article's two sides
    (:meth:`EndFinder.two_sides`)
    ("The Philippine foreign ministry said it would lodge a diplomatic protest", in an
    article about China and the Philippines: the Philippines protests against China)."""
    pair = ends.two_sides()
    ids = [e.id for e in pair]
    out = []
    for a in agents:
        own = side(a, ends).entity.id
        if own in ids:
            out.append((a, End(pair[1 - ids.index(own)], a.token, True, "the other side of the article")))
    return out


def emit(rule, trigger, relation, cameo, agents, targets, clause, conf, trace, *, polarity=None, walk=True):
    pairs = pair_up(agents, targets, relation)
    if not pairs and not targets and relation in IMPLICIT and trace.ends is not None:
        # "Manila said it would lodge a diplomatic protest": the other side of the article
        pairs = counterpart_pairs(agents, trace.ends)
        rule, conf = (rule + "-counterpart", min(conf, 0.6)) if pairs else (rule, conf)
    if not pairs:
        trace.add(rule, trigger, f"rejected {relation}",
                  f"agents={[e.entity.label for e in agents]} targets={[e.entity.label for e in targets]}")
        return []
    return [Candidate(rule, trigger, relation, cameo, s, o, clause, conf, polarity=polarity, walk=walk)
            for s, o in pairs]


def owners_of_subject(verb: Token, ends: EndFinder, relation: str) -> list[End]:
    """The actor behind a clause: its actor subject, or whose act the subject noun is
    ("Venezuela's decision drew ...", "the move by China prompted ...")."""
    found = actor_subjects(verb, ends)
    if found:
        return found
    for subj in syntax.subjects(verb):
        if subj.pos_ == "NOUN":
            found += ends.owners(subj, ACTOR_TYPES, relation)
    return found


def side(end: End, ends: EndFinder) -> End:
    """A person's country (the one they lead or serve), else the person."""
    if end.entity.type != "Person":
        return end
    side = ends.affiliation(end.entity)
    return End(side, end.token, True, "affiliation") if side is not None and side.type == "Country" else end


def own_sides(agents: list[End], ends: EndFinder) -> set[str]:
    """Entity ids of the agents and of their countries: the side a statement comes from,
    which is never also its addressee ("the minister demanded that Ruritania ...")."""
    return {e.entity.id for a in agents for e in (a, side(a, ends))}


def not_own(agents: list[End], targets: list[End], ends: EndFinder) -> list[End]:
    """The ``targets`` outside the agents' own sides (:func:`own_sides`)."""
    own = own_sides(agents, ends)
    return [e for e in targets if e.entity.id not in own]


def across_the_table(agents: list[End], ends: EndFinder, token: Token, via: str) -> list[End]:
    """The other side of the meeting just reported, when the agents are one of its two
    sides ("Minister X expressed his support", "The A side demanded a timetable"); else
    nothing. The ends stand at ``token``."""
    own = own_sides(agents, ends)
    sides = [(m, side(m, ends)) for m in ends.last_meeting]
    if not agents or not any(m.entity.id in own or s.entity.id in own for m, s in sides):
        return []
    return [s._replace(token=token, coref=True, via=via)
            for m, s in sides if m.entity.id not in own and s.entity.id not in own]
