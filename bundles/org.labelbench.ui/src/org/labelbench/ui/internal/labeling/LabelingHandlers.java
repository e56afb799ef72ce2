package org.labelbench.ui.internal.labeling;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.labelbench.ui.editor.EditorAction;

/** The handlers of the labeling commands: each passes its command to the active labeling view. */
public final class LabelingHandlers {

	/** The parameter of the Pick Class command: the class number, 1 for the first. */
	public static final String CLASS_NUMBER = "org.labelbench.ui.commandparameter.classNumber"; //$NON-NLS-1$

	private LabelingHandlers() {
	}

	static LabelingPart labeling(MPart part) {
		return part != null && part.getObject() instanceof LabelingPart labeling ? labeling : null;
	}

	/** Submits the shown task (Enter). */
	public static final class Submit {
		@CanExecute
		boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return labeling(part) != null;
		}

		@Execute
		void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			labeling(part).submit();
		}
	}

	/** Skips the shown task. */
	public static final class Skip {
		@CanExecute
		boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return labeling(part) != null;
		}

		@Execute
		void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			labeling(part).skip();
		}
	}

	/** Picks (or toggles) a class by its number (keys 1 to 9). */
	public static final class PickClass {
		@CanExecute
		boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return labeling(part) != null;
		}

		@Execute
		void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(CLASS_NUMBER) String number) {
			labeling(part).run(EditorAction.PICK_CLASS, Integer.parseInt(number));
		}
	}

	/** Selects every item of the task, or every shape (Ctrl+A). */
	public static final class SelectAll {
		@CanExecute
		boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return labeling(part) != null;
		}

		@Execute
		void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			labeling(part).run(EditorAction.SELECT_ALL, 0);
		}
	}

	/**
	 * Passes an editing action to the active labeling view: the base of the handlers of the editing commands (undo,
	 * zoom, nudge...), one command each so that each has its own key.
	 */
	abstract static class EditorActionHandler {
		private final EditorAction action;

		EditorActionHandler(EditorAction action) {
			this.action = action;
		}

		@CanExecute
		boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return labeling(part) != null;
		}

		@Execute
		void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			labeling(part).run(action, 0);
		}
	}

	/** Runs {@link EditorAction#UNDO} in the shown task. */
	public static final class Undo extends EditorActionHandler {
		public Undo() {
			super(EditorAction.UNDO);
		}
	}

	/** Runs {@link EditorAction#REDO} in the shown task. */
	public static final class Redo extends EditorActionHandler {
		public Redo() {
			super(EditorAction.REDO);
		}
	}

	/** Runs {@link EditorAction#DELETE} in the shown task. */
	public static final class Delete extends EditorActionHandler {
		public Delete() {
			super(EditorAction.DELETE);
		}
	}

	/** Runs {@link EditorAction#CANCEL} in the shown task. */
	public static final class Cancel extends EditorActionHandler {
		public Cancel() {
			super(EditorAction.CANCEL);
		}
	}

	/** Runs {@link EditorAction#ZOOM_IN} in the shown task. */
	public static final class ZoomIn extends EditorActionHandler {
		public ZoomIn() {
			super(EditorAction.ZOOM_IN);
		}
	}

	/** Runs {@link EditorAction#ZOOM_OUT} in the shown task. */
	public static final class ZoomOut extends EditorActionHandler {
		public ZoomOut() {
			super(EditorAction.ZOOM_OUT);
		}
	}

	/** Runs {@link EditorAction#ZOOM_FIT} in the shown task. */
	public static final class ZoomFit extends EditorActionHandler {
		public ZoomFit() {
			super(EditorAction.ZOOM_FIT);
		}
	}

	/** Runs {@link EditorAction#NUDGE_LEFT} in the shown task. */
	public static final class NudgeLeft extends EditorActionHandler {
		public NudgeLeft() {
			super(EditorAction.NUDGE_LEFT);
		}
	}

	/** Runs {@link EditorAction#NUDGE_RIGHT} in the shown task. */
	public static final class NudgeRight extends EditorActionHandler {
		public NudgeRight() {
			super(EditorAction.NUDGE_RIGHT);
		}
	}

	/** Runs {@link EditorAction#NUDGE_UP} in the shown task. */
	public static final class NudgeUp extends EditorActionHandler {
		public NudgeUp() {
			super(EditorAction.NUDGE_UP);
		}
	}

	/** Runs {@link EditorAction#NUDGE_DOWN} in the shown task. */
	public static final class NudgeDown extends EditorActionHandler {
		public NudgeDown() {
			super(EditorAction.NUDGE_DOWN);
		}
	}

	/** Runs {@link EditorAction#NUDGE_LEFT_BIG} in the shown task. */
	public static final class NudgeLeftBig extends EditorActionHandler {
		public NudgeLeftBig() {
			super(EditorAction.NUDGE_LEFT_BIG);
		}
	}

	/** Runs {@link EditorAction#NUDGE_RIGHT_BIG} in the shown task. */
	public static final class NudgeRightBig extends EditorActionHandler {
		public NudgeRightBig() {
			super(EditorAction.NUDGE_RIGHT_BIG);
		}
	}

	/** Runs {@link EditorAction#NUDGE_UP_BIG} in the shown task. */
	public static final class NudgeUpBig extends EditorActionHandler {
		public NudgeUpBig() {
			super(EditorAction.NUDGE_UP_BIG);
		}
	}

	/** Runs {@link EditorAction#NUDGE_DOWN_BIG} in the shown task. */
	public static final class NudgeDownBig extends EditorActionHandler {
		public NudgeDownBig() {
			super(EditorAction.NUDGE_DOWN_BIG);
		}
	}

	/** Runs {@link EditorAction#CLOSE_SHAPE} in the shown task. */
	public static final class CloseShape extends EditorActionHandler {
		public CloseShape() {
			super(EditorAction.CLOSE_SHAPE);
		}
	}

	/** Runs {@link EditorAction#FRAME_NEXT} in the shown task. */
	public static final class FrameNext extends EditorActionHandler {
		public FrameNext() {
			super(EditorAction.FRAME_NEXT);
		}
	}

	/** Runs {@link EditorAction#FRAME_PREVIOUS} in the shown task. */
	public static final class FramePrevious extends EditorActionHandler {
		public FramePrevious() {
			super(EditorAction.FRAME_PREVIOUS);
		}
	}

	/**
	 * Shows the instructions (F1) and, pressed again there, goes back to the task: instructions are one key away
	 * while labeling.
	 */
	public static final class Instructions {
		static final String PART = "org.labelbench.ui.part.instructions"; //$NON-NLS-1$
		static final String TASK = "org.labelbench.ui.part.labeling"; //$NON-NLS-1$

		@CanExecute
		boolean canExecute(org.eclipse.e4.ui.workbench.modeling.EPartService parts) {
			return parts.findPart(PART) != null && parts.findPart(TASK) != null; // in the Labeling perspective
		}

		@Execute
		void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
				org.eclipse.e4.ui.workbench.modeling.EPartService parts) {
			boolean reading = part != null && PART.equals(part.getElementId());
			parts.showPart(reading ? TASK : PART, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
		}
	}
}
