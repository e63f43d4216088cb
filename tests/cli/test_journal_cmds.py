"""`journal import|show|link`, `eligibility` and `team` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.app import run
from core.journals.templates import (
    citescore_row,
    write_citescore_xlsx,
    write_koksnvo_template,
    write_wos_csv,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite"


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    cs = write_citescore_xlsx(tmp_path / "CiteScore 2022.xlsx", {2022: [
        citescore_row(21100199112, "Migration Letters", 3317, "Demography", 65, 40, 112, 2,
                      "1741-8984", "17418992"),
        citescore_row(21100199112, "Migration Letters", 3308, "Law", 20, 600, 750, 4,
                      "1741-8984", "17418992"),
        citescore_row(5, "Lost Zero Journal", 3308, "Law", 34, 500, 750, 3, 280836, None),
        citescore_row(6, "Broken", 3308, "Law", "n/a", 1, 2, 1, None, None),  # type: ignore[arg-type]
    ]})
    wos = write_wos_csv(tmp_path / "wos-core_SSCI 2023-February-22.csv", [
        ["MIGRATION LETTERS", "1741-8984", "1741-8992", "TPL", "", "English", "Demography"]])
    k = write_koksnvo_template(tmp_path / "koksnvo.csv", [
        ["Вестник Торайгыров университета. Серия Юридическая", "2710-3994", "", "", "2",
         "Право", "52", "28.01.2021", "2021-01-28", ""]])
    return cs, wos, k


def test_import_show_and_reimport(db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    cs, wos, _ = _files(tmp_path)
    code, out, _ = cli(db, capsys, "journal", "import", str(cs), "--source", "scopus-citescore")
    assert code == 0
    assert "imported 3, updated 0, unchanged 0, rejected 1 rows; 2 new journals" in out
    assert "rejected: CiteScore 2022, row 5: Broken: percentile 'n/a': empty" in out
    assert "warning: CiteScore 2022, row 4" not in out   # 280836 -> 0028-0836 repaired
    code, out, _ = cli(db, capsys, "journal", "import", str(cs), "--source", "scopus-citescore")
    assert "same file as before" in out and "imported 0, updated 0, unchanged 3" in out
    code, out, err = cli(db, capsys, "journal", "import", str(wos), "--source", "wos")
    assert code == 0 and "imported 1" in out

    code, out, _ = cli(db, capsys, "journal", "show", "0028-0836", "--year", "2022", "--json")
    doc = json.loads(out)
    assert doc["journal"]["title"] == "Lost Zero Journal"

    code, out, _ = cli(db, capsys, "journal", "show", "17418992", "--year", "2023", "--json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"journal", "metrics", "indexes", "lists", "verdicts"}
    assert doc["journal"]["issn"] == ["1741-8984", "1741-8992"]
    assert isinstance(doc["journal"]["id"], str)
    assert {"title", "issn", "publisher"} <= set(doc["journal"])
    m = doc["metrics"][0]
    assert list(m) == ["provider", "year", "subject_code", "subject", "citescore", "percentile",
                       "quartile", "status", "source"]
    assert (m["provider"], m["year"], m["subject_code"], m["subject"], m["percentile"],
            m["quartile"], m["status"]) == ("scopus_citescore", 2022, "3317", "Demography", 65, 2,
                                            "complete")
    assert isinstance(m["citescore"], float)
    assert doc["indexes"][0]["index"] == "SSCI" and doc["indexes"][0]["as_of"] == "2023-02-22"
    verdicts = {(v["rule_set"], v["requirement"]): v for v in doc["verdicts"]}
    assert set(doc["verdicts"][0]) == {"rule_set", "requirement", "result", "evidence"}
    intl = verdicts[("team-grant", "international")]
    assert intl["result"] == "eligible" and "in WoS SSCI" in intl["evidence"]

    code, out, _ = cli(db, capsys, "journal", "show", "Migration", "Letters", "--year", "2023")
    assert code == 0 and "Demography (3317): 1.0, percentile 65, Q2" in out
    assert "team-grant/international: eligible" in out


def test_unknown_journal_exits_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(db, capsys, "journal", "show", "0028-0836")
    assert code == 1 and "no journal matches" in err


def test_datasets_list_provenance(db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    cs, _, k = _files(tmp_path)
    cli(db, capsys, "journal", "import", str(cs), "--source", "scopus-citescore")
    cli(db, capsys, "journal", "import", str(k), "--source", "koksnvo")
    code, out, _ = cli(db, capsys, "journal", "datasets", "--json")
    found = json.loads(out)
    assert [(d["kind"], d["file"], d["rows_ok"], d["rows_bad"], d["whole_list"])
            for d in found] == [("scopus-citescore", "CiteScore 2022.xlsx", 3, 1, False),
                                ("koksnvo", "koksnvo.csv", 1, 0, True)]
    assert len(found[0]["sha256"]) == 64 and found[0]["id"] == "1"


def test_wos_needs_an_index(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_wos_csv(tmp_path / "list.csv", [["A", "0028-0836", "", "", "", "", ""]])
    code, _, err = cli(db, capsys, "journal", "import", str(path), "--source", "wos")
    assert code == 1 and "--index" in err
    code, out, _ = cli(db, capsys, "journal", "import", str(path), "--source", "wos", "--index",
                       "ahci")
    assert code == 0 and "imported 1" in out


def test_malformed_file_is_a_clear_error(db: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "CiteScore 2022.xlsx"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    code, _, err = cli(db, capsys, "journal", "import", str(bad), "--source", "scopus-citescore")
    assert code == 1 and "not a valid .xlsx" in err


def test_preview_imports_nothing(db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _, _, k = _files(tmp_path)
    code, out, _ = cli(db, capsys, "journal", "import", str(k), "--source", "koksnvo",
                       "--preview", "--json")
    previews = json.loads(out)
    assert previews[0]["mapping"]["title"] == "Басылымның атауы / Наименование издания"
    code, _, err = cli(db, capsys, "journal", "show", "2710-3994")
    assert code == 1


def test_team_eligibility_and_report(db: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    cs, wos, k = _files(tmp_path)
    for path, source in ((cs, "scopus-citescore"), (wos, "wos"), (k, "koksnvo")):
        assert cli(db, capsys, "journal", "import", str(path), "--source", source)[0] == 0
    items = [
        {"type": "article-journal", "title": "Perspectives on Labor Migration",
         "author": [{"family": "Khamzin", "given": "A."}, {"family": "Khamzina", "given": "Z."}],
         "container-title": "Migration Letters", "issued": {"date-parts": [[2023, 8]]},
         "ISSN": ["1741-8992"], "DOI": "10.47059/ml.v20i5.2891"},
        {"type": "article-journal", "title": "Protection of personal data of children",
         "author": [{"family": "Dubovitskaya", "given": "O."}],
         "container-title": "Вестник Торайгыров университета", "issued": {"date-parts": [[2023]]},
         "ISSN": ["2710-3994"]},
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(items)))
    code, out, err = cli(db, capsys, "add-manual")
    assert code == 0, err
    code, out, _ = cli(db, capsys, "eligibility")
    assert "no team publications" in out
    assert cli(db, capsys, "team", "add", "1", "2")[0] == 0
    code, out, _ = cli(db, capsys, "team", "list")
    assert "Perspectives on Labor Migration" in out
    code, out, _ = cli(db, capsys, "eligibility", "--json")
    doc = json.loads(out)
    progress = {p["requirement"]: p for p in doc["progress"]}
    assert progress["international"]["filled_by"] == ["1"]
    assert progress["koksnvo"]["filled_by"] == ["2"] and progress["koksnvo"]["missing"] == 1
    assert progress["monograph"]["missing"] == 1 and doc["complete"] is False
    code, out, _ = cli(db, capsys, "eligibility", "1")
    assert "    international: eligible" in out and "#2" not in out
    assert "Grant progress of project 'team' (2 publications)" in out
    assert "koksnvo: 1 of 2 (filled by 2); missing 1" in out
    code, out, _ = cli(db, capsys, "eligibility", "--report")
    first, second = out.replace("\xa0", " ").splitlines()   # GOST uses no-break spaces
    assert first.startswith("1) Khamzin, A. Perspectives on Labor Migration")
    assert "// Migration Letters. – 2023." in first          # the GOST 7.1 record
    assert "ISSN: 1741-8984, 1741-8992 (Online)." in first
    assert "Процентиль – 65. Q2." in first and "(Scopus, Web of Science SSCI)" in first
    assert first.endswith("https://doi.org/10.47059/ml.v20i5.2891")
    assert first.count("10.47059/ml.v20i5.2891") == 1   # the DOI once: as the closing link
    assert second.startswith("2) Dubovitskaya, O.") and "(КОКСНВО)" in second
    for suffix in (".docx", ".html"):
        target = tmp_path / f"report{suffix}"
        code, out, _ = cli(db, capsys, "eligibility", "--report", "-o", str(target))
        assert code == 0 and "2 publications written" in out and target.stat().st_size > 0
    html_text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'href="https://doi.org/10.47059/ml.v20i5.2891"' in html_text
    assert "Процентиль – 65. Q2." in html_text
    assert html_text.count("10.47059/ml.v20i5.2891") == 2   # the link's href and its text
    assert "ожидаемые результаты — публикации" in html_text   # no doubled colon in the title
    code, _, err = cli(db, capsys, "eligibility", "--rules", "nope")
    assert code == 1 and "no rule set" in err
    code, _, err = cli(db, capsys, "eligibility", "99")
    assert code == 1 and "99" in err


def test_command_modules_do_not_import_sqlalchemy_at_startup() -> None:
    code = ("import sys; import cli.journal_cmds, core.journals.rules, "
            "core.journals.importers; "
            "bad = [m for m in ('sqlalchemy', 'PySide6', 'openpyxl') if m in sys.modules]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_typed_in_by_hand(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(db, capsys, "journal", "add", "Құқық және мемлекет", "--issn",
                         "2307-5201", "--publisher", "КазГЮУ")
    assert code == 0, err
    assert cli(db, capsys, "journal", "metric", "2307-5201", "--year", "2023",
               "--percentile", "35", "--subject-code", "3308", "--subject", "Law")[0] == 0
    assert cli(db, capsys, "journal", "koksnvo", "Құқық және мемлекет", "--level",
               "Список 2")[0] == 0
    assert cli(db, capsys, "journal", "index", "2307-5201", "ESCI", "--as-of", "2024-01-01")[0] \
        == 0
    code, out, _ = cli(db, capsys, "journal", "show", "2307-5201", "--year", "2023", "--json")
    doc = json.loads(out)
    assert doc["metrics"][0]["provider"] == "manual" and doc["metrics"][0]["percentile"] == 35
    assert doc["metrics"][0]["quartile"] == 3
    assert doc["lists"][0]["level"] == "2" and doc["indexes"][0]["index"] == "ESCI"
    verdicts = {v["requirement"]: v["result"] for v in doc["verdicts"]}
    assert verdicts["international"] == "eligible" and verdicts["koksnvo"] == "eligible"
    code, _, err = cli(db, capsys, "journal", "metric", "2307-5201", "--year", "2023",
                       "--percentile", "120")
    assert code == 1 and "percentile" in err


def test_fetch_from_scopus_api(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import keyring
    from keyring.backends import fail

    body = (ROOT / ".." / "shared" / "fixtures" / "scopus" / "serial_title_03088146.json"
            ).read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            ok = self.headers.get("X-ELS-APIKey") == "secret" and "03088146" in self.path
            self.send_response(200 if ok else 404)
            payload = body if ok else b"{}"
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    saved = keyring.get_keyring()
    try:
        keyring.set_keyring(fail.Keyring())
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
        monkeypatch.setenv("SILTEME_SCOPUS_URL", f"http://127.0.0.1:{srv.server_address[1]}")
        code, _, err = cli(db, capsys, "journal", "fetch", "0308-8146")
        assert code == 1 and "scopus-key set" in err
        monkeypatch.setattr("getpass.getpass", lambda prompt="": "secret")
        code, out, _ = cli(db, capsys, "journal", "scopus-key", "set")
        assert "readable only by you" in out
        code, out, _ = cli(db, capsys, "journal", "fetch", "0308-8146", "0028-0836")
        assert code == 0 and "1 new journals" in out and "0028-0836" in out
        code, out, _ = cli(db, capsys, "journal", "show", "1873-7072", "--json")
        doc = json.loads(out)
        assert doc["journal"]["title"] == "Food Chemistry"
        assert {(m["year"], m["citescore"], m["status"]) for m in doc["metrics"]} == {
            (2022, 14.9, "complete"), (2023, 12.6, "in_progress")}
    finally:
        keyring.set_keyring(saved)
        srv.shutdown()
        srv.server_close()
        thread.join()


def test_rule_sets_added_to_the_library(db: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "phd.json"
    good.write_text(json.dumps({"id": "phd", "name": "PhD", "requirements": [
        {"id": "intl", "count": 1, "rule": {"scopus_percentile_gte": 25}}]}), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"id": "x", "requirements": [{"id": "r", "rule": {"eval": 1}}]}),
                   encoding="utf-8")
    code, _, err = cli(db, capsys, "journal", "rules", "add", str(bad))
    assert code == 1 and "unknown predicate" in err
    assert cli(db, capsys, "journal", "rules", "add", str(good))[0] == 0
    code, out, _ = cli(db, capsys, "journal", "rules", "list")
    assert "team-grant:" in out and "phd: PhD (intl x1)" in out
    code, out, _ = cli(db, capsys, "journal", "rules", "show", "team-grant")
    assert "international x1: type article-journal/article/review and (WoS SSCI/AHCI or " \
        "percentile >= 35)" in out
    assert "monograph x1: type book (collective)" in out
    code, out, _ = cli(db, capsys, "eligibility", "--rules", "phd", "--json")
    assert json.loads(out)["rule_set"] == "phd"


def test_ministry_list_template_round_trip(db: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    path = tmp_path / "перечень.xlsx"
    assert cli(db, capsys, "journal", "template", str(path))[0] == 0
    assert cli(db, capsys, "journal", "template", str(path))[0] == 1     # never overwritten
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.append(["Хабаршы", "1563-0366", "", "", "Список 1", "Право", "", "", "", ""])
    wb.save(path)
    code, out, _ = cli(db, capsys, "journal", "import", str(path), "--source", "koksnvo")
    assert code == 0 and "imported 1" in out


def test_mistyped_issn_is_named(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(db, capsys, "journal", "show", "1741-8993")
    assert code == 1 and "check digit" in err


def test_real_scimago_export_summary_accounts_for_every_row(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 307 rows: 302 carry an SJR or a quartile, 5 carry neither (the journal is still recorded).
    scimago = ROOT.parent / "shared" / "fixtures" / "scimago" / "scimagojr_journal_2002_sample.csv"
    code, out, err = cli(db, capsys, "journal", "import", str(scimago), "--source", "scimago")
    assert code == 0, err
    assert "imported 302, updated 0, unchanged 0, rejected 0 rows; 5 rows with no value " \
           "(journal recorded only); 307 new journals" in out
    code, out, _ = cli(db, capsys, "journal", "import", str(scimago), "--source", "scimago",
                       "--json")
    doc = json.loads(out)
    assert (doc["imported"], doc["unchanged"], doc["rejected"], doc["no_value"]) == (0, 302, 0, 5)
    code, out, _ = cli(db, capsys, "journal", "show", "07320582", "--json")
    assert json.loads(out)["metrics"][0] == {
        "provider": "scimago", "year": 2002, "subject_code": None, "subject": None,
        "citescore": None, "percentile": None, "quartile": 1, "status": "complete",
        "source": "scimagojr_journal_2002_sample.csv"}


def test_a_journal_is_found_by_the_title_each_source_gives_it(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Scopus knows a Kazakh journal by its English title, the ministry list by its Russian one:
    # the same ISSN makes them one journal, and both titles find it.
    cs = write_citescore_xlsx(tmp_path / "CiteScore 2023.xlsx", {2023: [
        citescore_row(21101, "Journal of Actual Problems of Jurisprudence", 3308, "Law", 41, 400,
                      750, 3, "1563-0366", None)]})
    k = write_koksnvo_template(tmp_path / "koksnvo.csv", [
        ["Вестник КазНУ. Серия юридическая", "1563-0366", "", "КазНУ", "1", "Право",
         "V2500036221", "03.06.2025", "2025-06-21", ""]])
    for path, source in ((cs, "scopus-citescore"), (k, "koksnvo")):
        assert cli(db, capsys, "journal", "import", str(path), "--source", source)[0] == 0
    for title in ("Вестник КазНУ. Серия юридическая", "вестник казну серия юридическая",
                  "Journal of Actual Problems of Jurisprudence"):
        code, out, err = cli(db, capsys, "journal", "show", title, "--json")
        assert code == 0, err
        journal = json.loads(out)["journal"]
        assert journal["issn"] == ["1563-0366"]
        assert journal["alt_titles"] == ["Вестник КазНУ. Серия юридическая"]
    code, out, _ = cli(db, capsys, "journal", "show", "Вестник КазНУ")   # words of a title
    assert code == 0 and out.startswith("Journal of Actual Problems of Jurisprudence")


@pytest.mark.parametrize("args", [
    ["journal", "import", "{tmp}/nothere.csv", "--source", "scimago"],
    ["journal", "template", "{tmp}/no/such/folder/list.xlsx"],
    ["eligibility", "--report", "-o", "{tmp}/no/such/folder/report.docx"],
])
def test_a_file_that_cannot_be_read_or_written_is_a_one_line_error(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = cli(db, capsys, *[a.format(tmp=tmp_path) for a in args])
    assert code == 1
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    assert "No such file or directory" in err and "Traceback" not in err
