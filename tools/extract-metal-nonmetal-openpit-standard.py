#!/usr/bin/env python3
"""Extracts part 二 (open-pit mines) of the metal/non-metal mine major-hazard standard (矿安〔2022〕88号) from the
domain pack's markdown into the catalogue's data file. Only this part is confirmed in the pack; the underground and
tailings parts are not loaded (the version says so). Items the pack marks "from memory" are flagged unconfirmed.
   python3 tools/extract-metal-nonmetal-openpit-standard.py ../shared/domain/other-major-hazard-standards.md \
       > src/main/resources/standards/metal-nonmetal-mine-major-hazards-2022.json
Numbering: 2 = part 二; 2.7 = its item (七); 2.7.1 = that item's sub-item 1."""
import json, re, sys

clauses = [{"number": "2", "parent": None, "kind": "ASPECT", "text": "二、金属非金属露天矿山重大事故隐患",
            "gloss": "Part 2: major accident hazards of metal and non-metal open-pit mines", "unconfirmed": False}]
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\| OP-(\d+)(?:\.(\d+))? \| (.+?) \| (.+?) \| (.+?) \|", line)
    if not m:
        continue
    item, sub, text, gloss, verified = m.groups()
    number = "2.%d" % int(item) + ("" if sub is None else ".%d" % int(sub))
    clauses.append({"number": number, "parent": "2" if sub is None else "2.%d" % int(item), "kind": "ITEM",
                    "text": text.strip(), "gloss": gloss.strip(), "unconfirmed": verified.strip() != "yes"})

standard = {
    "code": "METAL_NONMETAL_MINE_MAJOR",
    "title": "金属非金属矿山重大事故隐患判定标准",
    "titleEn": "Metal and non-metal mine major accident hazard determination standard",
    "issuer": "国家矿山安全监察局",
    "documentNumber": "矿安〔2022〕88号",
    "versionKey": "KA-88-2022",
    "effectiveFrom": "2022-09-01",
    "effectiveTo": None,
    "sectors": ["NON_COAL_MINE"],
    "source": "矿安〔2022〕88号 (dated 2022-07-08, in force 2022-09-01; repeals 安监总管一〔2017〕98号); domain pack "
              "other-major-hazard-standards.md §3.1",
    "warning": "Only part 二 (open-pit mines, 13 items) is loaded: the underground and tailings-pond parts are not "
               "confirmed in the source pack. Items marked unconfirmed are from memory of the official text. A 2024 "
               "supplement (矿安〔2024〕41号, 8 items) is reported but its text was not found.",
    "clauses": clauses,
}
json.dump(standard, sys.stdout, ensure_ascii=False, indent=1)
print()
