"""Text rendering for ``kg explain``: parse, mentions, rule decisions, facts."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.types import Article

__all__ = ["render"]


def render(doc: Doc, article: Article, mentions, *, sentence: int | None = None) -> str:
    """Render the explanation of every sentence of ``doc`` (or only sentence ``sentence``)."""
    from kg.extract import sentence_facts
    from kg.extract.ends import EndFinder
    from kg.extract.facts import FactBuilder, rebukes
    from kg.extract.lexicon import load_lexicon
    from kg.extract.rules import Trace

    lex = load_lexicon()
    ends = EndFinder(mentions, lex)
    builder = FactBuilder(article, mentions, ends, lex)
    sents = list(doc.sents)
    if sentence is not None and not 0 <= sentence < len(sents):
        raise ConfigError(f"--sentence {sentence}: the text has {len(sents)} sentences (0..{len(sents) - 1}); pick one of those")
    out: list[str] = []
    for n, sent in enumerate(sents):
        trace = Trace(enabled=True)
        ends.notes.clear()
        facts = sentence_facts(sent, builder, ends, trace)
        facts += rebukes(facts)
        if sentence is not None and n != sentence:
            continue
        out.append(f"=== sentence {n} [{sent.start_char}:{sent.end_char}]: {sent.text}")
        out.append("parse:")
        for tok in sent:
            out.append(f"  {tok.i:>3} {tok.text:<16} {tok.lemma_:<14} {tok.pos_:<6} {tok.dep_:<10} -> {tok.head.i:<3} {tok.ent_type_}")
        out.append("mentions:")
        seen = set()
        for tok in sent:
            span = mentions.span_at(tok)
            ent = mentions.entity_at(tok)
            if span is None or ent is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            how = " (coreference)" if mentions.is_resolved_by_coref(tok) else ""
            out.append(f"  '{span.text}' -> {ent.label} [{ent.type} {ent.id}]{how}")
        if not seen:
            out.append("  (none)")
        out.append("rules:")
        out.extend("  " + line for line in trace.lines) if trace.lines else out.append("  (no trigger word)")
        if ends.notes:
            out.append("unresolved:")
            out.extend(f"  {note}" for note in dict.fromkeys(ends.notes))
        out.append("facts:")
        for f in facts:
            extra = ", ".join(x for x in (f"date {f.date}" if f.date else "", f"place {f.place}" if f.place else "",
                                         f"said by {f.attributed_to}" if f.attributed_to else "") if x)
            out.append(f"  {f.subject} -{f.predicate}-> {f.object}  [{f.polarity}, {f.modality}, "
                       f"cameo {f.event_type}, conf {f.confidence}, rule {f.rule}, trigger '{f.trigger}'"
                       f"{'; ' + extra if extra else ''}]")
        if not facts:
            out.append("  (none)")
    statics = getattr(mentions, "static_facts", ()) or ()
    if statics and sentence is None:
        out.append("=== static facts (resolve stage)")
        out.extend(f"  {f.subject} -{f.predicate}-> {f.object}" for f in statics)
    return "\n".join(out)
