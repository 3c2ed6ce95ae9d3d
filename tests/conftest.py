"""Shared test fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = REPO / "examples"
DEV_SET = REPO.parent / "shared" / "eval" / "dev"
SCORER = REPO.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="session")
def mini_trig() -> Path:
    """Hand-written two-article graph in kg's RDF shape."""
    return FIXTURES / "mini.trig"


@pytest.fixture(scope="session")
def dev_set() -> Path:
    if not DEV_SET.is_dir():
        pytest.skip(f"development set not found at {DEV_SET}")
    return DEV_SET


@pytest.fixture(scope="session")
def nlp():
    """The real trained spaCy pipeline, loaded once per test session."""
    from kg.nlp import load_nlp

    return load_nlp()
