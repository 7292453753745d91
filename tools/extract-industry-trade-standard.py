#!/usr/bin/env python3
"""Extracts what the domain pack confirms of the 2023 industry-and-trade major-hazard standard (应急管理部令第10号):
article 3 (管理类, 3 items) and the first four items of article 4 (冶金). The remaining 57 of its 64 items were not
retrieved (the version's warning says so); item 4.4 is truncated in the source and flagged unconfirmed.
   python3 tools/extract-industry-trade-standard.py ../shared/domain/other-major-hazard-standards.md \
       > src/main/resources/standards/industry-trade-major-hazards-2023.json
Numbering: 3 and 4 are the articles (aspects); 3.1 = art. 3 item (一)."""
import json, re, sys

ASPECTS = {
    "3": ("第三条 工贸企业有下列情形之一的，应当判定为重大事故隐患：", "Art. 3: all industry and trade enterprises (management)"),
    "4": ("第四条 冶金企业有下列情形之一的，应当判定为重大事故隐患：", "Art. 4: metallurgy enterprises"),
}
TRUNCATED = {"4.4"}
clauses = [{"number": n, "parent": None, "kind": "ASPECT", "text": t, "gloss": g, "unconfirmed": False}
           for n, (t, g) in ASPECTS.items()]
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\| GM-(\d+)\.(\d+) \| (.+?) \| (.+?) \|", line)
    if not m:
        continue
    article, item, text, gloss = m.groups()
    number = "%d.%d" % (int(article), int(item))
    clauses.append({"number": number, "parent": str(int(article)), "kind": "ITEM", "text": text.strip(),
                    "gloss": gloss.strip(), "unconfirmed": number in TRUNCATED})

clauses.sort(key=lambda c: [int(x) for x in c["number"].split(".")])

standard = {
    "code": "INDUSTRY_TRADE_MAJOR",
    "title": "工贸企业重大事故隐患判定标准",
    "titleEn": "Industry and trade enterprise major accident hazard determination standard",
    "issuer": "应急管理部",
    "documentNumber": "应急管理部令第10号",
    "versionKey": "MEM-10-2023",
    "effectiveFrom": "2023-05-15",
    "effectiveTo": None,
    "sectors": ["INDUSTRY_TRADE"],
    "source": "应急管理部令第10号 (promulgated 2023-04-14, in force 2023-05-15); arts. 3 and 4(1)-(4) as verified in "
              "the domain pack other-major-hazard-standards.md §2 (4(1)-(4) converted from a traditional-character reprint)",
    "warning": "Only 7 of the standard's 64 items are loaded: art. 3 (management, 3 items) and the first 4 items of "
               "art. 4 (metallurgy). The other metallurgy items, the 有色、建材、机械、轻工、纺织、烟草 articles and the "
               "dust-explosion, liquid-ammonia and confined-space articles were not retrieved: do not treat their "
               "absence here as 'not a major hazard'. Item 4.4 is truncated in the source.",
    "clauses": clauses,
}
json.dump(standard, sys.stdout, ensure_ascii=False, indent=1)
print()
