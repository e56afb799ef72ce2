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
