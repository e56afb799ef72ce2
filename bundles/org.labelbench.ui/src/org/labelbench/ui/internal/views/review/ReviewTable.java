package org.labelbench.ui.internal.views.review;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.ItemImages;
import org.labelbench.model.DataKind;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreException;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * The items of the data review in a virtual table: rows are read a page at a time in a background job as the user
 * scrolls towards them, and filled only when they become visible, so a project of a million items opens as fast as
 * one of ten. While more rows exist the last row says they are loading. Reloading keeps the rows the user scrolled
 * to and selected, where they still exist.
 */
public final class ReviewTable {

	static final int PAGE = 200;
	/** the most rows a reload reads again to keep the user's place */
	static final int MAX_RELOAD = 5_000;

	private final Workspace workspace;
	private final UISynchronize sync;
	private final Table table;
	private final Previews previews;
	private final Image placeholder;
	private final DateFormat dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT);
	private ReviewQuery query;
	private List<ReviewRow> rows = new ArrayList<>();
	private boolean more;
	private boolean loading;
	/** whether the row saying more are loading was shown while rows were being read: read more once they are */
	private boolean moreAsked;
	private int generation;
	private Runnable loaded = () -> {
	};

	public ReviewTable(Composite parent, Workspace workspace, ItemImages images, UISynchronize sync) {
		this.workspace = workspace;
		this.sync = sync;
		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(Widgets.KEY, "review.items"); //$NON-NLS-1$
		column(Messages.Review_item, 260);
		column(Messages.Review_state, 140);
		column(Messages.Review_classes, 160);
		column(Messages.Review_labeler, 100);
		column(Messages.Review_submitted, 130);
		previews = new Previews(workspace, images, table.getDisplay(), sync, this::redraw);
		placeholder = blank(table);
		table.addListener(SWT.SetData, this::fill);
		table.addListener(SWT.Dispose, e -> {
			generation++;
			previews.dispose();
			placeholder.dispose();
		});
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	/** A white square the size of a thumbnail: image rows have their height before their thumbnails come. */
	private static Image blank(Table table) {
		ImageData data = new ImageData(Previews.THUMBNAIL, Previews.THUMBNAIL, 24, new PaletteData(0xFF0000, 0xFF00,
				0xFF));
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				data.setPixel(x, y, 0xF4F4F4);
			}
		}
		return new Image(table.getDisplay(), data);
	}

	public Table control() {
		return table;
	}

	/** @param listener told on the UI thread whenever rows were read */
	public void onLoaded(Runnable listener) {
		loaded = listener;
	}

	/** @return the rows read so far */
	public int loadedRows() {
		return rows.size();
	}

	/** @return the labelers of the rows read so far */
	public Set<String> labelers() {
		Set<String> names = new java.util.TreeSet<>();
		rows.stream().map(ReviewRow::labeler).filter(java.util.Objects::nonNull).forEach(names::add);
		return names;
	}

	/** @return whether rows after the loaded ones exist */
	public boolean hasMore() {
		return more;
	}

	/** Lists other items, from the top. */
	public void show(ReviewQuery shown) {
		query = shown;
		generation++;
		rows = new ArrayList<>();
		more = true;
		table.removeAll();
		previews.project(shown);
		load(0, PAGE, Set.of(), 0);
		table.setItemCount(1);
		if (shown.kind() != DataKind.TEXT) {
			// GTK sizes the image column by the first image it gets, which must not come while it draws a row
			table.getItem(0).setImage(0, placeholder);
		}
	}

	/** Reads the listed items again, as far as the user had scrolled (at most {@link #MAX_RELOAD} rows). */
	public void reload() {
		if (query == null) {
			return;
		}
		generation++;
		Set<Long> selected = new HashSet<>();
		selection().forEach(r -> selected.add(r.itemId()));
		int wanted = Math.max(PAGE, Math.min(MAX_RELOAD, rows.size()));
		load(0, wanted, selected, table.getTopIndex());
	}

	/** Removes every row: no project is shown. */
	public void clear() {
		query = null;
		generation++;
		rows = new ArrayList<>();
		more = false;
		table.removeAll();
		loaded.run();
	}

	/** @return the selected rows that were read (the row saying more are loading is not one) */
	public List<ReviewRow> selection() {
		List<ReviewRow> selected = new ArrayList<>();
		for (int index : table.getSelectionIndices()) {
			if (index < rows.size()) {
				selected.add(rows.get(index));
			}
		}
		return selected;
	}

	private void loadMore() {
		if (loading) {
			moreAsked = true; // the table asks for a row once: a request while reading must not be lost
		} else if (more && query != null) {
			load(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).itemId(), PAGE, null, -1);
		}
	}

	/**
	 * Reads rows in the background and shows them.
	 *
	 * @param keep the selected items to select again when the rows replace those shown, or null to append the rows
	 */
	private void load(long afterId, int wanted, Set<Long> keep, int top) {
		int started = generation;
		ReviewQuery of = query;
		loading = true;
		Job job = Job.create(Messages.bind(Messages.Review_readingItems, of.project()), (IProgressMonitor monitor) -> {
			try {
				List<ReviewRow> read = new ArrayList<>();
				long after = afterId;
				boolean end = false;
				while (read.size() < wanted && !end && !monitor.isCanceled()) {
					int ask = Math.min(PAGE, wanted - read.size());
					List<ReviewRow> page = of.page(workspace, after, ask);
					read.addAll(page);
					end = page.size() < ask;
					after = page.isEmpty() ? after : page.get(page.size() - 1).itemId();
				}
				boolean hasMore = !end;
				sync.asyncExec(() -> show(started, read, hasMore, keep, top));
				return Status.OK_STATUS;
			} catch (StoreException | InvalidInputException e) {
				sync.asyncExec(() -> failed(started, e.getMessage()));
				return Status.OK_STATUS; // shown in the table, where the rows would have been
			}
		});
		job.addJobChangeListener(failure(started));
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * @return a listener that says in the table why a read failed in an unforeseen way (the job manager logs it): no
	 *         more rows would be asked for while the table thinks they are loading
	 */
	private JobChangeAdapter failure(int started) {
		return new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				if (result.getSeverity() == IStatus.ERROR) {
					String reason = result.getException() == null ? result.getMessage() : result.getException().toString();
					sync.asyncExec(() -> failed(started, reason));
				}
			}
		};
	}

	private void show(int started, List<ReviewRow> read, boolean hasMore, Set<Long> keep, int top) {
		if (started != generation || table.isDisposed()) {
			return; // the user chose other items meanwhile
		}
		loading = false;
		more = hasMore;
		if (keep == null) {
			int old = rows.size();
			rows.addAll(read);
			table.setItemCount(rows.size() + (more ? 1 : 0));
			table.clear(old);
		} else {
			rows = new ArrayList<>(read);
			table.setItemCount(rows.size() + (more ? 1 : 0));
			table.clearAll();
			restore(keep, top);
		}
		loaded.run();
		boolean asked = moreAsked;
		moreAsked = false;
		if (more && (asked || loadingRowShows())) {
			loadMore();
		}
	}

	/** @return whether the row saying more are loading is in the table's visible area */
	private boolean loadingRowShows() {
		int visible = table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1;
		return rows.size() <= table.getTopIndex() + visible;
	}

	private void restore(Set<Long> keep, int top) {
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < rows.size() && indices.size() < keep.size(); i++) {
			if (keep.contains(rows.get(i).itemId())) {
				indices.add(i);
			}
		}
		table.deselectAll();
		table.select(indices.stream().mapToInt(Integer::intValue).toArray());
		if (top > 0 && table.getItemCount() > 0) {
			table.setTopIndex(Math.min(top, table.getItemCount() - 1));
		}
		table.notifyListeners(SWT.Selection, new Event());
	}

	private void failed(int started, String message) {
		if (started == generation && !table.isDisposed()) {
			loading = false;
			moreAsked = false;
			more = false;
			table.setItemCount(rows.size() + 1);
			TableItem last = table.getItem(rows.size());
			last.setText(0, Messages.bind(Messages.Review_notRead, message));
		}
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = event.index;
		if (index < 0) {
			return; // GTK asks while it removes all rows
		}
		if (index >= rows.size()) {
			item.setText(0, Messages.Review_loading);
			loadMore();
			return;
		}
		ReviewRow row = rows.get(index);
		if (query.kind() == DataKind.TEXT) {
			String line = previews.firstLine(row);
			item.setText(0, line == null || line.isEmpty() ? row.location()
					: Messages.bind(Messages.Review_textItem, row.location(), line));
		} else {
			Image thumbnail = previews.image(row);
			item.setImage(0, thumbnail == null ? placeholder : thumbnail);
			item.setText(0, row.location());
		}
		item.setText(1, row.stateText());
		item.setText(2, row.problem() != null ? row.problem() : String.join(", ", row.classes())); //$NON-NLS-1$
		item.setText(3, row.labeler() == null ? "" : row.labeler()); //$NON-NLS-1$
		item.setText(4, row.submittedAt() == null ? "" : dates.format(Date.from(row.submittedAt()))); //$NON-NLS-1$
		if (more && index >= rows.size() - PAGE / 4) {
			loadMore();
		}
	}

	/** Draws an item's row again, when its preview came or went. */
	private void redraw(long itemId) {
		int low = 0;
		int high = rows.size() - 1;
		while (low <= high) { // rows are in item id order
			int middle = (low + high) >>> 1;
			long id = rows.get(middle).itemId();
			if (id < itemId) {
				low = middle + 1;
			} else if (id > itemId) {
				high = middle - 1;
			} else {
				table.clear(middle);
				return;
			}
		}
	}
}
