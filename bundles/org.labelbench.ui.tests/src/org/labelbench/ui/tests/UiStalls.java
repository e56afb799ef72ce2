package org.labelbench.ui.tests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Watches the UI thread from another thread: every 5 ms it posts a no-op with {@code asyncExec} and times how long the
 * UI thread takes to run it. The longest wait is the longest time a user's click or key would have gone unanswered.
 */
final class UiStalls {

	private final Display display;
	private final AtomicLong longest = new AtomicLong();
	private final AtomicLong answered = new AtomicLong();
	/** what the UI thread was doing 300 ms into the longest stall since {@link #takeLongest()} */
	private volatile String longestAt = "";
	private volatile boolean running;
	private Thread thread;

	UiStalls(Display display) {
		this.display = display;
	}

	void start() {
		running = true;
		thread = new Thread(this::watch, "UI stall watcher");
		thread.setDaemon(true);
		thread.start();
	}

	void stop() throws InterruptedException {
		running = false;
		thread.join(5_000);
	}

	/** @return how many no-ops the UI thread has run */
	long answered() {
		return answered.get();
	}

	/** @return the longest stall in milliseconds since the last call, and starts counting anew */
	long takeLongest() {
		return longest.getAndSet(0);
	}

	/** @return the UI thread's stack, Labelbench frames first, in the longest stall since the last call */
	String takeLongestAt() {
		String at = longestAt;
		longestAt = "";
		return at;
	}

	private static String stack(StackTraceElement[] frames) {
		StringBuilder at = new StringBuilder();
		int shown = 0;
		for (StackTraceElement frame : frames) {
			if (shown < 3 || frame.getClassName().startsWith("org.labelbench") && shown < 8) {
				at.append(shown++ == 0 ? "" : " < ").append(frame.getClassName().replaceAll(".*\\.", "")).append('.')
						.append(frame.getMethodName());
			}
		}
		return at.toString();
	}

	private void watch() {
		while (running && !display.isDisposed()) {
			CountDownLatch ran = new CountDownLatch(1);
			long posted = System.nanoTime();
			try {
				display.asyncExec(ran::countDown);
				String stack = "";
				while (!ran.await(100, TimeUnit.MILLISECONDS)) {
					if (!running || display.isDisposed()) {
						return;
					}
					if (stack.isEmpty() && System.nanoTime() - posted > 300_000_000L) {
						stack = stack(display.getThread().getStackTrace());
					}
				}
				long waited = (System.nanoTime() - posted) / 1_000_000;
				if (waited > longest.get() && !stack.isEmpty()) {
					longestAt = stack;
				}
				longest.accumulateAndGet(waited, Math::max);
				answered.incrementAndGet();
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (org.eclipse.swt.SWTException disposed) {
				return; // the workbench closed
			}
		}
	}
}
