package org.safeledger.hazard;

/**
 * 一般事故隐患 or 重大事故隐患 (16号令 art. 3). Every hazard is {@code GENERAL} until the standards catalogue
 * arrives: a hazard citing a clause of a major-hazard determination standard will then be {@code MAJOR}.
 */
public enum HazardGrade {
    GENERAL,
    MAJOR
}
