package org.labelbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings the workbench shows, from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.ui.internal.messages"; //$NON-NLS-1$

	public static String Common_browse;
	public static String Projects_name;
	public static String Projects_type;
	public static String Projects_state;
	public static String Projects_progress;
	public static String Projects_labeledOf;
	public static String Projects_errors;
	public static String Projects_lastRefresh;
	public static String RunPause_pausing;
	public static String RunPause_running;
	public static String DeleteProject_title;
	public static String DeleteProject_question;
	public static String DeleteProject_job;
	public static String RefreshData_title;
	public static String RefreshData_job;
	public static String RefreshData_result;
	public static String AddClasses_title;
	public static String AddClasses_heading;
	public static String AddClasses_message;
	public static String AddClasses_names;
	public static String AddClasses_existing;
	public static String AddClasses_continue;
	public static String AddClasses_restartKeep;
	public static String AddClasses_restartClear;
	public static String AddClasses_add;
	public static String AddClasses_none;
	public static String AddClasses_exists;
	public static String AddClasses_twice;
	public static String AddClasses_job;
	public static String Export_title;
	public static String Export_heading;
	public static String Export_message;
	public static String Export_format;
	public static String Export_destination;
	public static String Export_allItems;
	public static String Export_prelabels;
	public static String Export_chooseFolder;
	public static String Export_export;
	public static String Export_job;
	public static String Export_done;
	public static String Export_notExported;
	public static String Dashboard_noProject;
	public static String Dashboard_facts;
	public static String Dashboard_progress;
	public static String Dashboard_noItems;
	public static String Dashboard_labeled;
	public static String Dashboard_inTasks;
	public static String Dashboard_queued;
	public static String Dashboard_skipped;
	public static String Dashboard_rejected;
	public static String Dashboard_errors;
	public static String Dashboard_legendEntry;
	public static String Dashboard_segmentTip;
	public static String Dashboard_queue;
	public static String Dashboard_queueManual;
	public static String Dashboard_queueInTasks;
	public static String Dashboard_distribution;
	public static String Dashboard_classCount;
	public static String Dashboard_moreClasses;
	public static String Dashboard_noClasses;
	public static String Dashboard_mlRuns;
	public static String Dashboard_noMlRuns;
	public static String Dashboard_runType;
	public static String Dashboard_runStatus;
	public static String Dashboard_runStarted;
	public static String Dashboard_runMetrics;
	public static String Dashboard_runNotStarted;
	public static String Dashboard_readingRuns;
	public static String MlRun_training;
	public static String MlRun_validation;
	public static String MlRun_inference;
	public static String MlRun_featurization;
	public static String MlRun_queued;
	public static String MlRun_running;
	public static String MlRun_succeeded;
	public static String MlRun_failed;
	public static String MlRun_canceled;
	public static String Review_show;
	public static String Review_class;
	public static String Review_allClasses;
	public static String Review_byLabeler;
	public static String Review_labelerTip;
	public static String Review_filterAll;
	public static String Review_filterLabeled;
	public static String Review_filterQueued;
	public static String Review_filterSkipped;
	public static String Review_filterRejected;
	public static String Review_filterInTask;
	public static String Review_filterError;
	public static String Review_noProject;
	public static String Review_count;
	public static String Review_countSoFar;
	public static String Review_item;
	public static String Review_state;
	public static String Review_classes;
	public static String Review_labeler;
	public static String Review_submitted;
	public static String Review_stateLabeled;
	public static String Review_stateInTask;
	public static String Review_stateQueued;
	public static String Review_stateSkipped;
	public static String Review_stateRejected;
	public static String Review_stateError;
	public static String Review_textItem;
	public static String Review_loading;
	public static String Review_notRead;
	public static String Review_readingItems;
	public static String Review_readingPreviews;
	public static String Review_opening;
	public static String Item_title;
	public static String Item_state;
	public static String Item_labeledBy;
	public static String Item_labels;
	public static String Item_noLabels;
	public static String Item_noImage;
	public static String Item_box;
	public static String Item_polygon;
	public static String Reject_title;
	public static String Reject_one;
	public static String Reject_many;
	public static String Reject_noReason;
	public static String Reject_job;
	public static String Reject_refused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
