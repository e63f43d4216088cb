"""Small real PDFs for tests, written by hand (objects, content streams, xref table) and, for
encryption and metadata, re-written by pypdf: text lines in Helvetica at given sizes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

Line = tuple[float, str]  # (font size, text)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: Sequence[Line]) -> bytes:
    out = ["BT"]
    y = 760.0
    for size, text in lines:
        y -= size * 1.6
        out.append(f"/F1 {size:g} Tf 1 0 0 1 56 {y:.1f} Tm ({_escape(text)}) Tj")
    out.append("ET")
    return "\n".join(out).encode("latin-1")


def pdf_bytes(pages: Sequence[Sequence[Line]]) -> bytes:
    """A valid PDF 1.4 with one page per item, each a list of (size, text) lines (Latin-1)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then page/content pairs.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        content = _content(lines)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"
                       .encode())
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content
                       + b"\nendstream")
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return buf.getvalue()


def write_pdf(path: Path, pages: Sequence[Sequence[Line]], *, metadata: dict[str, str] | None = None,
              user_password: str | None = None, owner_password: str | None = None,
              algorithm: str = "AES-128") -> Path:
    """Write the PDF; with metadata or a password it goes through pypdf's writer."""
    data = pdf_bytes(pages)
    if metadata or user_password is not None or owner_password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        if metadata:
            writer.add_metadata(metadata)
        if user_password is not None or owner_password is not None:
            writer.encrypt(user_password=user_password or "",
                           owner_password=owner_password or user_password or "owner",
                           algorithm=algorithm)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path.write_bytes(data)
    return path


def article_pages(doi: str | None = None, *, title: str = "Labour Migration and the Law in "
                  "Central Asia", cited: Sequence[str] = ()) -> list[list[Line]]:
    """A journal article's first two pages: running head, title in a large font, authors,
    the DOI line, body text; the second page ends with references citing `cited`."""
    first: list[Line] = [(8, "Central Asian Journal of Law, Vol. 12, No. 3 (2021), pp. 45-67"),
                         (18, title), (11, "Aigerim Seitkali and Daniyar Omarov"),
                         (9, "Received 3 March 2021; accepted 20 June 2021")]
    if doi:
        first.append((9, f"DOI: {doi}"))
    first += [(10, "Abstract. The article examines the legal regulation of labour migration"),
              (10, "in Kazakhstan and its neighbours after 2014.")]
    second: list[Line] = [(10, "1. Introduction"), (10, "Migration law has changed a lot."),
                          (10, "References")]
    second += [(9, f"[{i}] Some cited work. https://doi.org/{d}") for i, d in enumerate(cited, 1)]
    return [first, second]


def bomb_pdf(path: Path, megabytes: int = 200) -> Path:
    """A one-page PDF whose content stream inflates to `megabytes` MB of spaces (a
    decompression bomb: a few hundred KB on disk)."""
    import zlib

    packer = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    packed = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode() + packed
               + b"\nendstream"]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    path.write_bytes(buf.getvalue())
    return path
