package org.safeledger.enforcement;

/**
 * The enforcement documents of api.md, with the abbreviation their numbers carry (阿左应急<b>责改</b>〔2026〕12号)
 * and whether a review opinion (整改复查意见书) may review them.
 */
public enum DocumentType {
    /** 现场检查记录. */
    INSPECTION_RECORD("检记", false),
    /** 责令限期整改指令书 (Work Safety Law art. 65(二)(三)). */
    RECTIFICATION_ORDER("责改", true),
    /** 整改复查意见书: only after an order or decision it reviews. */
    REVIEW_OPINION("复查", false),
    /** 现场处理措施决定书. */
    ON_SITE_MEASURES("现决", true),
    /** 行政处罚决定书. */
    PENALTY_DECISION("罚", true);

    private final String abbreviation;
    private final boolean reviewable;

    DocumentType(String abbreviation, boolean reviewable) {
        this.abbreviation = abbreviation;
        this.reviewable = reviewable;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public boolean reviewable() {
        return reviewable;
    }

    /** Whether the document orders the rectification of its hazards (the repeat rule remembers those). */
    public boolean orders() {
        return this == RECTIFICATION_ORDER || this == ON_SITE_MEASURES || this == PENALTY_DECISION;
    }

    /**
     * Whether the document decides something the party may challenge, so it tells them how (行政复议、行政诉讼): an
     * order, on-site measures, a penalty; a record of an inspection or a review's opinion decides nothing new.
     */
    public boolean remedies() {
        return orders();
    }

    public String messageKey() {
        return "documentType." + name();
    }
}
