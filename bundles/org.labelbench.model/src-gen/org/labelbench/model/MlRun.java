/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ml Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.MlRun#getId <em>Id</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getKind <em>Kind</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getStatus <em>Status</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getMessage <em>Message</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getItems <em>Items</em>}</li>
 *   <li>{@link org.labelbench.model.MlRun#getDevice <em>Device</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getMlRun()
 * @model
 * @generated
 */
public interface MlRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.MlRunKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.labelbench.model.MlRunKind
	 * @see #setKind(MlRunKind)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Kind()
	 * @model
	 * @generated
	 */
	MlRunKind getKind();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.labelbench.model.MlRunKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MlRunKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.MlRunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.labelbench.model.MlRunStatus
	 * @see #setStatus(MlRunStatus)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Status()
	 * @model
	 * @generated
	 */
	MlRunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.labelbench.model.MlRunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MlRunStatus value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Date)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.labelbench.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many items the run went through (trained on, validated, predicted, featurized).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' attribute.
	 * @see #setItems(long)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Items()
	 * @model
	 * @generated
	 */
	long getItems();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getItems <em>Items</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Items</em>' attribute.
	 * @see #getItems()
	 * @generated
	 */
	void setItems(long value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device the run computed on, as the engine names it (cpu(), gpu(0)); null when it never started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.labelbench.model.LabelbenchPackage#getMlRun_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlRun#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

} // MlRun
