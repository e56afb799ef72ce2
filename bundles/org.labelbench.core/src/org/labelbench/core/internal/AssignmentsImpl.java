package org.labelbench.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.labelbench.core.Assignments;
import org.labelbench.core.Permission;
import org.labelbench.model.Role;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ProjectRef;
import org.labelbench.store.Store;

final class AssignmentsImpl implements Assignments {

	private final Store store;
	private final AccessImpl access;

	AssignmentsImpl(Store store, AccessImpl access) {
		this.store = store;
		this.access = access;
	}

	@Override
	public long assign(String project, List<String> items, String labeler) {
		ProjectRef ref = managed(project, labeler);
		return store.items().assign(ref.id(), ids(ref, items), labeler);
	}

	@Override
	public long assignNext(String project, String labeler, long count) {
		if (count < 1) {
			throw new InvalidInputException("assign at least one item, not " + count);
		}
		return store.items().assignQueued(managed(project, labeler).id(), labeler, count);
	}

	@Override
	public long assignShare(String project, String labeler, double share) {
		if (!(share > 0 && share <= 1)) {
			throw new InvalidInputException("a share is more than 0% and at most 100%, not " + share * 100 + "%");
		}
		ProjectRef ref = managed(project, labeler);
		long count = Math.round(store.items().unassignedQueued(ref.id()) * share);
		return count == 0 ? 0 : store.items().assignQueued(ref.id(), labeler, count);
	}

	@Override
	public long unassign(String project, List<String> items) {
		access.require(Permission.MANAGE, project, "assign items of");
		ProjectRef ref = access.ref(project);
		return store.items().assign(ref.id(), ids(ref, items), null);
	}

	@Override
	public Map<String, Long> queued(String project) {
		access.require(Permission.MANAGE, project, "see the assignments of");
		long id = access.ref(project).id();
		Map<String, Long> queued = new TreeMap<>(store.items().assignedCounts(id));
		queued.put("", store.items().unassignedQueued(id));
		return queued;
	}

	/** The project, which the user manages and in which the labeler may label. */
	private ProjectRef managed(String project, String labeler) {
		access.require(Permission.MANAGE, project, "assign items of");
		ProjectRef ref = access.ref(project);
		var role = store.members().role(ref.id(), labeler);
		if (!store.members().isAdmin(labeler) && role.filter(r -> r == Role.LABELER || r == Role.ADMIN).isEmpty()) {
			throw new InvalidInputException("user '" + labeler + "' cannot be assigned items of project '" + project
					+ "': " + (role.isEmpty() ? "not a member of it" : "a " + role.get().getName().toLowerCase(java.util.Locale.ROOT) + " does not label")
					+ "; add them with: member add " + project + " " + labeler + " --role labeler");
		}
		return ref;
	}

	private List<Long> ids(ProjectRef ref, List<String> items) {
		List<Long> ids = new ArrayList<>();
		for (String item : items) {
			ids.add(store.items().findByLocation(ref.id(), item).orElseThrow(() -> new InvalidInputException(
					"project '" + ref.name() + "' has no item '" + item + "'")).id());
		}
		return ids;
	}
}
