#!/usr/bin/env python3
# SPDX-FileCopyrightText: Văn Thư developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill unfinished entries of a Qt Linguist catalog from tab-separated translations.

    scripts/ts-apply.py CATALOG.ts [TSV...] [--source-as-translation] [--check]

Each TSV line is `context<TAB>source<TAB>translation` (a literal \\n in a field stands for a line break).
Entries are matched on context (qualified or the class name alone) and source text; only entries that lupdate marked unfinished are changed,
so translations reviewed in Qt Linguist are never overwritten. --source-as-translation fills every
unfinished entry with its source text (the English catalog, whose source language is English).
--check lists the unfinished entries left and exits 1 when there are any. Run the vt_gui_lupdate target
first so that the catalog holds every string of the sources.
"""
import sys
import xml.etree.ElementTree as ET


def read_tsv(paths):
    table = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    sys.exit(f'{path}:{number}: expected context<TAB>source<TAB>translation')
                context, source, translation = (p.replace('\\n', '\n') for p in parts)
                table[(context, source)] = translation
    return table


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    if not args:
        sys.exit(__doc__)
    catalog, tsvs = args[0], args[1:]
    table = read_tsv(tsvs)
    tree = ET.parse(catalog)
    filled, left = 0, []
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source')
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            # tr() in a namespaced class gives a qualified context (vt::gui::SearchBar); the table may use either.
            text = table.get((name, source), table.get((name.rsplit('::', 1)[-1], source)))
            if text is None and '--source-as-translation' in argv:
                text = source
            if text is None:
                left.append(f'{name}: {source}')
                continue
            if message.get('numerus') == 'yes':
                # Vietnamese has one plural form; English two (the same text serves both here).
                forms = translation.findall('numerusform') or [ET.SubElement(translation, 'numerusform')]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            del translation.attrib['type']
            filled += 1
    if '--check' not in argv:
        with open(catalog, 'wb') as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding='utf-8', xml_declaration=False)
            f.write(b'\n')
    print(f'{catalog}: {filled} filled, {len(left)} unfinished', file=sys.stderr)
    for entry in left:
        print('  ' + entry.replace('\n', '\\n'), file=sys.stderr)
    return 1 if left and '--check' in argv else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
