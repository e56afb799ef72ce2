package org.labelbench.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.labelbench.core.Labeling;
import org.labelbench.core.Permission;

import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.DataKind;
import org.labelbench.model.ItemState;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.model.ProjectState;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.ProjectRef;
import org.labelbench.store.Store;

final class LabelingImpl implements Labeling {

	static final int MAX_TASK = 9;

	private final Store store;
	private final ProjectsImpl projects;
	private final TaskTypeRegistry taskTypes;
	private final DataSources sources;

	private final AccessImpl access;

	LabelingImpl(Store store, ProjectsImpl projects, TaskTypeRegistry taskTypes, DataSources sources,
			AccessImpl access) {
		this.access = access;
		this.store = store;
		this.projects = projects;
		this.taskTypes = taskTypes;
		this.sources = sources;
	}

	@Override
	public List<ItemRecord> claimTask(String project, String labeler, int size, Duration lease) {
		if (size < 1 || size > MAX_TASK) {
			throw new InvalidInputException("a task has 1 to " + MAX_TASK + " items, not " + size);
		}
		// the hot path of labeling: the project's state without parsing its definition
		ProjectRef ref = store.projects().findRef(project)
				.orElseThrow(() -> new InvalidInputException("project '" + project + "' does not exist"));
		access.require(Permission.LABEL, ref, "label");
		access.requireSelf(labeler, project);
		requireRunning(project, ref.state());
		return store.items().claimTask(ref.id(), labeler, size, lease);
	}

	@Override
	public ItemRecord submit(String project, String item, List<Annotation> annotations, String labeler) {
		access.require(Permission.LABEL, project, "label");
		access.requireSelf(labeler, project);
		ProjectRecord record = running(project);
		ItemRecord target = item(record, item);
		TaskType type = taskTypes.require(record.project().getTaskType());
		Submission submission = LabelbenchFactory.eINSTANCE.createSubmission();
		submission.setItemId(target.id());
		submission.setLabeler(labeler);
		submission.setSubmittedAt(new Date());
		submission.setSource(SubmissionSource.HUMAN);
		submission.getAnnotations().addAll(EcoreUtil.copyAll(annotations));
		List<String> problems = new ArrayList<>(taskTypes.validator(type).validate(type, record.project(), submission));
		if (problems.isEmpty() && type.dataKind() == DataKind.IMAGE) {
			checkInsideImage(record, target, submission.getAnnotations(), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("item '" + item + "': " + String.join("; ", problems));
		}
		List<String> classes = submission.getAnnotations().stream().map(Annotation::getClassName).toList();
		submission.setSource(source(record, target, submission));
		store.items().submit(record.id(), submission, classes, submission.getSource());
		return store.items().find(record.id(), target.id()).orElseThrow();
	}

	/**
	 * What the labeler did with a prelabel the item showed, so the dashboard can tell how often the model was right:
	 * the same annotations (confidence aside) accept it, anything else changes it.
	 */
	private SubmissionSource source(ProjectRecord record, ItemRecord item, Submission submission) {
		return store.items().defaultSubmission(record.id(), item.id())
				.filter(shown -> shown.getSource() == SubmissionSource.PRELABEL)
				.map(prelabel -> sameAnnotations(prelabel.getAnnotations(), submission.getAnnotations())
						? SubmissionSource.PRELABEL_ACCEPTED
						: SubmissionSource.PRELABEL_CHANGED)
				.orElse(SubmissionSource.HUMAN);
	}

	static boolean sameAnnotations(List<Annotation> predicted, List<Annotation> submitted) {
		List<Annotation> withoutConfidence = new ArrayList<>(EcoreUtil.copyAll(predicted));
		withoutConfidence.forEach(a -> a.setConfidence(null));
		List<Annotation> human = new ArrayList<>(EcoreUtil.copyAll(submitted));
		human.forEach(a -> a.setConfidence(null));
		java.util.Comparator<Annotation> byClass = java.util.Comparator.comparing(Annotation::getClassName);
		withoutConfidence.sort(byClass);
		human.sort(byClass);
		return EcoreUtil.equals(withoutConfidence, human);
	}

	@Override
	public Progress progress(String project, String labeler) {
		long id = projects.get(project).id(); // not the status: that counts every item
		java.time.Instant midnight = java.time.LocalDate.now().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
		return new Progress(store.items().labeledBy(id, labeler, null), store.items().labeledBy(id, labeler, midnight));
	}

	@Override
	public ItemRecord skip(String project, String item, String labeler) {
		access.require(Permission.LABEL, project, "label");
		access.requireSelf(labeler, project);
		ProjectRecord record = running(project);
		ItemRecord target = item(record, item);
		store.items().skip(record.id(), target.id(), labeler);
		return store.items().find(record.id(), target.id()).orElseThrow();
	}

	private ProjectRecord running(String project) {
		ProjectRecord record = projects.get(project);
		requireRunning(project, record.project().getState());
		return record;
	}

	private static void requireRunning(String project, ProjectState state) {
		if (state != ProjectState.RUNNING) {
			throw new InvalidInputException("project '" + project + "' is " + state.getName()
					+ "; labeling needs it RUNNING");
		}
	}

	/** @return the item at a location, which must be one that can be labeled */
	static ItemRecord item(Store store, ProjectRecord record, String item) {
		ItemRecord target = store.items().findByLocation(record.id(), item).orElseThrow(
				() -> new InvalidInputException("project '" + record.project().getName() + "' has no item '" + item + "'"));
		if (target.state() == ItemState.ERROR) {
			throw new InvalidInputException("item '" + item + "' cannot be labeled: " + target.errorReason());
		}
		return target;
	}

	private ItemRecord item(ProjectRecord record, String item) {
		return item(store, record, item);
	}

	/** @return the image's size: recorded earlier, or read from its header now and recorded for exports */
	private ImageSizes.Size size(ProjectRecord record, ItemRecord item) {
		var stored = store.items().imageSize(record.id(), item.id());
		if (stored.isPresent()) {
			return new ImageSizes.Size(stored.get()[0], stored.get()[1]);
		}
		ImageSizes.Size size;
		try {
			size = ImageSizes.require(sources, record.project().getDataset(), item.location());
		} catch (IOException e) {
			throw new InvalidInputException("image '" + item.location() + "' cannot be read: " + SortedWalk.describe(e));
		}
		store.items().setImageSize(record.id(), item.id(), size.width(), size.height());
		return size;
	}

	/** Boxes and polygons must lie inside the image: they are never clipped silently. */
	private void checkInsideImage(ProjectRecord record, ItemRecord item, List<Annotation> annotations,
			List<String> problems) {
		List<Annotation> shapes = annotations.stream().filter(a -> a instanceof BoundingBox || a instanceof Polygon)
				.toList();
		if (shapes.isEmpty()) {
			return;
		}
		ImageSizes.Size size = size(record, item);
		for (int i = 0; i < annotations.size(); i++) {
			Annotation annotation = annotations.get(i);
			String which = "annotation " + (i + 1);
			if (annotation instanceof BoundingBox box && (box.getX() < 0 || box.getY() < 0
					|| box.getX() + box.getWidth() > size.width() || box.getY() + box.getHeight() > size.height())) {
				problems.add(which + " (box " + box.getX() + "," + box.getY() + " " + box.getWidth() + "x"
						+ box.getHeight() + ") goes outside the " + size.width() + "x" + size.height() + " image");
			} else if (annotation instanceof Polygon polygon) {
				for (Point p : polygon.getPoints()) {
					if (p.getX() < 0 || p.getY() < 0 || p.getX() > size.width() || p.getY() > size.height()) {
						problems.add(which + " has vertex " + p.getX() + "," + p.getY() + " outside the " + size.width()
								+ "x" + size.height() + " image");
						break;
					}
				}
			}
		}
	}
}
