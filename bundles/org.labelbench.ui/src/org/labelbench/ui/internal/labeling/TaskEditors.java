package org.labelbench.ui.internal.labeling;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.labelbench.ui.editor.TaskEditor;

/** The editors contributed to {@code org.labelbench.ui.taskEditors}, found by the task type they edit. */
public final class TaskEditors {

	static final String POINT = "org.labelbench.ui.taskEditors"; //$NON-NLS-1$

	private TaskEditors() {
	}

	/** @return a new editor for a task type, or empty when no installed plugin contributes one */
	static Optional<TaskEditor> create(String taskType) {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
			if (taskType.equals(element.getAttribute("taskType"))) { //$NON-NLS-1$
				try {
					return Optional.of((TaskEditor) element.createExecutableExtension("class")); //$NON-NLS-1$
				} catch (CoreException | ClassCastException e) {
					ILog.of(TaskEditors.class).error("The editor of task type " + taskType + " from " //$NON-NLS-1$ //$NON-NLS-2$
							+ element.getContributor().getName() + " cannot be made", e); //$NON-NLS-1$
				}
			}
		}
		return Optional.empty();
	}

	/** @return the key hints the editor of a task type shows, or empty */
	static String keyHints(String taskType) {
		return attribute(taskType, "keyHints").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the binding context whose keys apply while the editor of a task type is shown, if it names one */
	static Optional<String> bindingContext(String taskType) {
		return attribute(taskType, "bindingContext"); //$NON-NLS-1$
	}

	/** @return the icon of a task type, from the plugin of its editor, if it has one */
	public static Optional<ImageDescriptor> icon(String taskType) {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
			if (taskType.equals(element.getAttribute("taskType")) && element.getAttribute("icon") != null) { //$NON-NLS-1$ //$NON-NLS-2$
				return ResourceLocator.imageDescriptorFromBundle(element.getContributor().getName(),
						element.getAttribute("icon")); //$NON-NLS-1$
			}
		}
		return Optional.empty();
	}

	private static Optional<String> attribute(String taskType, String name) {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
			if (taskType.equals(element.getAttribute("taskType")) && element.getAttribute(name) != null) { //$NON-NLS-1$
				return Optional.of(element.getAttribute(name));
			}
		}
		return Optional.empty();
	}
}
