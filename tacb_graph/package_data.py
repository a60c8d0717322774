"""Where the package's data files are: the bundled report, gazetteers, patterns, ontology.

The source of truth is the project's top-level ``data/`` and ``ontology/``
folders. A wheel carries them inside the package, as ``tacb_graph/data`` and
``tacb_graph/ontology`` (``setup.cfg`` maps the packages ``tacb_graph.data`` and
``tacb_graph.ontology`` onto those folders); a source checkout or an editable
install reads them where they are, next to ``tacb_graph/``. No symbolic link
is involved, so a Windows checkout works too.

>>> (data_dir() / "gazetteers" / "states.csv").is_file()
True
>>> ontology_file("tacb.ttl").name
'tacb.ttl'
"""

from __future__ import annotations

from pathlib import Path

from .errors import TacbError

__all__ = ["data_dir", "ontology_dir", "ontology_file", "bundled_report_path"]

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):  # installed wheel, then source checkout
        if candidate.is_dir():
            return candidate
    raise TacbError(f"the package's {name}/ folder is missing (looked in {_PACKAGE} and {_PACKAGE.parent}); "
                    "reinstall tacb-graph")


def data_dir() -> Path:
    """The folder holding the bundled report, ``gazetteers/`` and ``patterns/``."""
    return _folder("data")


def ontology_dir() -> Path:
    """The folder holding ``tacb.ttl`` and ``shapes.ttl``."""
    return _folder("ontology")


def ontology_file(name: str) -> Path:
    """One file of the ontology folder, e.g. ``ontology_file("shapes.ttl")``."""
    return ontology_dir() / name


def bundled_report_path() -> Path:
    """The report shipped with the package (``data/tacb-report-zh.txt``)."""
    return data_dir() / "tacb-report-zh.txt"
