"""What a write changed: the one payload of the window's `library_changed` signal, from which each
view decides whether and what to reload (STYLE.md "Changes")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """`references`: ids added, edited, moved to or out of the trash, or deleted. The flags say
    which other parts changed; `everything` is a full re-read (Refresh, another library)."""

    references: frozenset[int] = frozenset()
    collections: bool = False
    tags: bool = False
    trash: bool = False
    journals: bool = False
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def of(cls, ids: Iterable[int], **flags: bool) -> Changes:
        return cls(references=frozenset(ids), **flags)

    @property
    def listing(self) -> bool:
        """Whether the rows a listing holds may differ (membership, fields, trash)."""
        return bool(self.everything or self.references or self.trash or self.collections
                    or self.tags)

    @property
    def sidebar(self) -> bool:
        """Whether the sidebar's tree or counts may differ."""
        return bool(self.everything or self.references or self.trash or self.collections
                    or self.tags)

    @property
    def badges(self) -> bool:
        """Whether quartiles and eligibility may differ (the registry or the records changed)."""
        return bool(self.everything or self.journals or self.references)

    def touches(self, ref_id: int | None) -> bool:
        return ref_id is not None and (self.everything or ref_id in self.references
                                       or self.collections or self.tags)
