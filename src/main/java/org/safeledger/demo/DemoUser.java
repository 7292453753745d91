package org.safeledger.demo;

/** A demo account as the login page lists it; its description is a message key. */
public record DemoUser(String username, String descriptionKey) {}
