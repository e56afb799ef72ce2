package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

/**
 * A labeler labels a text project with the keyboard in the Labeling perspective: the text shows, 2 picks the second
 * class, Enter submits and the next text shows at once; Ctrl+K skips; F1 shows the instructions and back. The labels are in the store when the next item
 * shows. The text editor comes from its own plugin through the task editor extension point.
 */
class TextLabelingTest {

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void keysPickAClassSubmitAndSkip() throws Exception {
		Path csv = Files.writeString(data.resolve("reviews.csv"),
				"text\n\"Great, would buy again\"\nBroke after a day\nJust fine\n");
		List<String> shown = new ArrayList<>();
		List<String> labeled = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			Workspace ws = ui.context().get(Workspace.class);
			ws.projects().create(new ProjectSpec("reviews", "text-multiclass", csv, null, "text",
					List.of("positive", "negative"), null, null, null), new NullProgressMonitor());
			ui.command("org.labelbench.ui.command.labelingPerspective");
		})
				.when("the labeling perspective lists the project", () -> ui.projectRow("reviews") != null,
						() -> ui.selectProject("reviews"))
				.when("the labeling view shows a text", () -> !text(ui).isEmpty(), () -> {
					ui.context().get(EPartService.class).showPart("org.labelbench.ui.part.labeling",
							EPartService.PartState.ACTIVATE);
					shown.add(text(ui));
					ui.press("F1");
					seen.add(activePart(ui));
					ui.press("F1");
					seen.add(activePart(ui));
					seen.add("arrow down runs " + ui.boundCommand("ARROW_DOWN"));
					ui.press("2");
				})
				.when("2 picked the second class", () -> toggle(ui, "negative").getSelection(), () -> {
					UiScript.screenshot(ui.workbenchShell(), "labeling-text");
					ui.press("CR");
				})
				.when("Enter stored the labels and showed the next text",
						() -> !text(ui).isEmpty() && !text(ui).equals(shown.get(0)), () -> {
							Workspace ws = ui.context().get(Workspace.class);
							long id = ws.projects().status("reviews").id();
							for (ReviewEntry entry : ws.review().list("reviews", ReviewFilter.ALL, 0, 10)) {
								labeled.add(entry.location() + " " + entry.classes());
							}
							shown.add(text(ui));
							assertNotNull(ws.store().items().find(id, 1));
							ui.press("M1+K");
						})
				.when("Ctrl+K skipped to the third text",
						() -> !text(ui).isEmpty() && !shown.contains(text(ui)), () -> {
							shown.add(text(ui));
							ui.press("1");
							ui.press("CR");
						})
				.when("the project is labeled but for the skipped item",
						() -> ui.context().get(Workspace.class).projects().status("reviews").items().labeled() == 2,
						() -> {
							Workspace ws = ui.context().get(Workspace.class);
							long id = ws.projects().status("reviews").id();
							String second = Integer.toString(List.of("Great, would buy again", "Broke after a day",
									"Just fine").indexOf(shown.get(1)) + 1);
							labeled.add("skipped item " + ws.store().items().findByLocation(id, second).orElseThrow()
									.lastEvent());
						});

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		List<String> texts = List.of("Great, would buy again", "Broke after a day", "Just fine");
		assertEquals(3, shown.stream().distinct().filter(texts::contains).count(), "three texts in queue order: " + shown);
		int first = texts.indexOf(shown.get(0)) + 1;
		assertEquals(List.of(first + " [negative]"), labeled.subList(0, 1));
		assertEquals("skipped item skip", labeled.get(1));
		assertEquals(List.of("org.labelbench.ui.part.instructions", "org.labelbench.ui.part.labeling",
				"arrow down runs null"), seen,
				"F1 shows the instructions and goes back to the task; the arrows are the text's, not the shape keys");
	}

	private static String activePart(UiScript ui) {
		return ui.context().get(EPartService.class).getActivePart().getElementId();
	}

	private static String text(UiScript ui) {
		StyledText text = UiScript.named(ui.workbenchShell(), StyledText.class, "itemText");
		return text == null ? "" : text.getText();
	}

	private static Button toggle(UiScript ui, String className) {
		return UiScript.named(ui.workbenchShell(), Button.class, "class:" + className);
	}

}
