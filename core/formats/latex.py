"""LaTeX in BibTeX values, both ways: accents, symbols, font commands and math sub/superscripts to
Unicode and CSL rich text (`<i>`, `<b>`, `<sup>`, `<sub>`, small caps, `<span class="nocase">` for
case-protected words), and back to LaTeX with everything LaTeX would execute escaped.

Unknown commands are kept as text (`\\overline{x}`); on the way out their backslash is escaped,
so a value can never run a command (`\\input{/etc/passwd}` is printed, not read)."""

from __future__ import annotations

import re
import unicodedata

# Accent commands -> combining character.
ACCENTS: dict[str, str] = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361",
}
# Commands without arguments -> text.
SYMBOLS: dict[str, str] = {
    "ss": "ß", "SS": "SS", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ",
    "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "quotedblbase": "„",
    "guillemotleft": "«", "guillemotright": "»", "flqq": "«", "frqq": "»",
    "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
    "textunderscore": "_", "textbar": "|", "textless": "<", "textgreater": ">",
    "textdollar": "$", "textbullet": "•", "textperiodcentered": "·", "S": "§", "P": "¶",
    "textsection": "§", "copyright": "©", "textcopyright": "©", "textregistered": "®",
    "texttrademark": "™", "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€",
    "textdegree": "°", "degree": "°", "ldots": "…", "dots": "…", "textellipsis": "…",
    "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "slash": "/", "textnumero": "№",
    "No": "№", "textdagger": "†", "dag": "†", "textdaggerdbl": "‡", "ddag": "‡",
    "textexclamdown": "¡", "textquestiondown": "¿", "textonehalf": "½", "textmu": "µ",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ",
    "Psi": "Ψ", "Omega": "Ω", "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "·",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
    "sim": "∼", "simeq": "≃", "equiv": "≡", "propto": "∝", "infty": "∞", "partial": "∂",
    "nabla": "∇", "sum": "∑", "prod": "∏", "int": "∫", "in": "∈", "notin": "∉", "ll": "≪",
    "gg": "≫", "rightarrow": "→", "to": "→", "leftarrow": "←", "Rightarrow": "⇒",
    "Leftarrow": "⇐", "leftrightarrow": "↔", "uparrow": "↑", "downarrow": "↓",
    "langle": "⟨", "rangle": "⟩", "circ": "∘", "ast": "∗", "star": "⋆", "prime": "′",
    "ell": "ℓ", "hbar": "ℏ", "perp": "⊥", "parallel": "∥", "cap": "∩", "cup": "∪",
    "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇", "forall": "∀",
    "exists": "∃", "neg": "¬", "wedge": "∧", "vee": "∨", "emptyset": "∅", "varnothing": "∅",
    "bullet": "•", "cdots": "⋯", "AA2": "Å", "angstrom": "Å", "textpm": "±", "texttimes": "×",
    # Spacing and hyphenation hints carry no text.
    "quad": " ", "qquad": " ", "space": " ", "nobreakspace": "\u00a0", "noindent": "",
    "relax": "", "protect": "", "par": " ", "newline": " ", "linebreak": " ", "break": " ",
    "allowbreak": "", "hfill": " ", "ignorespaces": "", "unskip": "", "xspace": "",
    "bibnamedelima": " ", "bibnamedelimb": " ", "bibnamedelimc": " ", "bibnamedelimd": " ",
    "bibnamedelimi": " ", "bibrangedash": "–", "textnbhyphen": "‑",
}
# Control symbols (backslash + one non-letter) -> text.
CONTROL_SYMBOLS: dict[str, str] = {
    "%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ",
    ",": "\u2009", ";": " ", ":": " ", "!": "", "-": "", "/": "", "@": "", "\\": " ",
    "\n": " ", "\t": " ", "\r": " ", "|": "‖",
}
# Commands with one argument -> (opening tag, closing tag); empty tags keep the plain content.
WRAPPERS: dict[str, tuple[str, str]] = {
    "textit": ("<i>", "</i>"), "emph": ("<i>", "</i>"), "textsl": ("<i>", "</i>"),
    "mkbibemph": ("<i>", "</i>"), "mathit": ("<i>", "</i>"), "mkbibitalic": ("<i>", "</i>"),
    "textbf": ("<b>", "</b>"), "mkbibbold": ("<b>", "</b>"), "mathbf": ("<b>", "</b>"),
    "textsc": ('<span style="font-variant:small-caps;">', "</span>"),
    "textsuperscript": ("<sup>", "</sup>"), "mkbibsuperscript": ("<sup>", "</sup>"),
    "textsubscript": ("<sub>", "</sub>"), "mkbibsubscript": ("<sub>", "</sub>"),
    "enquote": ("“", "”"), "mkbibquote": ("“", "”"), "textquote": ("“", "”"),
    "textup": ("", ""), "textnormal": ("", ""), "textrm": ("", ""), "textsf": ("", ""),
    "texttt": ("", ""), "textmd": ("", ""), "mbox": ("", ""), "hbox": ("", ""), "text": ("", ""),
    "mathrm": ("", ""), "mathsf": ("", ""), "mathtt": ("", ""), "mathnormal": ("", ""),
    "ensuremath": ("", ""), "NoCaseChange": ("", ""), "url": ("", ""), "nolinkurl": ("", ""),
    "path": ("", ""), "bibcyr": ("", ""), "cyr": ("", ""), "textcyrillic": ("", ""),
    "textcyr": ("", ""), "textgreek": ("", ""), "textlatin": ("", ""), "uppercase": ("", ""),
    "lowercase": ("", ""), "MakeUppercase": ("", ""), "MakeLowercase": ("", ""),
    "textcite": ("", ""), "smash": ("", ""), "operatorname": ("", ""),
}
# Commands whose first argument is dropped and second kept (`\href{url}{text}`).
SECOND_ARG: frozenset[str] = frozenset({"href", "foreignlanguage", "hyphenrules", "otherlanguage"})
# Declarations valid to the end of their group: `{\em word}`, `{\bf x}`.
DECLARATIONS: dict[str, tuple[str, str]] = {
    "em": ("<i>", "</i>"), "it": ("<i>", "</i>"), "itshape": ("<i>", "</i>"),
    "sl": ("<i>", "</i>"), "slshape": ("<i>", "</i>"), "bf": ("<b>", "</b>"),
    "bfseries": ("<b>", "</b>"), "sc": ('<span style="font-variant:small-caps;">', "</span>"),
    "scshape": ('<span style="font-variant:small-caps;">', "</span>"), "rm": ("", ""),
    "tt": ("", ""), "sf": ("", ""), "normalfont": ("", ""), "upshape": ("", ""),
    "mdseries": ("", ""), "rmfamily": ("", ""), "sffamily": ("", ""), "ttfamily": ("", ""),
    "small": ("", ""), "footnotesize": ("", ""), "scriptsize": ("", ""), "tiny": ("", ""),
    "large": ("", ""), "Large": ("", ""), "normalsize": ("", ""), "selectlanguage": ("", ""),
}
NEEDS_DECODING = re.compile(r"[\\{}$~]|--|``|''")
_TOKEN = re.compile(r"\\(?:[A-Za-z]+\*?|.)|[{}$~^_]|---?|``|''|[^\\{}$~^_`'-]+|.", re.DOTALL)
_NOCASE_OPEN = '<span class="nocase">'


class _Parser:
    """A recursive reader of the token list of one value."""

    def __init__(self, text: str, title: bool) -> None:
        self.tokens = _TOKEN.findall(text)
        self.pos = 0
        self.title = title

    def _next(self) -> str | None:
        if self.pos >= len(self.tokens):
            return None
        tok: str = self.tokens[self.pos]
        self.pos += 1
        return tok

    def _peek(self) -> str | None:
        return str(self.tokens[self.pos]) if self.pos < len(self.tokens) else None

    def _skip_spaces(self) -> None:
        while self.pos < len(self.tokens) and self.tokens[self.pos].isspace():
            self.pos += 1

    def _raw_group(self) -> str:
        """The source text of a `{...}` group whose `{` was just read (for kept commands)."""
        depth, out = 1, []
        while (tok := self._next()) is not None:
            if tok == "{":
                depth += 1
            elif tok == "}":
                depth -= 1
                if depth == 0:
                    break
            out.append(tok)
        return "".join(out)

    def _argument(self, math: bool) -> str:
        """The decoded argument of a command: a `{group}` or the next single token/character."""
        self._skip_spaces()
        tok = self._peek()
        if tok is None:
            return ""
        if tok[:1].isspace():  # `\r u`: spaces before an argument are skipped
            tok = tok.lstrip()
            self.tokens[self.pos] = tok
        if tok == "{":
            self.pos += 1
            return self.sequence(until="}", math=math, depth=1)
        if tok.startswith("\\"):
            self.pos += 1
            return self.command(tok, math)
        self.pos += 1
        if len(tok) > 1 and not tok.startswith("\\"):
            # `\'ea`: the accent takes the first character only; the rest is text again.
            self.tokens.insert(self.pos, tok[1:])
            return tok[0]
        return tok

    def command(self, tok: str, math: bool) -> str:
        name = tok[1:]
        if len(name) == 1 and not name.isalpha():
            if name in ACCENTS:
                return _accent(self._argument(math), ACCENTS[name])
            return CONTROL_SYMBOLS.get(name, name)
        star = name.endswith("*")
        name = name.rstrip("*")
        if name in ACCENTS and name.isalpha():  # \v{s}, \c c, \u{g}
            return _accent(self._argument(math), ACCENTS[name])
        if name in SYMBOLS:
            if self._peek() == "{" and self.pos + 1 < len(self.tokens) \
                    and self.tokens[self.pos + 1] == "}":
                self.pos += 2  # `\ss{}`
            elif self._peek() is not None and self._peek() == " ":
                self.pos += 1  # the space ending a control word
            elif (nxt := self._peek()) is not None and nxt[:1] == " ":
                self.tokens[self.pos] = nxt[1:]
            return SYMBOLS[name]
        if name in WRAPPERS:
            opening, closing = WRAPPERS[name]
            inner = self._argument(math)
            return f"{opening}{inner}{closing}" if inner else ""
        if name in SECOND_ARG:
            self._argument(math)
            return self._argument(math)
        if name in DECLARATIONS:
            return ""  # a declaration as a bare argument (`\textit\em`): nothing to show
        # Unknown: kept as written, arguments and all, so nothing is lost (and it is escaped on
        # the way out).
        out = ["\\" + name + ("*" if star else "")]
        while self._peek() == "{":
            self.pos += 1
            out.append("{" + self._raw_group() + "}")
        return "".join(out)

    def sequence(self, until: str | None, math: bool, depth: int) -> str:
        out: list[str] = []
        while True:
            tok = self._peek()
            if tok is None:
                break
            if tok == "}" and until == "}":
                self.pos += 1
                break
            if tok == "$" and until == "$":
                self.pos += 1
                break
            self.pos += 1
            if tok.startswith("\\") and tok[1:] in DECLARATIONS:
                # `{\em word}`: the declaration holds to the end of this group.
                opening, closing = DECLARATIONS[tok[1:]]
                rest = self.sequence(until=until, math=math, depth=depth).lstrip()
                out.append(f"{opening}{rest}{closing}" if opening and rest.strip() else rest)
                break
            if tok.startswith("\\"):
                out.append(self.command(tok, math))
            elif tok == "{":
                start = self.pos
                inner = self.sequence(until="}", math=math, depth=depth + 1)
                out.append(self._group(inner, start, depth))
            elif tok == "}":
                continue  # an unbalanced closing brace: dropped
            elif tok == "$":
                if self._peek() == "$":
                    self.pos += 1
                out.append(self.sequence(until="$", math=True, depth=depth))
            elif tok == "~":
                out.append("\u00a0")
            elif tok in ("^", "_") and math:
                arg = self._argument(math)
                if arg:
                    out.append(f"<sup>{arg}</sup>" if tok == "^" else f"<sub>{arg}</sub>")
            elif tok == "---":
                out.append("—")
            elif tok == "--":
                out.append("–")
            elif tok == "``":
                out.append("“")
            elif tok == "''":
                out.append("”")
            elif math and tok.isspace():
                continue
            else:
                out.append(tok)
        return "".join(out)

    def _group(self, inner: str, start: int, depth: int) -> str:
        """A `{...}` group in running text: case-protected words in titles, else its content."""
        if not self.title or depth > 0 or not any(c.isupper() for c in inner):
            return inner
        first = self.tokens[start] if start < len(self.tokens) else ""
        if first.startswith("\\"):
            # `{\"O}`, `{\em x}`: BibTeX treats a group opening with a command as a special
            # character, not as case protection.
            return inner
        return f"{_NOCASE_OPEN}{inner}</span>"


def _accent(base: str, mark: str) -> str:
    if not base:
        return unicodedata.normalize("NFC", " " + mark).strip() or mark
    if base == "ı":
        base = "i"
    elif base == "ȷ":
        base = "j"
    return unicodedata.normalize("NFC", base[0] + mark + base[1:])


def decode(value: str, *, title: bool = False) -> str:
    """LaTeX -> Unicode text with CSL rich-text tags. `title` marks brace-protected words as
    `<span class="nocase">`. A value with nothing to decode is returned as it is."""
    if not NEEDS_DECODING.search(value):
        return value
    text = value.strip()
    while title and text.startswith("{") and text.endswith("}") and _one_group(text):
        text = text[1:-1].strip()  # `{{Whole Title}}`: the whole value braced, not a word
    parser = _Parser(text, title)
    out = parser.sequence(until=None, math=False, depth=0)
    return unicodedata.normalize("NFC", out)


def _one_group(text: str) -> bool:
    depth = 0
    for i, ch in enumerate(text):
        if ch == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif ch == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False
    return depth == 0


# ------------------------------------------------------------------------------------- encoding
_ESCAPES = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
    "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "\u00a0": "~",
}
_ESCAPE_RE = re.compile(r"[\\{}&%$#_~^\u00a0]")
_TAG_OUT: dict[str, str] = {
    "<i>": r"\textit{", "</i>": "}", "<b>": r"\textbf{", "</b>": "}",
    "<sup>": r"\textsuperscript{", "</sup>": "}", "<sub>": r"\textsubscript{", "</sub>": "}",
}
_TAG_RE = re.compile(r"</?(?:i|b|sup|sub)>|<span\s+[^>]*>|</span>", re.IGNORECASE)
_ACCENT_OUT = {mark: cmd for cmd, mark in ACCENTS.items()}
_SYMBOL_OUT = {"ß": r"\ss", "å": r"\aa", "Å": r"\AA", "æ": r"\ae", "Æ": r"\AE", "œ": r"\oe",
               "Œ": r"\OE", "ø": r"\o", "Ø": r"\O", "ł": r"\l", "Ł": r"\L", "ı": r"\i",
               "ð": r"\dh", "Ð": r"\DH", "þ": r"\th", "Þ": r"\TH", "đ": r"\dj", "Đ": r"\DJ"}


_LIGATURES = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')")


def escape(text: str) -> str:
    """Plain text -> LaTeX: every character LaTeX treats as markup is escaped, and `--`, ``` `` ```
    and `''` are split (`-{}-`) so they read back as typed, not as dashes and quotes."""
    text = _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], text)
    return _LIGATURES.sub("{}", text) if ("--" in text or "``" in text or "''" in text) else text


def _ascii_letters(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128 or "\u0400" <= ch <= "\u04ff":
            out.append(ch)  # Cyrillic stays UTF-8: LaTeX has no ASCII spelling for it
            continue
        if ch in _SYMBOL_OUT:
            out.append("{" + _SYMBOL_OUT[ch] + "}")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if base.isascii() and marks and all(m in _ACCENT_OUT for m in marks):
            body = {"i": r"\i", "j": r"\j"}.get(base, base)
            for m in marks:
                cmd = _ACCENT_OUT[m]
                body = f"\\{cmd}{body}" if not cmd.isalpha() and len(body) == 1 \
                    else f"\\{cmd}{{{body}}}"
            out.append("{" + body + "}")
        else:
            out.append(ch)
    return "".join(out)


def encode(text: str, *, title: bool = False, ascii_only: bool = False) -> str:
    """Unicode rich text -> a LaTeX value. Rich-text tags become LaTeX commands (a nocase span
    becomes `{...}`); all other markup characters are escaped. With `ascii_only`, Latin letters
    with diacritics are written as LaTeX accents (`{\\"o}`); Cyrillic always stays UTF-8."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _TAG_RE.finditer(text):
        out.append(_plain_out(text[pos:m.start()], ascii_only))
        tag = m.group(0).lower()
        if tag in _TAG_OUT:
            if tag.startswith("</"):
                if stack:
                    stack.pop()
                    out.append("}")
            else:
                stack.append(tag)
                out.append(_TAG_OUT[tag])
        elif tag.startswith("<span"):
            if "nocase" in tag:
                stack.append("nocase")
                # `{\cmd...}` would read back as a special character, not a protected group
                out.append("{{}" if text[m.end():m.end() + 1] == "<" else "{")
            elif "small-caps" in tag:
                stack.append("sc")
                out.append(r"\textsc{")
            else:
                stack.append("")
        elif tag == "</span>":
            if stack and stack.pop():
                out.append("}")
        pos = m.end()
    out.append(_plain_out(text[pos:], ascii_only))
    out.append("}" * sum(1 for s in stack if s))
    return "".join(out)


def _plain_out(text: str, ascii_only: bool) -> str:
    text = escape(text)
    return _ascii_letters(text) if ascii_only else text


def verbatim(text: str) -> str:
    """A verbatim field (url, doi, file): written as is, except that braces must balance or the
    entry would not parse; unbalanced ones are dropped."""
    depth, out = 0, []
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    result = "".join(out)
    if depth:
        result = result.replace("{", "", depth) if result.count("{") >= depth else result
    return result
