/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Dataset#getName <em>Name</em>}</li>
 *   <li>{@link org.labelbench.model.Dataset#getKind <em>Kind</em>}</li>
 *   <li>{@link org.labelbench.model.Dataset#getDescription <em>Description</em>}</li>
 *   <li>{@link org.labelbench.model.Dataset#getTextColumn <em>Text Column</em>}</li>
 *   <li>{@link org.labelbench.model.Dataset#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.labelbench.model.LabelbenchPackage#getDataset_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Dataset#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.DatasetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.labelbench.model.DatasetKind
	 * @see #setKind(DatasetKind)
	 * @see org.labelbench.model.LabelbenchPackage#getDataset_Kind()
	 * @model
	 * @generated
	 */
	DatasetKind getKind();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Dataset#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.labelbench.model.DatasetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DatasetKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.labelbench.model.LabelbenchPackage#getDataset_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Dataset#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Text Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For tabular (CSV) data: the column that holds the text of each item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Column</em>' attribute.
	 * @see #setTextColumn(String)
	 * @see org.labelbench.model.LabelbenchPackage#getDataset_TextColumn()
	 * @model
	 * @generated
	 */
	String getTextColumn();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Dataset#getTextColumn <em>Text Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Column</em>' attribute.
	 * @see #getTextColumn()
	 * @generated
	 */
	void setTextColumn(String value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' containment reference.
	 * @see #setDataSource(DataSource)
	 * @see org.labelbench.model.LabelbenchPackage#getDataset_DataSource()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Dataset#getDataSource <em>Data Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' containment reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

} // Dataset
