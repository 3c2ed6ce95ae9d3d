"""Sentence frames that no single trigger word carries.

Rules here look at a whole construction rather than one lexicon lemma, e.g. an
agent introduced by "from" after a nominal trigger, or a host/guest frame. They
return the same candidates as the verb and noun rules.
"""
from __future__ import annotations

from spacy.tokens import Span

__all__ = ["frame_rules"]


def frame_rules(sent: Span, ends, lex, trace) -> list:
    """Candidates from multi-word frames in ``sent`` (none yet)."""
    return []
