"""The result table every benchmark script prints: one row per measurement, next to its target."""
from __future__ import annotations

__all__ = ["Table"]


class Table:
    """Rows of (measurement, result, target, met); printed as they come, Markdown at the end."""

    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, what: str, measured: str, target: str = "", ok: bool | None = None):
        verdict = "" if ok is None else ("yes" if ok else "NO")
        self.rows.append((what, measured, target, verdict))
        print(f"  {what}: {measured}  (target {target or '-'}) {verdict}", flush=True)

    def markdown(self) -> str:
        lines = ["| measurement | result | target | met |", "|---|---|---|---|"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)
