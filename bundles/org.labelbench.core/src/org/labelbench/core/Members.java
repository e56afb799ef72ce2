package org.labelbench.core;

import java.util.List;

import org.labelbench.model.Role;
import org.labelbench.store.Member;

/** The members of projects with their roles, and the users of a team server. Administrators only. */
public interface Members {

	/** Adds a member to a project, or changes their role. */
	void add(String project, String user, Role role);

	/** @return whether the user was a member */
	boolean remove(String project, String user);

	/** @return the members of a project, by name */
	List<Member> list(String project);

	/** Makes a user an administrator of the whole workspace. */
	void addAdmin(String user);

	/** Creates a team server's user or changes their password (kept hashed by Derby). */
	void setPassword(String user, char[] password);
}
