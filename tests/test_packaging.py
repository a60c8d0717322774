"""Packaging: declared dependencies and extras, package data without symlinks, the wheel, a core-only install.

The fresh-virtualenv check with dependencies from the package index is
``.ci/wheel-check.sh`` (CI runs it; tests stay off the network). Here the
wheel is built without network and run with the optional modules hidden.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from setuptools import find_packages

import tacb_graph
from tacb_graph.extras import COMMAND_EXTRAS, EXTRAS

ROOT = Path(__file__).resolve().parent.parent
CORE = ("rdflib", "pyoxigraph", "spacy", "tqdm")


def _setup_cfg() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    return cfg


def _names(block: str) -> set[str]:
    """Distribution names of a requirements block (``%(extra)s`` lines already interpolated)."""
    return {re.split(r"[<>=!~;\[ ]", line.strip(), maxsplit=1)[0].lower()
            for line in block.splitlines() if line.strip() and not line.strip().startswith("#")}


def test_one_version_source():
    raw = configparser.RawConfigParser()
    raw.read(ROOT / "setup.cfg", encoding="utf-8")
    assert raw["metadata"]["version"].strip() == "attr: tacb_graph.__version__"
    from setuptools.config.setupcfg import read_configuration

    assert read_configuration(str(ROOT / "setup.cfg"))["metadata"]["version"] == tacb_graph.__version__


def test_core_install_requires_is_the_core():
    assert _names(_setup_cfg()["options"]["install_requires"]) == set(CORE)


def test_extras_table_matches_setup_cfg():
    extras = _setup_cfg()["options.extras_require"]
    for extra, modules in EXTRAS.items():
        assert _names(extras[extra]) == set(modules), extra  # module names are the distribution names here
    assert set(COMMAND_EXTRAS.values()) <= set(EXTRAS)
    tests = _names(extras["test"])
    assert all(set(modules) <= tests for modules in EXTRAS.values()), "the test extra installs every extra"


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level modules imported anywhere in tacb_graph (outside the standard library) → files."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "tacb_graph").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "tacb_graph":
                    found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_every_import_is_declared():
    declared = set(CORE) | {m for modules in EXTRAS.values() for m in modules}
    imports = _third_party_imports()
    assert {"rdflib", "pyoxigraph", "spacy", "jinja2", "networkx"} <= set(imports)
    assert {m: sorted(files) for m, files in imports.items() if m not in declared} == {}


def test_every_package_is_listed():
    listed = set(_setup_cfg()["options"]["packages"].split())
    found = set(find_packages(str(ROOT), include=["tacb_graph", "tacb_graph.*"]))
    assert found - listed == set(), "add the new package to [options] packages in setup.cfg"
    mapped = dict(line.split("=") for line in _setup_cfg()["options"]["package_dir"].split("\n") if "=" in line)
    for package, folder in ((p.strip(), f.strip()) for p, f in mapped.items()):
        assert package in listed and (ROOT / folder).is_dir(), package


def test_no_symlinks_in_the_source_tree():
    links = [p for top in ("tacb_graph", "data", "ontology") for p in (ROOT / top).rglob("*") if p.is_symlink()]
    assert links == []


def test_package_data_is_found_in_the_checkout():
    from tacb_graph.package_data import bundled_report_path, data_dir, ontology_file

    assert data_dir() == ROOT / "data"
    assert bundled_report_path().is_file() and ontology_file("shapes.ttl").is_file()


# -- a core install: the optional modules hidden ----------------------------------------------------------


def _core_closure() -> set[str]:
    """Top-level modules of the distributions the core requirements pull in (as installed here)."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = list(CORE)
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    modules = set()
    for dist in metadata.distributions():
        if dist.metadata["Name"] and dist.metadata["Name"].lower().replace("_", "-") in seen:
            top = dist.read_text("top_level.txt")
            modules |= set(top.split()) if top else {dist.metadata["Name"].lower().replace("-", "_")}
    return modules


HIDDEN = sorted({m for modules in EXTRAS.values() for m in modules} - _core_closure() - set(CORE))


def _run_core(args: list[str], cwd: Path, pythonpath: str) -> subprocess.CompletedProcess:
    """``tacb-graph ARGS`` in a fresh interpreter where the extras' own modules cannot be imported."""
    code = ("import sys\n"
            f"for m in {HIDDEN!r}: sys.modules[m] = None\n"
            "import tacb_graph\n"
            "print('package:', tacb_graph.__file__, file=sys.stderr)\n"
            "from tacb_graph.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    env = dict(os.environ, PYTHONPATH=pythonpath)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_hidden_modules_are_the_optional_ones():
    # spaCy brings jinja2 and httpx (through weasel) and numpy: those are in every install
    assert {"networkx", "scipy", "matplotlib", "pyvis", "starlette", "uvicorn", "pyshacl"} <= set(HIDDEN)


def _check_core(cwd: Path, pythonpath: str, package_dir: Path) -> None:
    built = _run_core(["build", "--out", "out"], cwd, pythonpath)
    assert built.returncode == 0, built.stderr
    assert f"package: {package_dir}" in built.stderr
    assert "built" in built.stdout and (cwd / "out" / "store").is_dir()
    assert not (cwd / "out" / "graph.html").exists()
    skipped = [line for line in built.stderr.splitlines() if "graph.html" in line]
    assert len(skipped) == 1 and "viz extra" in skipped[0] and "pip install 'tacb-graph[viz]'" in skipped[0]
    assert "Traceback" not in built.stderr

    query = _run_core(["query", "--store", "out/store", "--format", "csv",
                       "SELECT (COUNT(?s) AS ?n) WHERE { ?s a tacb:State }"], cwd, pythonpath)
    assert query.returncode == 0, query.stderr
    assert int(query.stdout.split()[-1]) > 0
    named = _run_core(["query", "--store", "out/store", "--name", "states", "--format", "csv"], cwd, pythonpath)
    assert named.returncode == 0 and len(named.stdout.splitlines()) > 1, named.stderr

    for command, extra in (("render", "viz"), ("analyze", "analyse"), ("serve", "serve")):
        r = _run_core([command, "--store", "out/store"], cwd, pythonpath)
        lines = [line for line in r.stderr.splitlines() if not line.startswith("package:")]
        assert r.returncode != 0 and len(lines) == 1, (command, r.stderr)
        assert f"tacb-graph {command} needs the {extra} extra" in lines[0], lines[0]
        assert f"pip install 'tacb-graph[{extra}]'" in lines[0]


def test_core_install_builds_and_queries_from_the_checkout(tmp_path):
    _check_core(tmp_path, str(ROOT), ROOT / "tacb_graph")


@pytest.mark.slow
def test_wheel_carries_the_data_and_runs_without_extras(tmp_path):
    """The wheel, built without network, holds data and ontology inside the package and works from there."""
    pytest.importorskip("wheel")
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):  # a clean copy: no build/ left over from an earlier wheel
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            (src / name).write_bytes((ROOT / name).read_bytes())
    out = tmp_path / "wheel"
    made = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                           "--no-index", str(src), "-w", str(out)], capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    (whl,) = out.glob("tacb_graph-*.whl")
    assert whl.name.startswith(f"tacb_graph-{tacb_graph.__version__}-")
    with zipfile.ZipFile(whl) as z:
        names = set(z.namelist())
        for required in ("tacb_graph/data/tacb-report-zh.txt", "tacb_graph/data/gazetteers/states.csv",
                         "tacb_graph/data/patterns/zh/relations.json", "tacb_graph/ontology/tacb.ttl",
                         "tacb_graph/ontology/shapes.ttl", "tacb_graph/queries/states.rq",
                         "tacb_graph/render/assets/graph.html.j2", "tacb_graph/serve/assets/index.html",
                         "tacb_graph/vocab.py"):
            assert required in names, required
        assert not [n for n in names if n.split("/")[0] in ("data", "ontology", "tests")]
        requires = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        z.extractall(tmp_path / "site")
    core = {r.split()[1] for r in requires.splitlines() if r.startswith("Requires-Dist:") and "extra ==" not in r}
    assert {re.split(r"[<>=!~]", c)[0].lower() for c in core} == set(CORE)
    run = tmp_path / "run"
    run.mkdir()
    _check_core(run, str(tmp_path / "site"), tmp_path / "site" / "tacb_graph")


def test_a_command_whose_module_cannot_be_imported_still_answers(monkeypatch, capsys):
    """``push`` needs httpx (imported when a push runs): without it the command is listed and names its extra."""
    from tacb_graph.cli import build_parser, main

    monkeypatch.delitem(sys.modules, "tacb_graph.push", raising=False)
    monkeypatch.delitem(sys.modules, "tacb_graph.pushhttp", raising=False)
    monkeypatch.setitem(sys.modules, "httpx", None)
    assert "push" in build_parser().format_help()
    assert main(["push", "--endpoint", "http://127.0.0.1:9/sparql"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["tacb-graph: error: tacb-graph push needs the push extra (httpx is not installed): "
                   "pip install 'tacb-graph[push]'"]
