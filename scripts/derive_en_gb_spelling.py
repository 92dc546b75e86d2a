"""Derive skill/data/en_gb_spelling.tsv (American -> British spelling) from breame.

breame ships only as a source distribution, which the Lambda package build (binary wheels only)
cannot install, so the small table is derived here and committed. Rerun after upgrading breame:

    .venv/bin/python scripts/derive_en_gb_spelling.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS

OUT = Path(__file__).resolve().parents[1] / "skill" / "data" / "en_gb_spelling.tsv"

# American spellings whose British form depends on the sense, where breame picks the wrong one for
# everyday text: British English keeps "practice" (noun), "licensed", "tire" (to get weary), a
# computer "program" and "disk", a parking "meter", a "draft" of a letter.
SENSE_DEPENDENT = frozenset(
    """practice practices license licensed licenses licensing tire tires program programs meter meters
    draft drafts drafted drafting disk disks""".split()
)


def table() -> dict[str, str]:
    return {
        us: gb
        for us, gb in sorted(AMERICAN_ENGLISH_SPELLINGS.items())
        if us not in SENSE_DEPENDENT and us.isalpha() and gb.isalpha() and us != gb
    }


def main() -> int:
    rows = table()
    header = "# American\tBritish spelling; derived by scripts/derive_en_gb_spelling.py from breame (Apache-2.0)\n"
    OUT.write_text(header + "".join(f"{us}\t{gb}\n" for us, gb in rows.items()), encoding="utf-8")
    print(f"{OUT}: {len(rows)} spellings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
