"""What the verb rules read around a trigger verb: the construction it sits in, not a
trigger of its own.

- a strike announced by its own side in a warning ("Iran warned it would strike X": a threat);
- a delegation or a body's members met ("received a delegation headed by X", "met members of
  Congress");
- whose willingness an infinitive states ("reaffirmed its willingness to cooperate with X"),
  and who uses the means it is hung on ("used their veto to shield X"), or sends the text
  whose recipient it is hung on ("handed a note to the embassy demanding that ...");
- the outer participle of a misread coordination ("saying X ... and threatening Y");
- returning to talks, which is asked for rather than demanded, and where a request's
  infinitive hangs ("called on X to withdraw ...");
- what someone is asked to do ("asked Germany to send ...", "called on X to back ...");
- the reporter of a speech act coordinated with what they report ('X said Y was "a threat"
  and accused Y of ...');
- a name hyphenated onto an attributive participle ("the Iran-backed group");
- a counted crowd hosted ("hosts 2.5 million Syrians"), which is no guest;
- a body's members addressed together ("called on NATO allies to ..."), and the place a
  generic area noun names ("the Russian-backed region of Transnistria").

Used by :mod:`kg.extract.verbal`; the word lists are entries of ``kg/data/extract_cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract import syntax
from kg.extract.ends import EndFinder
from kg.extract.frames._common import own_sides
from kg.extract.lexicon import FAMILY, Lexicon
from kg.extract.rules import actor_subjects, has_required

__all__ = ["warned_own_attack", "delegation_ends", "intent_holders", "outer_participle", "back_to_talks",
           "requested_acts", "hyphened_agent", "reporter_of_speech_act", "counted_crowd", "HYPHENED_FAMILIES",
           "SPEECH_FAMILIES", "members_addressed", "named_area", "instrument_users", "text_senders",
           "led_delegation", "asked_for"]


def warned_own_attack(verb: Token, agents, ends: EndFinder, lex: Lexicon) -> bool:
    """True when ``verb`` is a future or conditional attack ("would strike", "will hit") in
    what its own side warns or vows, or (for a retaliation) says."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall", "could", "might", "may", "can")
                                       for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if not (lemma in lex.cue("threat_heads") or lemma in lex.cue("reporting_verbs")
            and verb.lemma_.lower() in lex.cue("retaliation_verbs")):
        return False
    # the speaker and the attacker on one side: "the Houthi leader warned the Houthis would ..."
    return bool(own_sides(actor_subjects(head, ends), ends) & own_sides(agents, ends))


def delegation_ends(toks, ends: EndFinder, lex: Lexicon) -> list:
    """"received a delegation from Congress headed by Senator X", "met a delegation of US
    lawmakers led by X", "met a Hamas delegation", "met members of Congress": the one who heads
    the delegation, else whom it (or the members met) comes from."""
    out = []
    for t in toks:
        if t.tag_ == "NNS" and t.lemma_.lower() in lex.cue("body_member_nouns"):
            # "met members of the U.S. Congress", "met officials of the administration": the body
            out += [e for _, p in syntax.prep_objects(t, frozenset({"of", "from"})) for e in ends.actors(p)
                    if e.entity.type != "Person"]
            continue
        if t.lemma_.lower() not in lex.cue("frame_delegation_nouns"):
            continue
        heads = [e for c in _leading(t) for a in syntax.by_agents(c) for e in ends.actors(a)
                 if e.entity.type == "Person"]
        out += heads or [e for c in t.children if c.dep_ in ("compound", "amod", "poss") for e in ends.actors(c)] + \
            [e for _, p in syntax.prep_objects(t, frozenset({"from", "of"})) for e in ends.actors(p)]
    return out


def _leading(tok: Token) -> list[Token]:
    """The "led by X" / "headed by X" participles of a delegation or of its "of" complement
    ("a delegation of US lawmakers led by X")."""
    groups = [tok] + [p for _, p in syntax.prep_objects(tok, frozenset({"of"}))]
    return [c for g in groups for c in g.children
            if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head") and syntax.by_agents(c)]


def led_delegation(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a delegation whose leader is named ("a delegation led by X", "a
    delegation of US lawmakers led by X"): meeting it is meeting the leader."""
    return tok.lemma_.lower() in lex.cue("frame_delegation_nouns") and bool(_leading(tok))


def asked_for(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is what someone is asked to do: the infinitive of a request ("asked
    Germany to send ...", "urged X to stop A and release B"), or one hung on the addressee
    ("called on X to back ..."); not an act coordinated with the request itself ("asked
    forgiveness and praised Santos")."""
    tok = verb
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.dep_ != "ROOT":
        tok = tok.head
    requests = lex.cue("request_heads")
    if tok.dep_ == "xcomp" or tok.dep_ in ("ccomp", "advcl") and any(a.lower_ == "to" for a in tok.children):
        # (an infinitive: "told reporters that Russia would help Syria" reports, asks nothing)
        return tok.head.lemma_.lower() in requests
    return tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "pobj" and tok.head.head.head.lemma_.lower() in requests


def intent_holders(verb: Token, ends: EndFinder, lex: Lexicon) -> list:
    """"reaffirmed its willingness to continue cooperating with X", "expressed readiness to
    work with Y": whose willingness it is (the possessive, else the subject of a verb that
    expresses it)."""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head
    if tok.dep_ != "acl" or noun.lemma_.lower() not in lex.cue("intent_nouns"):
        return []
    owners = [e for c in noun.children if c.dep_ == "poss" for e in ends.actors(c)]
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.cue("expressing_verbs"):
        owners = actor_subjects(noun.head, ends)
    return owners


#: verbs of putting a means to use ("used its veto to shield X")
_USING = frozenset({"use", "employ", "wield", "exercise", "leverage", "deploy", "invoke"})


def instrument_users(verb: Token, ends: EndFinder) -> list:
    """"used their veto power to shield Damascus", "wielded its influence to help X": an
    infinitive the parser hung on the means is done by whoever uses the means."""
    means = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or means.dep_ != "dobj" or means.head.lemma_.lower() not in _USING:
        return []
    return actor_subjects(means.head, ends)


#: texts handed or sent to someone, which may demand or urge ("a note verbale", "a letter")
_SENT_TEXTS = frozenset({"note", "verbale", "letter", "message", "memorandum", "statement", "communique",
                         "communiqué", "petition", "complaint", "protest", "demarche", "démarche"})


def text_senders(verb: Token, ends: EndFinder) -> list:
    """"handed a note verbale to the Chinese embassy demanding that Beijing stop ...", "sent a
    letter to the UN urging it to act": a participle the parser hung on the text's recipient
    says what the text does; its sender acts."""
    recipient = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or recipient.dep_ != "pobj" or recipient.head.lower_ != "to":
        return []
    sending = recipient.head.head
    if sending.pos_ != "VERB" or syntax.is_passive(sending) \
            or not any(o.lemma_.lower() in _SENT_TEXTS for o in syntax.objects(sending)):
        return []
    return actor_subjects(sending, ends)


def outer_participle(verb: Token) -> Token | None:
    """For a participle coordinated inside a clause that hangs off another participle
    ("saying X was doing A and threatening B", "accusing X of A and warning B"): that outer
    participle, else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG":
        return None
    tok = verb.head
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "pcomp", "prep", "pobj", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
            return tok
    return None


def back_to_talks(act: Token, lex: Lexicon) -> bool:
    """"urged X to return to talks / to the negotiating table / to the ceasefire": going back
    to a state or a process is an appeal, not a demand (unlike "return the territory",
    "return the hostages": something to give back)."""
    return act.lemma_.lower() == "return" and not syntax.objects(act) and bool(
        syntax.prep_objects(act, frozenset({"to"})))


_REQUEST_LINKS = frozenset({"xcomp", "advcl", "ccomp"})


def requested_acts(verb: Token) -> list[Token]:
    """The infinitives of a request ("urged X to stop ...", "called on X to withdraw ... and
    to release ..."), wherever the parser hangs them: on the verb (as xcomp, or as advcl or
    ccomp with its "to") or on the addressee ("called on X to ..." read as X's clause)."""
    acts = [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ in _REQUEST_LINKS and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    acts += [c for _, p in syntax.prep_objects(verb, frozenset({"on", "upon", "to"})) for c in p.children
             if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return acts + [x for c in acts for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]


#: families whose participle takes a hyphenated agent ("Iran-backed", "US-sanctioned"); an
#: attack or visit so phrased ("Russian-occupied", "Chinese-made") names no act between two sides
HYPHENED_FAMILIES = frozenset({"cooperate", "coerce"})
_HYPHENED_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})


def hyphened_agent(verb: Token) -> Token | None:
    """"the Iran-backed group", "Rwanda-backed rebels": the name joined by a hyphen to an
    attributive participle is its agent (the noun modified is the patient)."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return None
    name = verb.doc[verb.i - 2]
    if name.head.i != verb.i or name.dep_ not in _HYPHENED_DEPS or name.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    return name


#: relation families whose verbs are speech acts: their natural subject is a speaker
SPEECH_FAMILIES = frozenset({"disapprove", "request", "protest"})
_CLAUSE_LINKS = frozenset({"ccomp", "conj"})
# links inside a reported clause's noun phrases ("countries hit by disasters and called on")
_PHRASE_LINKS = frozenset({"dobj", "pobj", "prep", "agent", "nsubj", "attr", "appos"})


def reporter_of_speech_act(verb: Token, trig, lex: Lexicon) -> Token | None:
    """The reporting verb whose speaker also performs ``verb``, for a bare past-tense speech
    act coordinated with a reported clause: 'X said Y was "a tool of confrontation" and
    accused Y of ...', "X said the strikes hit depots, and called on Z to ...".

    The parser hangs the act on the reported clause, whose subject it would inherit; but a
    speech act is the speaker's. Not when the act has its own subject or auxiliary ("... and
    had accused"), or when the clause it joins is itself a speech act or report ("said Y
    criticised Z and accused W": Y does both), or when the report comes after the act.
    """
    if FAMILY[trig.relation] not in SPEECH_FAMILIES or verb.tag_ != "VBD":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    reporting = lex.cue("reporting_verbs")
    lemma = head.lemma_.lower()
    if lemma in reporting or any(FAMILY[t.relation] in SPEECH_FAMILIES and (not t.requires or has_required(head, t.requires))
                                 for t in lex.verbs.get(lemma, ())):
        return None
    node, found = head, None
    for _ in range(8):  # "said the increase showed that Nato was ...": up through nested reports
        up = node.head
        stated = _stated_in(node, lex)
        # ("said there was no evidence the attacks had come from Y and accused Z": a content
        # clause the parser took for a relative one, with no relative word)
        content = node.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that"
                                                    for c in node.children)
        if up.i == node.i or up.i > verb.i or node.dep_ not in _CLAUSE_LINKS and not stated and not content and not (
                node.dep_ in _PHRASE_LINKS or node.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in node.children)):
            break  # (a relative clause's verb has a subject of its own: "the group, which ...")
        if node.dep_ == "ccomp" and up.lemma_.lower() in reporting:
            found = up
        if stated and up.dep_ == "pobj" and up.head.head.pos_ == "VERB" and up.head.head.lemma_.lower() in reporting:
            found = up.head.head
        node = up
    return found


def _stated_in(clause: Token, lex: Lexicon) -> bool:
    """"said in a statement that the law would harm X": a that-clause the parser hung on the
    statement noun is what was said (not a relative clause with a subject of its own)."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in lex.cue("verbal_attack_nouns") \
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def counted_crowd(tok: Token, lex: Lexicon) -> bool:
    """"2.5 million Syrians", "thousands of refugees": people counted by the number."""
    if any(c.dep_ == "nummod" and (c.lower_ in lex.cue("crowd_quantities") or _large(c.text)) for c in tok.children):
        return True  # (not "two Peruvian ministers": guests)
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.cue("crowd_quantities")


def _large(number: str) -> bool:
    digits = number.replace(",", "")
    return digits.isdigit() and int(digits) >= 100


#: nouns for the members of a body, addressed together ("NATO allies", "EU partners")
_MEMBER_NOUNS = frozenset({"ally", "partner", "member"})
#: heads of "EU member states", "NATO member countries"
_MEMBER_STATES = frozenset({"state", "country", "nation", "government"})


def members_addressed(toks, ends: EndFinder) -> list:
    """"called on NATO allies to ...", "urged EU partners to ...", "asked EU member states":
    the members of an organisation, addressed together, stand for the organisation."""
    out = []
    for t in toks:
        mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
        # "EU member states": the body may hang on "member"
        mods += [g for c in mods if c.lemma_.lower() == "member"
                 for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
        lemma = t.lemma_.lower()
        if t.tag_ != "NNS" or not (lemma in _MEMBER_NOUNS or lemma in _MEMBER_STATES
                                   and any(c.lemma_.lower() == "member" for c in mods)):
            continue
        out += [e for c in mods for e in ends.actors(c, conj=False) if e.entity.type == "Organization"]
    return out


def named_area(tok: Token, lex: Lexicon) -> Token:
    """"the Russian-backed breakaway region of Transnistria": the name after a generic area
    noun's "of" is the place meant (not the owner before it, "Moldova's"); else ``tok``."""
    if tok.lemma_.lower() not in lex.cue("frame_areas") | lex.cue("captured_places"):
        return tok
    names = [p for _, p in syntax.prep_objects(tok, frozenset({"of"})) if p.pos_ == "PROPN"]
    return names[0] if names else tok
