package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.ui.tests.ProjectWizard.next;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.testsupport.Annotations;

/**
 * A new user creates an image project with the New Labeling Project wizard (File > New Project), watches it appear
 * in the Projects view with all its items, and adds a class mid-project from the Add Label Classes dialog.
 */
class NewProjectWizardTest {

	private static final String WIZARD = ProjectWizard.TITLE;
	private static final String NAME = "Street shapes";

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void theWizardCreatesAProjectThatTheViewsShowAndAClassCanBeAddedLater() throws Exception {
		for (int i = 0; i < 6; i++) {
			Files.createDirectories(data.resolve("batch-" + i % 2));
			ImageIO.write(new BufferedImage(32 + i, 24, BufferedImage.TYPE_INT_RGB), "png",
					data.resolve("batch-" + i % 2 + "/image-" + i + ".png").toFile());
		}
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		startWizard(ui, NAME, "image-multiclass")
				.when("the data page shows", () -> UiScript.named(ui.dialog(WIZARD), Text.class, "path") != null,
						() -> UiScript.named(ui.dialog(WIZARD), Text.class, "path").setText(data.toString()))
				.when("the folder is accepted", () -> next(ui).isEnabled(), () -> UiScript.click(next(ui)))
				.when("the refresh page shows", () -> UiScript.named(ui.dialog(WIZARD), Button.class, "refresh") != null,
						() -> {
							UiScript.click(UiScript.named(ui.dialog(WIZARD), Button.class, "refresh"));
							UiScript.click(next(ui));
						})
				.when("the classes page shows", () -> UiScript.named(ui.dialog(WIZARD), Text.class, "class") != null,
						() -> {
							Shell wizard = ui.dialog(WIZARD);
							assertTrue(!next(ui).isEnabled(), "a project needs a class before Next");
							UiScript.named(wizard, Text.class, "class").setText("circle, square");
							UiScript.click(UiScript.named(wizard, Button.class, "add"));
						})
				.when("the classes are accepted", () -> next(ui).isEnabled(), () -> UiScript.click(next(ui)))
				.when("the instructions page shows",
						() -> UiScript.named(ui.dialog(WIZARD), Text.class, "instructions") != null, () -> {
							UiScript.named(ui.dialog(WIZARD), Text.class, "instructions").setText("Pick the shape.");
							UiScript.click(next(ui));
						})
				.when("the ML assist page shows", () -> UiScript.named(ui.dialog(WIZARD), Button.class, "mlAssist") != null,
						() -> UiScript.click(next(ui)))
				.when("the summary shows", () -> UiScript.named(ui.dialog(WIZARD), Text.class, "summary") != null, () -> {
					Shell wizard = ui.dialog(WIZARD);
					seen.add(UiScript.named(wizard, Text.class, "summary").getText());
					UiScript.screenshot(wizard, "wizard-summary");
					UiScript.click(UiScript.button(wizard, "Finish"));
				})
				.when("the new project runs with its six items", () -> {
					TableItem row = ui.projectRow(NAME);
					return row != null && row.getText(2).equals("RUNNING") && row.getText(3).equals("0 / 6 labeled");
				}, () -> {
					UiScript.screenshot(ui.workbenchShell(), "workbench-new-project");
					ui.command("org.labelbench.ui.command.addClasses");
				})
				.when("the Add Label Classes dialog opens", () -> ui.dialog("Add Label Classes") != null, () -> {
					Shell dialog = ui.dialog("Add Label Classes");
					UiScript.named(dialog, Text.class, "classNames").setText("triangle");
					UiScript.click(UiScript.button(dialog, "Add"));
				})
				.when("the details show the new class", () -> classes(ui).contains("triangle"), () -> {
					seen.add(classes(ui));
					seen.add(UiScript.named(ui.workbenchShell(), Label.class, "facts").getText());
					UiScript.screenshot(ui.workbenchShell(), "workbench-details");
				});

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		assertTrue(seen.get(0).contains("Name: " + NAME) && seen.get(0).contains("Label classes: circle, square")
				&& seen.get(0).contains("Incremental refresh: every day"), seen.get(0));
		assertEquals("1  circle\n2  square\n3  triangle", seen.get(1));
		assertTrue(seen.get(2).contains("Data source: " + data), seen.get(2));
	}

	@Test
	void aTextProjectTakesItsTextColumnFromTheCsvPreviewAndTheLabelingPerspectiveShowsItsKeys() throws Exception {
		Path csv = data.resolve("reviews.csv");
		Files.writeString(csv, "id,text,source\n7,\"Great, would buy again\",web\n8,\"Broke after\na day\",shop\n"
				+ "9,Just fine,web\n");
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		startWizard(ui, "Reviews", "text-multilabel")
				.when("the data page shows", () -> UiScript.named(ui.dialog(WIZARD), Text.class, "path") != null,
						() -> UiScript.named(ui.dialog(WIZARD), Text.class, "path").setText(csv.toString()))
				.when("the preview shows the CSV's columns", () -> {
					Combo column = UiScript.named(ui.dialog(WIZARD), Combo.class, "column");
					return column != null && column.getItemCount() == 3 && next(ui).isEnabled();
				}, () -> {
					Shell wizard = ui.dialog(WIZARD);
					Combo column = UiScript.named(wizard, Combo.class, "column");
					seen.add(String.join(",", column.getItems()) + " -> " + column.getText());
					Table preview = UiScript.find(wizard, Table.class, t -> t.getColumnCount() == 3);
					seen.add(preview.getItemCount() + " rows, first: " + preview.getItem(0).getText(1));
					UiScript.screenshot(wizard, "wizard-csv-preview");
					UiScript.click(next(ui));
				});
		ProjectWizard.classesToSummary(ui, "positive, negative, about delivery")
				.when("the summary shows", () -> UiScript.named(ui.dialog(WIZARD), Text.class, "summary") != null,
						() -> UiScript.click(UiScript.button(ui.dialog(WIZARD), "Finish")))
				.when("the text project runs with one item per row", () -> {
					TableItem row = ui.projectRow("Reviews");
					return row != null && row.getText(2).equals("RUNNING") && row.getText(3).equals("0 / 3 labeled");
				}, () -> ui.command("org.labelbench.ui.command.labelingPerspective"))
				.when("the labeling perspective shows the classes with their keys", () -> {
					Table classes = UiScript.named(ui.workbenchShell(), Table.class, "classes");
					return classes != null && classes.getItemCount() == 3;
				}, () -> {
					Table classes = UiScript.named(ui.workbenchShell(), Table.class, "classes");
					for (TableItem item : classes.getItems()) {
						seen.add(item.getText(0) + " " + item.getText(1) + " " + item.getText(2));
					}
					// another labeler's work and this user's arrive through the store, as from the command line
					Workspace workspace = ui.context().get(Workspace.class);
					workspace.labeling().submit("Reviews", "2", List.of(Annotations.label("negative")), "someone");
					workspace.labeling().submit("Reviews", "3", List.of(Annotations.label("positive"),
							Annotations.label("about delivery")), System.getProperty("user.name"));
				})
				.when("the classes and my progress follow the labels", () -> {
					Table classes = UiScript.named(ui.workbenchShell(), Table.class, "classes");
					Label mine = UiScript.named(ui.workbenchShell(), Label.class, "myProgress");
					return classes.getItem(2).getText(2).equals("1") && mine.getText().contains(": 1 labeled by you");
				}, () -> {
					// the first line: the queue line depends on what the Task view has claimed meanwhile
					seen.add(UiScript.named(ui.workbenchShell(), Label.class, "myProgress").getText().lines()
							.findFirst().orElse(""));
					UiScript.screenshot(ui.workbenchShell(), "labeling-perspective");
				});

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		assertEquals(List.of("id,text,source -> text", "3 rows, first: Great, would buy again", "1 positive 0",
				"2 negative 0", "3 about delivery 0",
				System.getProperty("user.name") + ": 1 labeled by you (1 today)"), seen);
	}

	/** Opens the wizard from File > New Project, names the project, picks its type and goes to the data page. */
	private static UiScript startWizard(UiScript ui, String name, String type) {
		return ui.when("the workbench lists the sample project", () -> ui.projectRow("Sample shapes") != null,
				() -> ui.command("org.labelbench.ui.command.newProject"))
				.when("the wizard opens", () -> ui.dialog(WIZARD) != null, () -> {
					Shell wizard = ui.dialog(WIZARD);
					UiScript.named(wizard, Text.class, "name").setText(name);
					for (String each : List.of("image-multiclass", "image-multilabel", "image-bbox", "image-polygon",
							"text-multiclass", "text-multilabel")) {
						if (UiScript.named(wizard, Button.class, each).getImage() == null) {
							throw new AssertionError("the task type " + each + " shows no icon from its editor");
						}
					}
					UiScript.click(UiScript.named(wizard, Button.class, type));
				})
				.when("the name is accepted", () -> next(ui).isEnabled(), () -> UiScript.click(next(ui)));
	}

	private static String classes(UiScript ui) {
		Label label = UiScript.named(ui.workbenchShell(), Label.class, "classes");
		return label == null ? "" : label.getText();
	}

}
