package org.labelbench.core.internal;

import java.util.List;

import org.labelbench.core.Members;
import org.labelbench.core.Permission;
import org.labelbench.model.Role;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.Member;
import org.labelbench.store.Store;

final class MembersImpl implements Members {

	private final Store store;
	private final AccessImpl access;

	MembersImpl(Store store, AccessImpl access) {
		this.store = store;
		this.access = access;
	}

	@Override
	public void add(String project, String user, Role role) {
		access.require(Permission.MANAGE, project, "add members to");
		store.members().put(access.ref(project).id(), checkName(user), role);
		access.forget();
	}

	@Override
	public boolean remove(String project, String user) {
		access.require(Permission.MANAGE, project, "remove members from");
		boolean removed = store.members().remove(access.ref(project).id(), user);
		access.forget();
		return removed;
	}

	@Override
	public List<Member> list(String project) {
		access.require(Permission.MANAGE, project, "list the members of");
		return store.members().list(access.ref(project).id());
	}

	@Override
	public void addAdmin(String user) {
		access.requireAdmin("make administrators");
		store.members().addAdmin(checkName(user));
		access.forget();
	}

	@Override
	public void setPassword(String user, char[] password) {
		access.requireAdmin("set the password of user '" + user + "'");
		if (password == null || password.length < 8) {
			throw new InvalidInputException("the password of user '" + user + "' must have at least 8 characters");
		}
		store.members().setPassword(checkName(user), password);
	}

	/** Member names are Derby user names, which are SQL identifiers: a letter, then letters, digits or '_'. */
	static String checkName(String user) {
		if (user == null || !user.matches(org.labelbench.store.TeamServer.USER_NAME)) {
			throw new InvalidInputException("user name '" + user + "' is not valid: a letter, then letters, digits or"
					+ " '_' (at most 128)");
		}
		return user;
	}
}
