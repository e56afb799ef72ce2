package org.labelbench.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the real workbench as a user would, one step after the other from the UI thread's timer: a step looks at the
 * window and acts when what it waits for is there. A step that does not get there in time, or throws, ends the run
 * with a screenshot of what was shown; the workbench closes after the last step either way. A step never blocks: one
 * that opens a modal dialog starts it with {@code asyncExec} and the next step fills the dialog in.
 */
final class WorkbenchRobot {

	/** One thing the user does or waits for. */
	@FunctionalInterface
	interface Step {
		/** @return whether the step is done; false to be asked again shortly */
		boolean run(Shell window) throws Exception;
	}

	private record Named(String name, Step step) {
	}

	private static final long STEP_TIMEOUT_MS = 45_000;
	private static final int POLL_MS = 200;

	private final Display display = Display.getDefault();
	private final List<Named> steps = new ArrayList<>();
	private final List<String> done = new ArrayList<>();
	private int current;
	private long deadline;
	private Throwable failure;
	private String timedOut;
	private String seen = "";

	/** Notes what the current step saw last, for the message when it never sees what it waits for. */
	void saw(String what) {
		seen = what;
	}

	WorkbenchRobot step(String name, Step step) {
		steps.add(new Named(name, step));
		return this;
	}

	/**
	 * Starts the workbench on a workspace folder, runs the steps, and returns when the workbench has closed.
	 *
	 * @return the application's exit code
	 */
	Object run(Path workspace) throws Exception {
		return run("--workspace", workspace.toString());
	}

	/**
	 * Starts the workbench with the product's arguments ({@code --server URL --user NAME}), runs the steps, and returns
	 * when the workbench has closed.
	 *
	 * @return the application's exit code
	 */
	Object run(String... arguments) throws Exception {
		deadline = System.currentTimeMillis() + STEP_TIMEOUT_MS;
		display.timerExec(500, this::tick);
		return new E4Application().start(new TestApplicationContext(arguments));
	}

	private void tick() {
		Shell window = Widgets.workbenchShell(display);
		if (window == null) {
			retryOrGiveUp(null, "the workbench window did not open");
			return;
		}
		Named step = steps.get(current);
		try {
			failOnErrorDialog(window);
			if (step.step().run(window)) {
				done.add(step.name());
				current++;
				seen = "";
				deadline = System.currentTimeMillis() + STEP_TIMEOUT_MS;
				if (current == steps.size()) {
					Widgets.close(window);
					return;
				}
			}
		} catch (Throwable e) {
			failure = e;
			stop(window, step.name());
			return;
		}
		retryOrGiveUp(window, step.name());
	}

	/** An error the workbench shows the user fails the test: nothing in a test run should go wrong. */
	private void failOnErrorDialog(Shell window) {
		for (Shell shell : display.getShells()) {
			if (shell != window && shell.isVisible() && shell.getText().contains("Error")) {
				String text = Widgets.findAll(shell, Label.class).stream().map(Label::getText)
						.collect(Collectors.joining(" "));
				throw new AssertionError("the workbench shows '" + shell.getText() + "': " + text);
			}
		}
	}

	private void retryOrGiveUp(Shell window, String step) {
		if (System.currentTimeMillis() < deadline) {
			display.timerExec(POLL_MS, this::tick);
		} else {
			timedOut = step;
			stop(window, step);
		}
	}

	private void stop(Shell window, String step) {
		if (window != null) {
			Widgets.screenshot(window, "failed-" + step.replaceAll("\\W+", "-") + ".png");
			for (Shell shell : display.getShells()) {
				if (shell != window && shell.isVisible()) {
					shell.close(); // a dialog left open would keep the workbench from closing
				}
			}
			Widgets.close(window);
		}
	}

	/** @throws AssertionError naming the step that failed or timed out, and the steps done before it */
	void assertAllDone() {
		if (failure != null) {
			throw new AssertionError("step '" + steps.get(current).name() + "' failed after " + done + ": " + failure,
					failure);
		}
		if (timedOut != null || current < steps.size()) {
			throw new AssertionError("step '" + (current < steps.size() ? steps.get(current).name() : timedOut)
					+ "' did not happen in " + STEP_TIMEOUT_MS / 1000 + " s; it saw: " + seen + "; done: " + done);
		}
	}
}
