package org.labelbench.ui.internal.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.labelbench.core.Datastore.Entry;
import org.labelbench.core.Datastore.Page;
import org.labelbench.core.Datastore.Root;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * The folders of every registered datastore as a tree that loads lazily: a folder is listed (one page at a time, in
 * a job) when it is first expanded, and a "more" item fetches the next page. Choosing a folder reports its location.
 */
final class DatastoreTree {

	static final int PAGE = 500;

	/** what a tree item stands for */
	private record Folder(String location) {
	}

	private record More(String folder, String continuation) {
	}

	private static final Object LOADING = new Object();

	private final Tree tree;
	private final DatastoreBrowser browser;
	private final Consumer<String> chosen;

	DatastoreTree(Composite parent, DatastoreBrowser browser, Consumer<String> chosen) {
		this.browser = browser;
		this.chosen = chosen;
		tree = Widgets.named(new Tree(parent, SWT.BORDER | SWT.SINGLE), "datastoreTree"); //$NON-NLS-1$
		tree.addListener(SWT.Expand, this::expanded);
		tree.addListener(SWT.Selection, this::selected);
		loadRoots();
	}

	Tree control() {
		return tree;
	}

	private void loadRoots() {
		Job.create(Messages.Wizard_datastoreLoading, (IProgressMonitor monitor) -> {
			List<Root> roots = browser.roots();
			ui(() -> {
				for (Root root : roots) {
					TreeItem item = new TreeItem(tree, SWT.NONE);
					item.setText(Messages.bind(Messages.Wizard_datastoreRoot, root.name(), root.description()));
					folderItem(item, root.location());
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private static void folderItem(TreeItem item, String location) {
		item.setData(new Folder(location));
		new TreeItem(item, SWT.NONE).setData(LOADING); // the arrow; replaced by the entries when expanded
	}

	private void expanded(Event event) {
		TreeItem item = (TreeItem) event.item;
		if (item.getData() instanceof Folder folder && item.getItemCount() == 1
				&& item.getItem(0).getData() == LOADING && item.getItem(0).getText().isEmpty()) {
			item.getItem(0).setText(Messages.Wizard_datastoreListing);
			load(item, folder.location(), null, item.getItem(0));
		}
	}

	private void selected(Event event) {
		TreeItem item = (TreeItem) event.item;
		if (item.getData() instanceof More more) {
			item.setText(Messages.Wizard_datastoreListing);
			item.setData(LOADING);
			load(item.getParentItem(), more.folder(), more.continuation(), item);
			return;
		}
		chosen.accept(item.getData() instanceof Folder folder ? folder.location() : null);
	}

	/** Lists a page of a folder in a job and puts its entries where the placeholder is. */
	private void load(TreeItem parent, String folder, String continuation, TreeItem placeholder) {
		Job.create(Messages.bind(Messages.Wizard_datastoreBrowsing, folder), (IProgressMonitor monitor) -> {
			Page page;
			String failure = null;
			try {
				page = browser.browse(folder, continuation, PAGE);
			} catch (IOException | UncheckedIOException | org.labelbench.store.InvalidInputException e) {
				page = null;
				failure = e.getMessage();
			}
			Page shown = page;
			String problem = failure;
			ui(() -> {
				if (parent.isDisposed() || placeholder.isDisposed()) {
					return;
				}
				if (shown == null) {
					placeholder.setText(Messages.bind(Messages.Wizard_datastoreFailed, problem));
					return;
				}
				placeholder.dispose();
				show(parent, folder, shown);
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private static void show(TreeItem parent, String folder, Page page) {
		for (Entry entry : page.entries()) {
			TreeItem item = new TreeItem(parent, SWT.NONE);
			item.setText(entry.name());
			if (entry.folder()) {
				folderItem(item, entry.location());
			}
		}
		if (page.continuation() != null) {
			TreeItem more = new TreeItem(parent, SWT.NONE);
			more.setText(Messages.Wizard_datastoreMore);
			more.setData(new More(folder, page.continuation()));
		}
		if (page.entries().isEmpty() && page.continuation() == null) {
			new TreeItem(parent, SWT.NONE).setText(Messages.Wizard_datastoreEmpty);
		}
	}

	private void ui(Runnable update) {
		if (!tree.isDisposed()) {
			tree.getDisplay().asyncExec(() -> {
				if (!tree.isDisposed()) {
					update.run();
				}
			});
		}
	}
}
