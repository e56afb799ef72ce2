package org.labelbench.ui.internal.views.review;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.ItemImages;
import org.labelbench.model.DataKind;
import org.labelbench.ui.internal.Messages;

/**
 * What the data review shows of an item's content: a thumbnail of an image, the first line of a text. Read for the
 * rows the table asks for, newest request first, in a background job; kept in bounded caches (thumbnails are
 * disposed when they drop out, and all of them with the view).
 */
final class Previews {

	static final int THUMBNAIL = 40;
	private static final int MAX_IMAGES = 300;
	private static final int MAX_TEXTS = 2_000;
	private static final int MAX_PENDING = 120;
	private static final int MAX_LINE = 200;

	private final Workspace workspace;
	private final ItemImages itemImages;
	private final Display display;
	private final UISynchronize sync;
	private final LongConsumer ready;
	private final Map<Long, Image> images = new LinkedHashMap<>(64, 0.75f, true);
	private final Map<Long, String> texts = new LinkedHashMap<>(64, 0.75f, true);
	private final Set<Long> failed = new HashSet<>();
	private final Deque<ReviewRow> pending = new ArrayDeque<>();
	private final Job reader;
	private volatile ReviewQuery query;

	/**
	 * @param ready told on the UI thread the id of an item whose preview came or went: its row must be drawn again, and
	 *        before a thumbnail is disposed its row stops showing it
	 */
	Previews(Workspace workspace, ItemImages images, Display display, UISynchronize sync, LongConsumer ready) {
		this.itemImages = images;
		this.workspace = workspace;
		this.display = display;
		this.sync = sync;
		this.ready = ready;
		reader = Job.create(Messages.Review_readingPreviews, this::readPending);
		reader.setSystem(true);
	}

	/** Forgets the previews of another project; called on the UI thread once the table shows none of them. */
	void project(ReviewQuery shown) {
		if (query != null && query.projectId() == shown.projectId()) {
			query = shown;
			return;
		}
		query = shown;
		clear();
	}

	/** @return the thumbnail of an image item, or null while it is read or when it cannot be shown */
	Image image(ReviewRow row) {
		Image image = images.get(row.itemId());
		if (image == null) {
			request(row);
		}
		return image;
	}

	/** @return the first line of a text item, or null while it is read */
	String firstLine(ReviewRow row) {
		String text = texts.get(row.itemId());
		if (text == null) {
			request(row);
		}
		return text;
	}

	private void request(ReviewRow row) {
		if (failed.contains(row.itemId())) {
			return;
		}
		synchronized (pending) {
			pending.remove(row);
			pending.push(row);
			while (pending.size() > MAX_PENDING) {
				pending.removeLast(); // scrolled past long ago
			}
		}
		reader.schedule();
	}

	private IStatus readPending(IProgressMonitor monitor) {
		ReviewQuery of = query;
		while (!monitor.isCanceled()) {
			ReviewRow row;
			synchronized (pending) {
				row = pending.poll();
			}
			if (row == null) {
				return Status.OK_STATUS;
			}
			read(of, row);
		}
		return Status.CANCEL_STATUS;
	}

	private void read(ReviewQuery of, ReviewRow row) {
		if (of == null || !row.project().equals(of.project())) {
			return;
		}
		try {
			if (of.kind() == DataKind.TEXT) {
				String text = workspace.store().items().text(of.projectId(), row.itemId()).orElse(""); //$NON-NLS-1$
				String line = text.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
				String shown = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "\u2026" : line; //$NON-NLS-1$
				sync.asyncExec(() -> put(of, row.itemId(), shown, null));
			} else {
				ImageData thumbnail = itemImages.read(of.project(), row.location(), THUMBNAIL, THUMBNAIL);
				sync.asyncExec(() -> put(of, row.itemId(), null, thumbnail));
			}
		} catch (IOException | RuntimeException e) { // a decoder may fail in any way on a damaged file
			// the row keeps its placeholder; the item itself says more when opened
			ILog.of(Previews.class).warn("No preview of item '" + row.location() + "': " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			sync.asyncExec(() -> failed.add(row.itemId()));
		}
	}

	private void put(ReviewQuery of, long itemId, String text, ImageData thumbnail) {
		if (display.isDisposed() || query == null || query.projectId() != of.projectId()) {
			return; // another project by now
		}
		if (thumbnail != null) {
			Image old = images.put(itemId, new Image(display, thumbnail));
			if (old != null) {
				old.dispose();
			}
			trimImages();
		} else {
			texts.put(itemId, text);
			if (texts.size() > MAX_TEXTS) {
				texts.remove(texts.keySet().iterator().next());
			}
		}
		ready.accept(itemId);
	}

	private void trimImages() {
		var eldest = images.entrySet().iterator();
		while (images.size() > MAX_IMAGES && eldest.hasNext()) {
			var entry = eldest.next();
			eldest.remove();
			ready.accept(entry.getKey());
			entry.getValue().dispose();
		}
	}

	private void clear() {
		synchronized (pending) {
			pending.clear();
		}
		images.values().forEach(Image::dispose);
		images.clear();
		texts.clear();
		failed.clear();
	}

	void dispose() {
		reader.cancel();
		query = null;
		clear();
	}
}
