package org.labelbench.store;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

/**
 * The latest trained model of each project and kind (an image or text classifier, a detector), kept whole in the
 * database so that every desktop and ML worker of a workspace or team server uses the same one. A model is the
 * engine's files packed in one archive, with the thresholds calibrated for it.
 */
public interface MlModelRepository {

	/**
	 * A stored model without its files.
	 *
	 * @param id            changes with every model saved, so a copy of the files can be kept by it
	 * @param kind          what the model is, e.g. {@code classifier} or {@code detector}
	 * @param validationRun the ML run that calibrated its thresholds
	 * @param thresholds    the thresholds and classes, as the ML bundle wrote them
	 * @param checksum      the SHA-256 of the files' archive, hexadecimal
	 * @param size          the archive's size in bytes
	 */
	record StoredModel(long id, long projectId, String kind, Date savedAt, long validationRun, String thresholds,
			String checksum, long size) {
	}

	/**
	 * Stores a project's new model of a kind and drops the one it replaces, in one transaction: readers see the old
	 * model or the new one, never part of one.
	 *
	 * @param files the archive of the engine's files
	 * @return the stored model
	 */
	StoredModel replace(long projectId, String kind, long validationRun, String thresholds, Path files);

	/** @return the project's model of that kind, if one was stored */
	Optional<StoredModel> latest(long projectId, String kind);

	/**
	 * Copies the archive of a stored model into a file, checking it against its checksum.
	 *
	 * @return false when the model was replaced meanwhile (read {@link #latest} again)
	 * @throws InvalidInputException when the stored archive does not match its checksum
	 */
	boolean copyFiles(StoredModel model, Path target);
}
