/**
 * Risk grading (安全风险分级管控), the other half of dual prevention: risk points per enterprise, assessed by LEC, LS
 * or MES with factor tables and bands as versioned data, graded into the four nationally fixed levels and colours
 * (安委办〔2016〕11号: 重大/红, 较大/橙, 一般/黄, 低/蓝).
 */
@NullMarked
package org.safeledger.risk;

import org.jspecify.annotations.NullMarked;
