"""Sentence frames that no single trigger word carries.

The verb and noun rules read one lexicon lemma with its subject and its target.
Some common news phrasings spread the relation over a construction instead:

- a reaction drawn from others: "..., drawing condemnation from X and Y" (X criticizes
  whoever did what the clause says);
- hosting a visit: "A hosted B for a state visit" (B visits A);
- working with someone: "carried out in close coordination with X";
- commitments and allies: "reaffirmed its commitment to the defense of X",
  "X, Y's main ally";
- welcomed acts of others: "welcomed the efforts of X";
- money: "pledged $50 million for X";
- coercion phrased without a sanction word: "the Treasury designated five commanders",
  "the measures target banks including X", "barred firms from dealings with X",
  "gave the ambassador 48 hours to leave", "expelled X's envoy";
- appeals: "take the matter to X", "sought help from X", "turned to X for help";
  membership: "withdrew from X" (negative), "joined X";
- threats: "warned that it will not allow X to ...", "X's tariffs prompted China to threaten
  countermeasures", "vowed to retaliate against X", "Iran faces new U.S. sanctions";
- cooperation by deed: "held joint drills", "agreed to boost defence ties", "witnessed the
  signing of five agreements", "in support of X";
- visits without a visit verb: "received Brazilian President X", "landed in X";
- strikes that land in a country: "carried out airstrikes in Syria", "fired rockets into X";
- complaints lodged with a government: "lodged a complaint with Tokyo" (a protest).

The word sets are small closed classes kept here as named constants (candidates for
``extract_cues.json`` once its owner takes them over).

Each frame is keyed by the lemma that anchors it, so the per-token cost is one dict
probe; every frame needs a resolved actor at both ends. The candidates are the same
:class:`~kg.extract.rules.Candidate` objects the verb and noun rules return.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract import syntax
from kg.extract.ends import End, EndFinder
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Candidate, Trace, actor_subjects, pair_up
from kg.types import ACTOR_TYPES

__all__ = ["frame_rules"]

_STATES = frozenset({"Country", "Organization", "Group"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_VERB_POS = frozenset({"VERB", "AUX"})

# -- reaction drawn from others ---------------------------------------------------------
#: nouns of a reaction and the relation of whoever it comes from
_REACTIONS = {"criticism": ("criticizes", "111"), "condemnation": ("criticizes", "111"),
              "rebuke": ("criticizes", "111"), "censure": ("criticizes", "111"),
              "denunciation": ("criticizes", "111"), "outrage": ("criticizes", "111"),
              "anger": ("criticizes", "111"), "ire": ("criticizes", "111"),
              "objection": ("criticizes", "111"), "protest": ("protestsAgainst", "140"),
              "praise": ("supports", "051"), "applause": ("supports", "051"), "backing": ("supports", "051")}
#: verbs whose subject earns the reaction ("drew", "prompted", "faced", "came under")
_DRAWING = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "elicit",
                      "invite", "face", "receive", "meet", "come", "bring", "incur", "cause"})

# -- hosting a visit --------------------------------------------------------------------
_HOSTING = frozenset({"host", "welcome", "receive"})
_VISIT_NOUNS = frozenset({"visit", "trip", "tour"})

# -- working together, commitments, allies, welcomed acts -------------------------------
_COORDINATION = frozenset({"coordination", "cooperation", "collaboration", "partnership", "conjunction",
                           "concert", "consultation"})
_COMMITMENT = frozenset({"commitment", "support", "backing", "solidarity", "pledge"})
#: what one is committed to that stands for its owner ("the defense of X", "X's sovereignty")
_OWNED_CAUSES = frozenset({"defense", "defence", "security", "sovereignty", "independence", "integrity",
                           "stability", "protection", "reconstruction", "recovery", "unity", "people"})
_ALLIES = {"ally": ("supports", "051"), "partner": ("cooperatesWith", "030")}
_APPROVING = frozenset({"welcome", "appreciate", "salute", "acknowledge"})
#: acts of an actor that, welcomed, mean support for the actor
_EFFORTS = frozenset({"effort", "decision", "role", "initiative", "mediation", "step", "move", "position",
                      "stance", "leadership", "commitment", "contribution", "announcement", "proposal",
                      "offer", "readiness", "willingness", "action"})

# -- money ------------------------------------------------------------------------------
_GIVING = frozenset({"deposit", "pledge", "announce", "commit", "allocate", "provide", "give", "donate", "promise",
                     "earmark", "contribute", "grant", "approve", "send", "offer"})
_PLEDGING = frozenset({"pledge", "donate", "contribute", "announce", "commit", "promise"})
_FUNDS = frozenset({"funding", "aid", "assistance", "financing", "grant", "loan", "package", "fund"})

# -- coercion ---------------------------------------------------------------------------
_DESIGNATING = frozenset({"designate", "list", "blacklist"})
#: words of the sentence that make "designated" / "listed" a sanction and not an appointment
_SANCTION_CONTEXT = frozenset({"sanction", "treasury", "ofac", "blacklist", "terrorist", "embargo",
                               "asset", "freeze", "penalty"})
_MEASURE_NOUNS = frozenset({"sanction", "measure", "penalty", "restriction", "designation", "ban"})
_TARGETING = frozenset({"target", "hit", "cover", "include", "affect"})
_BARRING = frozenset({"bar", "ban", "prohibit", "forbid", "block", "cut"})
_DEALINGS = frozenset({"dealing", "deal", "business", "transaction", "trade", "do", "trading"})
_DEADLINE_UNITS = frozenset({"hour", "day", "week", "month"})
_LEAVING = frozenset({"leave", "depart", "quit", "exit"})
_DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "attache", "consul"})
_EXPELLING = frozenset({"expel", "declare", "order", "kick"})

# -- appeals, leaving a body, threats ---------------------------------------------------
_REFERRING = frozenset({"take", "bring", "refer", "submit", "escalate"})
_DISPUTES = frozenset({"matter", "dispute", "issue", "question", "row", "quarrel", "grievance"})
_WITHDRAWING = frozenset({"withdraw", "quit", "exit", "leave", "secede", "pull"})
_WARNING = frozenset({"warn", "vow", "caution"})
_TOLERATING = frozenset({"allow", "tolerate", "permit", "accept"})
_PENALTIES = frozenset({"sanction", "penalty", "fine", "punishment", "tariff", "consequence", "embargo", "retaliation",
                        "countermeasure", "reprisal"})
_RETALIATING = frozenset({"threaten", "vow", "warn", "promise", "announce"})
_RETALIATION = frozenset({"countermeasure", "retaliation", "reprisal", "counter-measure", "consequence",
                          "response", "retribution"})
#: verbs whose subject (or its owner) sets off what their object then does
_PROMPTING = frozenset({"prompt", "lead", "spur", "push", "force", "provoke", "drive"})
#: adverbs that make "respond" a threat ("will respond firmly")
_FIRMLY = frozenset({"firmly", "decisively", "forcefully", "harshly", "strongly", "militarily", "resolutely",
                     "swiftly", "severely"})
_SEEKING = frozenset({"seek", "request", "ask", "plead", "beg", "turn", "appeal"})
_HELP_NOUNS = frozenset({"help", "assistance", "aid", "support", "weapon", "arm", "loan", "funding", "relief",
                         "protection", "backing", "intervention", "ammunition", "troop"})

# -- cooperation by deed ----------------------------------------------------------------
_JOINT = frozenset({"joint", "combined"})
_JOINT_NOUNS = frozenset({"drill", "exercise", "patrol", "operation", "manoeuvre", "maneuver", "project",
                          "venture", "investigation", "mission", "production", "development", "research",
                          "training", "initiative", "program", "programme"})
_TIES = frozenset({"tie", "relation", "cooperation", "partnership", "alliance", "link", "collaboration"})
#: verbs that make ties closer (the core light verbs "strengthen", "deepen" ... are in the cues)
_BOOSTING = frozenset({"boost", "bolster", "enhance", "cement", "solidify", "elevate", "broaden", "widen",
                       "advance", "promote", "foster", "reinforce", "step"})
_WITNESSING = frozenset({"witness", "attend", "oversee", "preside", "watch"})
_PACTS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "memorandum", "mou", "protocol",
                    "contract", "declaration", "document"})
_RESTORING = frozenset({"reopen", "restore", "re-establish", "reestablish", "resume", "exchange", "upgrade"})
_DIPLOMATIC_LINKS = frozenset({"embassy", "ambassador", "consulate", "flight", "envoy", "mission"})

# -- strikes, complaints ----------------------------------------------------------------
_LAUNCHING = frozenset({"fire", "launch", "carry", "conduct", "stage", "mount", "unleash", "rain", "lob"})
_WEAPONS = frozenset({"rocket", "missile", "drone", "shell", "bomb", "projectile", "mortar", "munition"})
#: attack nouns of the core lexicon that the frame reads when a place phrase follows
_STRIKE_NOUNS = _WEAPONS | frozenset({"strike", "airstrike", "attack", "raid", "bombing", "shelling", "assault",
                                      "offensive"})
_LANDING_PREPS = frozenset({"in", "into", "at", "across", "toward", "towards"})
_AREAS = frozenset({"province", "region", "area", "city", "town", "village", "district", "territory", "border",
                    "state", "county", "capital", "coast", "port", "base", "camp", "north", "south", "east", "west"})
_LODGING = frozenset({"lodge", "file", "register", "submit", "make"})


def frame_rules(sent: Span, ends: EndFinder, lex: Lexicon, trace: Trace) -> list:
    """Candidates from multi-word frames in ``sent``."""
    out: list[Candidate] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        frames = _BY_LEMMA.get(lemma)
        if not frames:
            continue
        for pos, frame in frames:
            if tok.pos_ in pos:
                out.extend(frame(tok, ends, lex, trace))
    return out


# -- helpers ----------------------------------------------------------------------------
def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _named(ends_: list[End]) -> list[End]:
    """Ends named in the sentence: not "the government" guessed from the article."""
    return [e for e in ends_ if not e.via.startswith(("the article's", "principal pair"))]


def _emit(rule, trigger, relation, cameo, agents, targets, clause, conf, trace, *, polarity=None, walk=True):
    pairs = pair_up(agents, targets, relation)
    if not pairs:
        trace.add(rule, trigger, f"rejected {relation}",
                  f"agents={[e.entity.label for e in agents]} targets={[e.entity.label for e in targets]}")
        return []
    return [Candidate(rule, trigger, relation, cameo, s, o, clause, conf, polarity=polarity, walk=walk)
            for s, o in pairs]


def _owners_of_subject(verb: Token, ends: EndFinder, relation: str) -> list[End]:
    """The actor behind a clause: its actor subject, or whose act the subject noun is
    ("Venezuela's decision drew ...", "the move by China prompted ...")."""
    found = actor_subjects(verb, ends)
    if found:
        return found
    for subj in syntax.subjects(verb):
        if subj.pos_ == "NOUN":
            found += ends.owners(subj, ACTOR_TYPES, relation)
    return found


def _side(end: End, ends: EndFinder) -> End:
    """A person's country (the one they lead or serve), else the person."""
    if end.entity.type != "Person":
        return end
    side = ends.affiliation(end.entity)
    return End(side, end.token, True, "affiliation") if side is not None and side.type == "Country" else end


# -- frames -----------------------------------------------------------------------------
def _drawn_reaction(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"..., drawing condemnation from X and Y", "the move drew criticism from X",
    "faced criticism from X", "came under criticism from X"."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("under", "with"):
        gov = gov.head  # "came under criticism", "was met with condemnation"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    if gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in _DRAWING:
        return []
    if gov.lemma_.lower() == "come" and noun.head.lower_ != "under":
        return []
    relation, cameo = _REACTIONS[noun.lemma_.lower()]
    # "drew criticism from X": the parser hangs "from" on the noun or on the verb
    froms = syntax.prep_objects(noun, frozenset({"from"})) or syntax.prep_objects(gov, frozenset({"from"}))
    critics = [e for _, p in froms for e in _named(ends.actors(p))]
    if not critics:
        return []
    if syntax.is_passive(gov) and gov.lemma_.lower() != "meet":
        return []  # "criticism was drawn from ..." is no frame
    targets = _owners_of_subject(gov, ends, relation)
    return _emit("frame-drawn", noun, relation, cameo, critics, targets, gov, 0.7, trace)


def _hosted_visit(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"A hosted B for a state visit", "B was received by A on an official visit": the
    guest visits the host (a host person stands for the country they lead)."""
    visit = next((p for _, p in syntax.prep_objects(verb, frozenset({"for", "on"}))
                  if p.lemma_.lower() in _VISIT_NOUNS), None)
    if visit is None:
        return _received_guest(verb, ends, trace)
    if syntax.is_passive(verb):
        guests = [e for t in _children(verb, "nsubjpass") for e in ends.actors(t)]
        hosts = [e for t in syntax.by_agents(verb) for e in ends.actors(t)]
    else:
        guests = [e for t in syntax.objects(verb) for e in ends.actors(t)]
        hosts = actor_subjects(verb, ends)
    guests = [e for e in guests if not e.via.startswith("proxy")]
    places = []
    for h in hosts:
        place = ends.affiliation(h.entity) if h.entity.type == "Person" else h.entity
        if place is not None and place.type in ("Country", "Organization"):
            places.append(End(place, h.token, h.coref or h.entity.type == "Person", "host"))
    return _emit("frame-hosted", visit, "visits", "042", guests, places, verb, 0.7, trace)


def _received_guest(verb: Token, ends: EndFinder, trace: Trace):
    """"President X received Brazilian President Y at the palace": a named foreign leader
    received by a head of state or government is on a visit to the host's country."""
    if syntax.is_passive(verb) or verb.lemma_.lower() == "host":
        return []  # "hosted X" alone may be a call or a video summit
    hosts = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    host_sides = {s.entity.id: s for s in (_side(h, ends) for h in hosts) if s.entity.type == "Country"}
    guests = [e for t in syntax.objects(verb) for e in ends.actors(t)
              if e.entity.type == "Person" and e.via == "mention"]
    out = []
    for g in guests:
        side = _side(g, ends)
        if side.entity.type != "Country" or side.entity.id in host_sides:
            continue  # a compatriot (or nobody known) is no visitor
        out += _emit("frame-received", verb, "visits", "042", [g], list(host_sides.values()), verb, 0.6, trace)
    return out


def _coordination(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"was carried out in close coordination with X and Y", "works in partnership with X"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "under") or prep.head.pos_ not in _VERB_POS:
        return []
    partners = [e for _, p in syntax.prep_objects(noun, frozenset({"with"})) for e in _named(ends.actors(p))]
    if not partners:
        return []
    verb = prep.head
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if syntax.is_passive(verb) \
        else actor_subjects(verb, ends)
    if not agents and syntax.is_passive(verb) and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in lex.cue("reporting_verbs"):
        # "the operation was carried out in coordination with X, Israel said": the speaker acts
        agents = [e for t in syntax.subjects(verb.head) for e in ends.actors(t)]
    return _emit("frame-coordination", noun, "cooperatesWith", "030", agents, partners, verb, 0.65, trace)


def _cause_owners(tok: Token, ends: EndFinder) -> list[End]:
    """"the defense of X", "X's sovereignty", or X itself."""
    if tok.lemma_.lower() in _OWNED_CAUSES:
        owners = [p for _, p in syntax.prep_objects(tok, frozenset({"of"}))] + _children(tok, "poss")
        return [e for t in owners for e in ends.actors(t)]
    if tok.pos_ == "PROPN":
        return [e for e in ends.actors(tok) if e.entity.type in _STATES or e.entity.type == "Person"]
    return []


def _commitment(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"reaffirmed its commitment to the defense of X", "support for Ukraine's sovereignty"."""
    preps = frozenset({"to", "for"}) if noun.lemma_.lower() != "commitment" else frozenset({"to"})
    causes = [p for _, p in syntax.prep_objects(noun, preps)]
    targets = [e for p in causes for e in _cause_owners(p, ends)]
    if not targets:
        return []
    holders = [e for t in _children(noun, "poss") for e in ends.actors(t)]
    gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
    if not holders and gov is not None and noun.dep_ == "dobj" and not syntax.is_passive(gov):
        holders = actor_subjects(gov, ends)
    return _emit("frame-commitment", noun, "supports", "051", holders, targets,
                 gov if gov is not None else noun, 0.65, trace, walk=gov is not None)


def _ally(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Russia, Syria's main ally, ...", "Hungary, a close ally of Serbia", "X is Y's closest partner"."""
    if noun.dep_ == "appos":
        holders = ends.actors(noun.head, conj=False)
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in ("be", "remain", "become"):
        holders = [e for t in syntax.subjects(noun.head) for e in ends.actors(t)]
    else:
        return []
    owners = _children(noun, "poss") + [p for _, p in syntax.prep_objects(noun, frozenset({"of", "to"}))]
    targets = [e for t in owners for e in ends.actors(t)]
    holders = [e for e in holders if e.entity.type in _STATES or e.entity.type == "Person"]
    relation, cameo = _ALLIES[noun.lemma_.lower()]
    return _emit("frame-ally", noun, relation, cameo, holders, targets, noun.head, 0.65, trace,
                 walk=noun.dep_ == "attr")


def _welcomed_act(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"welcomed the efforts of Qatar", "appreciated Egypt's role": support for the actor."""
    objs = syntax.objects(verb)
    # "welcomed the EU's position rejecting any change": the object parsed as the participle's subject
    objs += [s for c in _children(verb, "ccomp") if c.tag_ == "VBG" for s in _children(c, "nsubj")]
    acts = [o for o in objs if o.lemma_.lower() in _EFFORTS]
    acts += [c for o in list(acts) for c in o.conjuncts if c.lemma_.lower() in _EFFORTS]
    if not acts:
        return []
    owners = [t for a in acts for t in _children(a, "poss")]
    owners += [p for a in acts for _, p in syntax.prep_objects(a, frozenset({"of", "by"}))]
    targets = [e for t in owners for e in _named(ends.actors(t))]
    agents = actor_subjects(verb, ends)
    return _emit("frame-welcomed", verb, "supports", "051", agents, targets, verb, 0.7, trace)


def _money(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"pledged $50 million for Sudan", "announced funding for Moldova's energy grid"."""
    objs = syntax.objects(verb)
    money = [o for o in objs if o.ent_type_ == "MONEY" or o.lemma_.lower() in _FUNDS
             or any(t.ent_type_ == "MONEY" for t in o.subtree)]
    if not money:
        return []
    preps = frozenset({"for", "to", "in", "into"}) if verb.lemma_.lower() == "deposit" else frozenset({"for", "to"})
    places = [p for _, p in syntax.prep_objects(verb, preps)]
    places += [p for o in money for _, p in syntax.prep_objects(o, frozenset({"for", "to"}))]
    # "$200 million in aid for Sudan": the phrase hangs off the aid noun
    places += [p for o in money for _, n in syntax.prep_objects(o, frozenset({"in"}))
               for _, p in syntax.prep_objects(n, frozenset({"for", "to"}))]
    targets = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "aids"))]
    agents = actor_subjects(verb, ends) if not syntax.is_passive(verb) else []
    # "German Foreign Minister X announced EUR 125 million": an official gives their country's money
    agents = [_side(e, ends) for e in agents]
    conf = 0.7
    if not targets and not places and verb.lemma_.lower() in _PLEDGING \
            and any(o.ent_type_ == "MONEY" for o in money) and ends.dominant_country() is not None:
        # "The UAE pledged $200 million." in an article about one country: the money is for it
        targets, conf = [End(ends.dominant_country(), verb, True, "the article's country")], 0.55
    return _emit("frame-money", verb, "aids", "071", agents, targets, verb, conf, trace)


def _designated(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The Treasury designated five Iranian commanders", "listed two refineries in China":
    a sanction when the sentence speaks of sanctions (not "designated a new envoy")."""
    words = {t.lemma_.lower() for t in verb.sent}
    if not words & _SANCTION_CONTEXT:
        return []
    passive = syntax.is_passive(verb)
    toks = _children(verb, "nsubjpass") if passive else syntax.objects(verb)
    targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES, "sanctions")]
    if not targets:  # "listed two refineries in China": what is listed lies in the target
        places = [p for t in (*toks, verb) for _, p in syntax.prep_objects(t, frozenset({"in", "from"}))]
        targets = [e for p in places for e in ends.actors(p) if e.entity.type in _STATES] if toks else []
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if passive else actor_subjects(verb, ends)
    agents = [e for e in agents if e.entity.type in _STATES]
    return _emit("frame-designated", verb, "sanctions", "172", agents, targets, verb, 0.7, trace)


def _measures_target(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"The sanctions target lenders including A and B": the measures' author sanctions them."""
    subj = next((s for s in syntax.subjects(verb) if s.lemma_.lower() in _MEASURE_NOUNS), None)
    if subj is None or syntax.is_passive(verb):
        return []
    agents = [e for c in subj.children if c.dep_ in ("poss", "amod", "compound") for e in ends.actors(c)]
    agents += [e for _, p in syntax.prep_objects(subj, frozenset({"by", "from"})) for e in ends.actors(p)]
    if not agents:
        last = ends.last_by_relation.get("sanctions")
        agents = [last] if last is not None else []
    toks = syntax.objects(verb)
    # "banks including A and B", "entities such as A": the named members of the class
    named = [p for t in toks for _, p in syntax.prep_objects(t, frozenset({"including", "like", "as"}))]
    named += [p for t in toks for c in t.children if c.dep_ == "prep" and c.lower_ == "such"
              for _, p in syntax.prep_objects(c, frozenset({"as"}))]
    targets = [e for t in named or toks for e in _named(ends.owners(t, ACTOR_TYPES, "sanctions"))]
    return _emit("frame-measures", verb, "sanctions", "163", agents, targets, verb, 0.65, trace)


def _barred_dealings(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"barred companies from dealings with X", "prohibits Americans from doing business with X"."""
    found = []
    for _, p in syntax.prep_objects(verb, frozenset({"from"})):
        if p.lemma_.lower() not in _DEALINGS:
            continue
        found += [q for _, q in syntax.prep_objects(p, frozenset({"with"}))]
        found += [q for o in syntax.objects(p) for _, q in syntax.prep_objects(o, frozenset({"with"}))]
    targets = [e for t in found for e in _named(ends.actors(t))]
    if not targets or syntax.is_passive(verb):
        return []
    return _emit("frame-barred", verb, "sanctions", "163", actor_subjects(verb, ends), targets, verb, 0.7, trace)


def _deadline(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"gave the ambassador 48 hours to leave" (protest), "gave the junta four weeks to free
    the detainees" (a demand)."""
    recipients = _children(verb, "dative", "dobj")
    units = [t for t in verb.children if t.lemma_.lower() in _DEADLINE_UNITS] + \
        [t for r in recipients if r.lemma_.lower() in _DEADLINE_UNITS for t in (r,)]
    acts = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "relcl") and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children)]
    acts += [c for u in units for c in u.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    recipients = [r for r in recipients if r.lemma_.lower() not in _DEADLINE_UNITS]
    if not units or not acts or not recipients:
        return []
    agents = actor_subjects(verb, ends)
    if acts[0].lemma_.lower() in _LEAVING:
        diplomats = [r for r in recipients if r.lemma_.lower() in _DIPLOMATS]
        targets = [e for r in diplomats for e in ends.owners(r, ACTOR_TYPES, "protestsAgainst")]
        targets = [e for e in targets if e.entity.type != "Person"]
        return _emit("frame-deadline", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)
    targets = [e for r in recipients for e in ends.actors(r)]
    return _emit("frame-deadline", verb, "demandsFrom", "100", agents, targets, verb, 0.65, trace)


def _expelled_envoy(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"expelled France's ambassador", "declared the Swedish envoy persona non grata"."""
    lemma = verb.lemma_.lower()
    passive = syntax.is_passive(verb)
    toks = _children(verb, "nsubjpass") if passive else syntax.objects(verb)
    toks = [t for t in toks if t.lemma_.lower() in _DIPLOMATS]
    if not toks:
        return []
    if lemma == "declare" and "grata" not in {t.lower_ for t in verb.subtree}:
        return []
    if lemma in ("order", "kick") and not any(c.lower_ == "out" or c.lemma_.lower() in _LEAVING
                                              for c in verb.subtree):
        return []
    targets = [e for t in toks for e in ends.owners(t, ACTOR_TYPES, "protestsAgainst") if e.entity.type != "Person"]
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)] if passive else actor_subjects(verb, ends)
    return _emit("frame-expelled", verb, "protestsAgainst", "140", agents, targets, verb, 0.65, trace)


def _referred(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"take the matter to the International Court of Justice", "refer the dispute to the UN"."""
    if not any(o.lemma_.lower() in _DISPUTES for o in syntax.objects(verb)):
        return []
    bodies = [p for _, p in syntax.prep_objects(verb, frozenset({"to", "before"}))]
    bodies += [p for o in syntax.objects(verb) for _, p in syntax.prep_objects(o, frozenset({"to", "before"}))]
    targets = [e for t in bodies for e in _named(ends.actors(t)) if e.entity.type == "Organization"]
    return _emit("frame-referred", verb, "appealsTo", "020", actor_subjects(verb, ends), targets, verb, 0.7, trace)


def _withdrew(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Burkina Faso withdrew from ECOWAS", "Niger quit the alliance": no longer a member."""
    lemma = verb.lemma_.lower()
    objs = syntax.objects(verb)
    if lemma in ("withdraw", "pull") and objs:
        return []  # "withdrew its troops from ...": a pull-back, not a resignation
    if lemma == "pull" and not any(c.lower_ == "out" for c in verb.children):
        return []
    bodies = [p for _, p in syntax.prep_objects(verb, frozenset({"from", "of"}))]
    if lemma in ("quit", "exit", "leave"):
        bodies += objs
    targets = [e for t in bodies for e in _named(ends.actors(t, conj=False)) if e.entity.type == "Organization"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    return _emit("frame-withdrew", verb, "memberOf", None, agents, targets, verb, 0.7, trace, polarity="negative")


def _will_not_allow(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran warned that it will not allow Israel to attack ...": a threat to the one not allowed."""
    agents = []
    for clause in _children(verb, "ccomp", "xcomp"):
        if clause.lemma_.lower() not in _TOLERATING or not any(c.dep_ == "neg" for c in clause.children):
            continue
        toks = syntax.objects(clause)
        toks += [s for c in _children(clause, "ccomp", "xcomp") for s in _children(c, "nsubj")]
        targets = [e for t in toks for e in _named(ends.actors(t))]
        agents = agents or actor_subjects(verb, ends)
        if targets:
            return _emit("frame-not-allow", verb, "threatens", "130", agents, targets, verb, 0.65, trace)
    return []


def _retaliation(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"threatened countermeasures against X", "X's tariffs prompted China to threaten
    countermeasures": a threat to whoever it answers."""
    if not any(o.lemma_.lower() in _RETALIATION for o in syntax.objects(verb)):
        return []
    aimed = [p for t in (verb, *syntax.objects(verb)) for _, p in syntax.prep_objects(t, frozenset({"against", "on"}))]
    targets = [e for p in aimed for e in ends.owners(p, ACTOR_TYPES, "threatens")]
    agents = actor_subjects(verb, ends)
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _PROMPTING:
        agents = agents or [e for o in syntax.objects(head) for e in ends.actors(o)]
        targets = targets or _owners_of_subject(head, ends, "threatens")
    return _emit("frame-retaliation", verb, "threatens", "130", agents, targets, verb, 0.65, trace)


def _witnessed_signing(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"President X and Prime Minister Y witnessed the signing of five agreements": the two
    sides (a leader stands for the country they lead) cooperate, and the leaders meet."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "over":
        gov = gov.head  # "presided over the signing"
    if noun.dep_ not in ("dobj", "pobj") or gov.pos_ not in _VERB_POS or gov.lemma_.lower() not in _WITNESSING:
        return []
    if not any(p.lemma_.lower() in _PACTS for _, p in syntax.prep_objects(noun, frozenset({"of"}))):
        return []
    parties = actor_subjects(gov, ends)
    people = [e for e in parties if e.entity.type == "Person"]
    sides = {}
    for e in parties:
        side = ends.affiliation(e.entity) if e.entity.type == "Person" else e.entity
        if side is not None and side.type in ("Country", "Organization"):
            sides.setdefault(side.id, End(side, e.token, e.entity.type == "Person", "side"))
    if len(sides) < 2:
        return []
    out = _emit("frame-signing", noun, "cooperatesWith", "057", list(sides.values()), list(sides.values()),
                gov, 0.65, trace)
    if len(people) >= 2:
        out += _emit("frame-signing", noun, "meets", "040", people, people, gov, 0.65, trace)
    return out


def _joint_activity(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X and Y held joint naval drills", "X conducted joint patrols with Y": they cooperate."""
    if not any(c.dep_ == "amod" and c.lower_ in _JOINT for c in noun.children):
        return []
    gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
    if gov is None or noun.dep_ != "dobj" or syntax.is_passive(gov):
        return []
    agents = [e for e in (_side(x, ends) for x in actor_subjects(gov, ends)) if e.entity.type in _STATES]
    partners = [e for t in (noun, gov) for _, p in syntax.prep_objects(t, frozenset({"with"}))
                for e in (_side(x, ends) for x in _named(ends.actors(p))) if e.entity.type in _STATES]
    if not partners:
        if len({e.entity.id for e in agents}) < 2:
            return []
        partners = agents
    return _emit("frame-joint", noun, "cooperatesWith", "030", agents, partners, gov, 0.65, trace)


def _ties_boosted(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"X and Y agreed to boost defence ties", "X bolstered its partnership with Y"."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ != "VERB" or gov.lemma_.lower() not in _BOOSTING or syntax.is_passive(gov):
        return []
    # "the two presidents agreed to elevate ties": the leaders stand for their countries
    agents = [_side(e, ends) for e in actor_subjects(gov, ends)]
    agents = [e for e in agents if e.entity.type in _STATES]
    partners = [_side(e, ends) for _, p in syntax.prep_objects(noun, frozenset({"with", "between"}))
                for e in _named(ends.actors(p))]
    if not partners:
        if len({e.entity.id for e in agents}) < 2:
            return []
        partners = agents
    return _emit("frame-ties", noun, "cooperatesWith", "030", agents, partners, gov, 0.65, trace)


def _joined(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Armenia joined the International Criminal Court": membership (not "joined the EU in
    condemning ...", which is taking the same side)."""
    if syntax.is_passive(verb) or any(c.dep_ == "prep" and c.lower_ in ("in", "with", "for") and any(
            g.tag_ == "VBG" or g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        return []
    bodies = syntax.objects(verb) if verb.lemma_.lower() == "join" else \
        [p for _, p in syntax.prep_objects(verb, frozenset({"to"}))]
    targets = [e for t in bodies for e in _named(ends.actors(t, conj=False)) if e.entity.type == "Organization"]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    return _emit("frame-joined", verb, "memberOf", None, agents, targets, verb, 0.65, trace)


def _landed(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Chancellor X landed in Beijing": a person's arrival (a missile that "landed in
    Poland" is no visit, so only people)."""
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"in", "at"}))]
    targets = [e for p in places for e in ends.actors(p, frozenset({"Country", "Location"}))]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    return _emit("frame-landed", verb, "visits", "042", agents, targets, verb, 0.7, trace)


def _strikes_into(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"carried out airstrikes in Syria", "fired rockets into Israel", "launched drones at
    northern Israel": the country where the strike lands is attacked."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ != "VERB" or gov.lemma_.lower() not in _LAUNCHING or syntax.is_passive(gov):
        return []
    lemma = noun.lemma_.lower()
    if lemma not in _WEAPONS and not any(t.relation == "attacks" for t in lex.nouns.get(lemma, ())):
        return []
    places = [p for t in (noun, gov) for _, p in syntax.prep_objects(t, _LANDING_PREPS) if _place_like(p, ends)]
    targets = [e for p in places for e in _named(ends.owners(p, ACTOR_TYPES, "attacks"))]
    agents = [e for e in actor_subjects(gov, ends) if e.entity.type in _STATES or e.entity.type == "Person"]
    return _emit("frame-strikes", noun, "attacks", "190", agents, targets, gov, 0.7, trace)


def _place_like(tok: Token, ends: EndFinder) -> bool:
    """"in Syria", "in Afghanistan's Khost province": a named place (not "in support of X")."""
    if tok.pos_ == "PROPN" or ends.m.entity_at(tok) is not None:
        return True
    return tok.lemma_.lower() in _AREAS and any(
        c.dep_ in ("poss", "compound", "amod") and ends.m.entity_at(c) is not None for c in tok.children)


def _complaint_with(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"lodged a complaint with Tokyo": a complaint to a government is a protest against it
    (a complaint with the WTO is an appeal, which the core lexicon reads)."""
    gov = syntax.governing_verb(noun, lex.cue("quantity_nouns"))
    if gov is None or gov.lemma_.lower() not in _LODGING or syntax.is_passive(gov):
        return []
    with_ = [p for t in (noun, gov) for _, p in syntax.prep_objects(t, frozenset({"with", "to"}))]
    targets = [e for p in with_ for e in _named(ends.actors(p)) if e.entity.type == "Country"]
    return _emit("frame-complaint", noun, "protestsAgainst", "140", actor_subjects(gov, ends), targets, gov, 0.65, trace)


def _facing(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran faces new U.S. sanctions", "release them or face sanctions", "could be subject
    to sanctions": whoever would impose them threatens the one who faces them."""
    if verb.lemma_.lower() == "face":
        nouns = [o for o in syntax.objects(verb) if o.lemma_.lower() in _PENALTIES]
    else:  # "be subject to sanctions"
        subject = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "subject"), None)
        nouns = [p for _, p in syntax.prep_objects(subject, frozenset({"to"}))
                 if p.lemma_.lower() in _PENALTIES] if subject is not None else []
    if not nouns:
        return []
    targets = [e for e in actor_subjects(verb, ends) if e.entity.type != "Topic"]
    agents = [e for n in nouns for c in n.children if c.dep_ in ("poss", "amod", "compound") for e in ends.actors(c)]
    agents += [e for n in nouns for _, p in syntax.prep_objects(n, frozenset({"from", "by"})) for e in ends.actors(p)]
    head = verb
    while not agents and head.dep_ in ("ccomp", "conj") and head.head is not head:
        head = head.head  # "EU leaders suggested that X could be subject to sanctions": the speaker
        if head.lemma_.lower() in lex.cue("reporting_verbs"):
            agents = [e for t in syntax.subjects(head) for e in ends.actors(t) if e.entity.type in _STATES]
    if not agents:  # the sanctions talked about before: whoever imposed or threatened them
        last = ends.last_by_relation.get("sanctions") or ends.last_by_relation.get("threatens")
        agents = [last] if last is not None else []
    return _emit("frame-facing", verb, "threatens", "130", agents, targets, verb, 0.55, trace)


def _sought_help(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"sought help from Iran", "pleaded for more weapons from Germany", "turned to Turkey
    for military help": a request to whoever is to give it."""
    lemma = verb.lemma_.lower()
    wanted = syntax.objects(verb) + [p for _, p in syntax.prep_objects(verb, frozenset({"for"}))]
    if not any(w.lemma_.lower() in _HELP_NOUNS for w in wanted):
        return []
    preps = frozenset({"to"}) if lemma == "turn" else frozenset({"from"})
    givers = [p for t in (verb, *wanted) for _, p in syntax.prep_objects(t, preps)]
    targets = [e for t in givers for e in _named(ends.actors(t))]
    agents = actor_subjects(verb, ends) if not syntax.is_passive(verb) else []
    return _emit("frame-sought", verb, "appealsTo", "020", agents, targets, verb, 0.65, trace)


def _vowed_response(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"vowed to retaliate against Finland", "warned it would respond firmly to X's move"."""
    for act in _children(verb, "xcomp", "ccomp"):
        lemma = act.lemma_.lower()
        strong = any(c.dep_ == "advmod" and c.lower_ in _FIRMLY for c in act.children)
        if not (lemma in ("retaliate", "avenge") or lemma in ("respond", "react", "strike", "hit")
                and (strong or any(c.lower_ == "back" for c in act.children))):
            continue
        aimed = [p for _, p in syntax.prep_objects(act, frozenset({"against", "to", "at"}))] + \
            [o for o in syntax.objects(act) if lemma == "avenge"]
        targets = [e for p in aimed for e in _named(ends.owners(p, ACTOR_TYPES, "threatens"))]
        return _emit("frame-response", act, "threatens", "130", actor_subjects(verb, ends), targets, verb, 0.65, trace)
    return []


def _in_support_of(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"sent warships to the region in support of Israel", "voted in solidarity with Kyiv"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in _VERB_POS or syntax.is_passive(prep.head):
        return []
    marks = frozenset({"with"}) if noun.lemma_.lower() == "solidarity" else frozenset({"of"})
    targets = [e for _, p in syntax.prep_objects(noun, marks) for e in _named(ends.actors(p))]
    # named actors only: "protesters rallied in support of the opposition" is no stance of a state
    agents = [e for e in actor_subjects(prep.head, ends)
              if (e.entity.type in _STATES or e.entity.type == "Person") and e.entity.label[:1].isupper()]
    return _emit("frame-in-support", noun, "supports", "051", agents, targets, prep.head, 0.65, trace)


def _on_a_visit(noun: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Modi was in Moscow for a two-day visit", "the minister is in Cairo on an official trip"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "on") or prep.head.pos_ not in _VERB_POS:
        return []
    verb = prep.head
    if verb.lemma_.lower() not in ("be", "remain", "stay"):
        return []  # "arrived in X for a visit" is the core lexicon's
    places = [p for _, p in syntax.prep_objects(verb, frozenset({"in"}))]
    targets = [e for p in places for e in ends.actors(p, frozenset({"Country", "Location"}))]
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type == "Person"]
    return _emit("frame-on-visit", noun, "visits", "042", agents, targets, verb, 0.7, trace)


def _reopened(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Iran and Saudi Arabia agreed to reopen embassies", "restored flights with X"."""
    objs = [o for o in syntax.objects(verb) if o.lemma_.lower() in _DIPLOMATIC_LINKS]
    if not objs or syntax.is_passive(verb):
        return []
    agents = [e for e in actor_subjects(verb, ends) if e.entity.type in ("Country", "Organization")]
    partners = [e for t in (verb, *objs) for _, p in syntax.prep_objects(t, frozenset({"with", "between"}))
                for e in _named(ends.actors(p)) if e.entity.type in ("Country", "Organization")]
    if not partners:
        if len({e.entity.id for e in agents}) < 2:
            return []
        partners = agents
    return _emit("frame-reopened", verb, "cooperatesWith", "057", agents, partners, verb, 0.65, trace)


def _among_those(verb: Token, ends: EndFinder, lex: Lexicon, trace: Trace):
    """"Among those designated were A and B", "Among the entities sanctioned were two Chinese
    refineries": the listed ones are sanctioned by whoever imposed the sanctions just reported."""
    group, prep = verb.head, verb.head.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or group.dep_ != "pobj" or prep.lower_ != "among" \
            or prep.head.lemma_.lower() != "be":
        return []
    listed = _children(prep.head, "attr", "nsubj")
    targets = [e for t in listed for e in _named(ends.owners(t, ACTOR_TYPES, "sanctions"))]
    agents = [e for t in syntax.by_agents(verb) for e in ends.actors(t)]
    last = ends.last_by_relation.get("sanctions")
    agents = agents or ([last] if last is not None else [])
    return _emit("frame-among", verb, "sanctions", "163", agents, targets, prep.head, 0.6, trace)


_N, _V = _NOUN_POS, _VERB_POS
_BY_LEMMA: dict[str, list] = {}
for _lemmas, _pos, _frame in (
        (_REACTIONS, _N, _drawn_reaction), (_HOSTING, _V, _hosted_visit), (_COORDINATION, _N, _coordination),
        (_COMMITMENT, _N, _commitment), (_ALLIES, _N, _ally), (_APPROVING, _V, _welcomed_act),
        (_GIVING, _V, _money), (_DESIGNATING, _V, _designated), (_TARGETING, _V, _measures_target),
        (_BARRING, _V, _barred_dealings), (frozenset({"give"}), _V, _deadline),
        (_EXPELLING, _V, _expelled_envoy), (_REFERRING, _V, _referred), (_WITHDRAWING, _V, _withdrew),
        (_WARNING, _V, _will_not_allow), (_RETALIATING, _V, _retaliation),
        (frozenset({"signing"}), _N, _witnessed_signing), (_JOINT_NOUNS, _N, _joint_activity),
        (_TIES, _N, _ties_boosted), (frozenset({"join", "accede"}), _V, _joined),
        (frozenset({"land"}), _V, _landed), (_STRIKE_NOUNS, _N, _strikes_into),
        (frozenset({"complaint"}), _N, _complaint_with), (frozenset({"face", "be"}), _V, _facing),
        (_SEEKING, _V, _sought_help), (_RETALIATING | {"vow"}, _V, _vowed_response),
        (frozenset({"support", "solidarity", "defense", "defence"}), _N, _in_support_of),
        (_VISIT_NOUNS, _N, _on_a_visit), (_RESTORING, _V, _reopened),
        (_DESIGNATING | {"sanction", "target"}, _V, _among_those)):
    for _lemma in _lemmas:
        _BY_LEMMA.setdefault(_lemma, []).append((_pos, _frame))
