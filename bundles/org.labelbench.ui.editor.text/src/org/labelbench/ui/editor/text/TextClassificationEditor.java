package org.labelbench.ui.editor.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;

/**
 * Text classification, multi-class and multi-label: the item's text, wrapped and readable however long, and one
 * toggle per class with its key. In a multi-class project a class replaces the one picked before; in a multi-label
 * project each class turns on and off.
 */
public final class TextClassificationEditor implements TaskEditor {

	private static final String WIDGET = "org.labelbench.ui.widget"; //$NON-NLS-1$
	private static final int KEYED = 9;

	private EditorSite site;
	private StyledText text;
	private final List<Button> toggles = new ArrayList<>();
	private final Set<String> picked = new LinkedHashSet<>();
	private LabelingTask task;

	@Override
	public void createControl(Composite parent, EditorSite editorSite) {
		this.site = editorSite;
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout());
		text = new StyledText(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setData(WIDGET, "itemText"); //$NON-NLS-1$
		text.setLeftMargin(8);
		text.setRightMargin(8);
		text.setTopMargin(6);
		text.setLineSpacing(3);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite classes = new Composite(body, SWT.NONE);
		classes.setLayout(new RowLayout(SWT.HORIZONTAL));
		classes.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
		List<String> names = site.classes();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Button toggle = new Button(classes, SWT.TOGGLE);
			toggle.setText(i < KEYED ? (i + 1) + "  " + name : name); //$NON-NLS-1$
			toggle.setData(WIDGET, "class:" + name); //$NON-NLS-1$
			toggle.addListener(SWT.Selection, e -> pick(name, toggle.getSelection()));
			toggles.add(toggle);
		}
	}

	@Override
	public void show(LabelingTask shown) {
		task = shown;
		picked.clear();
		if (shown.items().isEmpty()) {
			text.setText(""); //$NON-NLS-1$
		} else {
			TaskItem item = shown.items().get(0);
			text.setText(item.text() != null ? item.text() : item.problem());
			for (Annotation annotation : item.defaults()) {
				if (annotation instanceof ClassLabel label && site.classes().contains(label.getClassName())) {
					picked.add(label.getClassName());
				}
			}
		}
		text.setTopIndex(0);
		refresh();
	}

	private void pick(String name, boolean on) {
		if (on && !site.taskType().multiLabel()) {
			picked.clear();
		}
		if (on) {
			picked.add(name);
		} else {
			picked.remove(name);
		}
		refresh();
		site.labelsChanged();
	}

	private void refresh() {
		for (int i = 0; i < toggles.size(); i++) {
			toggles.get(i).setSelection(picked.contains(site.classes().get(i)));
		}
	}

	@Override
	public List<List<Annotation>> labels() {
		List<Annotation> labels = new ArrayList<>();
		for (String name : picked) {
			ClassLabel label = LabelbenchFactory.eINSTANCE.createClassLabel();
			label.setClassName(name);
			labels.add(label);
		}
		return task == null ? List.of() : task.items().stream().map(i -> labels).toList();
	}

	@Override
	public boolean run(EditorAction action, int argument) {
		if (action != EditorAction.PICK_CLASS || argument < 1 || argument > site.classes().size()) {
			return false;
		}
		String name = site.classes().get(argument - 1);
		pick(name, !picked.contains(name));
		return true;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		toggles.clear();
	}
}
