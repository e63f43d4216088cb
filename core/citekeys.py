"""Citation keys from a JabRef-style pattern (`[auth:lower][year][veryshorttitle:lower]` gives
`abilkasymova2023migration`): Cyrillic and Kazakh transliterated to ASCII, never empty, made
unique against the keys already used (a, b, c... suffixes). Pure: the caller passes the used keys.

Markers: `[auth]` first author's family name, `[authN]` its first N letters, `[authors]` all
family names, `[authorsN]` the first N then `EtAl`, `[authEtAl]`, `[auth.etal]`, `[authorIni]`,
`[edtr]` first editor, `[year]`, `[shortyear]`, `[month]`, `[title]` every word capitalised,
`[shorttitle]` the first three words that are not function words, `[veryshorttitle]` the first
such word, `[camel]`, `[firstpage]`, `[lastpage]`, `[volume]`, `[number]`, `[journal]`, `[doi]`,
and `[FIELD]` for any CSL-JSON key. Modifiers: `:lower`, `:upper`, `:capitalize`, `:abbr`,
`:truncateN`, `:(default)` for an empty value."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from core.model import Creator, Reference
from core.text import strip_markup
from core.translit import slug_ascii

DEFAULT_PATTERN = "[auth:lower][year][veryshorttitle:lower]"
FALLBACK = "ref"

# Words a short title skips (JabRef's list, with Russian and Kazakh function words).
FUNCTION_WORDS = frozenset("""
a an the above about across against along among around at before behind below beneath beside
between beyond by down during except for from in inside into like near of off on onto since to
toward towards through under until up upon with within without and but nor or so yet is are
и в во на о об обо по к ко с со из от до для при за под над у а но или как же бы ли не через
между про без то это его её их
және мен пен бен үшін туралы бойынша ал да де та те бұл осы
""".split())
_MARKER = re.compile(r"\[([^\[\]]+)\]")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_KEY_CHARS = re.compile(r"[^A-Za-z0-9_:.\-+/]")


def _ascii(text: str | None) -> str:
    """Letters and digits only, Cyrillic and Kazakh transliterated."""
    return slug_ascii(strip_markup(text or ""), sep="")


def _family(c: Creator) -> str:
    if c.family:
        return _ascii(c.family)
    if c.literal:
        words = [w for w in _WORDS.findall(c.literal) if w[:1].isupper()]
        if len(words) >= 2:  # "World Health Organization" -> WHO
            return _ascii("".join(w[0] for w in words))
        return _ascii(c.literal)
    return _ascii(c.given)


def _people(ref: Reference) -> list[Creator]:
    return [c for c in (ref.authors or ref.creators_in("editor") or ref.creators)
            if c.literal != "others"]


def _title_words(ref: Reference, skip_function_words: bool) -> list[str]:
    words = _WORDS.findall(strip_markup(ref.title or ""))
    if skip_function_words:
        words = [w for w in words if w.casefold() not in FUNCTION_WORDS]
    return words


def _capitalised(word: str) -> str:
    text = _ascii(word)
    return text[:1].upper() + text[1:]


def _pages(ref: Reference) -> tuple[str, str]:
    parts = re.split(r"\s*[-–—]+\s*", ref.page or "", maxsplit=1)
    first = parts[0] if parts else ""
    last = parts[1] if len(parts) > 1 else first
    return _ascii(first), _ascii(last)


def _marker_value(ref: Reference, name: str) -> str:
    people = _people(ref)
    low = name.lower()
    if low == "auth":
        return _family(people[0]) if people else ""
    m = re.fullmatch(r"auth(\d+)", low)
    if m:
        return _family(people[0])[: int(m.group(1))] if people else ""
    if low == "authors":
        return "".join(_family(c) for c in people)
    m = re.fullmatch(r"authors(\d+)", low)
    if m:
        n = int(m.group(1))
        head = "".join(_family(c) for c in people[:n])
        return head + ("EtAl" if len(people) > n else "")
    if low in ("authetal", "auth.etal"):
        if not people:
            return ""
        if len(people) == 1:
            return _family(people[0])
        if len(people) == 2:
            sep = "." if low == "auth.etal" else "And"
            return _family(people[0]) + sep + _family(people[1])
        return _family(people[0]) + (".etal" if low == "auth.etal" else "EtAl")
    if low == "authorini":
        if not people:
            return ""
        return _family(people[0]) + "".join(_ascii(c.family or c.literal or "")[:1]
                                            for c in people[1:])
    if low == "edtr":
        editors = ref.creators_in("editor")
        return _family(editors[0]) if editors else ""
    if low == "year":
        return str(ref.year) if ref.year else ""
    if low == "shortyear":
        return str(ref.year)[-2:] if ref.year else ""
    if low == "month":
        return f"{ref.issued.month:02d}" if ref.issued and ref.issued.month else ""
    if low == "title":
        return "".join(_capitalised(w) for w in _title_words(ref, False))
    if low == "shorttitle":
        return "".join(_capitalised(w) for w in _title_words(ref, True)[:3])
    if low == "veryshorttitle":
        words = _title_words(ref, True)
        return _ascii(words[0]) if words else ""
    if low == "camel":
        return "".join(_capitalised(w) for w in _title_words(ref, False))
    if low == "firstpage":
        return _pages(ref)[0]
    if low == "lastpage":
        return _pages(ref)[1]
    if low in ("volume", "number", "issue", "edition"):
        return _ascii(getattr(ref, low))
    if low == "journal":
        return _ascii(ref.container_title_short or ref.container_title)
    if low == "doi":
        return (ref.doi or "").replace("/", "_")
    value = ref.to_csl(include_id=False).get(name)
    return _ascii(value if isinstance(value, str) else None)


def _apply(value: str, modifier: str) -> str:
    mod = modifier.strip()
    if mod == "lower":
        return value.lower()
    if mod == "upper":
        return value.upper()
    if mod in ("capitalize", "titlecase"):
        return value[:1].upper() + value[1:]
    if mod == "abbr":
        caps = re.findall(r"[A-Z0-9]", value)
        return "".join(caps) if caps else value[:1]
    m = re.fullmatch(r"truncate(\d+)", mod)
    if m:
        return value[: int(m.group(1))]
    m = re.fullmatch(r"\((.*)\)", mod)
    if m:
        return value or _ascii(m.group(1))
    return value


def make_key(ref: Reference, pattern: str = DEFAULT_PATTERN) -> str:
    """The key the pattern gives for a record: ASCII, no spaces, never empty."""
    def expand(m: re.Match[str]) -> str:
        name, *mods = m.group(1).split(":")
        value = _marker_value(ref, name.strip())
        for mod in mods:
            value = _apply(value, mod)
        return value

    key = _KEY_CHARS.sub("", _MARKER.sub(expand, pattern))
    if not re.search(r"[A-Za-z]", key):
        # No author, year or title: the first title words, else a fixed word.
        key = _KEY_CHARS.sub("", "".join(_ascii(w) for w in _title_words(ref, True)[:2]).lower())
    return key or FALLBACK + (str(ref.year) if ref.year else "")


def suffix(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa, ..."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def unique_key(base: str, used: Collection[str]) -> str:
    """`base` if free, else `base` + a, b, c ... (keys compare without case: biber and many
    LaTeX setups treat `Smith2020` and `smith2020` as one)."""
    if base.lower() not in used and base not in used:
        return base
    n = 0
    while True:
        candidate = base + suffix(n)
        if candidate.lower() not in used and candidate not in used:
            return candidate
        n += 1


def usable(key: str | None) -> bool:
    """A key as it came may be kept when it is ASCII and has no character BibTeX chokes on."""
    return bool(key) and (key or "").isascii() and not re.search(r"[\s,{}\"#%\\]", key or "")


def assign(refs: Iterable[Reference], used: Collection[str] | None = None,
           pattern: str = DEFAULT_PATTERN) -> set[str]:
    """Give every record a key unique among `used` and each other: an existing usable key is kept
    when free, otherwise one is made from the pattern. Returns the updated set of used keys
    (lower case)."""
    taken = {k.lower() for k in (used or ())}
    for ref in refs:
        key = ref.citation_key
        if not (key is not None and usable(key) and key.lower() not in taken):
            base = key if key is not None and usable(key) else make_key(ref, pattern)
            key = unique_key(base, taken)
        ref.citation_key = key
        taken.add(key.lower())
    return taken
