#!/usr/bin/env python3
"""Extracts the 2017 hazardous-chemicals major-hazard standard (安监总管三〔2017〕121号, items HC-01..HC-20) from the
domain pack's markdown into the catalogue's data file.
   python3 tools/extract-hazchem-standard.py ../shared/domain/other-major-hazard-standards.md \
       > src/main/resources/standards/hazardous-chemicals-major-hazards-2017.json
Items are numbered 1-20 as the notice's （一）-（二十）."""
import json, re, sys

clauses = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\| HC-(\d+) \| (.+?) \| (.+?) \|", line)
    if m:
        clauses.append({"number": str(int(m.group(1))), "parent": None, "kind": "ITEM",
                        "text": m.group(2).strip(), "gloss": m.group(3).strip(), "unconfirmed": False})

standard = {
    "code": "HAZARDOUS_CHEMICALS_MAJOR",
    "title": "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）",
    "titleEn": "Determination standard for major production-safety accident hazards of chemical and hazardous-chemical units (trial)",
    "issuer": "原国家安全生产监督管理总局",
    "documentNumber": "安监总管三〔2017〕121号",
    "versionKey": "SAWS-121-2017",
    "effectiveFrom": "2017-11-01",
    "effectiveTo": None,
    "sectors": ["HAZARDOUS_CHEMICALS"],
    "source": "安监总管三〔2017〕121号; all 20 items confirmed in the domain pack other-major-hazard-standards.md",
    "warning": "In force on issue in November 2017; the exact day is not verified, so the catalogue starts it on 2017-11-01.",
    "clauses": clauses,
}
json.dump(standard, sys.stdout, ensure_ascii=False, indent=1)
print()
