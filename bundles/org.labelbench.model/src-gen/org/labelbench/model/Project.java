/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A labeling project. Its task type and dataset are fixed once it is initialized; classes and instructions can still change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getTaskType <em>Task Type</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getState <em>State</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getRefresh <em>Refresh</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getMlAssist <em>Ml Assist</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getMembers <em>Members</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getQueueSeed <em>Queue Seed</em>}</li>
 *   <li>{@link org.labelbench.model.Project#getItemLimit <em>Item Limit</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a task type contributed to the task-type registry (e.g. image-bbox); a string so that plugins can add types.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Type</em>' attribute.
	 * @see #setTaskType(String)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_TaskType()
	 * @model required="true"
	 * @generated
	 */
	String getTaskType();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getTaskType <em>Task Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Type</em>' attribute.
	 * @see #getTaskType()
	 * @generated
	 */
	void setTaskType(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"INITIALIZING"</code>.
	 * The literals are from the enumeration {@link org.labelbench.model.ProjectState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.labelbench.model.ProjectState
	 * @see #setState(ProjectState)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_State()
	 * @model default="INITIALIZING"
	 * @generated
	 */
	ProjectState getState();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.labelbench.model.ProjectState
	 * @see #getState()
	 * @generated
	 */
	void setState(ProjectState value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' containment reference.
	 * @see #setInstructions(Instructions)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_Instructions()
	 * @model containment="true"
	 * @generated
	 */
	Instructions getInstructions();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getInstructions <em>Instructions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' containment reference.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(Instructions value);

	/**
	 * Returns the value of the '<em><b>Label Classes</b></em>' containment reference list.
	 * The list contents are of type {@link org.labelbench.model.LabelClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Classes</em>' containment reference list.
	 * @see org.labelbench.model.LabelbenchPackage#getProject_LabelClasses()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelClass> getLabelClasses();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(Dataset)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	Dataset getDataset();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(Dataset value);

	/**
	 * Returns the value of the '<em><b>Refresh</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Refresh</em>' containment reference.
	 * @see #setRefresh(RefreshSettings)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_Refresh()
	 * @model containment="true"
	 * @generated
	 */
	RefreshSettings getRefresh();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getRefresh <em>Refresh</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refresh</em>' containment reference.
	 * @see #getRefresh()
	 * @generated
	 */
	void setRefresh(RefreshSettings value);

	/**
	 * Returns the value of the '<em><b>Ml Assist</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ml Assist</em>' containment reference.
	 * @see #setMlAssist(MlAssistSettings)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_MlAssist()
	 * @model containment="true"
	 * @generated
	 */
	MlAssistSettings getMlAssist();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getMlAssist <em>Ml Assist</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ml Assist</em>' containment reference.
	 * @see #getMlAssist()
	 * @generated
	 */
	void setMlAssist(MlAssistSettings value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.labelbench.model.Labeler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.labelbench.model.LabelbenchPackage#getProject_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<Labeler> getMembers();

	/**
	 * Returns the value of the '<em><b>Queue Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the random order in which items are first served; the same seed and data give the same order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queue Seed</em>' attribute.
	 * @see #setQueueSeed(long)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_QueueSeed()
	 * @model
	 * @generated
	 */
	long getQueueSeed();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getQueueSeed <em>Queue Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Seed</em>' attribute.
	 * @see #getQueueSeed()
	 * @generated
	 */
	void setQueueSeed(long value);

	/**
	 * Returns the value of the '<em><b>Item Limit</b></em>' attribute.
	 * The default value is <code>"5000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most items the project takes: beyond it, initialization adds the first items in path order and reports the rest, and refresh stops.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Limit</em>' attribute.
	 * @see #setItemLimit(long)
	 * @see org.labelbench.model.LabelbenchPackage#getProject_ItemLimit()
	 * @model default="5000000"
	 * @generated
	 */
	long getItemLimit();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Project#getItemLimit <em>Item Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Limit</em>' attribute.
	 * @see #getItemLimit()
	 * @generated
	 */
	void setItemLimit(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class with this exact name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	LabelClass findLabelClass(String name);

} // Project
