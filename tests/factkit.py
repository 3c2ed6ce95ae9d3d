"""Shared helper of the sentence-table tests: the facts kg extracts from one invented text."""
from __future__ import annotations

from kg.extract import extract_doc
from kg.types import Article

__all__ = ["SYMMETRIC", "check_row", "facts", "found", "key", "static_triples"]


def facts(nlp, text: str, *, title: str = "", date: str | None = None, min_confidence: float | None = None):
    """Run the real pipeline's extraction on ``text`` as a one-off article with id ``t``.

    Args:
        nlp: the loaded spaCy pipeline (the ``nlp`` fixture).
        text: the article text.
        title: the article title.
        date: the article date (ISO), for tests of relative dates.
        min_confidence: the confidence floor; None keeps the extractor's default.
    """
    article = Article(id="t", title=title, text=text, date=date)
    return extract_doc(nlp(text), article, min_confidence=min_confidence).facts


def static_triples(nlp, text: str, date: str = "2023-06-10") -> set[tuple[str, str, str]]:
    """The positive static facts (leaderOf / memberOf / locatedIn) the resolve stage finds in
    ``text``, as ``(subject, predicate, object)``."""
    from kg.resolve import resolve  # (late: the extract tables need no resolve import)

    article = Article(id="t", title="t", text=text, date=date)
    return {(f.subject, f.predicate, f.object) for f in resolve(nlp(text), article).static_facts
            if f.polarity == "positive"}


#: Relations whose two ends may come out either way round.
SYMMETRIC = ("meets", "negotiatesWith", "cooperatesWith")


def key(fact) -> tuple[str, str, str, str]:
    """``(subject, predicate, object, polarity)`` of a fact, as the tables write them."""
    return (fact.subject, fact.predicate, fact.object, fact.polarity)


def found(want, got) -> bool:
    """Whether the table row ``want`` is in ``got``, either way round for a symmetric relation."""
    s, p, o, pol = want
    return want in got or (p in SYMMETRIC and (o, p, s, pol) in got)


def check_row(facts_found, expected, absent) -> None:
    """Assert a table row: every ``expected`` key is among ``facts_found``, no ``absent`` one is."""
    got = {key(f) for f in facts_found}
    assert [w for w in expected if w not in got] == [], f"got {sorted(got)}"
    assert [a for a in absent if a in got] == [], f"got {sorted(got)}"
