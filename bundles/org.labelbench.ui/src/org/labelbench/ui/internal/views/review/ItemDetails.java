package org.labelbench.ui.internal.views.review;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.ImageData;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.ItemImages;
import org.labelbench.model.Annotation;
import org.labelbench.model.DataKind;
import org.labelbench.model.Submission;

/**
 * An item with what the item dialog shows: its labels, and its image or text. Read off the UI thread.
 *
 * @param image the decoded image, or null for text items or when it cannot be read
 * @param text the text of a text item, or null
 * @param problem why the image cannot be shown, or null
 */
public record ItemDetails(ReviewRow row, List<Annotation> annotations, ImageData image, String text, String problem) {

	/** @return the item's current labels and content */
	public static ItemDetails read(Workspace workspace, ItemImages images, ReviewQuery query, ReviewRow row) {
		List<Annotation> annotations = workspace.store().items().currentSubmission(query.projectId(), row.itemId())
				.map(Submission::getAnnotations).map(a -> List.copyOf(EcoreUtil.copyAll(a))).orElse(List.of());
		if (query.kind() == DataKind.TEXT) {
			return new ItemDetails(row, annotations, null,
					workspace.store().items().text(query.projectId(), row.itemId()).orElse(""), null); //$NON-NLS-1$
		}
		try {
			return new ItemDetails(row, annotations,
					images.read(query.project(), row.location(), Integer.MAX_VALUE, Integer.MAX_VALUE), null, null);
		} catch (IOException e) {
			return new ItemDetails(row, annotations, null, null, e.getMessage());
		}
	}
}
