package org.labelbench.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.labelbench.core.Datastore;
import org.labelbench.core.Datastore.Page;
import org.labelbench.core.Datastore.Root;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Asks every installed datastore, as they come and go, for its roots and folders. */
@Component(service = DatastoreBrowser.class)
public final class DatastoreBrowserImpl implements DatastoreBrowser {

	private final List<Datastore> datastores = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addDatastore(Datastore datastore) {
		datastores.add(datastore);
	}

	void removeDatastore(Datastore datastore) {
		datastores.remove(datastore);
	}

	@Override
	public List<Root> roots() {
		List<Root> roots = new ArrayList<>();
		for (Datastore datastore : datastores) {
			roots.addAll(datastore.roots());
		}
		roots.sort(Comparator.comparing((Root r) -> !r.location().startsWith("file:")).thenComparing(Root::name));
		return roots;
	}

	@Override
	public Root root(String name) {
		return roots().stream().filter(r -> r.name().equals(name)).findFirst()
				.orElseThrow(() -> new InvalidInputException("datastore '" + name + "' is not registered (known: "
						+ String.join(", ", roots().stream().map(Root::name).toList()) + ")"));
	}

	@Override
	public String folder(Root root, String path) {
		StringBuilder folder = new StringBuilder(root.location());
		for (String segment : path.split("/")) {
			if (segment.equals(".") || segment.equals("..")) {
				throw new InvalidInputException("path '" + path + "' has a '" + segment + "' segment");
			}
			if (!segment.isEmpty()) {
				folder.append(segment).append('/');
			}
		}
		return folder.toString();
	}

	@Override
	public Page browse(String folder, String continuation, int max) throws IOException {
		for (Datastore datastore : datastores) {
			if (datastore.browses(folder)) {
				return datastore.browse(folder, continuation, max);
			}
		}
		throw new InvalidInputException("no installed datastore browses '" + folder + "'");
	}
}
