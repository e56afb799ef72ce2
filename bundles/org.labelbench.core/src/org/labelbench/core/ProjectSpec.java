package org.labelbench.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What an admin asks for when creating a project.
 *
 * @param taskType a task type id from the registry
 * @param data a local folder (searched recursively) or, for text projects, a CSV file; null when {@code dataset} or
 *        {@code dataLocation} is given
 * @param dataset the name of a registered dataset to use instead of {@code data}, or null
 * @param textColumn for CSV data: the column that holds each item's text
 * @param labels the label classes in order; the first nine get keys 1-9
 * @param instructions instruction text, or null
 * @param instructionsUrl a link to instructions, or null
 * @param itemLimit the most items the project takes, or null for {@link #DEFAULT_ITEM_LIMIT}
 * @param dataLocation data in a datastore, as a location one of the installed {@link Datastore}s reads (for example
 *        {@code azure://store/images/**}), instead of {@code data}; or null
 * @param uploadTo a datastore the local folder {@code data} is uploaded to first (for example {@code azure://store},
 *        into {@code Labeling/upload/PROJECT/}, or {@code azure://store/folder/}); the project then reads the uploaded
 *        items from there. Null to read the folder where it is
 */
public record ProjectSpec(String name, String taskType, Path data, String dataset, String textColumn,
		List<String> labels, String instructions, String instructionsUrl, Long itemLimit, String dataLocation,
		String uploadTo) {

	/** Labelbench takes 5,000,000 items in a project unless told otherwise (the hosted service stops at 500,000). */
	public static final long DEFAULT_ITEM_LIMIT = 5_000_000;

	/** A project on data where it is: a local folder, a registered dataset or a datastore location. */
	public ProjectSpec(String name, String taskType, Path data, String dataset, String textColumn, List<String> labels,
			String instructions, String instructionsUrl, Long itemLimit, String dataLocation) {
		this(name, taskType, data, dataset, textColumn, labels, instructions, instructionsUrl, itemLimit, dataLocation,
				null);
	}

	/** A project on a local folder or a registered dataset. */
	public ProjectSpec(String name, String taskType, Path data, String dataset, String textColumn, List<String> labels,
			String instructions, String instructionsUrl, Long itemLimit) {
		this(name, taskType, data, dataset, textColumn, labels, instructions, instructionsUrl, itemLimit, null);
	}

	/** @return this request on the data location that an upload made */
	public ProjectSpec uploaded(String location) {
		return new ProjectSpec(name, taskType, null, null, textColumn, labels, instructions, instructionsUrl, itemLimit,
				location, null);
	}

	/** A project on a local folder, without a registered dataset. */
	public ProjectSpec(String name, String taskType, Path data, List<String> labels, String instructions,
			String instructionsUrl) {
		this(name, taskType, data, null, null, labels, instructions, instructionsUrl, null);
	}
}
