package org.labelbench.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.Datastore;
import org.labelbench.core.ExportContext;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.labelbench.core.Exports;
import org.labelbench.core.Permission;

import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.Dataset;
import org.labelbench.model.ItemState;
import org.labelbench.model.Project;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.LabeledItem;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.Store;

final class ExportsImpl implements Exports {

	private final Store store;
	private final ProjectsImpl projects;
	private final TaskTypeRegistry taskTypes;
	private final DataSources sources;
	private final ExportFormats formats;

	private final AccessImpl access;

	ExportsImpl(Store store, ProjectsImpl projects, TaskTypeRegistry taskTypes, DataSources sources,
			ExportFormats formats, AccessImpl access) {
		this.store = store;
		this.projects = projects;
		this.taskTypes = taskTypes;
		this.sources = sources;
		this.access = access;
		this.formats = formats;
	}

	@Override
	public List<Format> formats() {
		return formats.all();
	}

	@Override
	public ExportSummary export(ExportRequest request, IProgressMonitor monitor) {
		access.require(Permission.MANAGE, request.project(), "export");
		ProjectRecord record = projects.get(request.project());
		TaskType type = taskTypes.require(record.project().getTaskType());
		Format format = formats.require(request.format());
		String kind = type.dataKind().getName().toLowerCase(Locale.ROOT);
		if (!format.dataKinds().contains(kind)) {
			throw new InvalidInputException("format '" + format.id() + "' exports " + String.join(", ", format.dataKinds())
					+ " projects; project '" + request.project() + "' is a " + kind + " project");
		}
		if ((request.out() == null) == (request.destination() == null)) {
			throw new InvalidInputException("give where the export goes: a local path or a datastore, one of them");
		}
		Context context = new Context(record, type, request.allItems(), request.includePrelabels());
		if (request.destination() != null) {
			String address = toDatastore(request, format, context, monitor);
			return new ExportSummary(request.project(), format.id(), null, context.items, context.annotations,
					Map.copyOf(context.notExported), address);
		}
		Path out = request.out().toAbsolutePath().normalize();
		if (format.directory() ? Files.isRegularFile(out) : Files.isDirectory(out)) {
			throw new InvalidInputException("format '" + format.id() + "' writes a " + (format.directory() ? "directory"
					: "file") + "; " + out + " is a " + (format.directory() ? "file" : "directory"));
		}
		Path parent = out.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new InvalidInputException("the folder of " + out + " does not exist");
		}
		Path temp = null;
		try {
			temp = format.directory() ? Files.createTempDirectory(parent, "." + out.getFileName() + ".")
					: Files.createTempFile(parent, "." + out.getFileName() + ".", ".part");
			formats.create(format.id()).write(context, temp, monitor);
			moveIntoPlace(temp, out, format.directory());
			temp = null;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + out + ": " + SortedWalk.describe(e), e);
		} finally {
			if (temp != null) {
				deleteQuietly(temp);
			}
		}
		return new ExportSummary(request.project(), format.id(), out, context.items, context.annotations,
				Map.copyOf(context.notExported));
	}

	/**
	 * Writes the export into a local scratch folder, then hands it to the datastore, which stores it under the
	 * destination's path or {@code Labeling/export/FORMAT/PROJECT/TIME/}.
	 */
	private String toDatastore(ExportRequest request, Format format, Context context, IProgressMonitor monitor) {
		Datastore datastore = sources.writer(request.destination());
		String name = DatastorePaths.safeName(request.project())
				+ (format.directory() || format.extension() == null ? "" : "." + format.extension());
		String defaultPath = "Labeling/export/" + format.id() + "/" + DatastorePaths.safeName(request.project()) + "/"
				+ DatastorePaths.timestamp() + "/" + (format.directory() ? "" : name);
		Path scratch = null;
		try {
			scratch = Files.createTempDirectory("labelbench-export-");
			Path target = scratch.resolve(name);
			if (format.directory()) {
				Files.createDirectory(target);
			}
			formats.create(format.id()).write(context, target, monitor);
			return datastore.write(request.destination(), defaultPath, target, monitor);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the export to " + request.destination() + ": "
					+ SortedWalk.describe(e), e);
		} finally {
			if (scratch != null) {
				deleteQuietly(scratch);
			}
		}
	}

	/** Replaces the destination in one step: readers see the old export or the new one, never a part. */
	private static void moveIntoPlace(Path temp, Path out, boolean directory) throws IOException {
		if (directory && Files.exists(out)) {
			Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old.");
			Files.delete(old);
			Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
			Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
			deleteQuietly(old);
			return;
		}
		try {
			Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path path) {
		try (var walk = Files.walk(path)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover hidden temporary next to the export is harmless
		}
	}

	/** One export's view of a project. */
	private final class Context implements ExportContext {
		private final ProjectRecord record;
		private final TaskType type;
		private final boolean allItems;
		private final boolean includePrelabels;
		private final Map<String, Long> notExported = new TreeMap<>();
		long items;
		long annotations;

		Context(ProjectRecord record, TaskType type, boolean allItems, boolean includePrelabels) {
			this.record = record;
			this.type = type;
			this.allItems = allItems;
			this.includePrelabels = includePrelabels;
		}

		@Override
		public Project project() {
			return record.project();
		}

		@Override
		public TaskType taskType() {
			return type;
		}

		@Override
		public boolean allItems() {
			return allItems;
		}

		@Override
		public void forEachLabeled(Consumer<LabeledItem> consumer) {
			store.items().forEachLabeled(record.id(), includePrelabels, consumer);
		}

		@Override
		public void forEachItem(Consumer<ItemRecord> consumer) {
			store.items().forEachItem(record.id(), item -> {
				if (item.state() != ItemState.ERROR) {
					consumer.accept(item);
				}
			});
		}

		@Override
		public Optional<int[]> imageSize(long itemId, String location) {
			Optional<int[]> stored = store.items().imageSize(record.id(), itemId);
			if (stored.isPresent()) {
				return stored;
			}
			try {
				return ImageSizes.of(sources, record.project().getDataset(), location)
						.map(size -> new int[] { size.width(), size.height() });
			} catch (IOException | InvalidInputException e) {
				return Optional.empty(); // unreadable, or named outside the data (a blob called ../x): counted, not fatal
			}
		}

		@Override
		public String source(String location) {
			Dataset dataset = record.project().getDataset();
			return sources.reader(dataset).address(dataset, location);
		}

		@Override
		public void wrote(long items, long annotations) {
			this.items += items;
			this.annotations += annotations;
		}

		@Override
		public void notExported(String reason) {
			notExported.merge(reason, 1L, Long::sum);
		}
	}
}
