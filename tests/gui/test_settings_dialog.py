"""The settings dialog: filled from the settings, validated as you type, persisted, applied to
the window (language live, another library, default style from a real CSL file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from core.settings import Settings
from db.library import Library
from gui.main_window import MainWindow
from gui.preferences import Preferences
from gui.settings_dialog import SettingsDialog, citekey_problem
from tests.gui.conftest import SHARED, type_text, wait_idle

CSL = SHARED / "csl" / "gost-r-7-0-5-2008-numeric.csl"


def open_dialog(qtbot: Any, window: MainWindow) -> SettingsDialog:
    window.commands.settings.trigger()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None, timeout=3000)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def ok(qtbot: Any, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_settings(qtbot: Any, library: Library) -> None:
    settings = Settings(db_path=library.path, mailto="team@example.kz", ui_language="kk",
                        default_style="apa", citekey_pattern="[auth][year]")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.mailto.text() == "team@example.kz"
    assert dialog.library.text() == str(library.path)
    assert dialog.language.currentText() == "Қазақша"
    assert dialog.style_combo.currentData() == "apa" and dialog.style_combo.currentText() == "APA 7"
    assert {dialog.style_combo.itemData(i) for i in range(dialog.style_combo.count())} >= {
        "gost-7.1", "gost-r-7.0.100", "apa"}
    assert dialog.citekey.text() == "[auth][year]"
    assert dialog.result_settings() == settings


def test_bad_values_keep_ok_disabled(qtbot: Any, library: Library) -> None:
    dialog = SettingsDialog(Settings(db_path=library.path))
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    type_text(dialog.mailto, "не-почта")
    assert not button.isEnabled()
    assert "e-mail address" in dialog.problem.text()
    dialog.mailto.clear()
    type_text(dialog.mailto, "team@enu.kz")
    assert button.isEnabled()
    dialog.citekey.clear()
    type_text(dialog.citekey, "[auth][year")
    assert not button.isEnabled() and "unpaired bracket" in dialog.problem.text()
    dialog.citekey.clear()
    assert not button.isEnabled() and "is empty" in dialog.problem.text()
    type_text(dialog.citekey, "[auth:lower][year][shorttitle]")
    assert button.isEnabled() and not dialog.problem.isVisible()


def test_citekey_patterns() -> None:
    assert citekey_problem("[auth][year][shorttitle]") is None
    assert citekey_problem("[authors2]_[year]") is None
    assert citekey_problem("[auth]]") == "brackets"
    assert citekey_problem("key") == "no field"
    assert citekey_problem("[auth] [year]") == "spaces"


def test_a_csl_file_becomes_the_default_style(qtbot: Any, library: Library,
                                              tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(db_path=library.path))
    qtbot.addWidget(dialog)
    assert dialog.add_csl(CSL)
    assert dialog.style_combo.currentData() == str(CSL)
    assert "(CSL)" in dialog.style_combo.currentText() and "7.0.5" in dialog.style_combo.currentText()
    assert dialog.remove_csl_button.isEnabled()
    assert dialog.result_settings().default_style == str(CSL)
    not_csl = tmp_path / "notes.csl"
    not_csl.write_text("<html>not a style</html>", encoding="utf-8")
    assert not dialog.add_csl(not_csl)
    assert "is not a CSL style" in dialog.problem.text()
    qtbot.mouseClick(dialog.remove_csl_button, Qt.MouseButton.LeftButton)
    assert dialog.csl_files == [] and dialog.style_combo.currentData() == "gost-r-7.0.100"


def test_settings_are_applied_and_remembered(qtbot: Any, window: MainWindow, prefs: Any,
                                             tmp_path: Path) -> None:
    changed: list[Settings] = []
    window.settings_changed.connect(changed.append)
    dialog = open_dialog(qtbot, window)
    type_text(dialog.mailto, "team@enu.kz")
    dialog.add_csl(CSL)
    dialog.citekey.clear()
    type_text(dialog.citekey, "[auth][year]")
    ok(qtbot, dialog)
    assert changed and changed[-1].mailto == "team@enu.kz"
    assert window.settings.default_style == str(CSL)
    stored = Preferences(prefs.path)
    restored = stored.apply(Settings(), env={})
    assert (restored.mailto, restored.citekey_pattern, restored.default_style) == (
        "team@enu.kz", "[auth][year]", str(CSL))
    assert restored.db_path == window.library.path
    assert stored.csl_files == [str(CSL)]
    # the environment and the command line win over stored choices
    explicit = stored.apply(Settings(db_path=tmp_path / "other.sqlite", mailto="x@y.kz"),
                            env={"SILTEME_MAILTO": "x@y.kz"})
    assert explicit.db_path == tmp_path / "other.sqlite" and explicit.mailto == "x@y.kz"


def test_switching_the_language_to_kazakh_retranslates_the_window(
        qtbot: Any, window: MainWindow, filled: dict[str, Any], prefs: Any) -> None:
    assert window.commands.menus["file"].title() == "&File"
    dialog = open_dialog(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    ok(qtbot, dialog)
    menus = window.commands.menus
    # Qt posts LanguageChange to every widget: the window retranslates on the next event turn
    qtbot.waitUntil(lambda: menus["edit"].title() == "&Түзету", timeout=3000)
    assert [menus[k].title() for k in ("file", "edit", "view", "tools", "help")] == [
        "&Файл", "&Түзету", "&Көрініс", "&Құралдар", "&Анықтама"]
    assert menus["columns"].title() == "&Бағандар"
    assert window.commands.trash.text() == "&Себетке жылжыту"
    header = window.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Авторлар"
    assert window.sidebar.item_for(window.sidebar.current_scope).text(0) == "Менің кітапханам"
    assert window.count_label.text().startswith("Сілтемелер:")
    assert window.filter_bar.type_combo.itemText(0) == "Барлық түрлері"
    law_row = window.model.rows_of([filled["ru_law"]])[filled["ru_law"]]
    window.table.column_actions[4].setChecked(True)  # the type column
    assert window.model.index(law_row, 4).data() == "Заң немесе кодекс"  # the editor's word
    assert Preferences(prefs.path).apply(Settings(), env={}).ui_language == "kk"
    # and back to Russian from the View menu, still without a restart
    window.commands.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: menus["edit"].title() == "&Правка", timeout=3000)
    assert window.model.index(law_row, 4).data() == "Закон или кодекс"
    assert QApplication.instance() is not None


def test_another_library_from_the_settings(qtbot: Any, window: MainWindow, prefs: Any,
                                           tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    other = tmp_path / "Жаңа кітапхана.sqlite"
    dialog.set_library_path(other)
    ok(qtbot, dialog)
    wait_idle(qtbot, window)
    assert window.library.path == other and other.exists()
    assert window.model.rowCount() == 0
    assert window.pages.currentIndex() == 2  # the first-run page of the new, empty library
    assert "Жаңа кітапхана.sqlite" in window.windowTitle()
    # the next start opens it (a Kazakh file name survives the settings file)
    assert Preferences(prefs.path).apply(Settings(), env={}).db_path == other
