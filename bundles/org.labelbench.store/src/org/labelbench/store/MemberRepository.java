package org.labelbench.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.labelbench.model.Role;

/**
 * Who may do what: the workspace's administrators and each project's members with their roles. The first user of a
 * fresh workspace becomes its administrator.
 */
public interface MemberRepository {

	/** Makes {@code user} the workspace's administrator when it has none yet (a fresh workspace). */
	void adoptFirstAdmin(String user);

	/** @return whether the user administers the whole workspace */
	boolean isAdmin(String user);

	/** Makes a user an administrator of the whole workspace. */
	void addAdmin(String user);

	/** @return the user's role in a project, if they are a member */
	Optional<Role> role(long projectId, String user);

	/** @return the ids of the projects the user is a member of */
	Set<Long> projectsOf(String user);

	/** Adds a member or changes their role. */
	void put(long projectId, String user, Role role);

	/** @return whether the user was a member */
	boolean remove(long projectId, String user);

	/** @return the members of a project, by name */
	List<Member> list(long projectId);

	/**
	 * Sets the password with which a user signs in to a team server (a Derby user; Derby keeps it hashed). A new name
	 * makes a new server user.
	 */
	void setPassword(String user, char[] password);
}
