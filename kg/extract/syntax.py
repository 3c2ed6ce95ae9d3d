"""Small dependency-tree helpers shared by the rules (no NLP calls, no regex).

The helpers that every rule calls many times per sentence (children by relation,
prepositional objects, subjects) read the doc's :class:`~kg.nlp.DocTable` and make a
Token only for what they return: ``token.children`` and ``token.dep_`` build a new
object per child and per read.
"""
from __future__ import annotations

from kg.extract.topic_clauses import purpose_object
from kg.extract.topic_lists import splits_off
from spacy.tokens import Span, Token

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.nlp import doc_table

__all__ = ["negated", "subjects", "is_passive", "by_agents", "objects", "prep_objects", "governing_verb",
           "topic_span", "is_mutual", "clause_subject_of", "is_dateline", "closes_report",
           "sayers_next_act", "called_on",
           "unhesitating", "only_threatened", "asked_yes_no"]

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_PREP_DEPS = frozenset({"prep", "agent", "prt", "dative"})
_PREP_OBJECTS = frozenset({"pobj", "pcomp"})
#: prepositions that are participles, whose object the parser labels a direct object
_VERBAL_PREPS = frozenset({"regarding", "concerning", "including", "following", "excluding"})
# texts that act for whoever adopts them ("a resolution condemning X")
_DOCUMENTS = frozenset({"resolution", "statement", "declaration", "communique", "communiqué", "motion",
                        "letter", "report", "bill", "decree", "order", "law", "directive", "regulation",
                        "measure", "policy", "rule", "legislation", "act", "proclamation", "ordinance", "edict"})
# what one does to a text one makes one's own ("ignored resolutions calling on X" is no call)
_ISSUING = frozenset({"pass", "adopt", "issue", "approve", "sign", "draft", "table", "publish", "release", "put",
                      "make", "send", "submit", "unveil", "endorse", "back", "support", "circulate", "read",
                      "announce", "introduce", "enact", "implement", "impose", "finalize", "finalise"})
#: verbs of "stopped / fell / came short of V-ing"
_FALLING_SHORT = frozenset({"stop", "fall", "come"})
#: nouns whose "of V-ing" is the holder's own act ("no intention of attacking")
_INTENT_NOUNS = frozenset({"intention", "plan", "desire", "wish", "attempt", "bid", "decision", "effort"})
#: relative pronouns that open the clause of a cleft ("It was X that ...")
_CLEFT_PRONOUNS = frozenset({"that", "who", "which"})
_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})
# clause links across which the subject of the head verb is inherited (control, coordination,
# participial adjuncts: "pledging to ...", "by announcing ...")
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "acl", "acomp"})
_TOPIC_MODS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "advmod", "quantmod"})
_EMPTY_GERUNDS = frozenset({"engage", "participate", "involve", "take", "be", "have", "do", "get"})
_ADVERBIAL_PREPS = frozenset({"after", "before", "during", "since", "until", "amid", "despite", "following",
                              "ahead", "prior", "without", "throughout", "like", "unlike", "besides", "than"})
#: verb particles the parser may hang on the object as a modifier ("pull back troops")
_PARTICLES = frozenset({"back", "out", "off", "up", "down", "away"})
_TOPIC_PREPS = frozenset({"of", "in", "to", "on", "over", "about", "between", "against", "for", "from", "with"})


def negated(tok: Token) -> bool:
    """True when ``tok`` has a negation child ("did not agree", "never accepted")."""
    return any(c.dep_ == "neg" for c in tok.children)


def is_passive(verb: Token) -> bool:
    table = doc_table(verb.doc)
    dep = table.dep
    return any(dep[c] in _PASSIVE for c in table.kids[verb.i])


def by_agents(verb: Token) -> list[Token]:
    """pobj of the passive "by" phrase."""
    table = doc_table(verb.doc)
    dep, doc = table.dep, verb.doc
    # "condemned by Arab states and by Turkey": a coordinated "by" phrase is a second agent
    agents = [c for c in table.kids[verb.i] if dep[c] == "agent"]
    agents += [x for c in agents for x in table.conjuncts(c) if doc[x].lower_ == "by"]
    return [doc[g] for c in agents for g in table.kids[c] if dep[g] == "pobj"]


def _relative_list_owner(tok: Token) -> Token | None:
    """"rhetoric from Pyongyang, which has declared the truce void, threatened strikes
    against X and told ...": a verb right after ", " that closes a relative clause is the
    next item of that clause's list of acts (the parser hangs it on the main verb); its
    subject is the relative clause's antecedent. Only for an asyndetic ", V" (", and V"
    may well continue the main clause)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBN", "VBD") or tok.i < 3 or tok.doc[tok.i - 1].text != ",":
        return None
    rel = tok.doc[tok.i - 2]
    for _ in range(8):
        if rel.dep_ == "relcl" or rel.head.i == rel.i:
            break
        rel = rel.head
    if rel.dep_ != "relcl" or rel.right_edge.i not in (tok.i - 2, tok.i - 1) or rel.i > tok.i or rel.head.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ in _SUBJ and c.lower_ in ("which", "who") for c in rel.children):
        return None
    return rel.head


def _document_authors(subj: Token) -> list[Token]:
    """"The decree, signed by Putin, bans imports": a text that acts for whoever made it, named
    as the agent of a participle on it, stands for them; any other subject is itself."""
    if subj.lemma_.lower() not in _DOCUMENTS:
        return [subj]
    authors = [a for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ISSUING
               for a in by_agents(c)]
    return authors or [subj]


def subjects(verb: Token, object_control: frozenset = frozenset()) -> list[Token]:
    """Subject tokens of ``verb``, inherited through control / coordination when missing.

    ``object_control`` lemmas take their object as the subject of an xcomp
    ("urged China to ...": China is the one to act).
    """
    tok = verb
    doc = verb.doc
    table = doc_table(doc)
    dep = table.dep
    for _ in range(6):
        subj = [doc[c] for c in table.kids[tok.i] if dep[c] in _SUBJ]
        if subj:
            return [s for t in subj for a in _document_authors(t) for s in _cleft_focus(a)]
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [tok.head]
        if tok.dep_ in ("pcomp",) and tok.head.dep_ in ("prep",):
            owner = tok.head.head
            objs = [c for c in owner.children if c.dep_ == "dobj"] if tok.head.lower_ in ("of", "for") else []
            if objs and owner.pos_ == "VERB":
                return objs  # "accused Y of shelling", "praised Y for helping": Y acts
            tok = owner
            continue
        if (tok.lower_ == "short" and tok.head.lemma_.lower() in _FALLING_SHORT) or (
                tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and tok.lemma_.lower() in _INTENT_NOUNS):
            # "stopped short of blaming Y", "had no intention of attacking Y": the one who
            # stops short or (has no) intends is the gerund's subject
            tok = tok.head
            continue
        addressee = called_on(tok)
        if addressee is not None:
            return [addressee]
        if coordinated_complement(tok):  # "denies X and in turn accuses Y": the denier accuses
            tok = tok.head
            continue
        if tok.dep_ not in _INHERIT or tok.head is tok:
            return []
        head = tok.head
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.i > 0 \
                and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].dep_ in ("conj", "pobj", "dobj") \
                and tok.doc[tok.i - 1].head.i < tok.i and tok.doc[tok.i - 1].head.head.i != tok.i:
            # "... the previous truce and the US envoy said a deal was near": a finite verb right
            # after a noun is that noun's (the parser hung the noun on the object before; not
            # the verb's own phrase: "denies it and in turn accuses Y")
            return [tok.doc[tok.i - 1]]
        if tok.dep_ == "conj" and tok.tag_ in ("VBZ", "VBP") and head.tag_ == "VBD" \
                and head.lemma_.lower() in _SAYING:
            # 'X said the launch posed no threat but "highlights" Y': a present tense under a
            # past report continues what was said, not the speaker's narrated act (whose
            # subject, often a thing such as "the launch", the parse has lost)
            return []
        listed = _relative_list_owner(tok)
        if listed is not None:
            return [listed]
        main = _tense_break_relative(tok, head)
        if main is not None:
            # "X toured camps that host refugees and held talks with Y": a past act coordinated
            # with a present-tense relative clause goes on the clause the relative hangs from
            tok = main
            continue
        if tok.dep_ == "conj" and closes_report(tok, head):
            # 'X said Y was "not serious" and summoned ...': the quote ends Y's clause; the
            # coordinated past-tense act is the reporter's
            tok = head.head
            continue
        if tok.dep_ == "conj" and head.dep_ == "xcomp" and head.head.dep_ == "xcomp" and tok.i > 2 \
                and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 2].dep_ == "cc" \
                and tok.doc[tok.i - 3].text == "," and any(c.dep_ == "dobj" for c in head.head.children):
            # "agreed to press the EU to conclude a deal, and to work with B": ", and to ..."
            # after a nested object-control infinitive continues the outer one (whose subject
            # is the agreeing side), not what the object was pressed to do
            tok = head.head
            continue
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and head.dep_ == "xcomp" and head.tag_ == "VB":
            # "ordered French troops to leave and turned to Russia": a finite verb cannot share
            # the infinitive's clause; it is coordinated with the ordering verb
            tok = head.head
            continue
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and doc[tok.i - 1].text == "," and head.dep_ == "xcomp" \
                and any(c.dep_ == "dobj" for c in head.head.children) and head.head.pos_ == "VERB":
            # "urged the council to impose an embargo, accusing Russia of ...": a participle set
            # off after the infinitive goes with the urging verb, whose subject it shares
            tok = head.head
            continue
        if tok.dep_ == "xcomp" and head.lemma_.lower() in object_control:
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return objs
        if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            root = tok.sent.root
            if _lost_main_verb(tok, root) and not _past_dateline(root) == []:
                # "India, which has long opposed the plan, criticized Pakistan": the parser lost
                # the main verb to the relative clause; the verbless sentence's root is the subject
                return _past_dateline(root)
            if tok.tag_ == "VBG" and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" \
                    and head.lemma_.lower() in _DOCUMENTS and head.head.lemma_.lower() in _ISSUING \
                    and not any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.children):
                # "passed a resolution condemning X": who passes the text does what it says
                tok = head.head
                continue
            if tok.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ in ("with", "in") \
                    and head.head.head.pos_ == "VERB" and head.lemma_.lower() in ("statement", "letter", "message") \
                    and not any(c.dep_ in ("compound", "poss") for c in head.children):
                # "followed up with a statement urging X", "said in a statement calling on X"
                tok = head.head.head
                continue
            main = head.head
            if head.dep_ == "nsubj" and main.tag_ == "VB" and main.i > tok.i and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in main.children):
                # "the two states called on X to set up ...": a subject with a bare "to"
                # infinitive as its verb is a misparse; the participle is the main verb
                return [head]
            if tok.tag_ == "VBG" and tok.i > head.i and any(c.dep_ == "dobj" for c in tok.children):
                # "the coalition fighting the Houthis said ...": an active participle's doer is
                # the noun it describes
                return [head]
            return []  # "talks mediated by X": the noun is the patient, not the subject
        tok = head
    return []


def coordinated_complement(tok: Token) -> bool:
    """Whether ``tok``, parsed as its head's complement, is a finite verb coordinated with it:
    "denies supporting the rebels and in turn accuses Y" (a verb after "and" sharing the
    head's subject and standing outside what the head denies or reports)."""
    if tok.dep_ != "ccomp" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.left_edge.i <= tok.head.i + 1:
        return False
    cc = tok.doc[tok.left_edge.i - 1]
    return cc.dep_ == "cc" and cc.head.head.i == tok.head.i


def _lost_main_verb(tok: Token, root: Token) -> bool:
    """Whether the participle or finite verb ``tok``, set off by a comma after a relative clause
    on the root noun of a verbless sentence, is that sentence's main verb: "India, which has
    long opposed the plan, criticized Pakistan"; "Turkey, whose parliament must approve the
    bid, criticized Sweden" (read as a past participle: no "by" agent tells it is one)."""
    if root.pos_ in ("NOUN", "PROPN") and tok.i == root.i + 1 and tok.head.i == root.i and root.dep_ == "ROOT" \
            and tok.tag_ in ("VBD", "VBN") and not any(c.dep_ == "agent" for c in tok.children) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        # "Earlier in the day, the foreign minister called on President X": a participle right
        # after the definite noun of a verbless sentence is its main verb
        return True
    if tok.i == 0 or tok.doc[tok.i - 1].text != "," or root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i:
        return False
    if tok.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children) and any(
        c.dep_ == "relcl" and c.i < tok.i and c.is_ancestor(tok) for c in root.children)


def called_on(verb: Token) -> Token | None:
    """"called on X to stop Y", "appealed to X to end Y": X, named right before the
    infinitive's "to", is the one asked to stop, whatever clause the parser hung the
    infinitive on (a second "and on Z to ..." is often parsed onto the first request).

    Only for halting verbs: asking X to stop doing Y says X does Y; asking X to do Y
    ("called on X to step up pressure on Y") says nothing X did, and the caller is the
    one who presses Y.
    """
    # the table first: most verbs have no "to" before them
    table = doc_table(verb.doc)
    i = verb.i
    if i < 3 or table.lower[i - 1] != "to" or table.dep[i - 1] != "aux" or table.head[i - 1] != i:
        return None
    to = verb.doc[i - 1]
    lex = load_lexicon()
    lemma = verb.lemma_.lower()
    if lemma not in lex.cue("halting_heads") and lemma not in lex.cue("terminating_verbs"):
        return None
    named = verb.doc[to.i - 1]
    prep = named.head
    if named.dep_ != "pobj" or prep.lower_ not in _APPEAL_PREPS or prep.i >= named.i:
        return None
    # the phrase belongs to a request: "called on", "appealed to", or a second "and on X" conjunct
    asking = prep.head
    while asking.dep_ == "conj" and asking.head is not asking:
        asking = asking.head
    for cand in (prep.head, asking, asking.head):
        if cand.pos_ == "VERB" and cand.lemma_.lower() in _APPEAL_VERBS.get(prep.lower_, ()):
            return named
    if prep.dep_ == "conj" and prep.lower_ == "on":
        return named
    return None


_APPEAL_PREPS = frozenset({"on", "upon", "to"})
_APPEAL_VERBS = {"on": frozenset({"call", "prevail", "lean"}), "upon": frozenset({"call"}),
                 "to": frozenset({"appeal", "plead"})}
_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_SAYING = frozenset({"say", "tell", "state", "declare", "add", "write", "insist", "argue", "warn"})
_DENYING = frozenset({"deny", "reject", "dismiss"})
_DENIER_ACTS = frozenset({"accuse", "urge", "call", "warn", "criticize", "criticise", "condemn", "blame",
                          "demand", "say", "insist"})


_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "should", "must"})


def sayers_next_act(conj: Token, head: Token) -> Token | None:
    """The reporting verb a finite past act ``conj`` continues when the parser hung it on an
    infinitive or a modal's verb inside what was said: "said the catastrophe could not be
    allowed to continue and called on Israel to ...", "said the fighting must be allowed to end
    and called on ...": a past-tense verb coordinates with neither."""
    if conj.dep_ != "conj" or conj.tag_ != "VBD" or head.tag_ not in ("VB", "VBN") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    top = head
    for _ in range(3):
        if top.dep_ not in ("xcomp", "ccomp") or top.head.i >= top.i:
            return None
        if top.dep_ == "ccomp":
            break
        top = top.head
    else:
        return None
    if top is head and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return None
    if top is not head and not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    sayer = top.head
    return sayer if sayer.lemma_.lower() in _SAYING and sayer.tag_ == "VBD" else None


def _tense_break_relative(conj: Token, head: Token) -> Token | None:
    """The past-tense verb a present-tense relative clause hangs from, when ``conj`` (a past
    act with no subject of its own) is coordinated with that clause: the parser joined it to
    the nearer verb ("camps in Sudan that host refugees and held talks": the touring side held
    them, not the camps)."""
    if conj.dep_ == "conj" and conj.tag_ == "VBG" and head.dep_ == "ccomp" and head.tag_ != "VBG" \
            and head.head.tag_ == "VBG" and head.head.i < head.i:
        # "justified the raid by alleging that X had been convicted and accusing Mexico of ...":
        # a gerund cannot continue the finite clause alleged; it continues the gerund
        return head.head
    if conj.dep_ != "conj" or conj.tag_ != "VBD":
        return None
    sayer = sayers_next_act(conj, head)
    if sayer is not None:
        return sayer
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING and head.head.i < head.i and (
            head.tag_ in ("VBZ", "VBP") or head.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
            ):
        # "dismissed the claim, saying Tigrayan forces would guarantee safe passage, and
        # accused the government of ...": a past act after what is said in another tense
        # is the sayer's next act
        return head.head
    if head.dep_ != "relcl" or head.tag_ not in ("VBZ", "VBP") \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in head.children):
        return None
    main = head.head
    for _ in range(4):
        if main.pos_ in ("VERB", "AUX") or main.head is main:
            break
        main = main.head
    return main if main.pos_ == "VERB" and main.tag_ == "VBD" and main.dep_ != "relcl" else None


def closes_report(conj: Token, head: Token) -> bool:
    """'said Y was "not serious" and summoned': ``head`` is reported speech closed by a quote
    mark right before the coordinator, and ``conj`` is a finite past act after it."""
    if conj.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.lemma_.lower() not in _SAYING | _DENYING:
        return False
    if any(c.dep_ in _SUBJ for c in conj.children):
        return False
    if head.head.lemma_.lower() in _DENYING:
        # "denied that Russia had any role and accused the West of ...": what is denied is a
        # state of affairs; a coordinated charge or appeal is the denier's own act
        return conj.lemma_.lower() in _DENIER_ACTS
    cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i), None)
    doc = conj.doc
    if cc is None or cc.i == 0 or head.head.i >= head.i:
        return False
    # 'said Y "remains a threat" to them and committed to ...': a quote closed shortly before the
    # coordinator, with a present-tense report and a past-tense act, ends Y's clause as well
    shifted = head.tag_ in ("VBZ", "VBP") and any(t.text in _QUOTES for t in doc[max(head.i, cc.i - 6):cc.i])
    return doc[cc.i - 1].text in _QUOTES or shifted


def is_dateline(tok: Token) -> bool:
    """"WARSAW — Poland accused ...": a place name opening the sentence, then a dash."""
    nxt = tok.i + 1
    doc = tok.doc
    text = doc_table(doc).text
    if nxt < len(text) and text[nxt] == "," and any(doc[j].is_sent_start for j in range(max(0, tok.i - 3), nxt)):
        # agency style: "Jeddah, October 15, 2024, SPA -- ...": a date and the agency's name
        # between the place and the dash
        for j in range(nxt, min(nxt + 10, len(doc))):
            t = doc[j]
            if t.text in _DASHES and (t.whitespace_ or doc[j - 1].whitespace_):
                nxt = j  # (a hyphen inside a word is no dash: "Lindsey Graham, R-S.C., said")
                break
            # "NEW DELHI, Sept 23 (Reuters) -": the agency's name in brackets
            agency = t.is_title and doc[j - 1].text == "(" and j + 1 < len(doc) and doc[j + 1].text == ")"
            if not (t.is_punct or t.like_num or t.ent_type_ == "DATE" or t.is_upper or agency):
                return False
        else:
            return False
    # the cheap test first: ``tok.sent`` scans the parse, and most tokens are no dateline
    if nxt >= len(text) or (text[nxt] != "(" and text[nxt] not in _DASHES):
        return False
    sent = tok.sent
    if nxt + 2 < sent.end and tok.doc[nxt].text == "(" and tok.doc[nxt + 2].text == ")":
        nxt += 3  # "GENEVA (AP) — ...": the agency's name between the place and the dash
    if tok.i - sent.start > 3 or nxt >= sent.end or tok.doc[nxt].text not in _DASHES:
        return False
    # every word up to the dash is upper-case or title-case ("WARSAW", "Kuala Lumpur")
    return all(t.is_upper or t.is_title or t.is_punct for t in tok.doc[sent.start:tok.i + 1]) \
        and not _opens_aside(tok, nxt)


def _opens_aside(tok: Token, dash: int) -> bool:
    """"Iran — which denies the charge — accused Israel": a dash that a second one closes right
    before the finite verb opens an aside on ``tok``, not the dash after a dateline. An
    upper-case word ("WARSAW — The minister — who ... — said") stays a dateline unless the aside
    plainly hangs on it ("who", "which", "speaking ...")."""
    doc, sent = tok.doc, tok.sent
    close = next((t.i for t in doc[dash + 1:sent.end] if t.text in _DASHES and t.whitespace_), None)
    if close is None or close < dash + 2:
        return False
    after = next((t for t in doc[close + 1:sent.end] if t.pos_ != "ADV"), None)
    if after is None or after.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    first = doc[dash + 1]
    return not tok.is_upper or first.lower_ in ("who", "which", "whose") or first.tag_ in ("VBG", "VBN")


def _cleft_focus(subj: Token) -> list[Token]:
    """"It was India that accused Pakistan": the parser hangs the clause on "was" as a
    complement whose subject is "that"; the focused noun after "It was" does the act.
    "Canada was among the countries that sanctioned Iran", "Italy is one of the few states
    that criticized X": the subject of "was among" / "is one of" does the act of the clause."""
    verb = subj.head
    if subj.lower_ not in _CLEFT_PRONOUNS:
        return _past_dateline(subj)
    if verb.dep_ == "relcl":
        return _one_among(verb.head) or [subj]
    if verb.dep_ != "ccomp" or verb.head.lemma_ != "be":
        return _past_dateline(subj)
    copula = verb.head
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
        return _past_dateline(subj)
    return [c for c in copula.children if c.dep_ == "attr" and c.i < subj.i] or [subj]


def _one_among(group: Token) -> list[Token]:
    """The subject of "X was among the <group>" or "X is one of the <group>" (a plural
    common noun), else nothing."""
    if group.pos_ != "NOUN" or group.tag_ != "NNS" or group.dep_ != "pobj":
        return []
    prep = group.head
    if prep.lower_ == "among":
        copula = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == "one":
        copula = prep.head.head
    else:
        return []
    if copula.lemma_ != "be":
        return []
    return [c for c in copula.children if c.dep_ == "nsubj" and c.i < prep.i]


def _past_dateline(subj: Token) -> list[Token]:
    """The small model makes a dateline the subject and the real one its apposition."""
    if not is_dateline(subj):
        return [subj]
    dash = next((t.i for t in subj.doc[subj.i + 1:subj.sent.end] if t.text in _DASHES), subj.i + 1)
    return [c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > dash]


def objects(verb: Token) -> list[Token]:
    table = doc_table(verb.doc)
    dep, doc = table.dep, verb.doc
    found = [doc[c] for c in table.kids[verb.i] if dep[c] in _OBJECTS]
    after = verb.i + 1
    if not found and after < len(doc) and table.head[after] == verb.i and dep[after] == "npadvmod" \
            and table.pos[after] == "PROPN" and doc[after].ent_type_ not in ("DATE", "TIME"):
        # "..., criticized Sweden": a name right after a misparsed verb is read as an adverbial
        # noun ("met Tuesday"); a name that is no date is the object
        found = [doc[after]]
    if not found:
        found = _after_manner(verb)
    if table.lemma[verb.i] == "help" and after < len(doc) and table.pos[after] == "PROPN" \
            and dep[after] in ("nsubj", "compound") and table.pos[table.head[after]] in ("VERB", "NOUN") \
            and table.head[after] > after and (not found or found == [doc[table.head[after]]]):
        # "pledged to help Ukraine repair its grid": the one helped parsed as the subject of the
        # bare infinitive after it, or as a modifier of that verb read as a noun
        found = [doc[after]]
    if not found and table.lemma[verb.i] == "help":
        # "to help rebuild Gaza": the help goes to what the bare infinitive acts on
        found = [doc[g] for c in table.kids[verb.i] if dep[c] in ("xcomp", "ccomp") and table.pos[c] == "VERB"
                 and doc[c].tag_ == "VB" and table.lemma[c] in _BUILDING
                 for g in table.kids[c] if dep[g] == "dobj" and table.pos[g] == "PROPN"]
    # "rejects all of China's claims", "seized large parts of North Kivu": what the quantifier
    # or part noun takes a part of
    found = [next((q for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children
                   if q.dep_ == "pobj"), o)
             if o.lower_ in _PARTITIVES and o.pos_ in ("PRON", "DET", "ADJ") or o.lemma_.lower() in _PART_NOUNS else o
             for o in found]
    return found + [t for o in found for t in _as_well_as_subject(o)]


#: verbs of building up a side that help does ("help rebuild Gaza"; not "help bring the North back")
_BUILDING = frozenset({"rebuild", "reconstruct", "restore", "repair", "defend", "protect", "stabilize", "stabilise",
                       "develop", "recover", "secure", "strengthen", "feed", "modernize", "modernise"})
_PARTITIVES = frozenset({"all", "some", "most", "many", "much", "both", "each", "any", "several"})
_PART_NOUNS = frozenset({"part", "swath", "swathe", "chunk", "portion", "stretch", "section"})


def inverted_condition(clause: Token) -> bool:
    """"should Moscow stage any provocation", "were Iran to attack": a clause opened by its
    auxiliary before the subject is a condition, not what was said or asked."""
    first = clause.left_edge
    return first.dep_ == "aux" and first.head.i == clause.i and first.lower_ in ("should", "were", "had") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in clause.children)


def _after_manner(verb: Token) -> list[Token]:
    """"condemns in the strongest terms the armed attacks carried out ...": with a manner
    phrase before it, the parser may hang the object inside that phrase (as the subject of a
    relative clause or an apposition); the first noun there after "terms"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1:
            terms = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "term"), None)
            if terms is None:
                return []
            return [t for t in terms.subtree if t.i > terms.i and t.pos_ in ("NOUN", "PROPN")
                    and t.dep_ in ("nsubj", "appos", "dobj", "npadvmod", "conj")
                    and t.head.i in (terms.i, *(x.i for x in terms.children if x.dep_ in ("relcl", "acl")))][:1]
    return []


def _as_well_as_subject(obj: Token) -> list[Token]:
    """"urged Israel as well as Hamas to accept the deal": the parser reads "as well as" as
    the mark of an infinitive clause whose subject is the second object; that subject is
    coordinated with the object."""
    doc, j = obj.doc, obj.right_edge.i + 1
    if j + 3 >= len(doc) or doc[j].lower_ != "as" or doc[j + 1].lower_ != "well" or doc[j + 2].lower_ != "as" \
            or doc[j + 2].dep_ != "mark":
        return []
    return [c for c in doc[j + 2].head.children if c.dep_ == "nsubj" and c.i > j + 2]


def prep_objects(tok: Token, preps: frozenset) -> list[tuple[str, Token]]:
    """(preposition, pobj) for prepositional children of ``tok`` whose word is in ``preps``."""
    out = []
    table = doc_table(tok.doc)
    dep, lower, doc = table.dep, table.lower, tok.doc
    for c in table.kids[tok.i]:
        if dep[c] not in _PREP_DEPS:
            continue
        # "a deal with Chile in 1984 and with Peru in 1998": coordinated prepositions
        # (only looked for when the preposition has right children besides its object)
        kids = table.kids[c]  # in text order: two right children make the last two right of c
        coordinated = [x for x in table.conjuncts(c) if table.pos[x] == "ADP"] \
            if len(kids) > 1 and kids[-2] > c else ()
        if lower[c] in ONWARD and not any(dep[g] in _PREP_OBJECTS for g in kids):
            # "travel on to Poland", "flew back to Kyiv": the phrase hangs on the adverb
            coordinated = (*coordinated, *(g for g in kids if dep[g] in _PREP_DEPS))
        for p in (c, *coordinated):
            if lower[p] in preps and not (lower[p] == "with" and _onlookers(table, p)):
                for g in table.kids[p]:
                    # ("concerns regarding X": a participle preposition takes a direct object)
                    if dep[g] in _PREP_OBJECTS or dep[g] == "dobj" and lower[p] in _VERBAL_PREPS:
                        out.append((lower[p], doc[g]))
        if dep[c] == "prt" and lower[c] in preps and not kids:
            # "We call on members of the Council to ...": the preposition read as a particle,
            # its object as the verb's
            out += [(lower[c], doc[g]) for g in table.kids[tok.i] if dep[g] == "dobj" and g > c]
        if lower[c] in ("by", "over", "via") and lower[c] not in preps:
            # "spoke separately by phone with X": the parser may hang the partner on the medium
            for g in table.kids[c]:
                if dep[g] == "pobj" and lower[g] in MEDIA:
                    out += [(lower[q], doc[o]) for q in table.kids[g] if dep[q] in _PREP_DEPS and lower[q] in preps
                            for o in table.kids[q] if dep[o] in _PREP_OBJECTS]
        if lower[c] == "in" and "in" not in preps:
            # "sided in part with Uruguay", "agreed in principle with X": the parser hangs the
            # verb's own phrase on the hedge
            for g in table.kids[c]:
                if dep[g] == "pobj" and lower[g] in HEDGES:
                    out += [(lower[q], doc[o]) for q in table.kids[g] if dep[q] in _PREP_DEPS and lower[q] in preps
                            for o in table.kids[q] if dep[o] in _PREP_OBJECTS]
    return out


#: verbs of onlookers in an absolute "with" phrase ("with Egypt and the UN taking part as observers")
_ONLOOKING = frozenset({"take", "participate", "attend", "observe", "sit", "look", "watch"})


def _onlookers(table, prep: int) -> bool:
    """Whether a "with" phrase is an absolute one of onlookers: its object (or a conjunct of it)
    has a participle of taking part ("with A, B and C taking part as observers")."""
    objs = [g for g in table.kids[prep] if table.dep[g] == "pobj"]
    objs += [x for g in objs for x in table.conjuncts(g)]
    return any(table.dep[k] == "acl" and table.lemma[k] in _ONLOOKING and table.doc[k].tag_ == "VBG"
               for g in objs for k in table.kids[g])


#: adverbs a destination phrase may hang on ("travel on to X")
ONWARD = frozenset({"on", "onward", "onwards", "back"})

#: means of a conversation a partner's phrase may hang on ("by phone with X")
MEDIA = frozenset({"phone", "telephone", "videoconference", "videolink", "video", "telephony"})

#: "in part", "in principle": hedges the parser may hang the verb's own phrase on
HEDGES = frozenset({"part", "principle", "turn", "effect", "general"})


def governing_verb(noun: Token, quantity: frozenset) -> Token | None:
    """The verb a noun is the object of ("held talks", "entered into talks", "a slew of deals")."""
    tok = noun
    for _ in range(4):
        dep, head = tok.dep_, tok.head
        if head is tok:
            return None
        if dep == "pobj" and head.dep_ == "prep":
            if head.lower_ in _ADVERBIAL_PREPS:
                return None  # "after a meeting": the clause is dated by the noun, not about it
            owner = head.head
            if owner.pos_ in ("NOUN", "PROPN", "NUM") and (owner.lemma_.lower() in quantity or owner.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
                    or any(c.dep_ == "nummod" for c in owner.children)):
                # "a raft of accords", "$1 billion in aid": the amount passes the verb on
                tok = owner
                continue
            return owner if owner.pos_ in ("VERB", "AUX") else None
        if dep in ("dobj", "nsubjpass", "attr", "oprd", "conj") and head.pos_ in ("VERB", "AUX"):
            return head
        if dep == "conj":
            tok = head
            continue
        return None
    return None


def clause_subject_of(verb: Token) -> Token | None:
    table = doc_table(verb.doc)
    for c in table.kids[verb.i]:
        if table.dep[c] in _SUBJ:
            return verb.doc[c]
    return None


def is_mutual(tok: Token) -> bool:
    """"each other" / "one another"."""
    if tok.lower_ == "one" and any(c.lower_ == "another" for c in tok.children):
        return True
    if tok.lower_ in ("other", "another"):
        return any(c.lower_ in ("each", "one") for c in tok.children) or \
            (tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("each", "one")) or distributed_other(tok)
    return False


def distributed_other(tok: Token) -> bool:
    """"the other" as the object of a verb whose subject is "each": "each side accused the
    other", "A and B each blamed the other", "each of them accused the other"."""
    if tok.lower_ != "other" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(distributive(s) for s in subjects(verb))


def distributive(tok: Token) -> bool:
    """A subject "each", "each side", "A and B each"."""
    return tok.lower_ == "each" or any(c.lower_ == "each" and c.dep_ in ("det", "appos", "advmod")
                                       for c in tok.children)


#: verbs of a relative clause that only say where a vague "situation" arose
_ARISING = frozenset({"develop", "arise", "emerge", "unfold", "evolve", "prevail", "exist"})
#: heads that say only that something is being approached: the topic is where they lead
_HEADED_TOWARDS = frozenset({"step", "move", "progress"})


#: where something is said, not what it is about ("welcomed the decision on Twitter")
_MEDIA = frozenset({"twitter", "x", "facebook", "telegram", "instagram", "weibo", "television", "tv", "radio",
                    "website", "media", "youtube", "tiktok"})


#: people a matter is taken up with ("discussed the attack with his counterpart")
_PARTNER_NOUNS = frozenset({"counterpart", "minister", "president", "leader", "official", "envoy", "ambassador",
                            "delegation", "chancellor", "premier", "secretary", "king", "prince", "emir"})


def topic_span(tok: Token, lex: Lexicon, depth: int = 0) -> Span:
    """A short topic noun phrase headed by ``tok``.

    Head + compounds/adjectives + one prepositional complement ("the war in
    Ukraine" -> "war in Ukraine"); generic heads defer to their complement
    ("the issue of piracy" -> "piracy"). Determiners, possessors,
    relative clauses and appositions are left out.
    """
    generic = lex.cue("generic_topic_heads")
    purpose = purpose_object(tok) if depth < 3 else None
    if purpose is not None:  # "ways to boost bilateral trade": what the ways are for
        return topic_span(purpose, lex, depth + 1)
    if tok.lemma_.lower() in generic and depth < 3:
        for prep, pobj in prep_objects(tok, frozenset({"of", "about", "over", "on", "regarding"})):
            if pobj.pos_ in ("NOUN", "PROPN"):
                return topic_span(pobj, lex, depth + 1)
        for c in tok.children:  # "issues related to piracy"
            if c.dep_ == "acl":
                for prep, pobj in prep_objects(c, frozenset({"to", "with"})):
                    return topic_span(pobj, lex, depth + 1)
    if tok.lemma_.lower() in lex.cue("deferring_heads") and depth < 3:
        # "a proposal for a customs union": what is proposed ("the proposal" alone stays)
        # ("the importance of a free and open Indo-Pacific": a name, too)
        for prep, pobj in prep_objects(tok, frozenset({"for", "of"})):
            if pobj.pos_ == "NOUN" or pobj.pos_ == "PROPN" and tok.lemma_.lower() in ("importance", "need"):
                return topic_span(pobj, lex, depth + 1)
        # "the importance of protecting the Good Friday Agreement": what is to be done
        for c in (c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                  for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            inner = topic_span(c, lex, depth + 1)
            if len(inner):
                return inner
    if tok.lemma_.lower() in _HEADED_TOWARDS and depth < 3:
        # "steps towards reopening their embassies", "progress toward a deal": where they lead
        for prep, pobj in prep_objects(tok, frozenset({"towards", "toward"})):
            if pobj.pos_ in ("NOUN", "VERB"):
                return topic_span(pobj, lex, depth + 1)
    if tok.pos_ == "VERB":
        objs = objects(tok) or [p for _, p in prep_objects(tok, _TOPIC_PREPS)]
        if objs and depth < 2:
            inner = topic_span(objs[0], lex, depth + 1)
            if len(inner) == 0 and tok.tag_ == "VBG" and objs[0].dep_ == "dobj" and not list(objs[0].children):
                # "denied taking sides", "denied taking part in the attack": an idiom's bare
                # object makes no topic of its own; the act with its phrase does
                end = max([objs[0].i] + [c.right_edge.i for c in tok.rights if c.dep_ == "prep"
                                         and c.lower_ in _TOPIC_PREPS | {"in"}])
                return tok.doc[tok.i:end + 1] if end - tok.i < 8 else inner
            if tok.lemma_.lower() in _EMPTY_GERUNDS or tok.lemma_.lower() in lex.cue("light_verbs") or len(inner) == 0:
                return inner  # "denies engaging in espionage": the topic is espionage
            # "denied subsidising car makers": the act itself
            return tok.doc[min(tok.i, inner.start):max(tok.i + 1, inner.end)]
    # "the latest developments", "regional affairs": words that only date or place a vague
    # head vaguely do not make it a topic
    empty = lex.cue("empty_topic_modifiers")
    described = any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN") and not c.is_stop
                    and c.lower_ not in empty for c in tok.lefts)
    # "the situation in the Red Sea": a place makes a vague head a topic
    # ("... in Syria's Idlib province": a named place's common head noun)
    described = described or any(c.dep_ == "prep" and c.lower_ in ("in", "on", "along", "at")
                                 and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(
                                     x.dep_ in ("compound", "poss") and x.pos_ == "PROPN" for x in g.children))
                                         for g in c.children)
                                 for c in tok.rights)
    # "the boundary question", "the nuclear issue": a described generic head is a topic even
    # when the bare word ("the question") is not
    if tok.lemma_.lower() in generic and not described and depth < 3:
        # "the situation that has developed on certain sections of the border": where it developed
        for c in tok.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in _ARISING:
                for _, pobj in prep_objects(c, frozenset({"on", "in", "along", "at", "around"})):
                    if pobj.pos_ in ("NOUN", "PROPN"):
                        return topic_span(pobj, lex, depth + 1)
    if tok.lemma_.lower() in lex.cue("non_topic_heads") and not (tok.lemma_.lower() in generic and described) \
            or tok.lemma_.lower() in generic and not described:
        # "the agenda", "the situation": too vague to be a topic; "the humanitarian situation" is one
        return tok.doc[tok.i:tok.i]
    keep = {tok.i}
    for c in tok.lefts:
        if c.pos_ == "ADV" and c.lower_ in _PARTICLES:
            continue  # "pull back troops": the verb's particle parsed onto its object
        if c.dep_ in _TOPIC_MODS or (c.dep_ == "punct" and c.text == "-"):
            keep.update(t.i for t in c.subtree)
    rights = list(tok.rights)
    if tok.dep_ == "conj" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("of", "for", "against") \
            and tok.doc[tok.i + 1].head.i == tok.head.i:
        # "security and freedom of navigation", "migration and support for Ukraine": the last
        # conjunct's complement is parsed onto the first
        rights.insert(0, tok.doc[tok.i + 1])
    for c in rights:
        if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS:
            if any(g.dep_ == "conj" and tok.i < g.i < c.i for g in tok.children):
                break  # "fishing, mining and reform of X": the span would swallow the list
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and c.lower_ in ("on", "in", "via") and pobj.lower_ in _MEDIA:
                continue  # "welcomed the decision on Twitter": where it was said
            if pobj is not None and c.lower_ == "with" and (pobj.ent_type_ == "PERSON"
                                                          or pobj.lemma_.lower() in _PARTNER_NOUNS):
                continue  # "discussed the attack with his counterpart": whom it was discussed with
            if pobj is not None:
                keep.add(c.i)
                keep.add(pobj.i)
                if pobj.ent_type_ and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
                    # "security in the Strait of Hormuz": a named complement is kept whole
                    lo_, hi_ = pobj.i, pobj.i
                    while lo_ > 0 and tok.doc[lo_].ent_iob_ == "I":
                        lo_ -= 1
                    while hi_ + 1 < len(tok.doc) and tok.doc[hi_ + 1].ent_iob_ == "I":
                        hi_ += 1
                    keep.update(range(lo_, hi_ + 1))
                    for g in pobj.rights:  # "Strait of Hormuz" split into two entities
                        if g.dep_ == "prep" and g.lower_ == "of" and any(x.pos_ == "PROPN" for x in g.children):
                            keep.update(t.i for t in g.subtree)
                for g in pobj.lefts:
                    if g.dep_ in _TOPIC_MODS or g.dep_ == "poss" or g.dep_ == "case" or (g.dep_ == "punct" and g.text == "-"):
                        keep.update(t.i for t in g.subtree)
                if pobj.lemma_.lower() in generic:
                    # "cooperation in the field of nuclear energy": a vague complement carries
                    # its own complement; without one ("cooperation in the field") it says nothing
                    inners = prep_objects(pobj, frozenset({"of"}))
                    if not inners and not any(g.dep_ in ("amod", "compound") for g in pobj.lefts):
                        keep -= {c.i, pobj.i}
                    for _, inner in inners:
                        keep.update((inner.i, inner.i - 1) if inner.i - 1 > pobj.i else (inner.i,))
                        for g in inner.lefts:
                            if g.dep_ in _TOPIC_MODS:
                                keep.update(t.i for t in g.subtree)
                conjs = [g for g in pobj.children if g.dep_ == "conj"]
                # coordinated complements: "peace and security"; a longer list ("fishing,
                # mining and reform of the treaty") is several topics, not one
                pair = len(conjs) == 1 and not any(g.text == "," for g in pobj.children) and \
                    not any(g.dep_ in ("conj", "prep") for g in conjs[0].children) and not splits_off(conjs[0])
                for g in pobj.children if pair else ():
                    if g.dep_ in ("cc", "conj") and g.i > pobj.i:
                        keep.update(t.i for t in g.subtree if t.dep_ not in ("relcl", "acl", "appos"))
            break
        if c.dep_ == "punct" and c.text == "-":
            keep.add(c.i)
    doc = tok.doc
    lo, hi = min(keep), max(keep)
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("det", "poss", "case")
                       or doc[lo].dep_ == "advmod" and doc[lo].pos_ == "ADV" and doc[lo].head.i == tok.i):
        lo += 1  # ("particularly the situation in X": a focus adverb is no part of the topic)
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    return doc[lo:hi + 1]


def unhesitating(verb: Token) -> bool:
    """True for the act of a negated "hesitate" ("would not hesitate to strike X"): the
    negation is on the hesitation, so the act is threatened, not denied."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in head.children)


def only_threatened(verb: Token) -> bool:
    """True for the act of "threaten to" ("threatened to strike X", "threatens to impose
    sanctions"): a threat, not an act done or planned (unlike "vowed to attack X")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "threaten"


def asked_yes_no(verb: Token) -> bool:
    """"Did India accuse Pakistan?", "Will the EU sanction Russia again?": a clause whose
    auxiliary comes before its subject and that a question mark closes asks, it states
    nothing ("Why did Japan criticize China?" takes the act as given and is kept)."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    kids = list(clause.children)
    subj = next((c for c in kids if c.dep_ in _SUBJ), None)
    # the inversion first (rare), the sentence's words only then
    if subj is None or not (any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in kids)
                            or clause.pos_ == "AUX" and clause.i < subj.i):
        return False
    sent = clause.sent
    lower = doc_table(verb.doc).lower
    return "?" in lower[verb.i + 1:sent.end] and not any(
        t.tag_ in ("WRB", "WP", "WDT") for t in verb.doc[sent.start:subj.i]) and not any(
        c.tag_ in ("WRB", "WP", "WDT") for c in kids)
