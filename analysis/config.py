"""Every default path of the project, derived from the project root.

Each can be overridden by an environment variable, so a researcher can point the notebooks and
the report at another corpus or output folder without editing code.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("COVERAGE_PROJECT_ROOT", Path(__file__).resolve().parents[1]))
"""The repository root: the folder that holds ``pyproject.toml``."""

PACKAGE_DATA_DIR = Path(__file__).resolve().parent / "data"
"""Lexicons, codebook, gazetteer and model weights shipped inside the package."""

SAMPLE_DIR = Path(os.environ.get("COVERAGE_SAMPLE_DIR", PROJECT_ROOT / "data" / "sample"))
"""The fictional demonstration corpus written by this project."""

SHARED_DIR = Path(os.environ.get("COVERAGE_SHARED_DIR", PROJECT_ROOT.parent / "shared"))
"""Shared development material (real corpus, gold sets); absent on a user's machine."""

REPORTS_DIR = Path(os.environ.get("COVERAGE_REPORTS_DIR", PROJECT_ROOT / "reports"))
"""Where the headless report writes executed notebooks, tables and figures (git-ignored)."""
