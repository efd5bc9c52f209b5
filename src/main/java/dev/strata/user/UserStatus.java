package dev.strata.user;

import jakarta.persistence.EnumeratedValue;

/** Whether a user may sign in; the PostgreSQL enum type {@code user_status}. */
public enum UserStatus {
    ACTIVE("active"),
    DISABLED("disabled");

    /** The label in the database. */
    @EnumeratedValue
    private final String label;

    UserStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
