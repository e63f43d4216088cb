"""GOST benchmark: a 40-source sectioned list (laws, Russian, Kazakh, English) repeated to N
records, formatted in gost-7.1 / gost-r-7.0.100, footnotes in gost-r-7.0.5, the transliterated
References list, and raw transliteration throughput. Prints figures; asserts nothing.

Run: python bench/bench_gost.py [--n 2000]"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.model import Reference  # noqa: E402
from core.styles.base import CiteItem, ListOptions, get_style  # noqa: E402
from core.styles.gost_notes import footnotes  # noqa: E402
from core.styles.references_list import references_list  # noqa: E402
from core.translit import transliterate  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "gost" / "sources_40.json"


def records(n: int) -> list[Reference]:
    items = json.loads(FIXTURE.read_text("utf-8"))
    out = []
    for i in range(n):
        item = dict(items[i % len(items)])
        item["id"] = f"{item['id']}-{i}"
        out.append(Reference.from_csl(item))
    return out


def timed(label: str, n: int, fn: object) -> None:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    print(f"{label:<48} {n:>6} records  {elapsed * 1000:9.1f} ms  "
          f"{n / elapsed:9.0f} records/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    n = parser.parse_args().n
    refs = records(n)
    get_style("gost-7.1").bibliography(refs[:40])  # warm up (imports, petrovich rules)
    for style in ("gost-7.1", "gost-r-7.0.100"):
        timed(f"{style} sectioned sorted list", n, lambda s=style: get_style(s).bibliography(
            refs, ListOptions(settings={"sections": True})))
    cites = [CiteItem(r, "45") for r in refs[:40]] * (n // 40)
    timed("gost-r-7.0.5 footnotes (full / Там же / short)", len(cites),
          lambda: footnotes(cites))
    timed("References list (APA, bsi + kazakh-latin-2021)", n,
          lambda: references_list(refs, "bsi", kk_scheme="kazakh-latin-2021"))
    text = "Қазақстанға заңсыз көшіп келу мәселелері. Миграционное право Республики Казахстан. "
    big = text * 1000
    start = time.perf_counter()
    for scheme in ("bgn-pcgn", "bsi", "gost-7.79-b", "lc", "kazakh-latin-2021"):
        transliterate(big, scheme)
    elapsed = time.perf_counter() - start
    print(f"{'transliterate, 5 schemes':<48} {len(big) * 5:>6} chars  {elapsed * 1000:9.1f} ms  "
          f"{len(big) * 5 / elapsed / 1e6:9.2f} M chars/s")


if __name__ == "__main__":
    main()
