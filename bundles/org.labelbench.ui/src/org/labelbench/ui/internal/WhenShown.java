package org.labelbench.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Runs a view's refresh at once while its control shows on screen, and otherwise once it shows again: a view hidden in
 * another perspective or behind another tab costs the UI thread nothing while a labeler works, and is up to date when
 * it is brought back. It hears of being brought back from the {@link SWT#Show} of any control (the perspective or tab
 * that holds it) and from its own first paint.
 */
public final class WhenShown implements Listener {

	private final Control control;
	private final Runnable refresh;
	private boolean stale;

	/** Starts watching {@code control}, until it is disposed. */
	public WhenShown(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
		control.getDisplay().addFilter(SWT.Show, this);
		control.addListener(SWT.Paint, this);
		control.addListener(SWT.Dispose, e -> control.getDisplay().removeFilter(SWT.Show, this));
	}

	/** Refreshes now if the control shows, else when it shows again. */
	public void request() {
		ifShown(() -> {
			stale = false;
			refresh.run();
		});
	}

	/**
	 * Runs {@code work} now if the control shows, else refreshes once it shows again: a view that polls in the
	 * background asks this before it polls again, so that it stops while hidden and starts again when shown.
	 */
	public void ifShown(Runnable work) {
		if (control.isDisposed()) {
			return;
		}
		if (control.isVisible()) {
			work.run();
		} else {
			stale = true;
		}
	}

	@Override
	public void handleEvent(Event event) {
		if (!stale || control.isDisposed()) {
			return;
		}
		// a Show comes before the control is visible, a Paint in the middle of painting: refresh just after them
		control.getDisplay().asyncExec(() -> {
			if (stale && !control.isDisposed() && control.isVisible()) {
				stale = false;
				refresh.run();
			}
		});
	}
}
