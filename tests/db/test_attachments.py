"""Attached files: links stored absolute or relative to the library's folder, Cyrillic and Kazakh
file names, one link per file per reference, removal leaves the file, moving links on a merge,
and what the window needs to open one."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import AttachmentMissingError, InvalidValueError, NotFoundError
from core.model import Reference
from db import attachments
from db.library import Library


def _pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n")
    return path


def test_attach_list_open_and_detach(library: Library, tmp_path: Path) -> None:
    (ref_id,) = library.add_many([Reference(title="Көші-қон туралы заң")])
    outside = _pdf(tmp_path.parent / f"{tmp_path.name}-docs" / "Қазақ заңы — 2011.pdf")
    inside = _pdf(library.path.parent / "files" / "Закон о миграции.PDF")
    a1 = attachments.attach(library, ref_id, outside, title="текст закона")
    a2 = attachments.attach(library, ref_id, inside)
    assert attachments.attach(library, ref_id, outside) == a1  # the same file: one link
    with library.read() as s:
        found = attachments.of_reference(s, ref_id)
    assert [a.id for a in found] == [a1, a2]
    assert found[0].path == str(outside.resolve()) and found[0].title == "текст закона"
    # A file inside the library's folder is linked relatively (the folder can move).
    assert found[1].path == "files/Закон о миграции.PDF" and found[1].kind == "pdf"
    assert found[1].name == "Закон о миграции.PDF"
    assert attachments.open_attachment(library, a2) == inside.resolve()
    assert attachments.open_attachment(library, a1) == outside.resolve()
    with library.transaction() as s:
        removed = attachments.remove(s, a1)
    assert removed.name == "Қазақ заңы — 2011.pdf"
    assert outside.exists()  # only the link goes
    with pytest.raises(NotFoundError):
        attachments.open_attachment(library, a1)


def test_a_moved_library_folder_keeps_its_relative_links(tmp_path: Path) -> None:
    first = tmp_path / "one" / "lib.sqlite"
    with Library.open(first) as lib:
        (ref_id,) = lib.add_many([Reference(title="x")])
        att = attachments.attach(lib, ref_id, _pdf(first.parent / "pdf" / "a.pdf"))
    (tmp_path / "one").rename(tmp_path / "two")
    with Library.open(tmp_path / "two" / "lib.sqlite") as lib:
        assert attachments.open_attachment(lib, att) == \
            (tmp_path / "two" / "pdf" / "a.pdf").resolve()


def test_a_missing_file_is_a_clear_error_when_opened(library: Library, tmp_path: Path) -> None:
    (ref_id,) = library.add_many([Reference(title="x")])
    file = _pdf(tmp_path / "gone.pdf")
    att = attachments.attach(library, ref_id, file)
    file.unlink()
    with pytest.raises(AttachmentMissingError, match="gone.pdf is missing") as info:
        attachments.open_attachment(library, att)
    assert info.value.path == file.resolve()


def test_bad_attachments_are_refused_and_nothing_is_written(library: Library,
                                                            tmp_path: Path) -> None:
    (ref_id,) = library.add_many([Reference(title="x")])
    with pytest.raises(InvalidValueError, match="no such file"):
        attachments.attach(library, ref_id, tmp_path / "nothing.pdf")
    with pytest.raises(InvalidValueError, match="not a file"):
        attachments.attach(library, ref_id, tmp_path)
    with pytest.raises(NotFoundError):
        attachments.attach(library, ref_id + 1, _pdf(tmp_path / "a.pdf"))
    with library.read() as s:
        assert attachments.of_reference(s, ref_id) == []


def test_kind_is_read_from_the_content_not_only_the_name(tmp_path: Path) -> None:
    assert attachments.kind_of(_pdf(tmp_path / "scan.bin")) == "pdf"
    text = tmp_path / "notes.txt"
    text.write_text("заметки", encoding="utf-8")
    assert attachments.kind_of(text) == "file"


def test_moving_links_on_a_merge_keeps_one_link_per_file(library: Library,
                                                         tmp_path: Path) -> None:
    a, b = library.add_many([Reference(title="a"), Reference(title="b")])
    shared, own = _pdf(tmp_path / "shared.pdf"), _pdf(tmp_path / "own.pdf")
    for ref_id, files in ((a, [shared]), (b, [shared, own])):
        for f in files:
            attachments.attach(library, ref_id, f)
    with library.transaction() as s:
        assert attachments.move_all(s, b, a) == 1
    with library.read() as s:
        assert sorted(x.name for x in attachments.of_reference(s, a)) == ["own.pdf",
                                                                          "shared.pdf"]
        assert attachments.of_reference(s, b) == []
