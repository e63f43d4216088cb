"""Partial dates (year, year-month, full) as CSL-JSON writes them, parsed from what tools send."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from core.errors import InvalidValueError

_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_YEAR_ANYWHERE = re.compile(r"(?<!\d)(1[5-9]\d\d|2[01]\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day. `literal` keeps text no parser understood."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    literal: str | None = None
    season: str | None = None
    circa: bool = False
    # True when the year was read out of a literal ("весна 2021"): written back as the literal only.
    from_literal: bool = field(default=False, compare=False)
    # The end of a CSL date range (`[[2019], [2020]]`, a conference's days): year, month, day.
    # The start is what sorting and styles use; the end is kept so nothing is lost.
    end: tuple[int, int | None, int | None] | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidValueError("date", self.month, "month must be 1-12")
        if self.day is not None and not 1 <= self.day <= 31:
            raise InvalidValueError("date", self.day, "day must be 1-31")
        if self.day is not None and self.month is None:
            raise InvalidValueError("date", self.day, "a day needs a month")

    @property
    def is_empty(self) -> bool:
        return self.year is None and not self.literal

    def iso(self) -> str:
        """`2020`, `2020-05` or `2020-05-01`; the literal when there is no year."""
        if self.year is None:
            return self.literal or ""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    def dmy(self) -> str:
        """`01.05.2020` as GOST prints dates; falls back to `iso()` when partial."""
        if self.year and self.month and self.day:
            return f"{self.day:02d}.{self.month:02d}.{self.year:04d}"
        return self.iso()

    def to_csl(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.year is not None and not self.from_literal:
            parts = [self.year]
            if self.month:
                parts.append(self.month)
                if self.day:
                    parts.append(self.day)
            out["date-parts"] = [parts]
            if self.end is not None:
                out["date-parts"].append([p for p in self.end if p is not None])
        if self.literal:
            out["literal"] = self.literal
        if self.season:
            out["season"] = self.season
        if self.circa:
            out["circa"] = True
        return out

    @classmethod
    def from_csl(cls, value: Any) -> PartialDate | None:
        """Read a CSL date object, or a string (`2020-05-01`, `2020`, `01.05.2020`)."""
        if value is None or value == "" or value == {}:
            return None
        if isinstance(value, (int, str)):
            return cls.parse(str(value))
        if not isinstance(value, dict):
            raise InvalidValueError("date", value, "not a CSL date")
        parts = value.get("date-parts")
        circa = bool(value.get("circa"))
        season = value.get("season")
        season = str(season) if season not in (None, "") else None
        if parts and isinstance(parts, list) and parts[0] not in (None, []):
            first = parts[0] if isinstance(parts[0], list) else parts
            nums: list[int | None] = []
            for p in first[:3]:
                try:
                    nums.append(int(p) if p not in (None, "") else None)
                except (TypeError, ValueError):
                    nums.append(None)
            year, month, day = (nums + [None, None, None])[:3]
            month = month if month and 1 <= month <= 12 else None
            day = day if month and day and 1 <= day <= 31 else None
            literal = value.get("literal")
            end = _range_end(parts) if isinstance(parts[0], list) else None
            return cls(year, month, day, literal=literal or None, season=season, circa=circa,
                       end=end)
        for key in ("raw", "literal"):
            if value.get(key):
                parsed = cls.parse(str(value[key]))
                if key == "literal":
                    return replace(parsed, literal=str(value[key]), season=season, circa=circa,
                                   from_literal=True)
                return parsed
        if season:
            return cls(season=season, circa=circa)
        return None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse `2020`, `2020-05`, `2020-05-01`, `01.05.2020`; keep anything else as a literal
        (with the year found in it, if any)."""
        text = text.strip()
        m = _ISO.match(text)
        if m:
            y, mo, d = (int(g) if g else None for g in m.groups())
            if mo is not None and not 1 <= mo <= 12:
                mo, d = None, None
            if d is not None and not 1 <= d <= 31:
                d = None
            return cls(y, mo, d)
        m = _DMY.match(text)
        if m:
            d, mo, y = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return cls(y, mo, d)
        m = _YEAR_ANYWHERE.search(text)
        return cls(int(m.group(1)) if m else None, literal=text or None)

    @classmethod
    def from_user(cls, text: str) -> PartialDate:
        """Strict parse for typed input: raises if the text is not a date."""
        parsed = cls.parse(text)
        if parsed.literal is not None:
            raise InvalidValueError("date", text, "expected YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY")
        return parsed


def _range_end(parts: list[Any]) -> tuple[int, int | None, int | None] | None:
    """The second element of CSL `date-parts` (a range's end), when it has a year."""
    if len(parts) < 2 or not isinstance(parts[1], list) or not parts[1]:
        return None
    nums: list[int | None] = []
    for p in parts[1][:3]:
        try:
            nums.append(int(p) if p not in (None, "") else None)
        except (TypeError, ValueError):
            nums.append(None)
    year, month, day = (nums + [None, None, None])[:3]
    if year is None:
        return None
    month = month if month and 1 <= month <= 12 else None
    day = day if month and day and 1 <= day <= 31 else None
    return (year, month, day)
