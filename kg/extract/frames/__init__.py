"""Sentence frames that no single trigger word carries.

The verb and noun rules read one lexicon lemma with its subject and its target.
Some common news phrasings spread the relation over a construction instead:

- a reaction drawn from others: "..., drawing condemnation from X and Y" (X criticizes
  whoever did what the clause says), and warnings defied: "defying warnings from X";
- hosting a visit: "A hosted B for a state visit" (B visits A);
- working with someone: "carried out in close coordination with X";
- commitments and allies: "reaffirmed its commitment to the defense of X",
  "X, Y's main ally";
- welcomed acts of others: "welcomed the efforts of X";
- money: "pledged $50 million for X";
- coercion phrased without a sanction word: "the Treasury designated five commanders",
  "the measures target banks including X", "barred firms from dealings with X",
  "gave the ambassador 48 hours to leave", "expelled X's envoy";
- appeals: "take the matter to X", "took China to the WTO", "sought help from X", "turned to X
  for help"; demands set as conditions: "repeated its conditions: that X amend ...";
  membership: "withdrew from X" (negative), "joined X";
- threats: "warned that it will not allow X to ...", "X's tariffs prompted China to threaten
  countermeasures", "vowed to retaliate against X", "Iran faces new U.S. sanctions";
- cooperation by deed: "held joint drills", "agreed to boost defence ties", "witnessed the
  signing of five agreements", "in support of X";
- visits without a visit verb: "received Brazilian President X", "landed in X"; meetings
  without one: "at a joint news conference with X";
- strikes that land in a country: "carried out airstrikes in Syria", "fired rockets into X";
- complaints lodged with a government: "lodged a complaint with Tokyo" (a protest);
- consequences warned of: "warned that X would bear all consequences", a response held in
  reserve: "reserves the right to take retaliatory measures" (threats, :mod:`.consequences`);
- answers held out: "said it would respond in kind", "promised a response", "would hit back
  with matching tariffs" (a threat to the side answered, :mod:`.responses`);
- demands named by the act: "demanded a full Israeli withdrawal" (a demand on Israel), and
  pressure kept up "until Russia negotiates" (:mod:`.demands`);
- events hosted by someone: "signed it at a ceremony hosted by X" (the guests meet X);
- acting side by side: "operating alongside the national police" (:mod:`.alongside`);
- counterparts acting together: "A and her Australian counterpart B signed the pact"
  (A meets B, :mod:`.counterparts`);
- exchanges cut: "suspended all trade with X", "closed its airspace to X's airlines";
- what parties agree on, sign and talk about: "agreed to suspend the tariff increases",
  "signed agreements on X, a memorandum on Y" (:mod:`.agreements`);
- stances on a measure itself: "Germany voted against the duties", "called the tariffs
  'economic cold war'", and worries about who poses a threat: "to address the threat
  posed by armed groups, including the M23" (:mod:`.stance_topics`, listed with
  :mod:`.reactions`' frames);
- protests held at a country's embassy: "activists rallied outside the Chinese embassy"
  (:mod:`.protests`);
- outcomes pursued: "Moscow is seeking a diplomatic solution to the crisis" (Russia discusses
  it, :mod:`.pursuits`);
- relief that lands in a place: "distributing food kits in Les Cayes", "relief flights from X
  landed in Pakistan" (:mod:`.relief`).

The word sets are the ``frame_*`` entries of ``kg/data/extract_cues.json``; the frames
live in one module per relation family (:mod:`.reactions`, :mod:`.consult`,
:mod:`.cooperate`, :mod:`.coerce`, :mod:`.threaten`, :mod:`.consequences`, :mod:`.responses`, :mod:`.request`,
:mod:`.demands`, :mod:`.alongside`, :mod:`.counterparts`), each listing the lemmas that anchor its frames in ``FRAMES``.
(:mod:`.verb_context` holds what the verb rules read around a trigger verb.)

Each frame is keyed by the lemma that anchors it, so the per-token cost is one dict
probe; every frame needs a resolved actor at both ends. The candidates are the same
:class:`~kg.extract.rules.Candidate` objects the verb and noun rules return.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg.extract.ends import EndFinder
from kg.extract.frames import agreements, alongside, coerce, counterparts, consequences, consult, cooperate, demands, follow, protests, pursuits, reactions, relief, request, responses, threaten
from kg.extract.lexicon import Lexicon
from kg.extract.rules import Candidate, Trace

__all__ = ["frame_rules"]

#: in the order the frames are tried for one token (the order of their candidates)
_MODULES = (reactions, consult, cooperate, coerce, threaten, consequences, responses, request, demands, alongside, counterparts, agreements, protests, follow, pursuits, relief)
_ORDER = ("_drawn_reaction", "_hosted_visit", "_hosted_event", "_received_contact", "_coordination", "_commitment", "_ally", "_welcomed_act", "_money",
          "_designated", "_added_to_list", "_measures_target", "_barred_dealings", "_cut_exchanges", "_deadline",
          "_expelled_envoy", "_called_in_envoy", "_referred",
          "_withdrew", "_will_not_allow", "_retaliation", "_witnessed_signing", "_joint_activity", "_ties_boosted",
          "_joined", "_landed", "_led_mission", "_met_led_group", "_strikes_into", "_complaint_with", "_facing", "_sought_help", "_vowed_response",
          "_in_support_of", "_sovereignty_backed", "_on_a_visit", "_joint_appearance", "_defied_warning", "_conditions_named", "_reopened", "_presented_proposal", "_among_those",
          "_bear_consequences", "_reserved_right", "_pay_dearly", "_held_out_answer", "_act_demanded", "_pressure_until", "_acting_alongside",
          "_counterparts_together", "_agreed_act", "_pact_list", "_pair_talk_topic", "_joined_led",
          "_protest_at_mission", "_session_requested", "_pursued")
_tables: dict[int, tuple[Lexicon, dict]] = {}


def _by_lemma(lex: Lexicon) -> dict[str, list]:
    """Anchor lemma -> [(parts of speech, frame)], built once per lexicon."""
    cached = _tables.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    rank = {name: i for i, name in enumerate(_ORDER)}
    entries = sorted((entry for m in _MODULES for entry in m.FRAMES), key=lambda e: rank.get(e[3].__name__, len(rank)))
    table: dict[str, list] = {}
    for cue_names, extra, pos, frame in entries:
        lemmas = set(extra)
        for name in cue_names:
            lemmas |= set(lex.cue(name))
        for lemma in lemmas:
            table.setdefault(lemma, []).append((pos, frame))
    _tables[id(lex)] = (lex, table)
    return table


def frame_rules(sent: Span, ends: EndFinder, lex: Lexicon, trace: Trace, *, tokens=None, lemmas=None) -> list:
    """Candidates from multi-word frames in ``sent`` (``tokens`` and their lower-case
    ``lemmas``, when the caller has them already, save reading the Doc again)."""
    table = _by_lemma(lex)
    out: list[Candidate] = []
    if tokens is None or lemmas is None:
        tokens = list(sent)
        lemmas = [t.lemma_.lower() for t in tokens]
    for tok, lemma in zip(tokens, lemmas):
        frames = table.get(lemma)
        if not frames:
            continue
        for pos, frame in frames:
            if tok.pos_ in pos:
                out.extend(frame(tok, ends, lex, trace))
    return out
