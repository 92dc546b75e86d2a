"""Write the interaction models of the English locales that speak like another one.

Alexa needs a model per locale, and a skill published only in en-US and en-GB is not offered in
Canada, Australia or India. Those listeners phrase their asks like Americans (en-CA) or the
British (en-AU, en-IN), so their models are copies, kept in step by this script rather than by
hand; what the skill says back, and the crisis line it gives, are per locale in
``skill/strings.py``. Rerun after editing ``en-US.json`` or ``en-GB.json``:

    .venv/bin/python scripts/derive_locale_models.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parents[1] / "interaction_models"
#: locale -> the locale whose model it copies
DERIVED = {"en-CA": "en-US", "en-AU": "en-GB", "en-IN": "en-GB"}


def model_text(locale: str, models_dir: Path = MODELS_DIR) -> str:
    """The model file's text for a derived locale, exactly as it is written."""
    source = json.loads((models_dir / f"{DERIVED[locale]}.json").read_text(encoding="utf-8"))
    return json.dumps(source, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    stale = []
    for locale in DERIVED:
        path = MODELS_DIR / f"{locale}.json"
        text = model_text(locale)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(locale)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: from {DERIVED[locale]}", file=sys.stderr)
    if stale:
        print(f"out of date: {', '.join(stale)}; run scripts/derive_locale_models.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
