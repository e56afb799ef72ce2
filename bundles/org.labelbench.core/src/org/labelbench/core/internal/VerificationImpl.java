package org.labelbench.core.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.core.Verification;
import org.labelbench.core.Permission;

import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.model.DataKind;
import org.labelbench.model.Dataset;
import org.labelbench.model.ItemState;
import org.labelbench.model.ProjectState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.Store;

final class VerificationImpl implements Verification {

	/** items read from the store at a time: their decoding is spread over the cores, their results kept in order */
	private static final int PAGE = 256;

	private final Store store;
	private final ProjectsImpl projects;
	private final TaskTypeRegistry taskTypes;
	private final DataSources sources;

	private final AccessImpl access;

	VerificationImpl(Store store, ProjectsImpl projects, TaskTypeRegistry taskTypes, DataSources sources,
			AccessImpl access) {
		this.access = access;
		this.store = store;
		this.projects = projects;
		this.taskTypes = taskTypes;
		this.sources = sources;
	}

	@Override
	public Result verify(String name, boolean updateStates, Consumer<Failure> failures, IProgressMonitor monitor) {
		access.require(Permission.MANAGE, name, "verify");
		ProjectRecord record = projects.get(name);
		if (record.project().getState() == ProjectState.INITIALIZING) {
			throw new InvalidInputException("project '" + name + "' is still initializing");
		}
		TaskType type = taskTypes.require(record.project().getTaskType());
		if (type.dataKind() != DataKind.IMAGE) {
			throw new InvalidInputException("project '" + name + "' holds text; verify decodes the items of image "
					+ "projects");
		}
		Dataset dataset = record.project().getDataset();
		sources.reader(dataset).check(dataset, DataKind.IMAGE); // a folder that is gone is not a folder of bad items
		SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + name,
				(int) Math.min(Integer.MAX_VALUE, store.items().counts(record.id()).total()));
		Tally tally = new Tally(record.id(), updateStates, failures);
		ExecutorService decoders = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			long after = 0;
			List<ItemRecord> page;
			while (!(page = store.items().page(record.id(), after, PAGE)).isEmpty()) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				List<Future<String>> reasons = new ArrayList<>();
				for (ItemRecord item : page) {
					reasons.add(decoders.submit(() -> problem(dataset, item)));
				}
				for (int i = 0; i < page.size(); i++) {
					tally.add(page.get(i), reasons.get(i).get());
				}
				after = page.get(page.size() - 1).id();
				progress.worked(page.size());
				progress.subTask(tally.decoded + " decoded, " + tally.failed + " failed");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted");
		} catch (ExecutionException e) {
			throw new IllegalStateException("verification of project '" + name + "' failed", e.getCause());
		} finally {
			decoders.shutdownNow();
		}
		return new Result(name, tally.decoded, tally.failed, tally.markedError, tally.requeued);
	}

	/** @return why an item cannot be shown, or null when it decodes */
	private String problem(Dataset dataset, ItemRecord item) {
		try {
			sources.images().verify(Images.source(sources, dataset, item.location()));
			return null;
		} catch (ImageDecodeException e) {
			return e.getMessage();
		} catch (NoSuchFileException e) {
			return "cannot be read: the file is gone";
		} catch (AccessDeniedException e) {
			return "cannot be read: permission denied";
		} catch (IOException e) {
			return "cannot be read: " + SortedWalk.describe(e);
		} catch (RuntimeException | OutOfMemoryError e) {
			// a decoder bug on a strange file must not stop the others: the item gets the reason, the log the trace
			ILog.of(getClass()).error("Decoding " + item.location() + " failed", e);
			return "cannot be decoded: " + e;
		}
	}

	/** Counts results and moves item states, in item order. */
	private final class Tally {
		private final long projectId;
		private final boolean updateStates;
		private final Consumer<Failure> failures;
		long decoded;
		long failed;
		long markedError;
		long requeued;

		Tally(long projectId, boolean updateStates, Consumer<Failure> failures) {
			this.projectId = projectId;
			this.updateStates = updateStates;
			this.failures = failures;
		}

		void add(ItemRecord item, String reason) {
			if (reason == null) {
				decoded++;
				if (updateStates && item.state() == ItemState.ERROR && store.items().clearError(projectId, item.id())) {
					requeued++;
				}
				return;
			}
			failed++;
			ItemState state = item.state();
			if (updateStates && (state == ItemState.UNLABELED || state == ItemState.IN_TASK)
					&& store.items().markError(projectId, item.id(), reason)) {
				markedError++;
				state = ItemState.ERROR;
			}
			failures.accept(new Failure(item.id(), item.location(), reason, state));
		}
	}
}
