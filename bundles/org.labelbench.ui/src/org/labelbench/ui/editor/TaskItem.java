package org.labelbench.ui.editor;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.labelbench.model.Annotation;
import org.labelbench.store.ItemRecord;

/**
 * One item of a task with its content, loaded off the UI thread.
 *
 * @param text the text of a text item, else null
 * @param picture the picture of an image item, else null
 * @param problem why the content could not be loaded (the editor shows it; the item can be skipped), else null
 * @param defaults labels kept as defaults when the project started over, or an ML prelabel; empty when none
 */
public record TaskItem(ItemRecord item, String text, ItemPicture picture, String problem, List<Annotation> defaults) {

	public TaskItem {
		defaults = List.copyOf(defaults);
	}

	/** @return the rendering of an image item's picture, else null */
	public ImageData image() {
		return picture == null ? null : picture.image();
	}
}
