"""Collections shown indented in tree order (import/export targets, the builder, menus)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from db import collections
from db.library import Library
from gui.collection_tree import INDENT, add_collection_items, in_tree_order


def test_parents_before_children_and_siblings_in_kazakh_order(qtbot: Any,
                                                              library: Library) -> None:
    with library.transaction() as s:
        mono = collections.create(s, "Монография")
        collections.create(s, "Ұлттық заң", parent_id=mono)
        collections.create(s, "Әкімшілік құқық", parent_id=mono)
        collections.create(s, "Грант")
        rows = collections.all_collections(s)
    assert [(d, c.name) for d, c in in_tree_order(rows)] == [
        (0, "Грант"), (0, "Монография"), (1, "Әкімшілік құқық"), (1, "Ұлттық заң")]
    combo = QComboBox()
    qtbot.addWidget(combo)
    add_collection_items(combo, rows)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Грант", "Монография", INDENT + "Әкімшілік құқық", INDENT + "Ұлттық заң"]
    assert combo.itemData(1) == mono
