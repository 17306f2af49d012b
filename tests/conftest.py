from pathlib import Path

import pytest

from statements.ingest import load_text

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def load_seed_files():
    return [load_text(path.read_text(encoding="utf-8"), path.name) for path in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture
def seeded(db):
    """The five seed articles loaded through the real extraction and ingest."""
    return load_seed_files()
