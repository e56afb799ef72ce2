package org.labelbench.ui.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.labelbench.core.Access;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.model.Role;
import org.labelbench.store.InvalidInputException;

/**
 * What the workbench's user may do, as {@link Access} says: whether they administer the workspace, and for each
 * project they see their role and the permissions it gives. The {@link ProjectMonitor} reads it off the UI thread
 * with the projects ({@link UiContext#RIGHTS}), so that handlers' enablement and the views ask it without waiting on
 * the database. The role table itself lives in core only.
 *
 * @param permissions by project name; a project not listed allows nothing
 * @param roles the user's role by project name; absent where the user administers the workspace without a role
 */
public record UserRights(String user, boolean admin, Map<String, Set<Permission>> permissions,
		Map<String, Role> roles) {

	public UserRights {
		permissions = Map.copyOf(permissions);
		roles = Map.copyOf(roles);
	}

	/** @return whether the user may do this in the project; false for none */
	public boolean allows(Permission permission, String project) {
		return project != null && permissions.getOrDefault(project, Set.of()).contains(permission);
	}

	/** @return whether the user may do this in at least one project */
	public boolean anywhere(Permission permission) {
		return permissions.values().stream().anyMatch(p -> p.contains(permission));
	}

	public Optional<Role> role(String project) {
		return Optional.ofNullable(project == null ? null : roles.get(project));
	}

	/** @return the user's role in a project as the workbench names it (labeler, reviewer, admin), or "" for none */
	public String roleName(String project) {
		return role(project).map(r -> r.getName().toLowerCase(java.util.Locale.ROOT)).orElse(""); //$NON-NLS-1$
	}

	/** @return whether the Project Administration perspective has something for the user: a dashboard or settings */
	public boolean administers() {
		return admin || anywhere(Permission.REVIEW) || anywhere(Permission.MANAGE);
	}

	/** @return what {@code rights} allows, false while the rights are not read yet */
	public static boolean allows(UserRights rights, Permission permission, String project) {
		return rights != null && rights.allows(permission, project);
	}

	/** Reads the user's rights in these projects; off the UI thread (it may read the database). */
	static UserRights read(Access access, List<ProjectStatus> projects) {
		Map<String, Set<Permission>> permissions = new HashMap<>();
		Map<String, Role> roles = new HashMap<>();
		for (ProjectStatus project : projects) {
			Set<Permission> allowed = EnumSet.noneOf(Permission.class);
			try {
				for (Permission permission : Permission.values()) {
					if (access.allows(permission, project.name())) {
						allowed.add(permission);
					}
				}
				access.role(project.name()).ifPresent(role -> roles.put(project.name(), role));
			} catch (InvalidInputException e) {
				continue; // deleted since it was listed: it allows nothing, and the next reading drops it
			}
			permissions.put(project.name(), allowed);
		}
		return new UserRights(access.user(), access.isAdmin(), permissions, roles);
	}
}
