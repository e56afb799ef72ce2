package org.labelbench.core;

import java.util.Optional;

import org.labelbench.model.Role;

/**
 * Who is using a workspace and what they may do. Every service of the workspace checks it; plugins that reach the
 * store directly check it themselves.
 */
public interface Access {

	/** @return the user: the operating-system user of an embedded workspace, or the user a team server authenticated */
	String user();

	/** @return whether the user administers the whole workspace */
	boolean isAdmin();

	/** @return the user's role in a project, if they are a member */
	Optional<Role> role(String project);

	/** @return whether the user may do this in a project */
	boolean allows(Permission permission, String project);

	/**
	 * @param action what the user asked for, for the message, e.g. {@code export}
	 * @throws org.labelbench.store.PermissionDeniedException naming the user, the action and the project when the user
	 *         may not
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	void require(Permission permission, String project, String action);

	/**
	 * @throws org.labelbench.store.PermissionDeniedException when the user does not administer the workspace
	 */
	void requireAdmin(String action);
}
