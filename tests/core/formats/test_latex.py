"""LaTeX in BibTeX values: decoding to Unicode rich text and encoding back safely."""

from __future__ import annotations

import pytest

from core.formats.latex import decode, encode

NOCASE = '<span class="nocase">'


@pytest.mark.parametrize(("latex", "text"), [
    (r"M{\"u}ller", "Müller"),
    (r"{\'E}cole", "École"),
    (r"\v{R}ada {\r u}", "Řada ů"),
    (r"Fran\c cois", "François"),
    (r"Garc{\'\i}a", "García"),
    (r"{\aa}ngstr{\"o}m \ss{} {\O}", "ångström ß Ø"),
    (r"Cu$_2$O and $x^{10}$", "Cu<sub>2</sub>O and x<sup>10</sup>"),
    (r"$\alpha$-helix", "α-helix"),
    (r"\textit{Homo} and \textbf{bold}", "<i>Homo</i> and <b>bold</b>"),
    (r"{\em emphasis}", "<i>emphasis</i>"),
    (r"pages 1--2 --- ``quoted''", "pages 1–2 — “quoted”"),
    (r"50\% \& \$5 \#1 a\_b", "50% & $5 #1 a_b"),
    (r"J.~Smith", "J.\u00a0Smith"),
    (r"\bibcyr{Право}", "Право"),
    (r"\href{http://x.kz}{сілтеме}", "сілтеме"),
    ("Қазақстан and Россия", "Қазақстан and Россия"),
    (r"\overline{X} kept", r"\overline{X} kept"),
])
def test_decode(latex: str, text: str) -> None:
    assert decode(latex) == text


def test_protected_words_in_titles_become_nocase() -> None:
    assert decode(r"The {DNA} of {\"O}land", title=True) == \
        f"The {NOCASE}DNA</span> of Öland"
    # the whole value braced is not a protected word
    assert decode("{Whole Title}", title=True) == "Whole Title"
    assert encode(f"The {NOCASE}DNA</span> code", title=True) == "The {DNA} code"


def test_encode_escapes_everything_latex_would_execute() -> None:
    hostile = r"{\input{/etc/passwd}} \def\x{y} #1 $$ 100% a_b ~ ^"
    text = decode(hostile)
    out = encode(text)
    assert "\\input" not in out.replace(r"\textbackslash{}input", "")
    assert "\\def" not in out.replace(r"\textbackslash{}def", "")
    for bare in ("#", "$", "%", "_"):
        assert all(out[i - 1] == "\\" for i, ch in enumerate(out) if ch == bare)
    assert decode(out) == text  # what was read comes back the same


def test_encode_keeps_cyrillic_utf8_and_can_write_ascii_accents() -> None:
    assert encode("Әбілқасымова & Müller") == r"Әбілқасымова \& Müller"
    assert encode("Müller Ångström ß Қазақ", ascii_only=True) == \
        r'M{\"u}ller {\AA}ngstr{\"o}m {\ss} Қазақ'
    assert decode(encode("Müller Ångström ß", ascii_only=True)) == "Müller Ångström ß"


def test_rich_text_round_trip() -> None:
    text = "Cu<sub>2</sub>O in <i>vivo</i> with <b>x</b><sup>2</sup>"
    assert decode(encode(text)) == text
