package org.labelbench.store;

import org.labelbench.model.Role;

/** A user's role in a project. */
public record Member(String user, Role role) {
}
