/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item with its history, for the one item a view shows. Bulk access goes through the store's light records.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Item#getId <em>Id</em>}</li>
 *   <li>{@link org.labelbench.model.Item#getLocation <em>Location</em>}</li>
 *   <li>{@link org.labelbench.model.Item#getDataKind <em>Data Kind</em>}</li>
 *   <li>{@link org.labelbench.model.Item#getState <em>State</em>}</li>
 *   <li>{@link org.labelbench.model.Item#getErrorReason <em>Error Reason</em>}</li>
 *   <li>{@link org.labelbench.model.Item#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.labelbench.model.LabelbenchPackage#getItem_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Item#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data is, relative to the data source root (a file path, or file path#row for a CSV row).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.labelbench.model.LabelbenchPackage#getItem_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Item#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Data Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.DataKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Kind</em>' attribute.
	 * @see org.labelbench.model.DataKind
	 * @see #setDataKind(DataKind)
	 * @see org.labelbench.model.LabelbenchPackage#getItem_DataKind()
	 * @model
	 * @generated
	 */
	DataKind getDataKind();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Item#getDataKind <em>Data Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Kind</em>' attribute.
	 * @see org.labelbench.model.DataKind
	 * @see #getDataKind()
	 * @generated
	 */
	void setDataKind(DataKind value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.ItemState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.labelbench.model.ItemState
	 * @see #setState(ItemState)
	 * @see org.labelbench.model.LabelbenchPackage#getItem_State()
	 * @model
	 * @generated
	 */
	ItemState getState();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Item#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.labelbench.model.ItemState
	 * @see #getState()
	 * @generated
	 */
	void setState(ItemState value);

	/**
	 * Returns the value of the '<em><b>Error Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Reason</em>' attribute.
	 * @see #setErrorReason(String)
	 * @see org.labelbench.model.LabelbenchPackage#getItem_ErrorReason()
	 * @model
	 * @generated
	 */
	String getErrorReason();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Item#getErrorReason <em>Error Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Reason</em>' attribute.
	 * @see #getErrorReason()
	 * @generated
	 */
	void setErrorReason(String value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.labelbench.model.ItemEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.labelbench.model.LabelbenchPackage#getItem_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemEvent> getEvents();

} // Item
