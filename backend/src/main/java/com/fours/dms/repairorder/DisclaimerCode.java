package com.fours.dms.repairorder;

/** Disclaimers printed on the repair order; computed from the lines, never typed. */
public enum DisclaimerCode {
    /** R-CHK-5: customer-supplied part, or aftermarket part on a critical system. */
    NO_QUALITY_WARRANTY("不提供质量担保：客户自备配件或关键系统使用非原厂配件"),
    /** R-CHK-4: item pricing; the customer was told. */
    QUALITY_NOT_GUARANTEED("按项目计价：不保证维修质量，已告知客户"),
    /** R-CHK-6: some costs are only known after disassembly. */
    COST_AFTER_DISASSEMBLY("部分费用需拆检后确定");

    private final String text;

    DisclaimerCode(String text) {
        this.text = text;
    }

    /** The zh-CN text printed on the repair order. */
    public String text() {
        return text;
    }
}
