package org.labelbench.ui.tests;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Steps through the pages of the New Labeling Project wizard that the wizard tests pass alike. */
final class ProjectWizard {

	static final String TITLE = "New Labeling Project";

	private ProjectWizard() {
	}

	static Button next(UiScript ui) {
		return UiScript.button(ui.dialog(TITLE), "Next >");
	}

	/**
	 * Adds the steps from the refresh page to the summary: the refresh and instructions as they are, the classes
	 * given, ML assistance as it is.
	 *
	 * @param classes the label classes as typed, e.g. {@code cat, dog}
	 */
	static UiScript classesToSummary(UiScript ui, String classes) {
		return ui.when("the refresh page shows",
				() -> UiScript.named(ui.dialog(TITLE), Button.class, "refresh") != null,
				() -> UiScript.click(next(ui)))
				.when("the classes page shows", () -> UiScript.named(ui.dialog(TITLE), Text.class, "class") != null,
						() -> {
							Shell wizard = ui.dialog(TITLE);
							UiScript.named(wizard, Text.class, "class").setText(classes);
							UiScript.click(UiScript.named(wizard, Button.class, "add"));
							UiScript.click(next(ui));
						})
				.when("the instructions page shows",
						() -> UiScript.named(ui.dialog(TITLE), Text.class, "instructions") != null,
						() -> UiScript.click(next(ui)))
				.when("the ML assist page shows",
						() -> UiScript.named(ui.dialog(TITLE), Button.class, "mlAssist") != null,
						() -> UiScript.click(next(ui)));
	}
}
