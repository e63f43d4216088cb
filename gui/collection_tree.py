"""Collections in tree order for lists and menus that show them indented (import and export
targets, the bibliography builder, the table's "file into" menu): one walk, Kazakh alphabetical
order among siblings, as the sidebar shows them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtWidgets import QComboBox

from core.text import collation_key
from db.collections import Collection

INDENT = "\u2003"  # an em space per level: stays visible in combo boxes, unlike plain spaces


def in_tree_order(collections: Sequence[Collection]) -> Iterator[tuple[int, Collection]]:
    """(depth, collection), parents before their children, siblings alphabetical."""
    children: dict[int | None, list[Collection]] = {}
    for c in collections:
        children.setdefault(c.parent_id, []).append(c)

    def walk(parent: int | None, depth: int) -> Iterator[tuple[int, Collection]]:
        for c in sorted(children.get(parent, []), key=lambda c: collation_key(c.name)):
            yield depth, c
            yield from walk(c.id, depth + 1)

    return walk(None, 0)


def add_collection_items(combo: QComboBox, collections: Sequence[Collection]) -> None:
    """Append the collections to a combo box, indented by depth, each with its id as data."""
    for depth, c in in_tree_order(collections):
        combo.addItem(INDENT * depth + c.name, c.id)
