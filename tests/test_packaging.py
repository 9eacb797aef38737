"""pyproject.toml and environment.yml agree; the package imports; package data is shipped."""

import importlib
import pkgutil
import sys
from importlib.metadata import PackageNotFoundError, version

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

import analysis
from analysis.config import PACKAGE_DATA_DIR, PROJECT_ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

PYPROJECT = PROJECT_ROOT / "pyproject.toml"
ENVIRONMENT = PROJECT_ROOT / "environment.yml"

CONDA_NAMES = {
    # pip name -> conda-forge name, where they differ
    "torch": "pytorch",
    "tables": "pytables",
    "pyyaml": "pyyaml",
    "matplotlib": ("matplotlib", "matplotlib-base"),
}
"""Packages whose conda-forge name differs from their PyPI name."""

CONDA_ONLY = {"python", "pip"}
"""Conda entries that are not Python package dependencies."""


def canonical(name):
    return name.lower().replace("_", "-").replace(".", "-")


def conda_names_for(pip_name):
    names = CONDA_NAMES.get(canonical(pip_name), canonical(pip_name))
    return (names,) if isinstance(names, str) else names


@pytest.fixture(scope="module")
def pyproject():
    with PYPROJECT.open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def environment():
    with ENVIRONMENT.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def split_environment(environment):
    """Return ({conda name: specifier}, [pip entries]) of environment.yml."""
    conda, pip = {}, []
    for entry in environment["dependencies"]:
        if isinstance(entry, dict):
            assert set(entry) == {"pip"}, f"unexpected mapping in dependencies: {entry}"
            pip.extend(entry["pip"])
            continue
        requirement = Requirement(entry.replace(" ", ""))
        assert canonical(requirement.name) not in conda, f"{entry} listed twice"
        conda[canonical(requirement.name)] = requirement.specifier
    return conda, pip


def pip_requirements(entries):
    return {canonical(r.name): r.specifier for r in map(Requirement, entries)}


def test_environment_is_conda_forge_only_and_ends_with_editable_install(environment):
    assert environment["channels"] == ["conda-forge"]
    last = environment["dependencies"][-1]
    assert isinstance(last, dict), "environment.yml must end with a pip: section"
    assert last["pip"][-1] == "-e ."


def test_python_requirement_agrees(pyproject, environment):
    conda, _ = split_environment(environment)
    assert "python" in conda
    assert conda["python"] == SpecifierSet(pyproject["project"]["requires-python"])


def test_every_core_dependency_is_in_environment_with_the_same_version(pyproject, environment):
    conda, pip_entries = split_environment(environment)
    pip = pip_requirements(e for e in pip_entries if not e.startswith("-"))
    problems = []
    for entry in pyproject["project"]["dependencies"]:
        requirement = Requirement(entry)
        name = canonical(requirement.name)
        found = [conda[n] for n in conda_names_for(name) if n in conda]
        if name in pip:
            found.append(pip[name])
        if not found:
            problems.append(f"{entry}: missing from environment.yml")
        elif found[0] != requirement.specifier:
            problems.append(f"{entry}: environment.yml has '{found[0]}'")
    assert problems == []


def test_every_environment_entry_is_declared_in_pyproject(pyproject, environment):
    declared = {
        canonical(Requirement(e).name): Requirement(e) for e in pyproject["project"]["dependencies"]
    }
    for extra in pyproject["project"].get("optional-dependencies", {}).values():
        declared.update({canonical(Requirement(e).name): Requirement(e) for e in extra})
    conda_to_pip = {conda: pip for pip in declared for conda in conda_names_for(pip)}
    conda, pip_entries = split_environment(environment)
    problems = []
    for name, specifier in conda.items():
        if name in CONDA_ONLY:
            continue
        pip_name = conda_to_pip.get(name)
        if pip_name is None:
            problems.append(f"{name}: in environment.yml but not in pyproject.toml")
        elif declared[pip_name].specifier != specifier:
            problems.append(f"{name}: '{specifier}' but pyproject.toml has '{declared[pip_name]}'")
    pip = pip_requirements(e for e in pip_entries if not e.startswith("-"))
    for name in pip:
        if name not in declared:
            problems.append(f"{name}: under pip: but not in pyproject.toml")
        if any(n in conda for n in conda_names_for(name)):
            problems.append(f"{name}: both a conda package and under pip:")
    assert problems == []


def test_core_dependencies_are_installed(pyproject):
    missing = []
    for entry in pyproject["project"]["dependencies"]:
        requirement = Requirement(entry)
        try:
            installed = version(requirement.name)
        except PackageNotFoundError:
            missing.append(entry)
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            missing.append(f"{entry} (installed {installed})")
    assert missing == []


def test_package_and_every_module_import():
    names = [m.name for m in pkgutil.walk_packages(analysis.__path__, prefix="analysis.")]
    assert "analysis.corpus" in names
    for name in names:
        importlib.import_module(name)
    for public in analysis.__all__:
        assert hasattr(analysis, public), public


def test_console_script_points_at_main(pyproject):
    target = pyproject["project"]["scripts"]["coverage-analysis"]
    module, function = target.split(":")
    assert callable(getattr(importlib.import_module(module), function))


def test_every_package_data_file_is_covered(pyproject):
    patterns = pyproject["tool"]["setuptools"]["package-data"]["analysis"]
    package_dir = PACKAGE_DATA_DIR.parent
    covered = {p for pattern in patterns for p in package_dir.glob(pattern) if p.is_file()}
    shipped = {p for p in PACKAGE_DATA_DIR.rglob("*") if p.is_file()}
    assert shipped, "analysis/data is empty"
    assert sorted(shipped - covered) == []
