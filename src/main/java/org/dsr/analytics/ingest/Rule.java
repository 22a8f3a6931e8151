package org.dsr.analytics.ingest;

import org.dsr.analytics.config.Severity;

/**
 * A named data rule.
 *
 * @param name snake_case name, written to rejects and reconciliation and used in job configs
 * @param severity what breaking it does by default; job configs may change it
 * @param description what the rule checks
 */
public record Rule(String name, Severity severity, String description) {}
