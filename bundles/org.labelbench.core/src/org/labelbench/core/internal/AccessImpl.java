package org.labelbench.core.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.labelbench.core.Access;
import org.labelbench.core.Permission;
import org.labelbench.model.Role;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.PermissionDeniedException;
import org.labelbench.store.ProjectRef;
import org.labelbench.store.Store;

/**
 * Checks what the workspace's user may do, from the stored administrators and project members. What it reads is
 * kept for a few seconds, so that labeling does not ask the database (or the team server) on every call: a change of
 * role made elsewhere applies within {@link #REMEMBERED}.
 */
final class AccessImpl implements Access {

	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private final Store store;
	private final Map<Long, Remembered<Optional<Role>>> roles = new ConcurrentHashMap<>();
	private volatile Remembered<Boolean> admin;

	/** A value read at a time. */
	private record Remembered<T>(T value, long readAt) {
		boolean fresh() {
			return System.nanoTime() - readAt < REMEMBERED.toNanos();
		}
	}

	AccessImpl(Store store) {
		this.store = store;
	}

	@Override
	public String user() {
		return store.user();
	}

	@Override
	public boolean isAdmin() {
		Remembered<Boolean> known = admin;
		if (known == null || !known.fresh()) {
			known = new Remembered<>(store.members().isAdmin(user()), System.nanoTime());
			admin = known;
		}
		return known.value();
	}

	private Optional<Role> role(long projectId) {
		Remembered<Optional<Role>> known = roles.get(projectId);
		if (known == null || !known.fresh()) {
			known = new Remembered<>(store.members().role(projectId, user()), System.nanoTime());
			roles.put(projectId, known);
		}
		return known.value();
	}

	/** Forgets what was read, after this user changed roles. */
	void forget() {
		admin = null;
		roles.clear();
	}

	@Override
	public Optional<Role> role(String project) {
		return role(ref(project).id());
	}

	@Override
	public boolean allows(Permission permission, String project) {
		return allows(permission, ref(project).id());
	}

	boolean allows(Permission permission, long projectId) {
		if (isAdmin()) {
			return true;
		}
		Optional<Role> role = role(projectId);
		return role.isPresent() && allows(permission, role.get());
	}

	private static boolean allows(Permission permission, Role role) {
		return role == Role.ADMIN || switch (permission) {
			case VIEW -> true;
			case LABEL -> role == Role.LABELER;
			case REVIEW -> role == Role.REVIEWER;
			case MANAGE -> false;
		};
	}

	@Override
	public void require(Permission permission, String project, String action) {
		require(permission, ref(project), action);
	}

	void require(Permission permission, ProjectRef project, String action) {
		if (!allows(permission, project.id())) {
			Optional<Role> role = role(project.id());
			throw new PermissionDeniedException("user '" + user() + "' may not " + action + " project '"
					+ project.name() + "': " + role.map(AccessImpl::mayOnly).orElse("not a member of it"));
		}
	}

	private static String mayOnly(Role role) {
		return switch (role) {
			case LABELER -> "a labeler labels only";
			case REVIEWER -> "a reviewer reviews and rejects only";
			case ADMIN -> "";
		};
	}

	@Override
	public void requireAdmin(String action) {
		if (!isAdmin()) {
			throw new PermissionDeniedException("user '" + user() + "' may not " + action
					+ ": only administrators of the workspace may");
		}
	}

	/** A non-administrator acts under their own name only: labels and rejections record who did them. */
	void requireSelf(String actor, String project) {
		if (!user().equals(actor) && !isAdmin()) {
			throw new PermissionDeniedException("user '" + user() + "' may not act as '" + actor + "' in project '"
					+ project + "'");
		}
	}

	ProjectRef ref(String project) {
		return store.projects().findRef(project)
				.orElseThrow(() -> new InvalidInputException("project '" + project + "' does not exist"));
	}
}
