#!/usr/bin/env python3
"""Fills the translations in qml/i18n/gangwerk_<lang>.ts from the tables in tables/<lang>.py
(one dict per language, keyed by (context, English source); plural sources map to a list of
the language's forms, in Qt Linguist's order), and the English plural forms in gangwerk_en.ts.
Run after `cmake --build <build> --target gangwerk_qml_lupdate`. Prints what is still missing
and exits non-zero when Dutch misses anything (Dutch is the default language, it must be
complete). A translator adds a language as the README's "Translations" section says."""
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent


def table(language):
    if not (here / "tables" / f"{language}.py").exists():
        return {}
    spec = importlib.util.spec_from_file_location(language, here / "tables" / f"{language}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TABLE


def english_plural(source):
    """English singular and plural forms of a "(s)" source text."""
    singular = source.replace("day(s)", "day").replace("characters", "character") \
        .replace("minutes", "minute").replace("days ago", "day ago").replace("%n hours", "%n hour")
    plural = source.replace("day(s)", "days")
    # The sync status and pause texts.
    for word in ("change", "minute", "hour", "week"):
        singular = singular.replace(word + "(s)", word)
        plural = plural.replace(word + "(s)", word + "s")
    singular = singular.replace("changes waiting", "change waiting")
    return [singular, plural]


def fill(path, table, english=False):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            source = msg.find("source").text
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if english:
                value = english_plural(source) if numerus else None
            else:
                value = table.get((name, source))
            if value is None:
                if not english:
                    missing.append((name, source))
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if numerus:
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    el = ET.SubElement(tr, "numerusform")
                    el.text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


fill(here / "gangwerk_en.ts", {}, english=True)
dutch_missing = False
for path in sorted(here.glob("gangwerk_*.ts")):
    language = path.stem.split("_", 1)[1]
    if language == "en":
        continue
    for name, source in fill(path, table(language)):
        print(f"missing {language}: [{name}] {source}")
        dutch_missing = dutch_missing or language == "nl"
sys.exit(1 if dutch_missing else 0)
