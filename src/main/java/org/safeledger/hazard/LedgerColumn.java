package org.safeledger.hazard;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the hazard ledger as a regulator keeps it in a spreadsheet (序号, 企业名称, 隐患名称, 隐患等级, 发现时间,
 * 整改责任人, 整改期限, 整改状态, 销号时间, ...). Headers are {@code ledgerColumn.<NAME>} in the bundles. An import
 * reads the importable columns by their header in either language (or by this name) and ignores the others, so an
 * exported ledger can be imported again.
 */
public enum LedgerColumn {
    SEQ(false, false),
    ID(false, false),
    ENTERPRISE(true, false),
    CREDIT_CODE(true, false),
    REGION(false, false),
    TITLE(true, true),
    DESCRIPTION(true, true),
    LOCATION(true, true),
    SECTOR(true, true),
    SOURCE(true, true),
    GRADE(false, false),
    DISCOVERED_AT(true, true),
    DISCOVERED_BY(true, false),
    PLAN(true, false),
    RESPONSIBLE(true, false),
    DEADLINE(true, false),
    STATUS(false, false),
    OVERDUE(false, false),
    LISTED(false, false),
    EVIDENCE(false, false),
    OPINION(false, false),
    CLOSED_AT(false, false);

    private final boolean importable;
    private final boolean required;

    LedgerColumn(boolean importable, boolean required) {
        this.importable = importable;
        this.required = required;
    }

    public boolean importable() {
        return importable;
    }

    /** Required in every imported row (the enterprise is too: by credit code or by name). */
    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "ledgerColumn." + name();
    }

    /** The import template's columns, in order. */
    public static List<LedgerColumn> template() {
        return Arrays.stream(values()).filter(LedgerColumn::importable).toList();
    }
}
