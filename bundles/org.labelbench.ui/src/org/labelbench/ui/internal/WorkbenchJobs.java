package org.labelbench.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreException;

/**
 * Runs the workbench's work on the workspace in Eclipse Jobs, so that the UI thread never waits on the database or
 * the disk. A failure is shown to the user in a dialog that names what went wrong; afterwards the project monitor
 * reads the projects again, so every view shows the change at once.
 */
public final class WorkbenchJobs {

	private final UISynchronize sync;
	private final ProjectMonitor monitor;

	public WorkbenchJobs(UISynchronize sync, ProjectMonitor monitor) {
		this.sync = sync;
		this.monitor = monitor;
	}

	/** Starts a user job; its progress shows and it may be canceled. */
	public Job run(String name, Consumer<IProgressMonitor> work) {
		return run(name, work, () -> {
		});
	}

	/**
	 * Starts a user job and, when it succeeded, runs {@code done} on the UI thread.
	 *
	 * @return the scheduled job
	 */
	public Job run(String name, Consumer<IProgressMonitor> work, Runnable done) {
		Job job = Job.create(name, (IProgressMonitor progress) -> {
			try {
				work.accept(progress);
				sync.asyncExec(done);
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (InvalidInputException | StoreException | java.io.UncheckedIOException e) {
				showError(name, e.getMessage());
				return Status.OK_STATUS; // shown to the user; not a fault of the workbench
			} catch (RuntimeException e) {
				ILog.of(WorkbenchJobs.class).error(name + " failed", e);
				showError(name, e.toString());
				return Status.OK_STATUS;
			} finally {
				monitor.now();
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void showError(String title, String message) {
		sync.asyncExec(() -> MessageDialog.openError(Display.getCurrent().getActiveShell(), title, message));
	}
}
