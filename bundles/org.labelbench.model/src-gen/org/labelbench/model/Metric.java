/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Metric#getName <em>Name</em>}</li>
 *   <li>{@link org.labelbench.model.Metric#getValue <em>Value</em>}</li>
 *   <li>{@link org.labelbench.model.Metric#getLabelClass <em>Label Class</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getMetric()
 * @model
 * @generated
 */
public interface Metric extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.labelbench.model.LabelbenchPackage#getMetric_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Metric#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.labelbench.model.LabelbenchPackage#getMetric_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Metric#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Label Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class a per-class metric is for; null for an overall metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Class</em>' attribute.
	 * @see #setLabelClass(String)
	 * @see org.labelbench.model.LabelbenchPackage#getMetric_LabelClass()
	 * @model
	 * @generated
	 */
	String getLabelClass();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Metric#getLabelClass <em>Label Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Class</em>' attribute.
	 * @see #getLabelClass()
	 * @generated
	 */
	void setLabelClass(String value);

} // Metric
