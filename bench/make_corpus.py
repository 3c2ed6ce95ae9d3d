"""Generate a benchmark corpus (JSONL) from the example articles.

Each output article is one of ``examples/`` with a new id, a shifted date and its
people renamed from a pool of invented names (consistently within the article),
so articles differ and the graph grows a realistic number of distinct entities.

Usage:
    python bench/make_corpus.py 1000 /tmp/kg-bench/corpus.jsonl [--examples DIR] [--seed N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

__all__ = ["make_corpus", "vary"]

# Invented name parts; combinations give ~2,500 distinct people.
_FIRST = ("Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
          "Kamala", "Luis", "Mira", "Nikolai", "Olga", "Pavel", "Quentin", "Rania", "Sven", "Tariq",
          "Ulla", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Adel", "Bianca", "Cyrus", "Dalia",
          "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Juno", "Kofi", "Lena", "Marek", "Nadia",
          "Omar", "Petra", "Rafael", "Sana", "Tomas", "Uma", "Vera", "Walid", "Yara", "Zoran")
_LAST = ("Halvorsen", "Marchetti", "Okafor", "Lindqvist", "Duarte", "Kovacs", "Nakamura", "Brennan",
         "Haddad", "Petrescu", "Solberg", "Varga", "Moreau", "Castell", "Ibsen", "Janssen",
         "Karimov", "Lozano", "Mbeki", "Novak", "Oyelaran", "Pereira", "Quist", "Rahimi", "Sato",
         "Tamm", "Ulvaeus", "Vidal", "Wojcik", "Yilmaz", "Zeller", "Abara", "Berglund", "Costa",
         "Dragan", "Eriksen", "Fonseca", "Grieg", "Horvat", "Ivanova", "Jukic", "Kallas",
         "Leclerc", "Mendes", "Nilsen", "Orsini", "Paredes", "Ruiz", "Stavros", "Tesfaye")

# A title followed by a capitalised name of two or three words ("Prime Minister Kenji Arakawa").
_TITLES = (r"(?:President|Prime Minister|Foreign Minister|Defence Minister|Defense Minister|"
           r"Minister|Chancellor|Secretary|General|Premier|Ambassador|spokesperson|spokesman|"
           r"spokeswoman|leader|envoy|King|Queen)")
_NAME = re.compile(_TITLES + r"\s+((?:[A-Z][a-z]+(?:-[a-z]+)?)(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})")


def _names(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for match in _NAME.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def vary(article: dict, number: int, rng: random.Random) -> dict:
    """A variant of ``article``: new id, date shifted by ``number`` days, people renamed."""
    text, title = article["text"], article.get("title") or ""
    for name in _names(text):
        new = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        old_last, new_last = name.split()[-1], new.split()[-1]
        for field in ("text", "title"):
            value = text if field == "text" else title
            value = value.replace(name, new)
            value = re.sub(rf"\b{re.escape(old_last)}\b", new_last, value)
            if field == "text":
                text = value
            else:
                title = value
    date = article.get("date") or "2024-01-01"
    shifted = (dt.date.fromisoformat(date) + dt.timedelta(days=number % 3650)).isoformat()
    return {"id": f"{article['id']}-{number:07d}", "title": title, "date": shifted,
            "source": article.get("source"), "url": f"{article.get('url') or 'https://example.org/a'}?v={number}",
            "text": text}


def load_examples(folder: Path) -> list[dict]:
    """The example articles as dicts (read with kg's own reader)."""
    from kg.ingest import read_articles

    return [a.to_dict() for a in read_articles([folder])]


def make_corpus(n: int, out: Path, *, examples: Path = REPO / "examples", seed: int = 7) -> int:
    """Write ``n`` varied articles to ``out`` (JSONL); returns the bytes of text written."""
    bases = load_examples(examples)
    if not bases:
        raise SystemExit(f"no articles found in {examples}")
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    size = 0
    with out.open("w", encoding="utf-8") as stream:
        for number in range(n):
            article = vary(bases[number % len(bases)], number, rng)
            article.pop("origin", None)
            size += len(article["text"].encode("utf-8"))
            stream.write(json.dumps(article, ensure_ascii=False) + "\n")
    return size


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output .jsonl file")
    parser.add_argument("--examples", type=Path, default=REPO / "examples")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    size = make_corpus(args.n, args.out, examples=args.examples, seed=args.seed)
    print(f"wrote {args.n} articles ({size / 1e6:.1f} MB of text) to {args.out}")


if __name__ == "__main__":
    main()
