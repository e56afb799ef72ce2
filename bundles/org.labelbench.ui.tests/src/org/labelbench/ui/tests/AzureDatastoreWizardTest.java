package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.ui.tests.ProjectWizard.next;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user registers an Azure Blob container (on Azurite) in Window > Datastores, then creates a project in the New
 * Labeling Project wizard by browsing the datastore's folders in its tree, and sees the project run with the items
 * of the folder chosen.
 */
class AzureDatastoreWizardTest {

	private static final String WIZARD = ProjectWizard.TITLE;
	private static final String DATASTORES = "Datastores";
	private static final String NAME = "From the cloud";

	@TempDir
	Path workspace;

	@Test
	void aRegisteredDatastoreIsBrowsedInTheWizardAndAFolderBecomesAProject() throws Exception {
		AzuriteContainers azurite = new AzuriteContainers();
		String container = azurite.newContainer();
		byte[] png = png();
		for (String blob : List.of("photos/cats/a.png", "photos/cats/b.png", "photos/cats/older/c.png",
				"photos/dogs/d.png", "readme.txt")) {
			azurite.put(container, blob, png);
		}
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		ui.when("the workbench lists the sample project", () -> ui.projectRow("Sample shapes") != null,
				() -> ui.command("org.labelbench.datastore.azure.ui.command.datastores"))
				.when("the Datastores dialog opens", () -> ui.dialog(DATASTORES) != null, () -> {
					Shell dialog = ui.dialog(DATASTORES);
					UiScript.named(dialog, Text.class, "name").setText("cloud");
					UiScript.named(dialog, Text.class, "container").setText(container);
					Combo credential = UiScript.named(dialog, Combo.class, "credential");
					credential.select(Arrays.asList(credential.getItems()).indexOf("Connection string"));
					UiScript.named(dialog, Text.class, "secret").setText(AzuriteContainers.connectionString());
					UiScript.click(UiScript.named(dialog, Button.class, "add"));
				})
				.when("the datastore is registered and listed", () -> rows(ui).contains("cloud " + container), () -> {
					Shell dialog = ui.dialog(DATASTORES);
					seen.add(UiScript.named(dialog, org.eclipse.swt.widgets.Label.class, "status").getText());
					Table table = UiScript.named(dialog, Table.class, "datastores");
					table.setSelection(0);
					table.notifyListeners(SWT.Selection, new Event());
					UiScript.click(UiScript.named(dialog, Button.class, "test"));
				})
				.when("its connection tests fine", () -> status(ui).contains("can be listed"), () -> {
					UiScript.screenshot(ui.dialog(DATASTORES), "datastores-dialog");
					UiScript.click(UiScript.button(ui.dialog(DATASTORES), "Close"));
					ui.command("org.labelbench.ui.command.newProject");
				})
				.when("the wizard opens", () -> ui.dialog(WIZARD) != null, () -> {
					Shell wizard = ui.dialog(WIZARD);
					UiScript.named(wizard, Text.class, "name").setText(NAME);
					UiScript.click(UiScript.named(wizard, Button.class, "image-multiclass"));
				})
				.when("the name is accepted", () -> next(ui).isEnabled(), () -> UiScript.click(next(ui)))
				.when("the data page shows", () -> UiScript.named(ui.dialog(WIZARD), Button.class, "sourceDatastore") != null,
						() -> {
							UiScript.named(ui.dialog(WIZARD), Button.class, "sourceLocal").setSelection(false);
							UiScript.click(UiScript.named(ui.dialog(WIZARD), Button.class, "sourceDatastore"));
						})
				.when("the tree shows the datastore", () -> tree(ui) != null && item(tree(ui).getItems(), "cloud ") != null,
						() -> expand(item(tree(ui).getItems(), "cloud ")))
				.when("the container's top folders are listed", () -> children(ui, "cloud ").contains("photos/"), () -> {
					seen.add(String.join(",", children(ui, "cloud ")));
					expand(item(item(tree(ui).getItems(), "cloud ").getItems(), "photos/"));
				})
				.when("photos/ is listed", () -> item(photos(ui).getItems(), "cats/") != null, () -> {
					seen.add(String.join(",", names(photos(ui).getItems())));
					Tree tree = tree(ui);
					TreeItem cats = item(photos(ui).getItems(), "cats/");
					tree.setSelection(cats);
					Event event = new Event();
					event.item = cats;
					tree.notifyListeners(SWT.Selection, event);
				})
				.when("the folder is chosen", () -> next(ui).isEnabled(), () -> {
					seen.add(UiScript.named(ui.dialog(WIZARD), Text.class, "location").getText());
					UiScript.screenshot(ui.dialog(WIZARD), "wizard-datastore-tree");
					UiScript.click(next(ui));
				});
		ProjectWizard.classesToSummary(ui, "tabby, other")
				.when("the summary shows", () -> UiScript.named(ui.dialog(WIZARD), Text.class, "summary") != null, () -> {
					seen.add(UiScript.named(ui.dialog(WIZARD), Text.class, "summary").getText());
					UiScript.click(UiScript.button(ui.dialog(WIZARD), "Finish"));
				})
				.when("the project runs with the three images below cats/", () -> {
					TableItem row = ui.projectRow(NAME);
					return row != null && row.getText(2).equals("RUNNING") && row.getText(3).equals("0 / 3 labeled");
				}, () -> UiScript.screenshot(ui.workbenchShell(), "workbench-azure-project"));

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		assertTrue(seen.get(0).contains("Registered datastore cloud"), seen.get(0));
		assertEquals("photos/,readme.txt", seen.get(1));
		assertEquals("cats/,dogs/", seen.get(2));
		assertEquals("azure://cloud/photos/cats/**", seen.get(3));
		assertTrue(seen.get(4).contains("Data: azure://cloud/photos/cats/**"), seen.get(4));
	}

	private static byte[] png() throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static String rows(UiScript ui) {
		Shell dialog = ui.dialog(DATASTORES);
		Table table = dialog == null ? null : UiScript.named(dialog, Table.class, "datastores");
		if (table == null) {
			return "";
		}
		StringBuilder rows = new StringBuilder();
		for (TableItem item : table.getItems()) {
			rows.append(item.getText(0)).append(' ').append(item.getText(1)).append('\n');
		}
		return rows.toString();
	}

	private static String status(UiScript ui) {
		Shell dialog = ui.dialog(DATASTORES);
		return dialog == null ? "" : UiScript.named(dialog, org.eclipse.swt.widgets.Label.class, "status").getText();
	}

	private static Tree tree(UiScript ui) {
		return UiScript.named(ui.dialog(WIZARD), Tree.class, "datastoreTree");
	}

	private static TreeItem photos(UiScript ui) {
		return item(item(tree(ui).getItems(), "cloud ").getItems(), "photos/");
	}

	private static List<String> children(UiScript ui, String root) {
		TreeItem item = item(tree(ui).getItems(), root);
		return item == null ? List.of() : names(item.getItems());
	}

	private static List<String> names(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}

	/** @return the item whose text starts with the prefix, or null */
	private static TreeItem item(TreeItem[] items, String prefix) {
		return Arrays.stream(items).filter(i -> i.getText().startsWith(prefix)).findFirst().orElse(null);
	}

	/** Expands an item as a click on its arrow does: the tree hears of it, then shows the children. */
	private static void expand(TreeItem item) {
		Event event = new Event();
		event.item = item;
		item.getParent().notifyListeners(SWT.Expand, event);
		item.setExpanded(true);
	}
}
