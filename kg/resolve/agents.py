"""Gazetteer bodies as the article names them, and government departments as their country.

- :func:`surface_labels`: a gazetteer organisation whose canonical name the article
  never uses is labelled with the longest name the article does use ("Treasury
  Department", "U.N. Security Council"): readers (and annotators) know a body by the
  name in front of them; the id stays the gazetteer's, so articles still merge.
- :func:`lift_departments`: a national government department ("the State Department",
  "the Treasury", "the Pentagon") or a unit of one ("the Treasury's Office of Foreign
  Assets Control") acting in the text stands for its country, as "Armenia's Defence
  Ministry" does: the annotation guidelines make countries, not their governments,
  the canonical actor. Run after the static facts, which keep the body itself
  ("OFAC memberOf Treasury Department", "Scott Bessent leaderOf Treasury Department").
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.resolve.focus import issuer_country
from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.mentions import Mentions

__all__ = ["surface_labels", "lift_departments", "short_departments", "DEPARTMENT_WORDS"]

#: Words that make a gazetteer body with a country a government department.
DEPARTMENT_WORDS = frozenset({"department", "ministry", "treasury", "pentagon", "office"})
_UNNAMED_UNITS = frozenset({"ministry", "department"})
# a body only modifies these: "Treasury Secretary X", "the Treasury's office", "State
# Department officials" (the official is the actor, resolved on their own)
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def _usable(alias: str) -> bool:
    # acronyms ("OFAC", "NATO") stay behind their full names, and so do descriptions
    # ("UN nuclear watchdog": lowercase words that are not a name's "of", "for" ...)
    return "'s" not in alias and "\u2019s" not in alias and "\n" not in alias and \
        not alias.isupper() and not (len(alias.split()) == 1 and sum(c.isupper() for c in alias) > 1) \
        and all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS or w.split("-")[-1][:1].isupper()
                for w in alias.split())  # ("al-Shabaab": a particle before a name)


_NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "de", "al", "el", "la", "du", "des"})


def surface_labels(doc: Doc, mentions: Mentions) -> None:
    """Relabel gazetteer organisations with the longest name the text uses for them
    (names only: "Brussels" for the EU is a metonym, not a name of it)."""
    gaz = load_gazetteer()
    lowered = ""
    pending = set()
    for ent in mentions.entities.values():
        if ent.type in ("Organization", "Group") and ent.id in gaz.orgs:
            lowered = lowered or mentions.text.lower()
            if ent.label.lower() not in lowered:
                pending.add(ent.id)
    if not pending:
        return
    names: dict[str, set[str]] = {}
    for mention in mentions.mention_list:
        ent = mention.entities[0]
        if ent.id in pending and mention.kind == "name" and not mention.by_coref \
                and len(mention.entities) == 1:
            name = " ".join(mention.span.text.split())
            name = name[:-2] if name.endswith(("'s", "\u2019s")) else name  # ("the OIC's")
            hit = gaz.lookup(name)
            if hit is not None and hit[1] == ent.id:  # a name the gazetteer knows, not "FARC rebels"
                names.setdefault(ent.id, set()).add(name)
    for ident, found in names.items():
        usable = sorted((a for a in found if _usable(a)),
                        key=lambda a: (-len(a.split()), -len(a), a))
        if usable:
            mentions.entities[ident].label = usable[0]


def _department_ids(mentions: Mentions) -> dict[str, str]:
    """Organisation id -> iso3 for the government departments of the article and the
    units the static facts put inside them."""
    gaz = load_gazetteer()
    found: dict[str, str] = {}
    for ent in mentions.entities.values():
        org = gaz.orgs.get(ent.id)
        if ent.type != "Organization" or org is None or not org.country \
                or org.country not in gaz.countries:
            continue
        words = {w.lower() for name in (org.label, *org.aliases) for w in name.split()}
        if words & DEPARTMENT_WORDS:
            found[ent.id] = org.country
    issuer = issuer_country(mentions.article)
    if issuer is not None:
        # "The Ministry of Foreign Affairs condemns ..." in the ministry's own press release:
        # a ministry named without a country is the publishing government's
        for ent in mentions.entities.values():
            words = set(ent.label.lower().split())
            if ent.type == "Organization" and words & _UNNAMED_UNITS and ent.id not in gaz.orgs \
                    and ent.id not in mentions.org_country \
                    and not any(gaz.lookup(w) for w in ent.label.split() if w[:1].isupper()):
                found[ent.id] = issuer.iso3
    for fact in mentions.static_facts:  # "the Treasury Department's OFAC"
        if fact.predicate == "memberOf" and fact.object_id in found \
                and fact.subject_type == "Organization":
            found.setdefault(fact.subject_id, found[fact.object_id])
    return found


def short_departments(doc: Doc, mentions: Mentions) -> None:
    """"The Treasury also targeted X" after "the Treasury Department": a department's
    first word, alone after "the", names the department the article already named."""
    known: dict[str, object] = {}
    gaz = load_gazetteer()
    for ent in mentions.entities.values():
        if ent.type == "Organization" and ent.id in gaz.orgs:
            for alias in ent.aliases:
                words = alias.split()
                if len(words) == 2 and words[1] == "Department" and words[0][:1].isupper():
                    known.setdefault(words[0], ent)
    if not known:
        return
    for i in mentions.positions(set(known), lower=False):
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if i == 0 or doc[i - 1].lower_ != "the" or \
                nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
            continue
        if tok.text in ("State", "Defense", "Justice", "Commerce"):
            continue  # "the State", "the Defense": not names of the department alone
        held = mentions.mention_at(tok)
        if held is not None:
            stray = held.entities[0]
            if len(held.span) != 1 or stray.label != tok.text or stray.id in gaz.orgs:
                continue
            # the NER's own "Treasury" organisation: the same department
            if not any(m is not held and stray in m.entities for m in mentions.mention_list):
                mentions.entities.pop(stray.id, None)
        mentions.add(doc[i:i + 1], known[tok.text], kind="name", overwrite=True)


def lift_departments(doc: Doc, mentions: Mentions) -> None:
    """Mentions of a government department in an actor role -> its country."""
    departments = _department_ids(mentions)
    if not departments:
        return
    gaz = load_gazetteer()
    for mention in mentions.mention_list:
        if len(mention.entities) != 1 or mention.entities[0].id not in departments:
            continue
        root = mention.span.root
        if root.dep_ in _MODIFIER_DEPS:
            continue  # "Treasury Secretary Scott Bessent", "the Treasury Department's OFAC"
        iso3 = departments[mention.entities[0].id]
        country = mentions.entity(iso3, gaz.countries[iso3].label, "Country")
        mention.entities = [country]
        country.mentions.append((mention.span.start_char, mention.span.end_char))
