#!/usr/bin/env bash
# Re-extract every UI text into resources/translations/helferapp_{de,en}.ts and report
# what is still untranslated in English. Run it after UI texts were added or changed:
#
#   bash packaging/update_translations.sh
#
# German is the source language (the texts in the code); helferapp_de.ts lists them for
# completeness, helferapp_en.ts carries the English translations. pyside6-lupdate keeps
# every existing translation and marks new or changed texts "unfinished"; translate them
# (Qt Linguist: .venv/bin/pyside6-linguist, or any editor) until this script reports 0.
# Texts passed through module wrappers (_tr) and the domain's labels are made visible to
# lupdate by packaging/translation_sources.py. Exit status 1 while entries are open.
set -euo pipefail
cd "$(dirname "$0")/.."
generated=build/i18n/dynamic_texts.py
.venv/bin/python packaging/translation_sources.py "$generated"
sources=$(find src/helferapp -name '*.py' | sort)
for lang in de en; do
    # shellcheck disable=SC2086
    .venv/bin/pyside6-lupdate -silent -locations none -no-obsolete -source-language de \
        -target-language "$lang" $sources "$generated" -ts "resources/translations/helferapp_$lang.ts"
done
bash packaging/build_translations.sh
.venv/bin/python packaging/check_translations.py resources/translations/helferapp_en.ts
