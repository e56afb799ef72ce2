/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The vocabulary of Labelbench. Projects, classes, settings, annotations, submissions and ML runs are EObjects; a project's items live as database rows and are read as light records through the store API, never loaded here in bulk.
 * <!-- end-model-doc -->
 * @see org.labelbench.model.LabelbenchFactory
 * @model kind="package"
 * @generated
 */
public interface LabelbenchPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://labelbench.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "labelbench";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LabelbenchPackage eINSTANCE = org.labelbench.model.impl.LabelbenchPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.ProjectImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TASK_TYPE = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STATE = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__INSTRUCTIONS = 4;

	/**
	 * The feature id for the '<em><b>Label Classes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LABEL_CLASSES = 5;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DATASET = 6;

	/**
	 * The feature id for the '<em><b>Refresh</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__REFRESH = 7;

	/**
	 * The feature id for the '<em><b>Ml Assist</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ML_ASSIST = 8;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MEMBERS = 9;

	/**
	 * The feature id for the '<em><b>Queue Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__QUEUE_SEED = 10;

	/**
	 * The feature id for the '<em><b>Item Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ITEM_LIMIT = 11;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 12;

	/**
	 * The operation id for the '<em>Find Label Class</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT___FIND_LABEL_CLASS__STRING = 0;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.InstructionsImpl <em>Instructions</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.InstructionsImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getInstructions()
	 * @generated
	 */
	int INSTRUCTIONS = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS__URL = 1;

	/**
	 * The number of structural features of the '<em>Instructions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Is Link</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS___IS_LINK = 0;

	/**
	 * The number of operations of the '<em>Instructions</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTIONS_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.LabelClassImpl <em>Label Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.LabelClassImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getLabelClass()
	 * @generated
	 */
	int LABEL_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__KEY = 1;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS__ORDER = 2;

	/**
	 * The number of structural features of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Label Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_CLASS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.DatasetImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__KIND = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Text Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__TEXT_COLUMN = 3;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__DATA_SOURCE = 4;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.DataSourceImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 4;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.LocalFolderSourceImpl <em>Local Folder Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.LocalFolderSourceImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getLocalFolderSource()
	 * @generated
	 */
	int LOCAL_FOLDER_SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_FOLDER_SOURCE__PATH = DATA_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Local Folder Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_FOLDER_SOURCE_FEATURE_COUNT = DATA_SOURCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Local Folder Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_FOLDER_SOURCE_OPERATION_COUNT = DATA_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.AzureBlobSourceImpl <em>Azure Blob Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.AzureBlobSourceImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getAzureBlobSource()
	 * @generated
	 */
	int AZURE_BLOB_SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Datastore</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AZURE_BLOB_SOURCE__DATASTORE = DATA_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AZURE_BLOB_SOURCE__CONTAINER = DATA_SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Path Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AZURE_BLOB_SOURCE__PATH_PATTERN = DATA_SOURCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Azure Blob Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AZURE_BLOB_SOURCE_FEATURE_COUNT = DATA_SOURCE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Azure Blob Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AZURE_BLOB_SOURCE_OPERATION_COUNT = DATA_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.RefreshSettingsImpl <em>Refresh Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.RefreshSettingsImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getRefreshSettings()
	 * @generated
	 */
	int REFRESH_SETTINGS = 7;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFRESH_SETTINGS__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFRESH_SETTINGS__INTERVAL_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Last Refresh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFRESH_SETTINGS__LAST_REFRESH = 2;

	/**
	 * The number of structural features of the '<em>Refresh Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFRESH_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Refresh Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFRESH_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.MlAssistSettingsImpl <em>Ml Assist Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.MlAssistSettingsImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlAssistSettings()
	 * @generated
	 */
	int ML_ASSIST_SETTINGS = 8;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Min Labels For Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING = 1;

	/**
	 * The feature id for the '<em><b>Retrain Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__RETRAIN_EVERY = 2;

	/**
	 * The feature id for the '<em><b>Target Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__TARGET_PRECISION = 3;

	/**
	 * The feature id for the '<em><b>Backbone Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__BACKBONE_PATH = 4;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__DEVICE = 5;

	/**
	 * The feature id for the '<em><b>Any Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS__ANY_ORIENTATION = 6;

	/**
	 * The number of structural features of the '<em>Ml Assist Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Ml Assist Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_ASSIST_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.LabelerImpl <em>Labeler</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.LabelerImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getLabeler()
	 * @generated
	 */
	int LABELER = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELER__ROLE = 1;

	/**
	 * The number of structural features of the '<em>Labeler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Labeler</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.ItemImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Data Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__DATA_KIND = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__STATE = 3;

	/**
	 * The feature id for the '<em><b>Error Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ERROR_REASON = 4;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__EVENTS = 5;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.ItemEventImpl <em>Item Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.ItemEventImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItemEvent()
	 * @generated
	 */
	int ITEM_EVENT = 11;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_EVENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_EVENT__ACTOR = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_EVENT__AT = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_EVENT__REASON = 3;

	/**
	 * The number of structural features of the '<em>Item Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Item Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.AnnotationImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 12;

	/**
	 * The feature id for the '<em><b>Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CLASS_NAME = 0;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__CONFIDENCE = 1;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.ClassLabelImpl <em>Class Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.ClassLabelImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getClassLabel()
	 * @generated
	 */
	int CLASS_LABEL = 13;

	/**
	 * The feature id for the '<em><b>Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_LABEL__CLASS_NAME = ANNOTATION__CLASS_NAME;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_LABEL__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The number of structural features of the '<em>Class Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_LABEL_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Class Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASS_LABEL_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.BoundingBoxImpl <em>Bounding Box</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.BoundingBoxImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getBoundingBox()
	 * @generated
	 */
	int BOUNDING_BOX = 14;

	/**
	 * The feature id for the '<em><b>Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__CLASS_NAME = ANNOTATION__CLASS_NAME;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__X = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__Y = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__WIDTH = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX__HEIGHT = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Bounding Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Area</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX___AREA = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Bounding Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDING_BOX_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.PolygonImpl <em>Polygon</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.PolygonImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getPolygon()
	 * @generated
	 */
	int POLYGON = 15;

	/**
	 * The feature id for the '<em><b>Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON__CLASS_NAME = ANNOTATION__CLASS_NAME;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON__CONFIDENCE = ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON__POINTS = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Polygon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Area</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON___AREA = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Polygon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLYGON_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.PointImpl <em>Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.PointImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getPoint()
	 * @generated
	 */
	int POINT = 16;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.SubmissionImpl <em>Submission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.SubmissionImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getSubmission()
	 * @generated
	 */
	int SUBMISSION = 17;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Labeler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__LABELER = 1;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__SUBMITTED_AT = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION__ANNOTATIONS = 4;

	/**
	 * The number of structural features of the '<em>Submission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Submission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.MlRunImpl <em>Ml Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.MlRunImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlRun()
	 * @generated
	 */
	int ML_RUN = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__KIND = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__STARTED_AT = 3;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__FINISHED_AT = 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__MESSAGE = 5;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__METRICS = 6;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__ITEMS = 7;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN__DEVICE = 8;

	/**
	 * The number of structural features of the '<em>Ml Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Ml Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ML_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.impl.MetricImpl
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Label Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__LABEL_CLASS = 2;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.labelbench.model.ProjectState <em>Project State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.ProjectState
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getProjectState()
	 * @generated
	 */
	int PROJECT_STATE = 20;

	/**
	 * The meta object id for the '{@link org.labelbench.model.DatasetKind <em>Dataset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.DatasetKind
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDatasetKind()
	 * @generated
	 */
	int DATASET_KIND = 21;

	/**
	 * The meta object id for the '{@link org.labelbench.model.ComputeDevice <em>Compute Device</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.ComputeDevice
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getComputeDevice()
	 * @generated
	 */
	int COMPUTE_DEVICE = 22;

	/**
	 * The meta object id for the '{@link org.labelbench.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.Role
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 23;

	/**
	 * The meta object id for the '{@link org.labelbench.model.DataKind <em>Data Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.DataKind
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDataKind()
	 * @generated
	 */
	int DATA_KIND = 24;

	/**
	 * The meta object id for the '{@link org.labelbench.model.ItemState <em>Item State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.ItemState
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItemState()
	 * @generated
	 */
	int ITEM_STATE = 25;

	/**
	 * The meta object id for the '{@link org.labelbench.model.ItemEventKind <em>Item Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.ItemEventKind
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItemEventKind()
	 * @generated
	 */
	int ITEM_EVENT_KIND = 26;

	/**
	 * The meta object id for the '{@link org.labelbench.model.SubmissionSource <em>Submission Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.SubmissionSource
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getSubmissionSource()
	 * @generated
	 */
	int SUBMISSION_SOURCE = 27;

	/**
	 * The meta object id for the '{@link org.labelbench.model.MlRunKind <em>Ml Run Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.MlRunKind
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlRunKind()
	 * @generated
	 */
	int ML_RUN_KIND = 28;

	/**
	 * The meta object id for the '{@link org.labelbench.model.MlRunStatus <em>Ml Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.model.MlRunStatus
	 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlRunStatus()
	 * @generated
	 */
	int ML_RUN_STATUS = 29;


	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.labelbench.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.labelbench.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Project#getTaskType <em>Task Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Type</em>'.
	 * @see org.labelbench.model.Project#getTaskType()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_TaskType();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Project#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.labelbench.model.Project#getState()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_State();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Project#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.labelbench.model.Project#getCreatedAt()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_CreatedAt();

	/**
	 * Returns the meta object for the containment reference '{@link org.labelbench.model.Project#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Instructions</em>'.
	 * @see org.labelbench.model.Project#getInstructions()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Instructions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.labelbench.model.Project#getLabelClasses <em>Label Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Label Classes</em>'.
	 * @see org.labelbench.model.Project#getLabelClasses()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_LabelClasses();

	/**
	 * Returns the meta object for the containment reference '{@link org.labelbench.model.Project#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.labelbench.model.Project#getDataset()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link org.labelbench.model.Project#getRefresh <em>Refresh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Refresh</em>'.
	 * @see org.labelbench.model.Project#getRefresh()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Refresh();

	/**
	 * Returns the meta object for the containment reference '{@link org.labelbench.model.Project#getMlAssist <em>Ml Assist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ml Assist</em>'.
	 * @see org.labelbench.model.Project#getMlAssist()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_MlAssist();

	/**
	 * Returns the meta object for the containment reference list '{@link org.labelbench.model.Project#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.labelbench.model.Project#getMembers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Project#getQueueSeed <em>Queue Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Seed</em>'.
	 * @see org.labelbench.model.Project#getQueueSeed()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_QueueSeed();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Project#getItemLimit <em>Item Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Limit</em>'.
	 * @see org.labelbench.model.Project#getItemLimit()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_ItemLimit();

	/**
	 * Returns the meta object for the '{@link org.labelbench.model.Project#findLabelClass(java.lang.String) <em>Find Label Class</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Label Class</em>' operation.
	 * @see org.labelbench.model.Project#findLabelClass(java.lang.String)
	 * @generated
	 */
	EOperation getProject__FindLabelClass__String();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Instructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instructions</em>'.
	 * @see org.labelbench.model.Instructions
	 * @generated
	 */
	EClass getInstructions();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Instructions#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.labelbench.model.Instructions#getText()
	 * @see #getInstructions()
	 * @generated
	 */
	EAttribute getInstructions_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Instructions#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.labelbench.model.Instructions#getUrl()
	 * @see #getInstructions()
	 * @generated
	 */
	EAttribute getInstructions_Url();

	/**
	 * Returns the meta object for the '{@link org.labelbench.model.Instructions#isLink() <em>Is Link</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Link</em>' operation.
	 * @see org.labelbench.model.Instructions#isLink()
	 * @generated
	 */
	EOperation getInstructions__IsLink();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.LabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Class</em>'.
	 * @see org.labelbench.model.LabelClass
	 * @generated
	 */
	EClass getLabelClass();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.LabelClass#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.labelbench.model.LabelClass#getName()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.LabelClass#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.labelbench.model.LabelClass#getKey()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.LabelClass#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.labelbench.model.LabelClass#getOrder()
	 * @see #getLabelClass()
	 * @generated
	 */
	EAttribute getLabelClass_Order();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.labelbench.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Dataset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.labelbench.model.Dataset#getName()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Dataset#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.labelbench.model.Dataset#getKind()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Dataset#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.labelbench.model.Dataset#getDescription()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Dataset#getTextColumn <em>Text Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Column</em>'.
	 * @see org.labelbench.model.Dataset#getTextColumn()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_TextColumn();

	/**
	 * Returns the meta object for the containment reference '{@link org.labelbench.model.Dataset#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Data Source</em>'.
	 * @see org.labelbench.model.Dataset#getDataSource()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_DataSource();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.labelbench.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.LocalFolderSource <em>Local Folder Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Folder Source</em>'.
	 * @see org.labelbench.model.LocalFolderSource
	 * @generated
	 */
	EClass getLocalFolderSource();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.LocalFolderSource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.labelbench.model.LocalFolderSource#getPath()
	 * @see #getLocalFolderSource()
	 * @generated
	 */
	EAttribute getLocalFolderSource_Path();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.AzureBlobSource <em>Azure Blob Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Azure Blob Source</em>'.
	 * @see org.labelbench.model.AzureBlobSource
	 * @generated
	 */
	EClass getAzureBlobSource();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.AzureBlobSource#getDatastore <em>Datastore</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Datastore</em>'.
	 * @see org.labelbench.model.AzureBlobSource#getDatastore()
	 * @see #getAzureBlobSource()
	 * @generated
	 */
	EAttribute getAzureBlobSource_Datastore();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.AzureBlobSource#getContainer <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container</em>'.
	 * @see org.labelbench.model.AzureBlobSource#getContainer()
	 * @see #getAzureBlobSource()
	 * @generated
	 */
	EAttribute getAzureBlobSource_Container();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.AzureBlobSource#getPathPattern <em>Path Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Pattern</em>'.
	 * @see org.labelbench.model.AzureBlobSource#getPathPattern()
	 * @see #getAzureBlobSource()
	 * @generated
	 */
	EAttribute getAzureBlobSource_PathPattern();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.RefreshSettings <em>Refresh Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Refresh Settings</em>'.
	 * @see org.labelbench.model.RefreshSettings
	 * @generated
	 */
	EClass getRefreshSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.RefreshSettings#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.labelbench.model.RefreshSettings#isEnabled()
	 * @see #getRefreshSettings()
	 * @generated
	 */
	EAttribute getRefreshSettings_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.RefreshSettings#getIntervalMinutes <em>Interval Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Minutes</em>'.
	 * @see org.labelbench.model.RefreshSettings#getIntervalMinutes()
	 * @see #getRefreshSettings()
	 * @generated
	 */
	EAttribute getRefreshSettings_IntervalMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.RefreshSettings#getLastRefresh <em>Last Refresh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Refresh</em>'.
	 * @see org.labelbench.model.RefreshSettings#getLastRefresh()
	 * @see #getRefreshSettings()
	 * @generated
	 */
	EAttribute getRefreshSettings_LastRefresh();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.MlAssistSettings <em>Ml Assist Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ml Assist Settings</em>'.
	 * @see org.labelbench.model.MlAssistSettings
	 * @generated
	 */
	EClass getMlAssistSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.labelbench.model.MlAssistSettings#isEnabled()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#getMinLabelsForTraining <em>Min Labels For Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Labels For Training</em>'.
	 * @see org.labelbench.model.MlAssistSettings#getMinLabelsForTraining()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_MinLabelsForTraining();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#getRetrainEvery <em>Retrain Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retrain Every</em>'.
	 * @see org.labelbench.model.MlAssistSettings#getRetrainEvery()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_RetrainEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#getTargetPrecision <em>Target Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Precision</em>'.
	 * @see org.labelbench.model.MlAssistSettings#getTargetPrecision()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_TargetPrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#getBackbonePath <em>Backbone Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backbone Path</em>'.
	 * @see org.labelbench.model.MlAssistSettings#getBackbonePath()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_BackbonePath();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.labelbench.model.MlAssistSettings#getDevice()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlAssistSettings#isAnyOrientation <em>Any Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Any Orientation</em>'.
	 * @see org.labelbench.model.MlAssistSettings#isAnyOrientation()
	 * @see #getMlAssistSettings()
	 * @generated
	 */
	EAttribute getMlAssistSettings_AnyOrientation();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Labeler <em>Labeler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Labeler</em>'.
	 * @see org.labelbench.model.Labeler
	 * @generated
	 */
	EClass getLabeler();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Labeler#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.labelbench.model.Labeler#getName()
	 * @see #getLabeler()
	 * @generated
	 */
	EAttribute getLabeler_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Labeler#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.labelbench.model.Labeler#getRole()
	 * @see #getLabeler()
	 * @generated
	 */
	EAttribute getLabeler_Role();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.labelbench.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.labelbench.model.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Item#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.labelbench.model.Item#getLocation()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Item#getDataKind <em>Data Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Kind</em>'.
	 * @see org.labelbench.model.Item#getDataKind()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_DataKind();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Item#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.labelbench.model.Item#getState()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_State();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Item#getErrorReason <em>Error Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Reason</em>'.
	 * @see org.labelbench.model.Item#getErrorReason()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ErrorReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.labelbench.model.Item#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.labelbench.model.Item#getEvents()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Events();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.ItemEvent <em>Item Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Event</em>'.
	 * @see org.labelbench.model.ItemEvent
	 * @generated
	 */
	EClass getItemEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.ItemEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.labelbench.model.ItemEvent#getKind()
	 * @see #getItemEvent()
	 * @generated
	 */
	EAttribute getItemEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.ItemEvent#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see org.labelbench.model.ItemEvent#getActor()
	 * @see #getItemEvent()
	 * @generated
	 */
	EAttribute getItemEvent_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.ItemEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.labelbench.model.ItemEvent#getAt()
	 * @see #getItemEvent()
	 * @generated
	 */
	EAttribute getItemEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.ItemEvent#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.labelbench.model.ItemEvent#getReason()
	 * @see #getItemEvent()
	 * @generated
	 */
	EAttribute getItemEvent_Reason();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.labelbench.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Annotation#getClassName <em>Class Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Name</em>'.
	 * @see org.labelbench.model.Annotation#getClassName()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_ClassName();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Annotation#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.labelbench.model.Annotation#getConfidence()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Confidence();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.ClassLabel <em>Class Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Class Label</em>'.
	 * @see org.labelbench.model.ClassLabel
	 * @generated
	 */
	EClass getClassLabel();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.BoundingBox <em>Bounding Box</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bounding Box</em>'.
	 * @see org.labelbench.model.BoundingBox
	 * @generated
	 */
	EClass getBoundingBox();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.BoundingBox#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.labelbench.model.BoundingBox#getX()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_X();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.BoundingBox#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.labelbench.model.BoundingBox#getY()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.BoundingBox#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.labelbench.model.BoundingBox#getWidth()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.BoundingBox#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.labelbench.model.BoundingBox#getHeight()
	 * @see #getBoundingBox()
	 * @generated
	 */
	EAttribute getBoundingBox_Height();

	/**
	 * Returns the meta object for the '{@link org.labelbench.model.BoundingBox#area() <em>Area</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Area</em>' operation.
	 * @see org.labelbench.model.BoundingBox#area()
	 * @generated
	 */
	EOperation getBoundingBox__Area();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Polygon <em>Polygon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Polygon</em>'.
	 * @see org.labelbench.model.Polygon
	 * @generated
	 */
	EClass getPolygon();

	/**
	 * Returns the meta object for the containment reference list '{@link org.labelbench.model.Polygon#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.labelbench.model.Polygon#getPoints()
	 * @see #getPolygon()
	 * @generated
	 */
	EReference getPolygon_Points();

	/**
	 * Returns the meta object for the '{@link org.labelbench.model.Polygon#area() <em>Area</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Area</em>' operation.
	 * @see org.labelbench.model.Polygon#area()
	 * @generated
	 */
	EOperation getPolygon__Area();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Point <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Point</em>'.
	 * @see org.labelbench.model.Point
	 * @generated
	 */
	EClass getPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Point#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.labelbench.model.Point#getX()
	 * @see #getPoint()
	 * @generated
	 */
	EAttribute getPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Point#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.labelbench.model.Point#getY()
	 * @see #getPoint()
	 * @generated
	 */
	EAttribute getPoint_Y();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Submission <em>Submission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Submission</em>'.
	 * @see org.labelbench.model.Submission
	 * @generated
	 */
	EClass getSubmission();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Submission#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.labelbench.model.Submission#getItemId()
	 * @see #getSubmission()
	 * @generated
	 */
	EAttribute getSubmission_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Submission#getLabeler <em>Labeler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labeler</em>'.
	 * @see org.labelbench.model.Submission#getLabeler()
	 * @see #getSubmission()
	 * @generated
	 */
	EAttribute getSubmission_Labeler();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Submission#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.labelbench.model.Submission#getSubmittedAt()
	 * @see #getSubmission()
	 * @generated
	 */
	EAttribute getSubmission_SubmittedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Submission#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.labelbench.model.Submission#getSource()
	 * @see #getSubmission()
	 * @generated
	 */
	EAttribute getSubmission_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.labelbench.model.Submission#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.labelbench.model.Submission#getAnnotations()
	 * @see #getSubmission()
	 * @generated
	 */
	EReference getSubmission_Annotations();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.MlRun <em>Ml Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ml Run</em>'.
	 * @see org.labelbench.model.MlRun
	 * @generated
	 */
	EClass getMlRun();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.labelbench.model.MlRun#getId()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.labelbench.model.MlRun#getKind()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.labelbench.model.MlRun#getStatus()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.labelbench.model.MlRun#getStartedAt()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.labelbench.model.MlRun#getFinishedAt()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.labelbench.model.MlRun#getMessage()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_Message();

	/**
	 * Returns the meta object for the containment reference list '{@link org.labelbench.model.MlRun#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.labelbench.model.MlRun#getMetrics()
	 * @see #getMlRun()
	 * @generated
	 */
	EReference getMlRun_Metrics();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Items</em>'.
	 * @see org.labelbench.model.MlRun#getItems()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.MlRun#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.labelbench.model.MlRun#getDevice()
	 * @see #getMlRun()
	 * @generated
	 */
	EAttribute getMlRun_Device();

	/**
	 * Returns the meta object for class '{@link org.labelbench.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.labelbench.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.labelbench.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.labelbench.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.model.Metric#getLabelClass <em>Label Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Class</em>'.
	 * @see org.labelbench.model.Metric#getLabelClass()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_LabelClass();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.ProjectState <em>Project State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project State</em>'.
	 * @see org.labelbench.model.ProjectState
	 * @generated
	 */
	EEnum getProjectState();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.DatasetKind <em>Dataset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dataset Kind</em>'.
	 * @see org.labelbench.model.DatasetKind
	 * @generated
	 */
	EEnum getDatasetKind();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.ComputeDevice <em>Compute Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Compute Device</em>'.
	 * @see org.labelbench.model.ComputeDevice
	 * @generated
	 */
	EEnum getComputeDevice();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.labelbench.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.DataKind <em>Data Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Kind</em>'.
	 * @see org.labelbench.model.DataKind
	 * @generated
	 */
	EEnum getDataKind();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.ItemState <em>Item State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item State</em>'.
	 * @see org.labelbench.model.ItemState
	 * @generated
	 */
	EEnum getItemState();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.ItemEventKind <em>Item Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Event Kind</em>'.
	 * @see org.labelbench.model.ItemEventKind
	 * @generated
	 */
	EEnum getItemEventKind();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.SubmissionSource <em>Submission Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Submission Source</em>'.
	 * @see org.labelbench.model.SubmissionSource
	 * @generated
	 */
	EEnum getSubmissionSource();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.MlRunKind <em>Ml Run Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ml Run Kind</em>'.
	 * @see org.labelbench.model.MlRunKind
	 * @generated
	 */
	EEnum getMlRunKind();

	/**
	 * Returns the meta object for enum '{@link org.labelbench.model.MlRunStatus <em>Ml Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ml Run Status</em>'.
	 * @see org.labelbench.model.MlRunStatus
	 * @generated
	 */
	EEnum getMlRunStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LabelbenchFactory getLabelbenchFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.ProjectImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Task Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__TASK_TYPE = eINSTANCE.getProject_TaskType();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__STATE = eINSTANCE.getProject_State();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CREATED_AT = eINSTANCE.getProject_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__INSTRUCTIONS = eINSTANCE.getProject_Instructions();

		/**
		 * The meta object literal for the '<em><b>Label Classes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__LABEL_CLASSES = eINSTANCE.getProject_LabelClasses();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DATASET = eINSTANCE.getProject_Dataset();

		/**
		 * The meta object literal for the '<em><b>Refresh</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__REFRESH = eINSTANCE.getProject_Refresh();

		/**
		 * The meta object literal for the '<em><b>Ml Assist</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ML_ASSIST = eINSTANCE.getProject_MlAssist();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MEMBERS = eINSTANCE.getProject_Members();

		/**
		 * The meta object literal for the '<em><b>Queue Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__QUEUE_SEED = eINSTANCE.getProject_QueueSeed();

		/**
		 * The meta object literal for the '<em><b>Item Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ITEM_LIMIT = eINSTANCE.getProject_ItemLimit();

		/**
		 * The meta object literal for the '<em><b>Find Label Class</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROJECT___FIND_LABEL_CLASS__STRING = eINSTANCE.getProject__FindLabelClass__String();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.InstructionsImpl <em>Instructions</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.InstructionsImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getInstructions()
		 * @generated
		 */
		EClass INSTRUCTIONS = eINSTANCE.getInstructions();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTIONS__TEXT = eINSTANCE.getInstructions_Text();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTIONS__URL = eINSTANCE.getInstructions_Url();

		/**
		 * The meta object literal for the '<em><b>Is Link</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INSTRUCTIONS___IS_LINK = eINSTANCE.getInstructions__IsLink();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.LabelClassImpl <em>Label Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.LabelClassImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getLabelClass()
		 * @generated
		 */
		EClass LABEL_CLASS = eINSTANCE.getLabelClass();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__NAME = eINSTANCE.getLabelClass_Name();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__KEY = eINSTANCE.getLabelClass_Key();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_CLASS__ORDER = eINSTANCE.getLabelClass_Order();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.DatasetImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NAME = eINSTANCE.getDataset_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__KIND = eINSTANCE.getDataset_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__DESCRIPTION = eINSTANCE.getDataset_Description();

		/**
		 * The meta object literal for the '<em><b>Text Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__TEXT_COLUMN = eINSTANCE.getDataset_TextColumn();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__DATA_SOURCE = eINSTANCE.getDataset_DataSource();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.DataSourceImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.LocalFolderSourceImpl <em>Local Folder Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.LocalFolderSourceImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getLocalFolderSource()
		 * @generated
		 */
		EClass LOCAL_FOLDER_SOURCE = eINSTANCE.getLocalFolderSource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_FOLDER_SOURCE__PATH = eINSTANCE.getLocalFolderSource_Path();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.AzureBlobSourceImpl <em>Azure Blob Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.AzureBlobSourceImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getAzureBlobSource()
		 * @generated
		 */
		EClass AZURE_BLOB_SOURCE = eINSTANCE.getAzureBlobSource();

		/**
		 * The meta object literal for the '<em><b>Datastore</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AZURE_BLOB_SOURCE__DATASTORE = eINSTANCE.getAzureBlobSource_Datastore();

		/**
		 * The meta object literal for the '<em><b>Container</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AZURE_BLOB_SOURCE__CONTAINER = eINSTANCE.getAzureBlobSource_Container();

		/**
		 * The meta object literal for the '<em><b>Path Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AZURE_BLOB_SOURCE__PATH_PATTERN = eINSTANCE.getAzureBlobSource_PathPattern();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.RefreshSettingsImpl <em>Refresh Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.RefreshSettingsImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getRefreshSettings()
		 * @generated
		 */
		EClass REFRESH_SETTINGS = eINSTANCE.getRefreshSettings();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFRESH_SETTINGS__ENABLED = eINSTANCE.getRefreshSettings_Enabled();

		/**
		 * The meta object literal for the '<em><b>Interval Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFRESH_SETTINGS__INTERVAL_MINUTES = eINSTANCE.getRefreshSettings_IntervalMinutes();

		/**
		 * The meta object literal for the '<em><b>Last Refresh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFRESH_SETTINGS__LAST_REFRESH = eINSTANCE.getRefreshSettings_LastRefresh();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.MlAssistSettingsImpl <em>Ml Assist Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.MlAssistSettingsImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlAssistSettings()
		 * @generated
		 */
		EClass ML_ASSIST_SETTINGS = eINSTANCE.getMlAssistSettings();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__ENABLED = eINSTANCE.getMlAssistSettings_Enabled();

		/**
		 * The meta object literal for the '<em><b>Min Labels For Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING = eINSTANCE.getMlAssistSettings_MinLabelsForTraining();

		/**
		 * The meta object literal for the '<em><b>Retrain Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__RETRAIN_EVERY = eINSTANCE.getMlAssistSettings_RetrainEvery();

		/**
		 * The meta object literal for the '<em><b>Target Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__TARGET_PRECISION = eINSTANCE.getMlAssistSettings_TargetPrecision();

		/**
		 * The meta object literal for the '<em><b>Backbone Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__BACKBONE_PATH = eINSTANCE.getMlAssistSettings_BackbonePath();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__DEVICE = eINSTANCE.getMlAssistSettings_Device();

		/**
		 * The meta object literal for the '<em><b>Any Orientation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_ASSIST_SETTINGS__ANY_ORIENTATION = eINSTANCE.getMlAssistSettings_AnyOrientation();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.LabelerImpl <em>Labeler</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.LabelerImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getLabeler()
		 * @generated
		 */
		EClass LABELER = eINSTANCE.getLabeler();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELER__NAME = eINSTANCE.getLabeler_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELER__ROLE = eINSTANCE.getLabeler_Role();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.ItemImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__LOCATION = eINSTANCE.getItem_Location();

		/**
		 * The meta object literal for the '<em><b>Data Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__DATA_KIND = eINSTANCE.getItem_DataKind();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__STATE = eINSTANCE.getItem_State();

		/**
		 * The meta object literal for the '<em><b>Error Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ERROR_REASON = eINSTANCE.getItem_ErrorReason();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__EVENTS = eINSTANCE.getItem_Events();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.ItemEventImpl <em>Item Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.ItemEventImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItemEvent()
		 * @generated
		 */
		EClass ITEM_EVENT = eINSTANCE.getItemEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_EVENT__KIND = eINSTANCE.getItemEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_EVENT__ACTOR = eINSTANCE.getItemEvent_Actor();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_EVENT__AT = eINSTANCE.getItemEvent_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_EVENT__REASON = eINSTANCE.getItemEvent_Reason();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.AnnotationImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Class Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CLASS_NAME = eINSTANCE.getAnnotation_ClassName();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__CONFIDENCE = eINSTANCE.getAnnotation_Confidence();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.ClassLabelImpl <em>Class Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.ClassLabelImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getClassLabel()
		 * @generated
		 */
		EClass CLASS_LABEL = eINSTANCE.getClassLabel();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.BoundingBoxImpl <em>Bounding Box</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.BoundingBoxImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getBoundingBox()
		 * @generated
		 */
		EClass BOUNDING_BOX = eINSTANCE.getBoundingBox();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__X = eINSTANCE.getBoundingBox_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__Y = eINSTANCE.getBoundingBox_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__WIDTH = eINSTANCE.getBoundingBox_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDING_BOX__HEIGHT = eINSTANCE.getBoundingBox_Height();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BOUNDING_BOX___AREA = eINSTANCE.getBoundingBox__Area();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.PolygonImpl <em>Polygon</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.PolygonImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getPolygon()
		 * @generated
		 */
		EClass POLYGON = eINSTANCE.getPolygon();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLYGON__POINTS = eINSTANCE.getPolygon_Points();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation POLYGON___AREA = eINSTANCE.getPolygon__Area();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.PointImpl <em>Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.PointImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getPoint()
		 * @generated
		 */
		EClass POINT = eINSTANCE.getPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT__X = eINSTANCE.getPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POINT__Y = eINSTANCE.getPoint_Y();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.SubmissionImpl <em>Submission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.SubmissionImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getSubmission()
		 * @generated
		 */
		EClass SUBMISSION = eINSTANCE.getSubmission();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION__ITEM_ID = eINSTANCE.getSubmission_ItemId();

		/**
		 * The meta object literal for the '<em><b>Labeler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION__LABELER = eINSTANCE.getSubmission_Labeler();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION__SUBMITTED_AT = eINSTANCE.getSubmission_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION__SOURCE = eINSTANCE.getSubmission_Source();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBMISSION__ANNOTATIONS = eINSTANCE.getSubmission_Annotations();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.MlRunImpl <em>Ml Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.MlRunImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlRun()
		 * @generated
		 */
		EClass ML_RUN = eINSTANCE.getMlRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__ID = eINSTANCE.getMlRun_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__KIND = eINSTANCE.getMlRun_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__STATUS = eINSTANCE.getMlRun_Status();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__STARTED_AT = eINSTANCE.getMlRun_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__FINISHED_AT = eINSTANCE.getMlRun_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__MESSAGE = eINSTANCE.getMlRun_Message();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ML_RUN__METRICS = eINSTANCE.getMlRun_Metrics();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__ITEMS = eINSTANCE.getMlRun_Items();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ML_RUN__DEVICE = eINSTANCE.getMlRun_Device();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.impl.MetricImpl
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Label Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__LABEL_CLASS = eINSTANCE.getMetric_LabelClass();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.ProjectState <em>Project State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.ProjectState
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getProjectState()
		 * @generated
		 */
		EEnum PROJECT_STATE = eINSTANCE.getProjectState();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.DatasetKind <em>Dataset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.DatasetKind
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDatasetKind()
		 * @generated
		 */
		EEnum DATASET_KIND = eINSTANCE.getDatasetKind();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.ComputeDevice <em>Compute Device</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.ComputeDevice
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getComputeDevice()
		 * @generated
		 */
		EEnum COMPUTE_DEVICE = eINSTANCE.getComputeDevice();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.Role
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.DataKind <em>Data Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.DataKind
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getDataKind()
		 * @generated
		 */
		EEnum DATA_KIND = eINSTANCE.getDataKind();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.ItemState <em>Item State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.ItemState
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItemState()
		 * @generated
		 */
		EEnum ITEM_STATE = eINSTANCE.getItemState();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.ItemEventKind <em>Item Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.ItemEventKind
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getItemEventKind()
		 * @generated
		 */
		EEnum ITEM_EVENT_KIND = eINSTANCE.getItemEventKind();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.SubmissionSource <em>Submission Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.SubmissionSource
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getSubmissionSource()
		 * @generated
		 */
		EEnum SUBMISSION_SOURCE = eINSTANCE.getSubmissionSource();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.MlRunKind <em>Ml Run Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.MlRunKind
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlRunKind()
		 * @generated
		 */
		EEnum ML_RUN_KIND = eINSTANCE.getMlRunKind();

		/**
		 * The meta object literal for the '{@link org.labelbench.model.MlRunStatus <em>Ml Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.model.MlRunStatus
		 * @see org.labelbench.model.impl.LabelbenchPackageImpl#getMlRunStatus()
		 * @generated
		 */
		EEnum ML_RUN_STATUS = eINSTANCE.getMlRunStatus();

	}

} //LabelbenchPackage
