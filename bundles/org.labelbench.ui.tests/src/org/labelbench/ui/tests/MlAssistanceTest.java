package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * An admin's look at ML assistance in the real workbench: the ML Assistance view shows how far the project is from
 * its next training with a progress bar and follows a change of when it trains; Train Now (Project menu, Ctrl+Shift+T)
 * trains it in the background, and the dashboard lists the runs as they go with their device and items; afterwards the
 * bar counts towards the next one.
 */
class MlAssistanceTest {

	private static final String PROJECT = "Shapes";
	private static final String ML_PART = "org.labelbench.ml.ui.part.mlAssist";
	private static final String DASHBOARD = "org.labelbench.ui.part.dashboard";
	private static final String TRAIN_NOW = "org.labelbench.ml.ui.command.trainNow";

	@TempDir
	Path temp;

	private final WorkbenchRobot robot = new WorkbenchRobot();

	@Test
	void trainNowTrainsTheProjectAndTheRunsAndTheNextTrainingShow() throws Exception {
		Path workspace = workspace(24);
		robot.step("Train Now is in the Project menu with its key", this::commandOffered);
		robot.step("open the ML Assistance view", w -> show(w, ML_PART));
		robot.step("the bar shows 24 of the 40 labels the first training starts at",
				w -> nextTraining(w, 24, 40, "24 of 40 labels"));
		robot.step("the project's schedule is shown", w -> spinner(w, "ml.minLabels").getSelection() == 40
				&& spinner(w, "ml.retrainEvery").getSelection() == 20);
		robot.step("have the first training start at 30 labels", w -> {
			spinner(w, "ml.minLabels").setSelection(30);
			Widgets.byId(w, Button.class, "ml.applySchedule").notifyListeners(SWT.Selection, new Event());
			return true;
		});
		robot.step("the bar shows 24 of 30 labels", w -> nextTraining(w, 24, 30, "24 of 30 labels"));
		robot.step("a picture of the ML view", w -> screenshot(w, "ml-assistance.png"));
		robot.step("choose Train Now", w -> {
			Button trainNow = Widgets.byId(w, Button.class, "ml.trainNow");
			if (!trainNow.isEnabled()) {
				robot.saw("Train Now is not enabled");
				return false;
			}
			trainNow.notifyListeners(SWT.Selection, new Event());
			return true;
		});
		robot.step("open the dashboard", w -> show(w, DASHBOARD));
		robot.step("the dashboard lists the training, validation, prelabeling and grouping, done on the CPU",
				w -> runsShow(w, List.of("Featurization | Succeeded", "Inference | Succeeded", "Validation | Succeeded",
						"Featurization | Succeeded", "Training | Succeeded")));
		robot.step("a picture of the runs", w -> screenshot(w, "ml-runs.png"));
		robot.step("open the ML Assistance view again", w -> show(w, ML_PART));
		robot.step("the bar counts towards the next training, 20 labels later",
				w -> nextTraining(w, 24, 44, "24 of 44 labels"));

		Object result = robot.run(workspace);

		robot.assertAllDone();
		assertEquals(0, result, "the workbench exits normally");
	}

	/** A shapes project with ML assistance on: the first training at 40 labels, then every 20; some labeled. */
	private Path workspace(int labeled) throws Exception {
		Map<String, String> truth = SyntheticShapes.write(temp.resolve("shapes"), 40, 64, 9);
		Path location = temp.resolve("ws");
		try (Workspace workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(location))) {
			workspace.projects().create(new ProjectSpec(PROJECT, "image-multiclass", temp.resolve("shapes"),
					SyntheticShapes.CLASSES, "Pick the shape.", null), new NullProgressMonitor());
			ProjectRecord record = workspace.projects().get(PROJECT);
			MlAssistSettings ml = record.project().getMlAssist();
			ml.setEnabled(true);
			ml.setMinLabelsForTraining(40);
			ml.setRetrainEvery(20);
			workspace.store().projects().update(record);
			truth.entrySet().stream().limit(labeled).forEach(e -> workspace.labeling().submit(PROJECT, e.getKey(),
					List.of(Annotations.label(e.getValue())), "alice"));
		}
		return location;
	}

	private boolean commandOffered(Shell w) {
		MWindow window = (MWindow) w.getData("modelElement");
		ParameterizedCommand trainNow = window.getContext().get(ECommandService.class).createCommand(TRAIN_NOW, null);
		TriggerSequence key = window.getContext().get(EBindingService.class).getBestSequenceFor(trainNow);
		MMenu project = window.getMainMenu().getChildren().stream()
				.filter(m -> "org.labelbench.ui.menu.project".equals(m.getElementId())).map(MMenu.class::cast).findFirst()
				.orElseThrow();
		List<String> items = new ArrayList<>();
		project.getChildren().stream().filter(MHandledMenuItem.class::isInstance).map(MHandledMenuItem.class::cast)
				.forEach(item -> items.add(item.getLabel() + "=" + item.getCommand().getElementId()));
		assertTrue(items.contains("Train Now=" + TRAIN_NOW), "the Project menu offers Train Now: " + items);
		assertEquals(org.eclipse.jface.bindings.keys.KeySequence.getInstance(
				org.eclipse.jface.bindings.keys.KeyStroke.getInstance(SWT.MOD1 | SWT.MOD2, 'T')), key, "Ctrl+Shift+T");
		return true;
	}

	private static Spinner spinner(Shell w, String id) {
		return Widgets.byId(w, Spinner.class, id);
	}

	private boolean nextTraining(Shell w, int labels, int needed, String text) {
		ProgressBar bar = Widgets.byId(w, ProgressBar.class, "ml.nextTraining");
		Label numbers = Widgets.byId(w, Label.class, "ml.labels");
		if (bar == null || numbers == null) {
			robot.saw("no ML Assistance view");
			return false;
		}
		robot.saw("bar " + bar.getSelection() + "/" + bar.getMaximum() + ", '" + numbers.getText() + "'");
		return bar.getSelection() == labels && bar.getMaximum() == needed && text.equals(numbers.getText());
	}

	private boolean runsShow(Shell w, List<String> expected) {
		Table table = Widgets.byId(w, Table.class, "mlRuns");
		if (table == null || !table.isVisible()) {
			robot.saw("no runs listed");
			return false;
		}
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(4) + " items | "
					+ item.getText(5));
		}
		robot.saw(rows.toString());
		if (rows.size() != expected.size()) {
			return false;
		}
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).startsWith(expected.get(i)) || !rows.get(i).endsWith(" | cpu()")) {
				return false;
			}
		}
		assertEquals("Training | Succeeded | 18 items | cpu()", rows.get(4), "three quarters of the labels trained");
		assertEquals("Validation | Succeeded | 6 items | cpu()", rows.get(2), "a quarter held out");
		assertEquals("Inference | Succeeded | 16 items | cpu()", rows.get(1), "the unlabeled items predicted");
		return true;
	}

	private static boolean show(Shell w, String partId) {
		EPartService parts = ((MWindow) w.getData("modelElement")).getContext().get(EPartService.class);
		parts.showPart(partId, EPartService.PartState.ACTIVATE);
		return true;
	}

	private static boolean screenshot(Shell shell, String name) {
		Widgets.screenshot(shell, name);
		return true;
	}
}
