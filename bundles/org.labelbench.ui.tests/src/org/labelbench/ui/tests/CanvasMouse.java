package org.labelbench.ui.tests;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.labelbench.model.Annotation;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.canvas.ImageCanvas;

/**
 * The mouse of a labeler on the image canvas of a shape editor: presses, moves and releases posted to the canvas at
 * the view points of image pixels, the way SWT delivers them while a button is held.
 */
final class CanvasMouse {

	private final UiScript ui;

	CanvasMouse(UiScript ui) {
		this.ui = ui;
	}

	/** @return the canvas of the shape editor shown, or null while none shows a picture */
	Canvas canvas() {
		Canvas canvas = ui.workbenchShell() == null ? null
				: UiScript.find(ui.workbenchShell(), Canvas.class,
						c -> "imageCanvas".equals(c.getData(org.labelbench.ui.internal.Widgets.KEY)));
		return canvas != null && view(canvas).picture() != null && canvas.getClientArea().width > 0 ? canvas : null;
	}

	ImageCanvas view() {
		return view(canvas());
	}

	private static ImageCanvas view(Canvas canvas) {
		return ImageCanvas.of(canvas).orElseThrow();
	}

	/** @return the labels the editor shown would submit now */
	List<Annotation> labels() {
		return ((TaskEditor) canvas().getData(TaskEditor.class.getName())).labels().get(0);
	}

	/** Drags with the left button from one image point to another. */
	void drag(double fromX, double fromY, double toX, double toY) {
		press(1, fromX, fromY);
		moveTo(1, fromX, fromY, toX, toY);
		release(1, toX, toY);
	}

	/** Clicks with the left button at an image point. */
	void click(double x, double y) {
		press(1, x, y);
		release(1, x, y);
	}

	void press(int button, double x, double y) {
		post(SWT.MouseDown, button, 0, x, y);
	}

	/** Moves in steps from one image point to another with a button held. */
	void moveTo(int button, double fromX, double fromY, double toX, double toY) {
		int mask = button == 1 ? SWT.BUTTON1 : button == 2 ? SWT.BUTTON2 : SWT.BUTTON3;
		for (int step = 1; step <= 4; step++) {
			post(SWT.MouseMove, 0, mask, fromX + (toX - fromX) * step / 4, fromY + (toY - fromY) * step / 4);
		}
	}

	void release(int button, double x, double y) {
		int mask = button == 1 ? SWT.BUTTON1 : button == 2 ? SWT.BUTTON2 : SWT.BUTTON3;
		post(SWT.MouseUp, button, mask, x, y);
	}

	/** Moves without a button held, as the pointer goes from one vertex to the next. */
	void hover(double x, double y) {
		post(SWT.MouseMove, 0, 0, x, y);
	}

	private void post(int type, int button, int stateMask, double x, double y) {
		Canvas canvas = canvas();
		ImageCanvas view = view(canvas);
		Event event = new Event();
		event.button = button;
		event.stateMask = stateMask;
		event.x = (int) Math.round(view.toViewX(x));
		event.y = (int) Math.round(view.toViewY(y));
		canvas.notifyListeners(type, event);
	}

	/** @return how far an image point may land from where it was aimed, in image pixels: a view pixel and rounding */
	double tolerance() {
		return 1 / view().scale() + 1;
	}
}
