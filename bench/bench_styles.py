"""Style benchmark: the same varied items (every APA type; English, Russian, Kazakh) as one APA
reference list with Silteme's engine and with citeproc-py on ../shared/csl/apa.csl, in one run;
prints both times and the ratio. Then 10,000 references formatted and written to DOCX.

Run: python bench/bench_styles.py [--n 5000] [--docx-n 10000]
Targets (issue 4): at least 40x faster than citeproc-py; 10,000 references to DOCX under 10 s."""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from core.model import Reference  # noqa: E402
from core.styles.base import get_style  # noqa: E402
from core.styles.export import write_list  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpus", REPO / "tests" / "support" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)
APA_CSL = REPO / ".." / "shared" / "csl" / "apa.csl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--docx-n", type=int, default=10000)
    parser.add_argument("--skip-citeproc", action="store_true")
    args = parser.parse_args()

    items = corpus.make_items(args.n, seed=2026, varied=True)
    refs = [Reference.from_csl(i) for i in items]
    types = sorted({r.type for r in refs})
    langs = sorted({r.language or "?" for r in refs})
    print(f"{len(refs)} items, {len(types)} types ({', '.join(types)}), languages {langs}")

    apa = get_style("apa")
    t0 = time.perf_counter()
    ours = apa.bibliography(refs)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    apa.bibliography(refs)
    warm = time.perf_counter() - t0
    assert len(ours) == len(refs)
    print(f"silteme apa:        {cold:8.3f} s  (second run {warm:.3f} s), "
          f"{cold / len(refs) * 1e6:.0f} us per item")

    if not args.skip_citeproc:
        csl = get_style(str(APA_CSL))
        t0 = time.perf_counter()
        theirs = csl.bibliography(refs)
        slow = time.perf_counter() - t0
        assert len(theirs) == len(refs)
        print(f"citeproc-py apa.csl: {slow:8.3f} s")
        print(f"ratio: {slow / cold:.1f}x faster (target >= 40x)")

    docx_items = corpus.make_items(args.docx_n, seed=99, varied=True)
    docx_refs = [Reference.from_csl(i) for i in docx_items]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "refs.docx"
        t0 = time.perf_counter()
        entries = apa.bibliography(docx_refs)
        t1 = time.perf_counter()
        write_list(entries, out, hanging_indent=True, title="References")
        t2 = time.perf_counter()
        size = out.stat().st_size
    print(f"{len(docx_refs)} references to DOCX: {t2 - t0:.2f} s "
          f"(format {t1 - t0:.2f} s, write {t2 - t1:.2f} s, {size / 1e6:.1f} MB; target < 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
