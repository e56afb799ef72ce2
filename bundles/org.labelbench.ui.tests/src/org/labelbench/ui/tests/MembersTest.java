package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.model.Role;
import org.labelbench.store.Member;

/** An administrator manages the members of the selected project in the Details part. */
class MembersTest {

	private static final String PROJECT = "Sample shapes";

	@TempDir
	Path workspace;

	@Test
	void anAdministratorAddsChangesAndRemovesMembers() throws Exception {
		List<List<Member>> stored = new ArrayList<>();
		UiScript ui = new UiScript();
		ui.when("the workbench lists the sample project", () -> ui.projectRow(PROJECT) != null,
				() -> ui.selectProject(PROJECT))
				.when("the members table is ready", () -> table(ui) != null && table(ui).isEnabled(), () -> {
					UiScript.named(ui.workbenchShell(), Text.class, "memberUser").setText("lia");
					Combo role = UiScript.named(ui.workbenchShell(), Combo.class, "memberRole");
					role.select(Arrays.asList(role.getItems()).indexOf("labeler"));
					UiScript.click(UiScript.named(ui.workbenchShell(), Button.class, "addMember"));
				})
				.when("lia is listed as labeler", () -> rows(ui).equals(List.of("lia labeler")), () -> {
					stored.add(ui.context().get(Workspace.class).members().list(PROJECT));
					Combo role = UiScript.named(ui.workbenchShell(), Combo.class, "memberRole");
					role.select(Arrays.asList(role.getItems()).indexOf("reviewer"));
					UiScript.click(UiScript.named(ui.workbenchShell(), Button.class, "addMember"));
				})
				.when("lia is a reviewer now", () -> rows(ui).equals(List.of("lia reviewer")), () -> {
					UiScript.screenshot(ui.workbenchShell(), "details-members");
					UiScript.click(UiScript.named(ui.workbenchShell(), Button.class, "removeMember"));
				})
				.when("lia is no longer a member", () -> rows(ui).isEmpty(),
						() -> stored.add(ui.context().get(Workspace.class).members().list(PROJECT)));

		assertEquals(List.of(), ui.run(workspace));
		assertEquals(List.of(List.of(new Member("lia", Role.LABELER)), List.of()), stored);
	}

	private static Table table(UiScript ui) {
		return UiScript.named(ui.workbenchShell(), Table.class, "members");
	}

	private static List<String> rows(UiScript ui) {
		Table table = table(ui);
		return table == null ? List.of()
				: Arrays.stream(table.getItems()).map(i -> i.getText(0) + " " + i.getText(1)).toList();
	}
}
