"""Model -> YAML text that ``load_text`` reads back to an equal Dataset."""

from __future__ import annotations

from typing import Any

import yaml

from evidtrack.loading.converter import unstructure
from evidtrack.loading.yaml_reader import resolve_plain
from evidtrack.model import Dataset


class CoreSchemaDumper(yaml.CSafeDumper):
    """libyaml's emitter, quoting every string that YAML 1.2 would read as something else."""


def _represent_str(dumper: CoreSchemaDumper, text: str) -> yaml.ScalarNode:
    resolved = resolve_plain(text)
    style = None if type(resolved) is str and resolved == text else "'"
    if "\n" in text:
        style = "|" if text == text.strip() and "\t" not in text else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


CoreSchemaDumper.add_representer(str, _represent_str)


def dump_plain(value: Any) -> str:
    """YAML for plain values (dicts, lists, scalars)."""
    text: str = yaml.dump(
        value, Dumper=CoreSchemaDumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return text


def flow(value: Any) -> str:
    """One line of YAML, as a user would write the value after its key: ``[a, b]``, ``'NO'``."""
    plain = list(value) if isinstance(value, tuple) else value
    text: str = yaml.dump(
        {"k": plain},
        Dumper=CoreSchemaDumper,
        default_flow_style=True,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
    )
    return text.strip().removeprefix("{k: ").removesuffix("}")


def dump_dataset(dataset: Dataset, *, header: str | None = None) -> str:
    """An evidence file holding the dataset, empty lists left out; ``header`` is a first line."""
    plain = {key: value for key, value in unstructure(dataset).items() if value}
    text = dump_plain(plain) if plain else ""
    return f"{header}\n{text}" if header else text
