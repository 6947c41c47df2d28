"""The layers point one way and the core never imports Qt: import-linter's contracts in
pyproject.toml ([tool.importlinter]), run here so that a wrong arrow fails the suite.

The first test runs ``lint-imports`` exactly as a developer does (docs/developing.md); the
others add one wrong import to the real graph and check that its contract refuses it, so
each contract is known to be able to fail.
"""

import copy
import os
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).parents[1]
CONFIG = read_configuration(str(ROOT / "pyproject.toml"))
CONTRACTS = {c["id"]: c for c in CONFIG["contracts_options"]}
KINDS = {"layers": LayersContract, "forbidden": ForbiddenContract}


def test_every_contract_is_kept():
    """The command developers run; its report names any broken contract and the import."""
    lint = Path(sys.executable).with_name("lint-imports")
    command = [str(lint)] if lint.exists() else ["lint-imports"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([*command, "--no-cache", "--no-logo"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in done.stdout


def test_the_contracts_hold_what_the_design_says():
    """The layers, top to bottom, as docs/design.md draws them; and the Qt-free core."""
    assert set(CONTRACTS) == {"layers", "qt-free-core", "cli-qt-only-for-the-window",
                              "domain-runs-no-queries", "ui-reads-through-the-store"}
    layers = [layer.replace(" ", "") for layer in CONTRACTS["layers"]["layers"]]
    documents = "bescapp.export|bescapp.importers|bescapp.exchange|bescapp.paths"
    assert layers.index("bescapp.ui") < layers.index(documents) \
        < layers.index("bescapp.store") < layers.index("bescapp.domain") \
        < layers.index("bescapp.safe_write|bescapp.zip_limits") \
        < layers.index("bescapp.i18n.formatting|bescapp.i18n.catalogue") < len(layers) - 1
    assert layers[-1].startswith("bescapp.model|")
    core = set(CONTRACTS["qt-free-core"]["source_modules"])
    assert {"bescapp.model", "bescapp.domain", "bescapp.store", "bescapp.export",
            "bescapp.importers", "bescapp.exchange", "bescapp.i18n.formatting",
            "bescapp.i18n.catalogue", "bescapp.i18n.languages"} <= core


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(CONFIG["session_options"]["root_packages"][0],
                             include_external_packages=True, exclude_type_checking_imports=True,
                             cache_dir=None)


def check(graph, contract_id: str, *imports: tuple[str, str]):
    """The contract checked against the real graph with these imports added."""
    options = CONTRACTS[contract_id]
    contract = KINDS[options["type"]](name=options["name"], session_options=CONFIG["session_options"],
                                      contract_options=options)
    changed = copy.deepcopy(graph)
    for importer, imported in imports:
        changed.add_import(importer=importer, imported=imported, line_number=1,
                           line_contents=f"import {imported}")
    return contract.check(changed, verbose=False)


def test_the_real_graph_keeps_each_contract(graph):
    for contract_id in CONTRACTS:
        assert check(graph, contract_id).kept, contract_id


def test_a_domain_rule_that_asks_the_store_breaks_the_layers(graph):
    """What domain/communique.py and preflight.py did before the store gathered their facts."""
    assert not check(graph, "layers", ("bescapp.domain.preflight", "bescapp.store.meetings")).kept


def test_the_store_reaching_into_the_interface_breaks_the_layers(graph):
    assert not check(graph, "layers", ("bescapp.store.agenda", "bescapp.ui.labels")).kept
    assert not check(graph, "layers", ("bescapp.model.entities", "bescapp.i18n.formatting")).kept


def test_qt_in_the_core_breaks_the_qt_free_core_even_through_another_module(graph):
    assert not check(graph, "qt-free-core", ("bescapp.export.kit", "PySide6")).kept
    # Indirectly: a core module importing an interface module that imports Qt.
    assert not check(graph, "qt-free-core", ("bescapp.domain.text", "bescapp.ui.labels")).kept


def test_the_command_line_may_reach_qt_only_through_another_module(graph):
    assert not check(graph, "cli-qt-only-for-the-window", ("bescapp.cli", "PySide6")).kept


def test_a_query_in_the_domain_breaks_its_contract(graph):
    assert not check(graph, "domain-runs-no-queries", ("bescapp.domain.actions", "sqlalchemy")).kept


def test_a_query_built_in_the_interface_breaks_its_contract(graph):
    assert not check(graph, "ui-reads-through-the-store",
                     ("bescapp.ui.agenda.view", "sqlalchemy")).kept
