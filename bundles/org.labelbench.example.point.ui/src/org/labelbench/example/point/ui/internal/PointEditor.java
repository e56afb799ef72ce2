package org.labelbench.example.point.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.osgi.util.NLS;
import org.labelbench.example.point.ImagePoint;
import org.labelbench.example.point.PointFactory;
import org.labelbench.model.Annotation;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;

/**
 * Image points, one image per task: a click puts a point of the current class where it lands, keys 1 to 9 pick the
 * current class, Undo (or Backspace on the image) takes the last point back and Redo puts it again. Points are kept in
 * the image's own pixel coordinates, whatever the size the picture is shown at.
 */
public final class PointEditor implements TaskEditor {

	/** The key under which the workbench's tests find widgets by name. */
	static final String WIDGET = "org.labelbench.ui.widget"; //$NON-NLS-1$

	private EditorSite site;
	private Label current;
	private PointCanvas canvas;
	private TaskItem item;
	private final List<ImagePoint> points = new ArrayList<>();
	private final Deque<ImagePoint> undone = new ArrayDeque<>();
	private int classNumber = 1;

	@Override
	public void createControl(Composite parent, EditorSite editorSite) {
		this.site = editorSite;
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		current = new Label(body, SWT.NONE);
		current.setData(WIDGET, "pointClass"); //$NON-NLS-1$
		current.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvas = new PointCanvas(body, points);
		Canvas control = canvas.control();
		control.setData(WIDGET, "pointCanvas"); //$NON-NLS-1$
		control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		control.addListener(SWT.MouseDown, this::clicked);
		control.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.BS) {
				run(EditorAction.UNDO, 0);
			}
		});
		showClass();
	}

	@Override
	public void show(LabelingTask task) {
		item = task.items().isEmpty() ? null : task.items().get(0);
		points.clear();
		undone.clear();
		if (item != null) {
			for (Annotation annotation : item.defaults()) {
				if (annotation instanceof ImagePoint point && site.classes().contains(point.getClassName())) {
					points.add(EcoreUtil.copy(point));
				}
			}
		}
		canvas.show(item);
	}

	private void clicked(Event e) {
		if (e.button != 1 || item == null || item.picture() == null || site.classes().isEmpty()) {
			return;
		}
		canvas.control().setFocus();
		double[] at = canvas.toImage(e.x, e.y);
		if (at == null) {
			return; // beside the picture
		}
		ImagePoint point = PointFactory.eINSTANCE.createImagePoint();
		point.setClassName(site.classes().get(Math.min(classNumber, site.classes().size()) - 1));
		point.setX(at[0]);
		point.setY(at[1]);
		points.add(point);
		undone.clear();
		changed();
	}

	@Override
	public List<List<Annotation>> labels() {
		List<List<Annotation>> labels = new ArrayList<>();
		if (item != null) {
			labels.add(points.stream().<Annotation>map(EcoreUtil::copy).toList());
		}
		return labels;
	}

	@Override
	public boolean run(EditorAction action, int argument) {
		switch (action) {
		case PICK_CLASS -> {
			if (argument < 1 || argument > site.classes().size()) {
				return false;
			}
			classNumber = argument;
			showClass();
			return true;
		}
		case UNDO -> {
			if (points.isEmpty()) {
				return false;
			}
			undone.push(points.remove(points.size() - 1));
			changed();
			return true;
		}
		case REDO -> {
			if (undone.isEmpty()) {
				return false;
			}
			points.add(undone.pop());
			changed();
			return true;
		}
		default -> {
			return false;
		}
		}
	}

	private void changed() {
		canvas.control().redraw();
		site.labelsChanged();
	}

	private void showClass() {
		String name = site.classes().isEmpty() ? "" : site.classes().get(Math.min(classNumber, site.classes().size()) - 1); //$NON-NLS-1$
		current.setText(NLS.bind(Messages.currentClass, classNumber, name));
		current.getParent().layout();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		canvas.dispose();
	}
}
