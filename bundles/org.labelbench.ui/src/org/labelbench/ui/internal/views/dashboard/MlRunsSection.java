package org.labelbench.ui.internal.views.dashboard;

import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.labelbench.model.Metric;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * The project's ML runs with type, status, start and end, items, device, metrics (per-class thresholds among them) and
 * notes; says so plainly when there are none.
 */
final class MlRunsSection {

	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Label empty;
	private final TableViewer viewer;

	MlRunsSection(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Dashboard_mlRuns);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		group.setLayout(new FillLayout());
		stack = new Composite(group, SWT.NONE);
		stack.setLayout(layout);
		empty = new Label(stack, SWT.WRAP);
		empty.setText(Messages.Dashboard_noMlRuns);
		empty.setData(Widgets.KEY, "mlRuns.empty"); //$NON-NLS-1$
		viewer = new TableViewer(stack, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(Widgets.KEY, "mlRuns"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 200).applyTo(stack);
		column(Messages.Dashboard_runType, 110, run -> kind(run.getKind()));
		column(Messages.Dashboard_runStatus, 90, run -> status(run.getStatus()));
		column(Messages.Dashboard_runStarted, 140, run -> date(run.getStartedAt()));
		column(Messages.Dashboard_runFinished, 140, run -> run.getFinishedAt() == null ? "" : date(run.getFinishedAt())); //$NON-NLS-1$
		column(Messages.Dashboard_runItems, 70, run -> NumberFormat.getIntegerInstance().format(run.getItems()));
		column(Messages.Dashboard_runDevice, 70, run -> run.getDevice() == null ? "" : run.getDevice()); //$NON-NLS-1$
		column(Messages.Dashboard_runMetrics, 260, MlRunsSection::metrics);
		column(Messages.Dashboard_runMessage, 260, run -> run.getMessage() == null ? "" : run.getMessage()); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		show(List.of());
	}

	private void column(String title, int width, Function<MlRun, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((MlRun) element);
			}
		});
	}

	void show(List<MlRun> runs) {
		if (viewer.getInput() instanceof List<?> shown && shown.size() == runs.size()
				&& org.eclipse.emf.ecore.util.EcoreUtil.equals(runs, shown.stream().map(MlRun.class::cast).toList())) {
			return; // read again unchanged: keep the selection and scroll position
		}
		viewer.setInput(runs);
		layout.topControl = runs.isEmpty() ? empty : viewer.getControl();
		stack.layout();
	}

	private static String date(Date date) {
		return date == null ? Messages.Dashboard_runNotStarted
				: DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(date);
	}

	private static String metrics(MlRun run) {
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setMaximumFractionDigits(3);
		return run.getMetrics().stream().map(m -> name(m) + " " + value(format, m.getValue())) //$NON-NLS-1$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** a threshold no prediction reaches (the class is never prelabeled) is infinite: shown as never */
	private static String value(NumberFormat format, double value) {
		return value == Double.POSITIVE_INFINITY ? Messages.Dashboard_runNever : format.format(value);
	}

	private static String name(Metric metric) {
		return metric.getLabelClass() == null ? metric.getName() : metric.getName() + " (" + metric.getLabelClass() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String kind(MlRunKind kind) {
		return switch (kind) {
			case TRAINING -> Messages.MlRun_training;
			case VALIDATION -> Messages.MlRun_validation;
			case INFERENCE -> Messages.MlRun_inference;
			case FEATURIZATION -> Messages.MlRun_featurization;
		};
	}

	private static String status(MlRunStatus status) {
		return switch (status) {
			case QUEUED -> Messages.MlRun_queued;
			case RUNNING -> Messages.MlRun_running;
			case SUCCEEDED -> Messages.MlRun_succeeded;
			case FAILED -> Messages.MlRun_failed;
			case CANCELED -> Messages.MlRun_canceled;
		};
	}
}
