/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.labelbench.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LabelbenchFactoryImpl extends EFactoryImpl implements LabelbenchFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LabelbenchFactory init() {
		try {
			LabelbenchFactory theLabelbenchFactory = (LabelbenchFactory)EPackage.Registry.INSTANCE.getEFactory(LabelbenchPackage.eNS_URI);
			if (theLabelbenchFactory != null) {
				return theLabelbenchFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LabelbenchFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LabelbenchFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LabelbenchPackage.PROJECT: return createProject();
			case LabelbenchPackage.INSTRUCTIONS: return createInstructions();
			case LabelbenchPackage.LABEL_CLASS: return createLabelClass();
			case LabelbenchPackage.DATASET: return createDataset();
			case LabelbenchPackage.LOCAL_FOLDER_SOURCE: return createLocalFolderSource();
			case LabelbenchPackage.AZURE_BLOB_SOURCE: return createAzureBlobSource();
			case LabelbenchPackage.REFRESH_SETTINGS: return createRefreshSettings();
			case LabelbenchPackage.ML_ASSIST_SETTINGS: return createMlAssistSettings();
			case LabelbenchPackage.LABELER: return createLabeler();
			case LabelbenchPackage.ITEM: return createItem();
			case LabelbenchPackage.ITEM_EVENT: return createItemEvent();
			case LabelbenchPackage.CLASS_LABEL: return createClassLabel();
			case LabelbenchPackage.BOUNDING_BOX: return createBoundingBox();
			case LabelbenchPackage.POLYGON: return createPolygon();
			case LabelbenchPackage.POINT: return createPoint();
			case LabelbenchPackage.SUBMISSION: return createSubmission();
			case LabelbenchPackage.ML_RUN: return createMlRun();
			case LabelbenchPackage.METRIC: return createMetric();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LabelbenchPackage.PROJECT_STATE:
				return createProjectStateFromString(eDataType, initialValue);
			case LabelbenchPackage.DATASET_KIND:
				return createDatasetKindFromString(eDataType, initialValue);
			case LabelbenchPackage.COMPUTE_DEVICE:
				return createComputeDeviceFromString(eDataType, initialValue);
			case LabelbenchPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case LabelbenchPackage.DATA_KIND:
				return createDataKindFromString(eDataType, initialValue);
			case LabelbenchPackage.ITEM_STATE:
				return createItemStateFromString(eDataType, initialValue);
			case LabelbenchPackage.ITEM_EVENT_KIND:
				return createItemEventKindFromString(eDataType, initialValue);
			case LabelbenchPackage.SUBMISSION_SOURCE:
				return createSubmissionSourceFromString(eDataType, initialValue);
			case LabelbenchPackage.ML_RUN_KIND:
				return createMlRunKindFromString(eDataType, initialValue);
			case LabelbenchPackage.ML_RUN_STATUS:
				return createMlRunStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LabelbenchPackage.PROJECT_STATE:
				return convertProjectStateToString(eDataType, instanceValue);
			case LabelbenchPackage.DATASET_KIND:
				return convertDatasetKindToString(eDataType, instanceValue);
			case LabelbenchPackage.COMPUTE_DEVICE:
				return convertComputeDeviceToString(eDataType, instanceValue);
			case LabelbenchPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case LabelbenchPackage.DATA_KIND:
				return convertDataKindToString(eDataType, instanceValue);
			case LabelbenchPackage.ITEM_STATE:
				return convertItemStateToString(eDataType, instanceValue);
			case LabelbenchPackage.ITEM_EVENT_KIND:
				return convertItemEventKindToString(eDataType, instanceValue);
			case LabelbenchPackage.SUBMISSION_SOURCE:
				return convertSubmissionSourceToString(eDataType, instanceValue);
			case LabelbenchPackage.ML_RUN_KIND:
				return convertMlRunKindToString(eDataType, instanceValue);
			case LabelbenchPackage.ML_RUN_STATUS:
				return convertMlRunStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instructions createInstructions() {
		InstructionsImpl instructions = new InstructionsImpl();
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass createLabelClass() {
		LabelClassImpl labelClass = new LabelClassImpl();
		return labelClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset createDataset() {
		DatasetImpl dataset = new DatasetImpl();
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalFolderSource createLocalFolderSource() {
		LocalFolderSourceImpl localFolderSource = new LocalFolderSourceImpl();
		return localFolderSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AzureBlobSource createAzureBlobSource() {
		AzureBlobSourceImpl azureBlobSource = new AzureBlobSourceImpl();
		return azureBlobSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RefreshSettings createRefreshSettings() {
		RefreshSettingsImpl refreshSettings = new RefreshSettingsImpl();
		return refreshSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MlAssistSettings createMlAssistSettings() {
		MlAssistSettingsImpl mlAssistSettings = new MlAssistSettingsImpl();
		return mlAssistSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Labeler createLabeler() {
		LabelerImpl labeler = new LabelerImpl();
		return labeler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Item createItem() {
		ItemImpl item = new ItemImpl();
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemEvent createItemEvent() {
		ItemEventImpl itemEvent = new ItemEventImpl();
		return itemEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassLabel createClassLabel() {
		ClassLabelImpl classLabel = new ClassLabelImpl();
		return classLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundingBox createBoundingBox() {
		BoundingBoxImpl boundingBox = new BoundingBoxImpl();
		return boundingBox;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polygon createPolygon() {
		PolygonImpl polygon = new PolygonImpl();
		return polygon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Point createPoint() {
		PointImpl point = new PointImpl();
		return point;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Submission createSubmission() {
		SubmissionImpl submission = new SubmissionImpl();
		return submission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MlRun createMlRun() {
		MlRunImpl mlRun = new MlRunImpl();
		return mlRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectState createProjectStateFromString(EDataType eDataType, String initialValue) {
		ProjectState result = ProjectState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatasetKind createDatasetKindFromString(EDataType eDataType, String initialValue) {
		DatasetKind result = DatasetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatasetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComputeDevice createComputeDeviceFromString(EDataType eDataType, String initialValue) {
		ComputeDevice result = ComputeDevice.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComputeDeviceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataKind createDataKindFromString(EDataType eDataType, String initialValue) {
		DataKind result = DataKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemState createItemStateFromString(EDataType eDataType, String initialValue) {
		ItemState result = ItemState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemEventKind createItemEventKindFromString(EDataType eDataType, String initialValue) {
		ItemEventKind result = ItemEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubmissionSource createSubmissionSourceFromString(EDataType eDataType, String initialValue) {
		SubmissionSource result = SubmissionSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubmissionSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MlRunKind createMlRunKindFromString(EDataType eDataType, String initialValue) {
		MlRunKind result = MlRunKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMlRunKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MlRunStatus createMlRunStatusFromString(EDataType eDataType, String initialValue) {
		MlRunStatus result = MlRunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMlRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelbenchPackage getLabelbenchPackage() {
		return (LabelbenchPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LabelbenchPackage getPackage() {
		return LabelbenchPackage.eINSTANCE;
	}

} //LabelbenchFactoryImpl
