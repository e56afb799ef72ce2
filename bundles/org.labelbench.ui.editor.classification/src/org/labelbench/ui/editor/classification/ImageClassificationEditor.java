package org.labelbench.ui.editor.classification;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.model.Annotation;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.PictureControls;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;

/**
 * Image classification, multi-class and multi-label, on a grid of 1, 4, 6 or 9 images per task: keys 1 to 9 pick
 * the class (multi-class) or turn it on and off (multi-label) for the selected images; a click selects one image,
 * Ctrl+click adds to the selection, and a new task starts with all its images selected. The grid size picked applies
 * from the next task claimed and in later sessions. DICOM and other grayscale images get the picture controls (window presets, right-drag
 * window/level, frames, DICOM info) for the image last clicked, the first one when a task shows.
 */
public final class ImageClassificationEditor implements TaskEditor {

	static final String WIDGET = "org.labelbench.ui.widget"; //$NON-NLS-1$
	/** the data key of the location of the item a tile shows, for tests that watch what is shown */
	static final String ITEM = "org.labelbench.ui.item"; //$NON-NLS-1$
	private static final int[] SIZES = { 1, 4, 6, 9 };
	/** the grid's margins and the space between tiles, in pixels */
	private static final int MARGIN = 5;
	private static final int SPACING = 6;
	/** the setting that keeps the labeler's grid size for the next sessions */
	private static final String GRID_SIZE = "gridSize"; //$NON-NLS-1$

	private EditorSite site;
	private Composite grid;
	private Combo size;
	private PictureControls controls;
	private Tile current;
	private final List<Tile> tiles = new ArrayList<>();
	private LabelingTask task;
	/** SWT images of the pictures of the task to come, made while the labeler looks at this one */
	private final java.util.Map<TaskItem, Image> prepared = new java.util.IdentityHashMap<>();

	@Override
	public void createControl(Composite parent, EditorSite editorSite) {
		this.site = editorSite;
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		new Label(body, SWT.NONE).setText(Messages.gridSize);
		size = new Combo(body, SWT.READ_ONLY);
		size.setData(WIDGET, "gridSize"); //$NON-NLS-1$
		for (int n : SIZES) {
			size.add(Integer.toString(n));
		}
		int remembered = java.util.Arrays.stream(SIZES).boxed().toList().indexOf(parse(site.setting(GRID_SIZE)));
		size.select(Math.max(0, remembered));
		size.addListener(SWT.Selection, e -> site.setSetting(GRID_SIZE, size.getText()));
		Composite tools = new Composite(body, SWT.NONE);
		GridLayout toolsLayout = new GridLayout(1, false);
		toolsLayout.marginWidth = 0;
		toolsLayout.marginHeight = 0;
		tools.setLayout(toolsLayout);
		tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		controls = new PictureControls(tools, rendered -> {
			if (current != null) {
				current.setPicture(rendered);
			}
		});
		grid = new Composite(body, SWT.NONE);
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
	}

	private static int parse(String number) {
		try {
			return number == null ? 1 : Integer.parseInt(number.trim());
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	private static int columns(int items) {
		return items <= 1 ? 1 : items <= 4 ? 2 : 3;
	}

	/** @return the size of the picture in a tile of a grid of {@code items} images, as the grid is now */
	@Override
	public Point pictureSize(int items) {
		Rectangle area = grid.getClientArea();
		int columns = columns(items);
		int rows = (items + columns - 1) / columns;
		int width = (area.width - 2 * MARGIN - (columns - 1) * SPACING) / columns;
		int height = (area.height - 2 * MARGIN - (rows - 1) * SPACING) / rows;
		return Tile.pictureArea(width, height).orElseGet(() -> TaskEditor.super.pictureSize(items));
	}

	@Override
	public int taskSize() {
		return SIZES[Math.max(0, size.getSelectionIndex())];
	}

	@Override
	public void show(LabelingTask shown) {
		task = shown;
		current = null;
		int count = shown.items().size();
		if (count != tiles.size()) { // a grid of another size: the tiles of the last one do not fit
			tiles.forEach(Tile::dispose);
			tiles.clear();
			grid.setLayout(layout(count));
			for (int i = 0; i < count; i++) {
				Tile tile = new Tile(grid, site, i, this::select, this::makeCurrent);
				tile.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
				controls.attachWindowDrag(tile.control());
				tiles.add(tile);
			}
			grid.layout(true, true);
		}
		for (int i = 0; i < count; i++) {
			TaskItem item = shown.items().get(i);
			tiles.get(i).show(item, prepared.remove(item));
		}
		disposePrepared();
		makeCurrent(tiles.isEmpty() ? null : tiles.get(0));
		grid.update(); // paints now: the labeler waits for this picture, not for the next frame of the toolkit's clock
	}

	@Override
	public void prepare(LabelingTask next) {
		disposePrepared();
		for (TaskItem item : next.items()) {
			if (item.picture() != null) {
				prepared.put(item, new Image(grid.getDisplay(), item.picture().image()));
			}
		}
	}

	private void disposePrepared() {
		prepared.values().forEach(Image::dispose);
		prepared.clear();
	}

	private static GridLayout layout(int items) {
		GridLayout layout = new GridLayout(columns(items), true);
		layout.marginWidth = MARGIN;
		layout.marginHeight = MARGIN;
		layout.horizontalSpacing = SPACING;
		layout.verticalSpacing = SPACING;
		return layout;
	}

	/** Gives the picture controls to a tile's picture. */
	private void makeCurrent(Tile tile) {
		if (tile != current || tile == null) {
			current = tile;
			if (controls.show(tile == null ? null : tile.picture())) {
				grid.getParent().layout(true, true);
			}
		}
	}

	/** Selects one tile, or adds it to the selection (Ctrl+click). */
	private void select(Tile tile, boolean add) {
		for (Tile t : tiles) {
			if (t == tile) {
				t.setSelected(add ? !t.selected() : true);
			} else if (!add) {
				t.setSelected(false);
			}
		}
	}

	@Override
	public List<List<Annotation>> labels() {
		return tiles.stream().map(Tile::labels).toList();
	}

	@Override
	public boolean run(EditorAction action, int argument) {
		if (action == EditorAction.SELECT_ALL) {
			tiles.forEach(t -> t.setSelected(true));
			return true;
		}
		if (action != EditorAction.PICK_CLASS || argument < 1 || argument > site.classes().size()) {
			return false;
		}
		String name = site.classes().get(argument - 1);
		List<Tile> selected = tiles.stream().filter(Tile::selected).toList();
		boolean allHaveIt = selected.stream().allMatch(t -> t.has(name));
		for (Tile tile : selected) {
			tile.pick(name, !(site.taskType().multiLabel() && allHaveIt), site.taskType().multiLabel());
		}
		site.labelsChanged();
		return !selected.isEmpty();
	}

	@Override
	public void setFocus() {
		grid.setFocus();
	}

	@Override
	public void dispose() {
		current = null;
		disposePrepared();
		tiles.forEach(Tile::dispose);
		tiles.clear();
	}

	/** @return the task shown, for tests */
	LabelingTask task() {
		return task;
	}
}
