"""Fill the English plural forms of new %n strings in resources/translations/salesdesk_en.ts.

salesdesk_en holds only plural forms ("%n account(s)" -> "%n account" / "%n accounts").
Run after scripts/update_translations.sh; then run that script again to rebuild the .qm.
"(s)" becomes "" / "s"; "need(s)" becomes "needs" / "need"; anything else is copied.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "salesdesk_en.ts"
SPECIAL = {"need(s)": ("needs", "need")}


def forms(source: str) -> tuple[str, str]:
    one, many = source, source
    for word, (singular, plural) in SPECIAL.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return re.sub(r"\(s\)", "", one), re.sub(r"\(s\)", "s", many)


def main() -> None:
    tree = ET.parse(TS)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        if translation.get("type") != "unfinished" and all(n.text for n in numerus):
            continue
        one, many = forms(message.findtext("source"))
        for node, text in zip(numerus, (one, many), strict=False):
            node.text = text
        translation.attrib.pop("type", None)
        changed += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{changed} plural message(s) filled in {TS.name}")


if __name__ == "__main__":
    main()
