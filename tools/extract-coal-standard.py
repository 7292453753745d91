#!/usr/bin/env python3
"""Extracts the 2020 coal-mine major-hazard standard from the domain pack's markdown into the catalogue's data file.
   python3 tools/extract-coal-standard.py ../shared/domain/coal-mine-major-hazards-2020.md \
       > src/main/resources/standards/coal-mine-major-hazards-2020.json
Aspects (art. 3) are 3.1-3.15; the sub-items N.M of arts. 4-18 belong to aspect 3.(N-3). Items the pack marks as
unconfirmed are flagged."""
import json, re, sys

UNCONFIRMED = {"18.11"}
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\| (\d+\.\d+) \| (.+?) \| (.+?) \|", line)
    if m:
        rows.append((m.group(1), m.group(2).strip(), m.group(3).strip()))

clauses = []
for number, text, gloss in rows:
    article, item = (int(x) for x in number.split("."))
    gloss = re.sub(r"\s*—\s*\*\*text from memory, see Unconfirmed\*\*", "", gloss).replace("**", "")
    clauses.append({
        "number": number,
        "parent": None if article == 3 else "3.%d" % (article - 3),
        "kind": "ASPECT" if article == 3 else "ITEM",
        "text": text,
        "gloss": gloss,
        "unconfirmed": number in UNCONFIRMED,
    })

standard = {
    "code": "COAL_MINE_MAJOR",
    "title": "煤矿重大事故隐患判定标准",
    "titleEn": "Coal-mine major accident hazard determination standard",
    "issuer": "应急管理部",
    "documentNumber": "应急管理部令第4号",
    "versionKey": "MEM-4-2020",
    "effectiveFrom": "2021-01-01",
    "effectiveTo": None,
    "sectors": ["COAL_MINE"],
    "source": "国务院公报 2021年第2号 (www.gov.cn/gongbao/content/2021/content_5581074.htm); items 4.1-18.10 checked "
              "against a second source; domain pack coal-mine-major-hazards-2020.md",
    "warning": "A 2026 revision (应急管理部令第21号, reported in force from 2026-07-01) exists; its text is not loaded yet. "
               "Item 18.11 is from memory of the official text and unconfirmed.",
    "clauses": clauses,
}
json.dump(standard, sys.stdout, ensure_ascii=False, indent=1)
print()
