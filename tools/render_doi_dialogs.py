"""Render the add-by-DOI, find-DOI, refresh and pending views offscreen to PNG, in a realistic
state (a batch with Cyrillic titles against the local Crossref replay server), to look at them.

    QT_QPA_PLATFORM=offscreen python tools/render_doi_dialogs.py [OUT_DIR] [--lang ru|kk]

`--lang` loads the pending catalogue (resources/i18n/pending/gui-doi.json) to see the layout
with the longer Russian and Kazakh strings before the lead merges it into the .ts files.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SREP = "10.1038/srep16696"
PLOS = "10.1371/journal.pone.0033693"
CYRILLIC = "10.7868/s0040357115030100"
REPORT_RU = "10.31812/123456789/5682"
KISELEV = "10.1353/imp.2004.0111"
TUBEROZOVA = "10.12737/article_5c540335bce0b3.79330897"
RETRACTED = "10.5555/retracted.2019.1"
DATACITE = "10.5281/zenodo.1234567"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from core.crossref import CrossrefClient
    from core.settings import Settings
    from db.library import Library
    from tests.support.crossref_server import CrossrefServer, ServerState
    from tests.support.paths import CROSSREF_FIXTURES

    args = [a for a in sys.argv[1:] if not a.startswith("--lang")]
    lang = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), None)
    out = Path(args[0] if args else tempfile.mkdtemp(prefix="silteme-doi-"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    if lang:
        translator = _catalogue_translator(lang)
        app.installTranslator(translator)
    server = CrossrefServer(ServerState()).start()
    state = server.state
    work = json.loads((CROSSREF_FIXTURES / "works_10.1038_srep16696.json").read_text())["message"]
    retracted = copy.deepcopy(work)
    retracted.update({"DOI": RETRACTED, "title": ["Миграционное право Республики Казахстан: "
                                                  "қазақ тіліндегі терминдер"],
                      "author": [{"family": "Әбдіқалықова", "given": "Гүлнар"}],
                      "container-title": ["Вестник КазНУ"],
                      "updated-by": [{"DOI": "10.5555/retraction.2021.7", "type": "retraction",
                                      "updated": {"date-parts": [[2021, 3, 1]]}}]})
    state.synthetic[RETRACTED] = retracted
    state.negotiation[DATACITE] = {"type": "dataset", "DOI": DATACITE,
                                   "title": "Трудовая миграция в Казахстане: данные опроса",
                                   "author": [{"family": "Сейткали", "given": "Ә."}],
                                   "issued": {"date-parts": [[2023]]}, "publisher": "Zenodo"}
    state.books["9786010000001"] = {
        "title": "Гражданское право", "authors": [{"name": "Сулейменов М. К."}],
        "publishers": [{"name": "Жеті жарғы"}], "publish_date": "2016",
        "identifiers": {"isbn_13": ["9786010000001"]}}
    state.add_fault(PLOS, "500", "500", "500")
    settings = Settings.from_env(server.settings_env(), mailto="team@example.kz", timeout_s=2,
                                 max_retries=2)
    tmp = Path(tempfile.mkdtemp(prefix="silteme-render-"))
    lib = Library.open(tmp / "library.sqlite")
    client = CrossrefClient(settings, backoff_s=0.01)
    try:
        render_add(app, lib, client, out, state)
        for name in ("offline", "find", "refresh"):
            fn = globals().get(f"render_{name}")
            if fn is not None:
                fn(app, lib, client, out, state, server)
    finally:
        client.close()
        lib.close()
        server.stop()
    print(out)
    return 0


def _catalogue_translator(lang: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    catalogue = json.loads((REPO / "resources/i18n/pending/gui-doi.json").read_text("utf-8"))

    class CatalogueTranslator(QTranslator):
        def isEmpty(self) -> bool:  # noqa: N802 - Qt naming
            return False

        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            entry = catalogue.get(source)
            return entry.get(lang) if entry else None

    return CatalogueTranslator()


def _wait(app, predicate, timeout_s: float = 20) -> None:  # type: ignore[no-untyped-def]
    import time

    end = time.monotonic() + timeout_s
    while not predicate():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the dialog did not finish")
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def render_add(app, lib, client, out, state) -> None:  # type: ignore[no-untyped-def]
    from gui.add_doi_dialog import AddDoiDialog

    lib_add_first = client.fetch(KISELEV)
    from db import crossref_cache
    with lib.transaction() as s:
        crossref_cache.store_fetched(s, lib_add_first)
    dialog = AddDoiDialog(lib, client)
    dialog.set_text(
        "1. Паршин Д. А., Стельмах Л. С., Столин А. М. Математическое моделирование … // ТОХТ. "
        f"2015. DOI: {CYRILLIC}\n"
        f"2. Теплякова А. О структуре словаря … https://doi.org/{REPORT_RU}\n"
        f"3. Киселев С. Власть пространства … doi:{KISELEV}\n"
        f"4. Туберозова М. Школьная служба медиации. DOI {TUBEROZOVA.upper()}\n"
        f"5. Әбдіқалықова Г. Миграционное право … {RETRACTED}\n"
        f"6. Tosatto L. et al. Sci Rep. 2015. {SREP}; Castellano (2012) {PLOS}\n"
        f"7. Сейткали Ә. Данные опроса. Zenodo, 2023. {DATACITE}\n"
        "8. Unknown 10.1371/notarealdoi\n"
        "9. Сулейменов М. К. Гражданское право. Алматы, 2016. ISBN 978-601-00-0000-1\n")
    dialog.show()
    dialog.start()
    _wait(app, lambda: not dialog.running)
    dialog.grab().save(str(out / "add_doi_dialog.png"))
    dialog.close()


def render_offline(app, lib, client, out, state, server) -> None:  # type: ignore[no-untyped-def]
    """The same dialog after a batch while the network was down."""
    from core.crossref import CrossrefClient
    from gui.add_doi_dialog import AddDoiDialog
    from tests.support.crossref_server import unused_port_url

    offline = CrossrefClient(client.settings.with_changes(crossref_url=unused_port_url(),
                                                          doi_url=unused_port_url()))
    dialog = AddDoiDialog(lib, offline, None)
    dialog.set_text(f"{CYRILLIC}\n10.1093/obo/9780199830060-0238\n10.31861/mhpi2022.45.140-152\n"
                    "10.1007/s10553-022-01347-x")
    dialog.show()
    dialog.start()
    _wait(app, lambda: not dialog.running)
    dialog.grab().save(str(out / "add_doi_dialog_offline.png"))
    dialog.close()
    offline.close()


def render_find(app, lib, client, out, state, server) -> None:  # type: ignore[no-untyped-def]
    from core.model import Creator, Reference
    from gui.find_doi_dialog import FindDoiDialog
    from tests.support.paths import CROSSREF_FIXTURES

    items = []
    for name in ("item_10.7868_s0040357115030100.json", "item_10.31812_123456789_5682.json",
                 "item_10.1353_imp.2004.0111.json", "item_10.31861_mhpi2022.45.140-152.json"):
        item = json.loads((CROSSREF_FIXTURES / "items" / name).read_text(encoding="utf-8"))
        item["score"] = 40.0 - len(items) * 7
        items.append(item)
    listing = Path(tempfile.mkdtemp(prefix="silteme-search-")) / "search.json"
    listing.write_text(json.dumps({"status": "ok", "message-type": "work-list",
                                   "message": {"items": items, "total-results": len(items)}},
                                  ensure_ascii=False), encoding="utf-8")
    state.search_fixture = str(listing)
    ref_id = lib.add(Reference(
        title="Математическое моделирование плунжерной экструзии композитных материалов",
        creators=[Creator(family="Паршин", given="Д. А."), Creator(family="Столин", given="А. М.")],
        container_title="ТОХТ"))
    dialog = FindDoiDialog(lib, client, ref_id)
    dialog.show()
    _wait(app, lambda: not dialog.busy_now)
    dialog.table.selectRow(0)
    dialog.grab().save(str(out / "find_doi_dialog.png"))
    dialog.table.selectRow(2)
    dialog.grab().save(str(out / "find_doi_dialog_low.png"))
    dialog.close()


def render_refresh(app, lib, client, out, state, server) -> None:  # type: ignore[no-untyped-def]
    from core.crossref import BatchItem
    from db import crossref_import
    from gui.refresh_dialog import RefreshDialog
    from tests.support.paths import CROSSREF_FIXTURES

    ref_id = lib.find_by_doi(CYRILLIC)
    if ref_id is None:
        ref_id = crossref_import.record(lib, BatchItem(CYRILLIC, client.fetch(CYRILLIC)),
                                        refresh=False, overwrite_edited=False,
                                        pending=False).ref_id
    ref = lib.get(ref_id)
    ref.container_title = "Теоретические основы химической технологии (ТОХТ)"
    ref.title_translated = "Mathematical modeling of solid-phase ram extrusion"
    lib.update(ref)
    item = json.loads((CROSSREF_FIXTURES / "items" / "item_10.7868_s0040357115030100.json")
                      .read_text(encoding="utf-8"))
    item.update({"page": "361-367", "issue": "3", "volume": "49",
                 "abstract": "<jats:p>Предложена математическая модель твердофазной плунжерной "
                             "экструзии композитных материалов с двухступенчатым обжатием.</jats:p>",
                 "container-title": ["Теоретические основы химической технологии"],
                 "updated-by": [{"DOI": "10.7868/s0040357115039999", "type": "correction",
                                 "updated": {"date-parts": [[2016, 2, 1]]}}]})
    state.synthetic[CYRILLIC] = {**item, "DOI": CYRILLIC}
    dialog = RefreshDialog(lib, client, ref_id)
    dialog.show()
    _wait(app, lambda: dialog.plan is not None)
    dialog.grab().save(str(out / "refresh_dialog.png"))
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
