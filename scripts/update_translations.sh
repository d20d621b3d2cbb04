#!/usr/bin/env bash
# Collect every tr()/translate() string of salesdesk/ui (and QT_TRANSLATE_NOOP of core/) into resources/translations/*.ts
# (add a language by adding its file name below), then compile the .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
langs=(fa)
files=$(find salesdesk -name '*.py' -not -path '*/migrations/*' | sort)
for lang in "${langs[@]}"; do
  .venv/bin/pyside6-lupdate $files -ts "resources/translations/salesdesk_${lang}.ts" -no-obsolete
  .venv/bin/pyside6-lrelease "resources/translations/salesdesk_${lang}.ts" \
    -qm "resources/translations/salesdesk_${lang}.qm"
done
# English needs a file only for plural forms ("%n account(s)" -> "1 account", "2 accounts").
.venv/bin/pyside6-lupdate $files -ts resources/translations/salesdesk_en.ts -pluralonly -no-obsolete
.venv/bin/pyside6-lrelease resources/translations/salesdesk_en.ts \
  -qm resources/translations/salesdesk_en.qm
