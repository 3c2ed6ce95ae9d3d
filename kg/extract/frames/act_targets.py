"""Who did the act a stance is aimed at: "Zagreb rejected the protest", "Iran condemned
the strikes", "Kyiv welcomed the British move", "a claim New Delhi has consistently
rejected" (the stance frames themselves are in :mod:`.act_stances`).

The object of a stance verb (reject, condemn, welcome, "called X 'an act of piracy'" ...)
is often not an actor but an act noun (protest, allegations, strikes, sanctions, move,
attempt ...). The stance is then aimed at the act's author, found in this order:

1. inside the act's noun phrase: a possessive ("Beijing's decision"), a demonym or name
   modifier ("the British move", "any Iranian attempt", "US strikes"), "by X" / "from X"
   (also hung on the act's object: "the bombardment of towns by X"), a participle's agent
   ("the blockade imposed by the US"), the authors of the acts an "including" list names
   ("the atrocities committed ..., including killings by X and shelling by Y");
2. for an act noun that heads a relative clause or stands in apposition to a clause,
   set off by a comma or a dash ("Beijing claims the area, a claim New Delhi rejects",
   "offered its maps - an offer Yerevan has declined"): the subject of that clause (for a
   claim, of the outermost clause that reports it: "officials fear the deal would let X
   station warships, a suggestion Y dismissed" is the officials' claim, not X's);
3. for a definite description ("the protest", "these allegations"): the author of the
   most recent act of the same family in an earlier sentence (at most
   :data:`_REACH` sentences back; the same word preferred: "the strikes" is the last
   strike, not a later attack; measures, "the tariffs", first among those whose sentence
   names the side taking the stance). Acts addressed to someone (protests, accusations,
   demands, threats, criticism) only count when their sentence names the rejecting
   side: only the one protested against rejects a protest. An official's act stands for
   their country ("Beijing rejected the criticism" of a State Department spokesperson).
   An accusation reported without an accusing verb ("Y said X had sheltered the
   militants. X rejected the allegations"; "UN experts have said X ... X rejects the
   findings") is the last statement that names X, when it is more recent than the last
   accusing verb or that one was aimed at someone else. One's own acts are skipped.
   Nobody's stance is aimed at their own side.

Earlier acts are remembered by :func:`_record`, a frame anchored on the act words
themselves that emits nothing and only checks words (an act denied, threatened or
"struck a deal" is none); their authors are found only when a description refers to
them (:func:`authors_of`), so most acts cost one list append.
When no author is found, nothing is emitted (the verb rules may still read the act as
a topic). Polarity comes from the stance clause ("did not reject the protest").
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.frames._common import NOUN_POS, VERB_POS, own_sides, side
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Trace, actor_subjects
from kg.resolve.gazetteer import load_gazetteer

__all__ = ["FRAMES", "ACT_NOUNS", "STANCE_VERBS", "DESCRIBING", "act_authors", "earlier_act_authors", "authors_of",
           "inside_authors", "named_in", "sentence_index"]

#: act nouns -> the family of earlier acts a definite description of them refers to
#: (None: the act must name its author inside its phrase, "the British move")
ACT_NOUNS = {
    "protest": "protest", "complaint": "protest", "representation": "protest", "demarche": "protest",
    "démarche": "protest", "note": "protest",  # (a diplomatic note)
    "allegation": "accuse", "accusation": "accuse", "charge": "accuse", "claim": "accuse",
    "criticism": "criticize", "remark": "criticize", "comment": "criticize", "statement": "criticize",
    "condemnation": "criticize", "rebuke": "criticize", "report": "criticize",
    "communique": "criticize", "communiqué": "criticize", "declaration": "criticize",
    "demand": "demand", "ultimatum": "demand", "call": "demand", "appeal": "demand", "request": "demand",
    "plea": "demand",
    # conclusions someone drew about the rejecting side are charges against it ("Kigali rejects
    # the findings", "rejected that interpretation")
    "finding": "accuse", "conclusion": "accuse", "assessment": "accuse", "interpretation": "accuse",
    "assertion": "accuse", "suggestion": "accuse", "characterisation": "accuse", "characterization": "accuse",
    # someone's telling of events or case ("Beijing rejected the account", "Tehran rejected that
    # description", "dismissed Nairobi's argument")
    "account": "accuse", "description": "accuse", "explanation": "accuse", "argument": "accuse",
    "version": "accuse", "narrative": "accuse", "portrayal": "accuse",
    "threat": "threaten", "warning": "threaten",
    "strike": "attack", "airstrike": "attack", "raid": "attack", "attack": "attack", "bombing": "attack",
    "shelling": "attack", "assault": "attack", "incursion": "attack", "offensive": "attack",
    "bombardment": "attack", "invasion": "attack", "aggression": "attack", "ambush": "attack",
    "shooting": "attack",
    "sanction": "sanction", "tariff": "sanction", "duty": "sanction", "levy": "sanction",
    "blockade": "sanction", "embargo": "sanction", "designation": "sanction",
    "proposal": "propose", "offer": "propose", "plan": "propose", "initiative": "propose",
    "roadmap": "propose", "blueprint": "propose",
    "deployment": "deploy", "drill": "drill", "exercise": "drill", "manoeuvre": "drill", "maneuver": "drill",
    "test": "test", "launch": "test",
    "acquisition": "acquire", "purchase": "acquire",
    "map": "map",  # a map a state publishes draws its claims ("Malaysia rejected the map")
    "decision": None, "move": None, "step": None, "measure": None, "action": None, "attempt": None,
    "veto": None, "bid": None, "effort": None, "policy": None, "stance": None,  # ("position" is also a place held)
    "adoption": None, "approval": None, "passage": None,  # ("welcomed the adoption by the Assembly of ...")
    "resolution": None, "draft": None, "amendment": None,  # ("vetoed a draft put forward by X")
    "crackdown": None, "takeover": None, "seizure": None, "coup": None,
    # answers and help given ("welcomed the swift reaction of ECOWAS", "praised Oman's mediation")
    "reaction": None, "response": None, "mediation": None,
    "use": None, "violation": None, "occupation": None, "annexation": None, "instrumentalisation": None,
    "instrumentalization": None, "weaponisation": None, "weaponization": None,
    # deeds condemned in statements ("the atrocities committed by X", "the detention of Y",
    # "the presence of Turkish vessels", "Russia's illegal war", "this cowardly act by X")
    "atrocity": None, "killing": None, "massacre": None, "murder": None, "execution": None,
    "assassination": None, "abduction": None, "kidnapping": None, "abuse": None, "detention": None,
    "arrest": None, "conduct": None, "behaviour": None, "behavior": None, "presence": None, "export": None,
    "procurement": None, "interference": None, "intimidation": None, "harassment": None,
    "provocation": None, "war": None, "act": None,
}
#: verbs whose act a later description refers to ("China protested ... Tokyo rejected the protest")
_ACT_VERBS = {
    "protest": "protest", "complain": "protest",
    "accuse": "accuse", "allege": "accuse", "blame": "accuse",
    "criticize": "criticize", "criticise": "criticize", "condemn": "criticize", "denounce": "criticize",
    "demand": "demand",
    "threaten": "threaten", "warn": "threaten",
    "strike": "attack", "attack": "attack", "bomb": "attack", "shell": "attack", "raid": "attack",
    "invade": "attack",
    "sanction": "sanction", "blockade": "sanction", "embargo": "sanction", "designate": "sanction",
    "propose": "propose", "offer": "propose",
    "deploy": "deploy", "test": "test",
    "buy": "acquire", "purchase": "acquire", "acquire": "acquire",
}
#: families of acts addressed to someone: only the addressee's side rejects them
_ADDRESSED = frozenset({"protest", "accuse", "criticize", "demand", "threaten"})
#: families of measures aimed at someone, who is the likeliest to take a stance on them
_AIMED = frozenset({"sanction"})
#: stance verbs -> (relation, CAMEO code)
STANCE_VERBS = {
    "reject": ("rejects", "120"), "dismiss": ("rejects", "120"), "rebuff": ("rejects", "120"),
    "repudiate": ("rejects", "120"), "oppose": ("rejects", "120"),
    # turning an act down: "an offer the prime minister has declined", "refused the request"
    "decline": ("rejects", "120"), "refuse": ("rejects", "120"), "spurn": ("rejects", "120"),
    "snub": ("rejects", "120"), "veto": ("rejects", "120"),
    # disputing or setting aside another's act: "continues to contest China's claims", "parliament
    # overrode the president's veto"
    "contest": ("rejects", "120"), "override": ("rejects", "120"), "overrule": ("rejects", "120"),
    "condemn": ("criticizes", "111"), "denounce": ("criticizes", "111"), "criticize": ("criticizes", "111"),
    "criticise": ("criticizes", "111"), "slam": ("criticizes", "111"), "blast": ("criticizes", "111"),
    "decry": ("criticizes", "111"), "deplore": ("criticizes", "111"), "censure": ("criticizes", "111"),
    "lambaste": ("criticizes", "111"), "castigate": ("criticizes", "111"), "assail": ("criticizes", "111"),
    "laud": ("supports", "051"), "approve": ("supports", "051"), "ratify": ("supports", "051"),
    "welcome": ("supports", "051"), "hail": ("supports", "051"), "praise": ("supports", "051"),
    "applaud": ("supports", "051"), "endorse": ("supports", "051"), "back": ("supports", "051"),
    "support": ("supports", "051"), "commend": ("supports", "051"),
    "protest": ("protestsAgainst", "140"),
}
#: verbs that judge their object by a description: a criticism only when the description
#: is pejorative ("called the sanctions 'an act of piracy'")
DESCRIBING = frozenset({"call", "describe", "brand", "label", "term", "characterize", "characterise"})
#: objects of "strike" that make it no attack
_NOT_HIT = frozenset({"deal", "agreement", "accord", "pact", "bargain", "balance", "tone", "note", "chord",
                      "compromise", "truce", "ceasefire"})
#: determiners of a definite description that points back ("the protest", "these charges")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
#: words of one act ("airstrikes" ... "the strikes")
_WORDS = {"airstrike": "strike", "raid": "strike", "bombing": "bomb", "accusation": "accuse",
          "allegation": "allege", "complaint": "complain", "invasion": "invade", "designation": "designate",
          "acquisition": "acquire"}
#: auxiliaries of acts not (yet) done
_UNREAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "wo", "'ll"})
#: heads of an act only intended ("plans to impose tariffs")
_INTENDING = frozenset({"plan", "intend", "want", "seek", "try", "attempt", "prepare", "aim", "hope", "propose",
                        "offer", "consider", "mull", "weigh"})
#: how many sentences back a definite description may point
_REACH = 16
#: how many sentences back an accusation reported without an accusing verb may be
_CLAIM_REACH = 3
#: punctuation that sets an apposition off from its clause
_SETTING_OFF = frozenset({",", "-", "\u2013", "\u2014"})
#: modifiers that make an act noun someone else's description, not the author's act
_AGENT_PREPS = frozenset({"by", "from"})
#: acts whose "of" phrase names who suffered them ("the detention of the president", "the
#: killing of aid workers"), as it does for attacks and sanctions
_SUFFERED_OF = frozenset({"killing", "massacre", "murder", "execution", "assassination", "abduction", "kidnapping",
                          "abuse", "detention", "arrest", "intimidation", "harassment", "export", "procurement"})


class _Act(NamedTuple):
    """An act remembered for later descriptions."""

    family: str
    word: str              # its lemma, airstrikes folded into strikes ("the strikes" prefers it)
    sentence: int          # index of its sentence in the article
    token: Token           # its trigger (its authors are found only when a description needs them)


def sentence_index(tok: Token, ends: EndFinder) -> int:
    """Index of the token's sentence (a bisect: ``Token.sent`` walks the doc)."""
    return bisect.bisect_right(ends.m.sentences()[1], tok.i) - 1


def _actor_ends(ends_: list[End]) -> list[End]:
    return [e for e in ends_ if e.entity.type != "Topic"]


#: texts a body adopts, whose body named before them is no author ("a U.N. resolution")
_TEXTS_ADOPTED = frozenset({"resolution", "draft", "amendment"})


def inside_authors(noun: Token, ends: EndFinder) -> list[End]:
    """Authors named inside the act's noun phrase (possessive, demonym, "by X", "imposed by X")."""
    family = ACT_NOUNS.get(noun.lemma_.lower())
    found: list[End] = []
    for c in noun.children:
        dep = c.dep_
        # "a Ukrainian proposal" names a text, as the verb rules read it; "Ukraine's proposal" its author
        if dep == "poss" or (dep in ("amod", "compound", "nmod") and family != "propose"
                             and ends.m.entity_at(c) is not None):
            # ("vetoed a U.N. resolution": the body that would adopt a text is not its author)
            found += [e for e in ends.actors(c) if not (noun.lemma_.lower() in _TEXTS_ADOPTED
                                                       and e.entity.type == "Organization")]
        elif dep in ("prep", "agent") and (c.lower_ in _AGENT_PREPS or c.lower_ == "of" and family not in
                                           ("attack", "sanction") and noun.lemma_.lower() not in _SUFFERED_OF):
            # "the blockade of Cuba", "strikes of Gaza" name the victim, "the decision of the EU" the author
            for g in c.children:
                if g.dep_ == "pobj" and ends.m.entity_at(g) is not None:
                    found += ends.actors(g)
                elif g.dep_ == "pobj":
                    # "the remarks of Canada's foreign minister, Melanie Joly": the one the title names
                    found += [e for a in g.children if a.dep_ == "appos" and ends.m.entity_at(a) is not None
                              for e in ends.actors(a)]
        elif dep == "prep" and c.lower_ == "of":
            # "the bombardment of civilian areas by the SAF": the parser hangs the act's "by" on its object
            found += [e for g in c.children if g.dep_ == "pobj" for _, p in syntax.prep_objects(g, frozenset({"by"}))
                      for e in ends.actors(p)]
        elif dep == "acl":
            # "imposed by the US", "co-hosted by X" (a participle the tagger may call an adjective)
            found += [e for a in syntax.by_agents(c) for e in ends.actors(a)]
            if c.lemma_.lower() == "attribute":  # "remarks attributed to US President X"
                found += [e for _, p in syntax.prep_objects(c, frozenset({"to"})) for e in ends.actors(p)]
        elif dep == "relcl" and c.lemma_.lower() not in STANCE_VERBS and c.lemma_.lower() not in DESCRIBING \
                and c.lemma_.lower() not in ends.lex.cue("reporting_verbs") \
                and not syntax.is_passive(c) and not any(o.dep_ == "dobj" and o.pos_ != "PRON" for o in c.children):
            # ("attacks that Riyadh says target civilians": who says it is no author)
            # "the protest Belgrade lodged", "the tariffs that Washington imposed": the clause's subject
            found += [e for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON" for e in ends.actors(s)]
    return _actor_ends(found + _listed_authors(noun, ends))


def _listed_authors(noun: Token, ends: EndFinder) -> list[End]:
    """"the atrocities committed by the belligerents, including killings by the RSF and the
    bombardment of towns by the SAF": the authors of the acts an "including" list inside the
    act's phrase names (the list may hang on the act, its participle or its agent)."""
    if noun.n_rights == 0:
        return []
    found: list[End] = []
    for t in noun.subtree:
        if t.dep_ != "prep" or t.lower_ != "including" or t.i < noun.i:
            continue
        # (the parser may hang a later act of the list on the author of an earlier one)
        for item in t.subtree:
            if item.dep_ in ("pobj", "conj") and item.pos_ == "NOUN" and item.lemma_.lower() in ACT_NOUNS:
                found += inside_authors(item, ends)
    return found


def _clause_authors(noun: Token, ends: EndFinder) -> list[End]:
    """"Beijing claims the region, a claim Delhi rejects": an act noun in apposition to a
    clause (after a comma) is the act of that clause's subject."""
    head = noun.head
    if noun.dep_ == "appos":
        # "banned imports of wine, a move ...": the apposition hangs off the clause's object
        for _ in range(3):
            if head.pos_ in VERB_POS or head.head is head:
                break
            head = head.head
    if head.pos_ not in VERB_POS or noun.dep_ not in ("dobj", "appos", "npadvmod", "attr", "dep") or noun.i < head.i:
        return []
    if ACT_NOUNS.get(noun.lemma_.lower()) == "accuse":
        # "officials fear the deal could allow China to station warships, a suggestion X has
        # dismissed": a claim is made by whoever says the whole clause (the parser hangs the
        # apposition on its innermost verb, whose subject is only what the claim is about)
        for _ in range(3):
            if head.dep_ != "ccomp" or head.head.pos_ not in VERB_POS:
                break
            head = head.head
    # set off by a comma or a dash ("offered its maps - an offer Yerevan has declined")
    # (the parser may hang the dash on the noun itself)
    start = noun.left_edge.i
    mark = start if noun.doc[start].text in _SETTING_OFF else start - 1
    if mark <= head.i or noun.doc[mark].text not in _SETTING_OFF:
        return []
    return _actor_ends(actor_subjects(head, ends))


def act_authors(noun: Token, agents: list[End], ends: EndFinder, *, appositive: bool = False,
                earlier: bool = True, named_back: bool = False) -> list[End]:
    """Authors of the act ``noun`` a stance of ``agents`` is aimed at; [] when unresolved.

    Args:
        noun: the act noun (object of the stance verb, or a relative clause's antecedent).
        agents: the ends holding the stance (their own side is never the target).
        ends: the article's end finder (its ``act_log`` holds the earlier acts).
        appositive: the noun may stand in apposition to a clause whose subject is the author.
        earlier: whether a definite description may name an act of an earlier sentence (not
            when a restrictive relative clause says which act it is: "the sanctions that the
            leaders endorsed").
        named_back: the noun points back whatever its determiner ("rejected what it called
            baseless allegations").
    """
    own = own_sides(agents, ends)
    found = inside_authors(noun, ends)
    how = "inside"
    if not found and appositive:
        found, how = _clause_authors(noun, ends), "clause"
    if not found and earlier:
        found, how = _earlier_authors(noun, own, ends, named_back), "earlier"
    if not found and _seizure_of_power(noun):
        found, how = _article_junta(noun, ends), "the article's junta"
    out, seen = [], set()
    for e in found:
        mine = e.entity.id in own or side(e, ends).entity.id in own
        # ("killings by the RSF and allied militias": a group named by a common noun alone is nobody in particular)
        vague = e.entity.type == "Group" and e.entity.label.islower()
        if not mine and not vague and e.entity.id not in seen:
            seen.add(e.entity.id)
            out.append(e._replace(token=noun, coref=how == "earlier" or e.coref,
                                  via=f"author of '{noun.text}' ({how})"))
    return out


#: names of a seizure of power ("condemned the coup / the takeover / the seizure of power")
_COUP_WORDS = frozenset({"coup", "putsch", "takeover", "power grab"})
#: words of the names juntas give themselves ("National Council for the Safeguard of the
#: Homeland", "Committee for the Transition and the Restoration of Institutions")
_JUNTA_WORDS = frozenset({"Transition", "Transitional", "Restoration", "Safeguard", "Salvation", "Reconciliation",
                          "Homeland", "Junta", "Redemption", "Rectification"})


def _seizure_of_power(noun: Token) -> bool:
    """"the coup", "the military takeover", "the seizure of power" (not "the seizure of a ship")."""
    lemma = noun.lemma_.lower()
    if lemma == "seizure":
        return any(g.lemma_.lower() == "power" for _, g in syntax.prep_objects(noun, frozenset({"of"})))
    return lemma in _COUP_WORDS


def _article_junta(noun: Token, ends: EndFinder) -> list[End]:
    """The junta the article names ("the National Committee of Reconciliation and Development
    (CNRD)"), whoever's coup is condemned without its author in the phrase: one body whose
    name says it rules a transition (a body of the state, not an international one)."""
    found = {e.id: e for e in ends.m.entities.values() if e.type in ("Organization", "Group")
             and (_JUNTA_WORDS & set(e.label.replace("-", " ").split()) or "Military Council" in e.label)}
    if len(found) != 1:
        return []
    junta = next(iter(found.values()))
    return [End(junta, noun, True, "the article's junta")]


def earlier_act_authors(noun: Token, ends: EndFinder) -> list[End] | None:
    """For the end finder's definite descriptions: the authors of the earlier act a definite
    act noun ("the protest", "the strikes") that is the object of a verb refers to, checked as
    :func:`act_authors` checks them (the act addressed to the verb's subject, not only
    threatened, the same word preferred); [] when none fits, None when ``noun`` is no act
    noun of a known family (the caller decides)."""
    if ACT_NOUNS.get(noun.lemma_.lower()) is None:
        return None
    verb = noun.head
    if verb.pos_ not in VERB_POS:
        return None
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    # called from inside EndFinder.owners: the subject is an actor, not an attitude target
    saved = ends.any_noun, ends.relation
    ends.any_noun, ends.relation = False, ""
    try:
        agents = [e for a in syntax.by_agents(verb) for e in ends.actors(a)] if noun.dep_ == "nsubjpass" \
            else actor_subjects(verb, ends)
    finally:
        ends.any_noun, ends.relation = saved
    own = own_sides(agents, ends)
    return [e._replace(token=noun, coref=True, via=f"author of '{noun.text}' (earlier)")
            for e in _earlier_authors(noun, own, ends) if e.entity.id not in own]


#: generic names of a deed a speaker may give an assault reported before ("what he called a cowardly act")
_GENERIC_NAMED = frozenset({"act", "crime", "atrocity"})


def _earlier_authors(noun: Token, own: set[str], ends: EndFinder, named_back: bool = False) -> list[End]:
    """The authors of the last act of the noun's family in an earlier sentence."""
    family = ACT_NOUNS.get(noun.lemma_.lower())
    # ("condemned what he called a cowardly act": a generic act named back is the last act of
    # an assault reported just before)
    generic = family is None and named_back and noun.lemma_.lower() in _GENERIC_NAMED
    if family is None and not generic or not named_back and not any(
            c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE for c in noun.children):
        return []
    if family == "test" and any(g.lemma_.lower() not in ends.lex.cue("act_projectiles")
                                for _, g in syntax.prep_objects(noun, frozenset({"of"}))):
        return []  # "the launch of the new trade talks" is no rocket launch
    here = sentence_index(noun, ends)
    log = getattr(ends, "act_log", None) or []
    acts = [a for a in log if (a.family == "attack" if generic else a.family == family)
            and here - (2 if generic else _REACH) <= a.sentence < here]
    # "the strikes" is the last strike when one was reported, else the last act of its family
    # not too far back (acts whose authors are not named do not count)
    word = _WORDS.get(noun.lemma_.lower(), noun.lemma_.lower())
    act, authors = None, []
    # "Canada, hit by US tariffs, announced counter-tariffs ... China opposes the tariffs": a
    # stance on measures aimed at someone is first looked for among those whose sentence names
    # the one taking it
    passes = (True, False) if family in _AIMED and own else (False,)
    for pick in ([a for a in reversed(acts) if a.word == word],
                 [a for a in reversed(acts) if here - a.sentence <= _REACH // 2]):
        for aimed in passes:
            for cand in pick[:10]:
                # one's own act is never the one a stance answers: look further back ("accused
                # Yerevan of keeping claims ... Armenian officials rejected that interpretation")
                authors = [e for e in authors_of(cand, ends)
                           if e.entity.id not in own and side(e, ends).entity.id not in own]
                if authors and (not aimed or own & named_in(cand.sentence, authors, ends)):
                    act = cand
                    break
            if act is not None:
                break
        if act is not None:
            break
    # "Y said X had let militants use its soil. X rejected the allegations": an accusation
    # reported without an accusing verb is the last statement that names X; it is the one
    # meant when it is more recent than the last accusing verb, or that one was aimed elsewhere
    said_in, claimants = _reported_claimant(own, here, ends) if family == "accuse" else (-1, [])
    addressed = act is not None and (family not in _ADDRESSED or bool(own & named_in(act.sentence, authors, ends)))
    if claimants and (act is None or said_in > act.sentence or not addressed):
        return claimants
    if act is None or not addressed:
        return []  # the last protest was not addressed to the one rejecting "the protest"
    # an official's protest is answered to the country they speak for
    return [_country_side(e, ends) for e in authors]


def _country_side(end: End, ends: EndFinder) -> End:
    """A person's country, also through the body they speak for ("a State Department
    spokesperson" -> the United States); else the end itself."""
    found = side(end, ends)
    if found.entity.type != "Person":
        return found
    body = ends.affiliation(end.entity)
    country = ends.m.country_of(body) if body is not None and body.type == "Organization" \
        and hasattr(ends.m, "country_of") else None
    return End(country, end.token, True, "affiliation") if country is not None and country.type == "Country" else end


def _reported_claimant(own: set[str], here: int, ends: EndFinder) -> tuple[int, list[End]]:
    """(its sentence, its speakers) for the last statement (a reporting verb with a clause) in
    the :data:`_CLAIM_REACH` sentences before ``here`` whose sentence names the ``own`` side;
    (-1, []) when there is none."""
    sents = ends.m.sentences()[0]
    reporting = ends.lex.cue("reporting_verbs")
    for n in range(here - 1, max(-1, here - 1 - _CLAIM_REACH), -1):
        for t in sents[n]:
            # (its content a clause, or a clause the parser misread as an object: "have said
            # Rwanda exercises control", "exercises" taken for a plural noun)
            if t.pos_ not in VERB_POS or t.lemma_.lower() not in reporting or not any(
                    c.dep_ in ("ccomp", "dobj") for c in t.children):
                continue
            # "United Nations experts have said": the body the speakers are named after
            subjects = [m for s in syntax.subjects(t) for m in
                        ([s] + [c for c in s.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"])]
            speakers = [_country_side(e, ends) for s in subjects for e in ends.actors(s, conj=False)
                        if e.entity.type != "Topic"]
            # a country or someone speaking for one: a body's statement ("the military's media
            # wing said") is answered to its country, which is not always known
            # (or an international body with no country of its own: "United Nations experts have said")
            speakers = [e for e in speakers if e.entity.id not in own and (
                e.entity.type == "Country" or e.entity.type == "Organization" and _stateless(e.entity, ends))]
            if speakers and own & named_in(n, speakers, ends):
                return n, speakers
    return -1, []


def _stateless(entity, ends: EndFinder) -> bool:
    """An international body (the UN, the AU): listed in the gazetteer with no country. (A body
    the gazetteer does not know, "the military's media wing", may be a national one whose
    country is not named.)"""
    org = load_gazetteer().orgs.get(entity.id)
    return org is not None and not org.country and hasattr(ends.m, "country_of") and ends.m.country_of(entity) is None


def named_in(sentence: int, authors: list[End], ends: EndFinder) -> set[str]:
    """Ids of the actors (and their countries) named in a sentence, besides the authors."""
    authors = {e.entity.id for e in authors}
    out: set[str] = set()
    sents = ends.m.sentences()[0]
    if not 0 <= sentence < len(sents):
        return out
    for t in sents[sentence]:
        ent = ends.m.entity_at(t)
        if ent is None or ent.id in authors or ent.type == "Topic":
            continue
        out.add(ent.id)
        if ent.type == "Person":
            aff = ends.affiliation(ent)
            if aff is not None:
                out.add(aff.id)
        elif ent.type == "Location":
            iso3 = getattr(ends.m, "place_country", {}).get(ent.id)
            if iso3:
                out.add(iso3)  # "protested to Seoul": the capital names its country
    return out


def _record(tok: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """Remember an act ("China protested ...", "the US strikes", "lodged a complaint") for later
    descriptions; emits nothing. Only cheap word checks here: its authors are found when a
    description refers to it (most acts are never referred to)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in VERB_POS:
        family = _ACT_VERBS.get(lemma)
        if family is None and lemma in ("fire", "launch", "test-fire") and any(
                o.lemma_.lower() in lex.cue("act_projectiles") for o in _fired(tok)):
            family = "test"  # "fired two ballistic missiles ... condemned the launches"
        if family is None or any(c.dep_ == "neg" for c in tok.children):
            return []
        if family == "attack" and any(o.lemma_.lower() in _NOT_HIT for o in syntax.objects(tok)):
            return []  # "struck a deal", "struck a balance"
        if _unreal(tok, lex):
            return []  # "would keep attacking", "threatened to strike": no act done yet
    else:
        family = ACT_NOUNS.get(lemma)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        if family is None or nxt.lower_.startswith(("d'", "d\u2019", "de")):
            return []  # "the charge d'affaires" is a diplomat
    log = getattr(ends, "act_log", None)
    if log is None:
        log = ends.act_log = []
    log.append(_Act(family, _WORDS.get(lemma, lemma), sentence_index(tok, ends), tok))
    del log[:-60]
    return []


def _fired(verb: Token) -> list[Token]:
    """What a firing verb fires: its objects, or for "fired what it claimed was an ICBM" (a
    clause the parser breaks up) the words of the clause that follows."""
    objects = syntax.objects(verb)
    if not objects and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "what":
        return list(verb.doc[verb.i + 1:min(verb.i + 9, verb.sent.end)])
    return objects


def authors_of(act: _Act, ends: EndFinder) -> list[End]:
    """The authors of a remembered act: the verb's subject (passive: its agent); for an act
    noun, who is named inside its phrase, else the subject of the verb it is the object of."""
    tok = act.token
    authors: list[End] = []
    if tok.pos_ in VERB_POS:
        authors = [e for a in syntax.by_agents(tok) for e in ends.actors(a)] if syntax.is_passive(tok) \
            else actor_subjects(tok, ends)
    else:
        authors = inside_authors(tok, ends)
        if not authors and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.lemma_.lower() in ("responsibility", "credit") and tok.head.head.dep_ == "dobj" \
                and tok.head.head.head.lemma_.lower() in ("claim", "take", "admit", "accept"):
            # "Al-Shabaab claimed responsibility for the bombing": the one who claims it did it
            authors = actor_subjects(tok.head.head.head, ends)
        gov = syntax.governing_verb(tok, ends.lex.cue("quantity_nouns")) if not authors else None
        if gov is not None and gov.lemma_.lower() not in STANCE_VERBS and gov.lemma_.lower() not in DESCRIBING:
            # ("killing seven in the heaviest bombardment": a noun in a prepositional phrase is
            # no act of the clause's subject)
            said_in = tok.dep_ == "pobj" and tok.head.lower_ == "in" and act.family == "criticize"  # "said in a statement"
            if (tok.dep_ == "dobj" or said_in) and not syntax.is_passive(gov):
                # "lodged a protest", "imposed sanctions", "carried out strikes": the verb's subject
                authors = actor_subjects(gov, ends)
            elif tok.dep_ == "nsubjpass":
                # "the assault was carried out by X"
                authors = [e for a in syntax.by_agents(gov) for e in ends.actors(a)]
    # found from a later sentence: a pronoun counts only as the resolve stage read it (the end
    # finder's plural "they" would read it with this sentence's coordinations)
    return [e for e in _actor_ends(authors) if e.entity.type in ("Country", "Organization", "Group", "Person")
            and (e.token.pos_ != "PRON" or ends.m.entity_at(e.token) is not None and e.via == "mention")]


def _unreal(verb: Token, lex: Lexicon) -> bool:
    """An act only announced, threatened or possible, up the chain of infinitives."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        verb = verb.head
        if verb.lemma_.lower() in lex.cue("threat_heads") or verb.lemma_.lower() in _INTENDING:
            return True
    return False


#: (cue lists, extra lemmas, part of speech, frame): the lemmas that anchor each frame
FRAMES = (
    ((), (*_ACT_VERBS, "fire", "launch", "test-fire"), VERB_POS, _record),
    ((), tuple(k for k, v in ACT_NOUNS.items()), NOUN_POS, _record),
)

# (the names other frame modules imported before these helpers were made public)
_authors_of, _named_in, _sentence_index = authors_of, named_in, sentence_index
