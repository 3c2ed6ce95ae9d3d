"""Group actors named by common nouns: "protesters", "opposition leaders", "Western governments".

News names many actors without a proper name: crowds, armed groups, coalitions of
states. A plural head noun from ``kg/data/groups.csv`` used as an actor (subject,
object, object of a preposition, conjunct or apposition) becomes a Group entity
labelled with the noun and the modifiers that say which group it is:

- "Opposition activists and rights groups protested ..." -> Groups "opposition activists",
  "rights groups"; "Syrian rebels" -> "Syrian rebels" (the demonym keeps its own
  mention of the country);
- nouns with a ``requires`` list name a group only with one of those modifiers:
  "rights groups", "Western governments", but not "groups" or "governments";
- a named group as modifier wins: "Hamas militants" is Hamas; some singular nouns name
  an actor only so ("Lebanon's Hezbollah group", "the Hamas movement", kind ``named``);
- "the rebels" / "the militants" with no modifier after a named armed group (kind
  Group in the gazetteer or the NER) is that group;
- numbered descriptions ("the two sides", "three European countries") are left to
  coreference, and so is a definite plural of states ("the Western powers", "the
  neighbouring countries"), which names countries the article named together; the
  second pass (after coreference) takes the definite nouns it left ("the ruling party"
  when no party was named);
- people of a political camp ("Peronist opposition lawmakers", "Chadian opposition
  figures", "Republican senators") keep their capitalised modifiers in the label;
- a group noun with a named organisation in apposition is that organisation ("the main
  opposition People Power Party accused ..."), and so are "lawmakers from the X party";
- a region's leaders or ministers, all of them, are the body of the region's states
  ("West African leaders" ECOWAS, "Arab foreign ministers" the Arab League: the ``body``
  column of ``kg/data/country_groups.csv``), and "Heads of State and Government of X" are X
  (:func:`regional_bodies`).

Example:
    >>> doc = load_nlp()("Protesters accused the police of brutality.")
    >>> mentions = resolve(doc, Article(id="a", title="", text=doc.text))
    >>> mentions.entity_at(doc[0]).label, mentions.entity_at(doc[0]).type
    ('protesters', 'Group')
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

from kg.resolve.gazetteer import load_gazetteer, slug
from kg.resolve.mentions import Mentions

__all__ = ["group_mentions", "load_group_nouns", "GroupNoun", "STATE_PLURALS", "regional_bodies"]

#: Roles in which a group noun is an actor.
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative",
                         "agent", "poss", "iobj", "ROOT"})
_MOD_DEPS = frozenset({"amod", "compound", "nmod"})
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "both", "2", "3", "4", "5"})
_DEFINITE = frozenset({"the", "these", "those"})
#: Group nouns that a named organisation before them stands for ("the Hope party").
_ORG_HEADS = frozenset({"party", "parties", "groups", "movement", "organisations",
                        "organizations", "factions"})
#: Parts of speech of a capitalised modifier that names a political camp.
_PROPER_POS = frozenset({"ADJ", "PROPN", "NOUN"})
#: Stands, in a ``requires`` list, for any capitalised modifier (see groups.csv).
_PROPER = "@proper"
#: Stands, in a ``requires`` list, for no modifier at all: the noun names a group alone too.
_BARE = "@bare"
#: Plural nouns of states that coreference may resolve to named countries.
STATE_PLURALS = frozenset({"countries", "powers", "nations", "states", "governments",
                           "capitals", "allies", "neighbours", "neighbors"})


@dataclass(frozen=True)
class GroupNoun:
    """A row of groups.csv."""

    noun: str
    requires: frozenset[str]
    kind: str  # "people" | "armed" | "states" | "deferred" | "named"


@functools.lru_cache(maxsize=1)
def load_group_nouns() -> dict[str, GroupNoun]:
    """Head noun -> :class:`GroupNoun`, from ``kg/data/groups.csv``."""
    text = resources.files("kg.data").joinpath("groups.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = {}
    for row in csv.DictReader(lines):
        requires = frozenset(w.strip().lower() for w in (row["requires"] or "").split("|")
                             if w.strip())
        out[row["noun"].strip().lower()] = GroupNoun(row["noun"].strip().lower(), requires,
                                                     row["kind"].strip() or "people")
    return out


@functools.lru_cache(maxsize=1)
def _kept_modifiers() -> frozenset[str]:
    """Modifiers that say which group it is (kept in the label): every ``requires`` word."""
    return frozenset(w for g in load_group_nouns().values() for w in g.requires)


def _modifiers(token: Token) -> list[Token]:
    return [c for c in token.lefts if c.dep_ in _MOD_DEPS]


def _proper_modifier(mod: Token, mentions: Mentions) -> bool:
    """A capitalised adjective or name of a camp before the noun ("Peronist", "Republican",
    "U.S."), not a capital that only opens the sentence and not a person's name."""
    if not mod.text[:1].isupper() or mod.pos_ not in _PROPER_POS:
        return False
    if mod.i == mod.sent.start and mod.ent_type_ not in ("NORP", "GPE", "ORG"):
        return False  # "Several lawmakers": the capital only opens the sentence
    entity = mentions.entity_at(mod)
    return entity is None or entity.type != "Person"


def _label_tokens(token: Token, mods: list[Token], mentions: Mentions,
                  proper: bool = False) -> list[Token]:
    """The head and the modifiers that name the group ("human rights groups"); with
    ``proper``, capitalised modifiers too ("Peronist opposition lawmakers")."""
    keep = [token]
    gaz = load_gazetteer()
    for mod in mods:
        low = mod.lower_
        demonym = gaz.lookup(mod.text)
        if low in _kept_modifiers() or (demonym and demonym[0] == "demonym") or \
                proper and _proper_modifier(mod, mentions):
            keep += [t for t in mod.subtree if t.i < token.i and
                     (t.i == mod.i or t.dep_ in _MOD_DEPS)]
    doc, first = token.doc, min(t.i for t in keep)
    # "pro-Russian separatists", "Iran-backed militias": the words a hyphen joins to the
    # first one kept belong to it
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 2].whitespace_ \
            and not doc[first - 1].whitespace_ and doc[first - 2].is_alpha:
        keep += [doc[first - 1], doc[first - 2]]
        first -= 2
    return sorted(set(keep), key=lambda t: t.i)


def _which_names_a_place(token: Token, mentions: Mentions) -> bool:
    """"protesters in Ruritania, which retaliated": the parser hangs the clause on the
    people, but "which" is said of the country named in between."""
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if not any(g.lower_ == "which" for g in clause.children):
            continue
        between = token.doc[token.i + 1:clause.left_edge.i]
        if any(e is not None and e.type in ("Country", "Location")
               for e in (mentions.entity_at(t) for t in between)):
            return True
    return False


#: Adjectives written with a capital wherever they stand.
_PROPER_ADJECTIVES = frozenset({"western", "islamist", "european", "arab", "african", "asian",
                                "muslim", "gulf", "baltic", "nordic", "latin"})


def _render(tokens: list[Token]) -> str:
    gaz = load_gazetteer()
    words = []
    for tok in tokens:
        proper = tok.text[:1].isupper() and (tok.i != tok.sent.start or gaz.lookup(tok.text)
                                             or tok.lower_ in _PROPER_ADJECTIVES
                                             or tok.ent_type_ == "NORP")
        word = tok.text if proper else tok.text.lower()
        # (no space where the text has none: "pro-Russian")
        glued = words and (tok.text == "-" or words[-1].endswith("-")) and not tok.doc[tok.i - 1].whitespace_
        words[-1:] = [words[-1] + word] if glued else [*words[-1:], word]
    return " ".join(words)


def _named_group_before(token: Token, mentions: Mentions):
    """The last named armed / political group (type Group, not a common-noun group)
    mentioned before ``token``."""
    for mention in sorted(mentions.mention_list, key=lambda m: -m.span.start):
        if mention.span.start >= token.i or mention.by_coref or mention.kind == "group":
            continue
        ent = mention.entities[0]
        if len(mention.entities) == 1 and ent.type == "Group" and ent.id != "the_West" \
                and ent.label.split()[-1].lower() not in _PARTY_PEOPLE:
            return ent
    return None


#: Members of parties, named by the party's creed ("the Socialists"): voters and lawmakers,
#: never the "rebels" or "separatists" a later sentence speaks of.
_PARTY_PEOPLE = frozenset({"socialists", "democrats", "republicans", "conservatives", "liberals",
                           "greens", "tories", "centrists", "labourites", "progressives"})


def _named(token: Token | None, mentions: Mentions):
    """The organisation or armed group a token names by its own name, or None."""
    if token is None:
        return None
    mention = mentions.mention_at(token)
    if mention is None or mention.by_coref or mention.kind == "group" or len(mention.entities) != 1:
        return None
    entity = mention.entities[0]
    return entity if entity.type in ("Organization", "Group") and entity.id != "the_West" else None


def _named_apposition(token: Token, mentions: Mentions):
    """"the main opposition People Power Party accused ...": the parser makes the group
    noun the subject and hangs the party's name on it as an apposition; the name wins."""
    return next((e for c in token.children if c.dep_ == "appos"
                 for e in [_named(c, mentions)] if e is not None), None)


def _named_source(token: Token, mentions: Mentions, preps: tuple[str, ...] = ("from",)):
    """"Lawmakers from the Hope party accused ...": the party they come from (armed nouns
    also take "of": "fighters of the X Front captured ...")."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
        found = next((e for c in prep.children if c.dep_ == "pobj"
                      for e in [_named(c, mentions)] if e is not None), None)
        if found is not None:
            return found
    return None


#: Plural nouns of the people who meet for a region's body ("West African leaders",
#: "Arab foreign ministers", "Southeast Asian heads of state").
_SUMMIT_PEOPLE = frozenset({"leaders", "ministers", "heads"})
#: Words before such a noun that make it some of them, not the body's meeting.
_SOME = frozenset({"some", "several", "many", "few", "other", "two", "three", "four", "both", "most",
                   "individual", "former", "visiting", "certain"})


@functools.lru_cache(maxsize=1)
def _region_bodies() -> dict[str, str]:
    """Region words, lowercase ("west african") -> the name of the body that speaks for the
    region's states (``kg/data/country_groups.csv``, column ``body``)."""
    text = resources.files("kg.data").joinpath("country_groups.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {r["adjective"].strip().lower(): r["body"].strip() for r in rows if (r.get("body") or "").strip()}


def regional_bodies(doc: Doc, mentions: Mentions) -> None:
    """"West African leaders imposed sanctions on Mali", "Arab foreign ministers called on
    Assad to ...", "Southeast Asian leaders told the junta chief ...": the region's leaders
    or ministers, all of them, are its body meeting (ECOWAS, the Arab League, ASEAN); not
    "some Arab leaders", "two West African ministers" (some of them, for their own states)
    nor "a West African minister"."""
    _summit_of(doc, mentions)
    bodies = _region_bodies()
    gaz = load_gazetteer()
    for i in mentions.positions(_SUMMIT_PEOPLE):
        token = doc[i]
        if token.tag_ != "NNS" or token.i in mentions._by_token or token.dep_ not in _ACTOR_DEPS:
            continue
        if token.lower_ == "heads" and not any(c.lower_ == "of" for c in token.rights):
            continue  # ("heads of state / of government")
        kids = list(token.children)
        if any(c.lower_ in _SOME or c.dep_ in ("nummod", "poss") or c.dep_ == "det" and c.lower_ != "the"
               for c in kids):
            continue
        mods = [c for c in token.lefts if c.dep_ in _MOD_DEPS]
        start = min((t.i for c in mods for t in c.subtree), default=token.i)
        # the region's words, then only the office's own ("foreign", "finance"): "West African
        # foreign ministers"
        name = None
        for end in range(token.i, start, -1):
            region = doc[start:end].text.lower()
            if region in bodies and all(t.is_alpha and t.is_lower for t in doc[end:token.i]):
                name = bodies[region]
                break
        found = gaz.lookup(name) if name else None
        if found is None or found[0] != "org" or found[1] not in gaz.orgs:
            continue
        org = gaz.orgs[found[1]]
        # ("Gulf foreign ministers": the region's name, a Location mention, gives way)
        inside = [mentions._by_token[i] for i in range(start, token.i) if i in mentions._by_token]
        regional = bool(inside) and all(m.entities[0].type == "Location" for m in inside)
        mentions.add(doc[start:token.i + 1], mentions.entity(org.id, org.label, org.type), kind="description",
                     by_coref=True, overwrite=regional)


def _summit_of(doc: Doc, mentions: Mentions) -> None:
    """"Heads of State and Government of the Economic Community of West African States have
    suspended Guinea": the body's heads meeting are the body (the NER takes the heads for an
    organisation of their own)."""
    for i in mentions.positions({"heads"}):
        j = i + 1
        words = []
        while j < len(doc) and len(words) < 5 and doc[j].lower_ in ("of", "state", "and", "government", "states",
                                                                    "governments"):
            words.append(doc[j].lower_)
            j += 1
        if words[:2] != ["of", "state"] and words[:2] != ["of", "government"]:
            continue
        # the last "of" opens the body's name ("... and Government of the X")
        k = max(i + n for n, w in enumerate(words, 1) if w == "of")
        body = next((e for t in doc[k + 1:min(k + 4, len(doc))] for e in [mentions.entity_at(t)]
                     if e is not None and e.type == "Organization"), None) if k > i + 1 else None
        if body is not None:
            mentions.add(doc[i:k], body, kind="description", by_coref=True, overwrite=True)


def group_mentions(doc: Doc, mentions: Mentions, *, final: bool = False) -> None:
    """Register group nouns used as actors (see the module docstring).

    Args:
        doc: the parsed article.
        mentions: the article's mentions (updated in place).
        final: the second pass, after coreference: definite "deferred" nouns that
            coreference did not resolve ("the ruling party") become groups too.
    """
    nouns = load_group_nouns()
    for i in mentions.positions(nouns):
        token = doc[i]
        entry = nouns[token.lower_]
        if token.i in mentions._by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ not in _ACTOR_DEPS or token.ent_type_ == "PERSON":
            continue
        if any(c.lower_ in _COUNT_WORDS for c in token.children
               if c.dep_ in ("nummod", "det", "predet", "amod", "quantmod")):
            continue  # "the two sides", "both neighbours": descriptions, for coreference
        mods = _modifiers(token)
        # ("the Congolese army and M23 rebels" parsed as "rebels" with "army" as its modifier:
        # the name right before the noun is still its own)
        near = [doc[token.i - 1]] if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" else []
        # "Hamas-led militants": the group that leads them
        near += [c for m in mods if m.lower_ == "led" for c in m.children if c.dep_ in ("npadvmod", "compound")]
        named = next((e for m in [*near, *mods] for e in [mentions.entity_at(m)]
                      if e is not None and (e.type == "Group" or e.type == "Organization"
                                            and token.lower_ in _ORG_HEADS)), None)
        if named is not None and entry.kind != "states":
            # "Hamas militants", "M23 rebels": the named group itself
            mentions.add(doc[token.i:token.i + 1], named, kind="name", alias="")
            continue
        named = _named_apposition(token, mentions) or (
            _named_source(token, mentions) if entry.kind == "political" else
            _named_source(token, mentions, ("of", "from")) if entry.kind == "armed" else None)
        if named is not None and entry.kind != "states":
            # "the main opposition, the Hope Party", "lawmakers from the Hope party"
            mentions.add(doc[token.i:token.i + 1], named, by_coref=True, kind="description")
            continue
        if entry.kind == "named":
            continue  # "a group of migrants", "the group": no named group before it
        words = {m.lower_ for m in mods}
        if _PROPER in entry.requires and any(_proper_modifier(m, mentions) for m in mods):
            words.add(_PROPER)
        if entry.requires and _BARE not in entry.requires and not words & entry.requires:
            continue
        definite = any(c.lower_ in _DEFINITE for c in token.children if c.dep_ == "det")
        if entry.kind == "states" and definite:
            continue  # "the Western powers": countries named earlier, for coreference
        if entry.kind == "deferred" and definite and not final:
            continue  # "the ruling party": a party named earlier, if coreference finds one
        if entry.kind in ("people", "armed") and _which_names_a_place(token, mentions):
            continue  # "protesters in X, which retaliated": the clause is about X
        if entry.kind == "armed" and definite and not mods:
            group = _named_group_before(token, mentions)
            if group is not None:  # "the rebels" after "the X7 rebel movement"
                mentions.add(doc[token.i:token.i + 1], group, by_coref=True,
                             kind="description")
                continue
        label = _render(_label_tokens(token, mods, mentions, entry.kind == "political"))
        entity = mentions.entity(slug(label), label, "Group")
        mentions.add(doc[token.i:token.i + 1], entity, kind="group", alias=label)
