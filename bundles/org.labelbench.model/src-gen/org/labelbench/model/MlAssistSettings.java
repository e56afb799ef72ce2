/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ml Assist Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.MlAssistSettings#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.labelbench.model.MlAssistSettings#getMinLabelsForTraining <em>Min Labels For Training</em>}</li>
 *   <li>{@link org.labelbench.model.MlAssistSettings#getRetrainEvery <em>Retrain Every</em>}</li>
 *   <li>{@link org.labelbench.model.MlAssistSettings#getTargetPrecision <em>Target Precision</em>}</li>
 *   <li>{@link org.labelbench.model.MlAssistSettings#getBackbonePath <em>Backbone Path</em>}</li>
 *   <li>{@link org.labelbench.model.MlAssistSettings#getDevice <em>Device</em>}</li>
 *   <li>{@link org.labelbench.model.MlAssistSettings#isAnyOrientation <em>Any Orientation</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings()
 * @model
 * @generated
 */
public interface MlAssistSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_Enabled()
	 * @model
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Min Labels For Training</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Labels For Training</em>' attribute.
	 * @see #setMinLabelsForTraining(int)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_MinLabelsForTraining()
	 * @model default="300"
	 * @generated
	 */
	int getMinLabelsForTraining();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#getMinLabelsForTraining <em>Min Labels For Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Labels For Training</em>' attribute.
	 * @see #getMinLabelsForTraining()
	 * @generated
	 */
	void setMinLabelsForTraining(int value);

	/**
	 * Returns the value of the '<em><b>Retrain Every</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the first training, how many more human labels start the next one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retrain Every</em>' attribute.
	 * @see #setRetrainEvery(int)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_RetrainEvery()
	 * @model default="300"
	 * @generated
	 */
	int getRetrainEvery();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#getRetrainEvery <em>Retrain Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retrain Every</em>' attribute.
	 * @see #getRetrainEvery()
	 * @generated
	 */
	void setRetrainEvery(int value);

	/**
	 * Returns the value of the '<em><b>Target Precision</b></em>' attribute.
	 * The default value is <code>"0.95"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Precision</em>' attribute.
	 * @see #setTargetPrecision(double)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_TargetPrecision()
	 * @model default="0.95"
	 * @generated
	 */
	double getTargetPrecision();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#getTargetPrecision <em>Target Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Precision</em>' attribute.
	 * @see #getTargetPrecision()
	 * @generated
	 */
	void setTargetPrecision(double value);

	/**
	 * Returns the value of the '<em><b>Backbone Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backbone Path</em>' attribute.
	 * @see #setBackbonePath(String)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_BackbonePath()
	 * @model
	 * @generated
	 */
	String getBackbonePath();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#getBackbonePath <em>Backbone Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backbone Path</em>' attribute.
	 * @see #getBackbonePath()
	 * @generated
	 */
	void setBackbonePath(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.ComputeDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see org.labelbench.model.ComputeDevice
	 * @see #setDevice(ComputeDevice)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_Device()
	 * @model
	 * @generated
	 */
	ComputeDevice getDevice();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see org.labelbench.model.ComputeDevice
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(ComputeDevice value);

	/**
	 * Returns the value of the '<em><b>Any Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The images have no up or down (microscopy, aerial views, drawn shapes): training also shows them turned and flipped upside down, and predictions look at them turned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Any Orientation</em>' attribute.
	 * @see #setAnyOrientation(boolean)
	 * @see org.labelbench.model.LabelbenchPackage#getMlAssistSettings_AnyOrientation()
	 * @model
	 * @generated
	 */
	boolean isAnyOrientation();

	/**
	 * Sets the value of the '{@link org.labelbench.model.MlAssistSettings#isAnyOrientation <em>Any Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Any Orientation</em>' attribute.
	 * @see #isAnyOrientation()
	 * @generated
	 */
	void setAnyOrientation(boolean value);

} // MlAssistSettings
