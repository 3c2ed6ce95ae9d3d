"""What a build did, for the CLI summary and for Python callers."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.types import Extraction

__all__ = ["BuildReport"]


@dataclass
class BuildReport:
    """Counts of one :func:`kg.pipeline.build` (or ``extract``) run.

    ``added``/``replaced``/``unchanged`` say what the store did with each article
    (an unchanged article has the same content hash as the stored one).
    """

    articles: int = 0
    skipped: int = 0
    facts: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    triples: int | None = None
    seconds: float = 0.0
    executor: str = "1 process"
    output: str | None = None
    store: str | None = None
    html: str | None = None
    entities_by_type: Counter = field(default_factory=Counter)
    facts_by_relation: Counter = field(default_factory=Counter)
    _entities: set = field(default_factory=set, repr=False)

    def count(self, extraction: Extraction) -> None:
        """Add one article's extraction to the counts."""
        self.articles += 1
        self.facts += len(extraction.facts)
        for entity in extraction.entities:
            key = (entity.type, entity.id)
            if key not in self._entities:
                self._entities.add(key)
                self.entities_by_type[entity.type] += 1
        for fact in extraction.facts:
            self.facts_by_relation[fact.predicate] += 1

    @property
    def entities(self) -> int:
        """Distinct entities seen over all articles."""
        return len(self._entities)

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "skipped": self.skipped, "facts": self.facts,
                "entities": self.entities, "added": self.added, "replaced": self.replaced,
                "unchanged": self.unchanged, "triples": self.triples,
                "seconds": round(self.seconds, 3), "executor": self.executor,
                "output": self.output, "store": self.store, "html": self.html,
                "entities_by_type": dict(self.entities_by_type.most_common()),
                "facts_by_relation": dict(self.facts_by_relation.most_common())}

    def summary_line(self) -> str:
        """One line: ``processed N articles, skipped M, K facts``."""
        return f"processed {self.articles} articles, skipped {self.skipped}, {self.facts} facts"

    def summary_text(self) -> str:
        """A plain-text multi-line summary (what ``kg build`` prints without rich)."""
        lines = [self.summary_line() + f" in {self.seconds:.1f}s ({self.executor})"]
        if self.store:
            lines.append(f"store {self.store}: {self.added} added, {self.replaced} replaced, "
                         f"{self.unchanged} unchanged")
        if self.triples is not None:
            lines.append(f"triples: {self.triples}")
        lines.append(f"entities: {self.entities} ("
                     + ", ".join(f"{t} {n}" for t, n in sorted(self.entities_by_type.items())) + ")")
        lines.append("facts by relation: " + (", ".join(
            f"{r} {n}" for r, n in self.facts_by_relation.most_common()) or "none"))
        for label, value in (("graph", self.output), ("html", self.html)):
            if value:
                lines.append(f"{label}: {value}")
        return "\n".join(lines)
