"""Docs that cannot drift: every command and every ontology term is in the README."""
from pathlib import Path

import click

from graph_intel.cli import main
from graph_intel.model import ontology

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name, command in main.commands.items():
        assert f"graph-intel {name}" in README, f"README does not document 'graph-intel {name}'"
        if isinstance(command, click.Group):
            for sub in command.commands:
                assert sub in README, f"README does not mention 'graph-intel {name} {sub}'"


def test_every_label_and_relationship_is_in_the_data_model_table():
    onto = ontology()
    for name in [*onto.labels, *onto.relationships]:
        assert f"| {name} " in README or f"{name}," in README or f" {name} |" in README, name


def test_the_two_commands_are_the_makefile_targets():
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    assert "make demo" in README and "make test" in README
    assert "\ndemo: install" in makefile and "\ntest: install" in makefile
