/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.ItemEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.labelbench.model.ItemEvent#getActor <em>Actor</em>}</li>
 *   <li>{@link org.labelbench.model.ItemEvent#getAt <em>At</em>}</li>
 *   <li>{@link org.labelbench.model.ItemEvent#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getItemEvent()
 * @model
 * @generated
 */
public interface ItemEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.ItemEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.labelbench.model.ItemEventKind
	 * @see #setKind(ItemEventKind)
	 * @see org.labelbench.model.LabelbenchPackage#getItemEvent_Kind()
	 * @model
	 * @generated
	 */
	ItemEventKind getKind();

	/**
	 * Sets the value of the '{@link org.labelbench.model.ItemEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.labelbench.model.ItemEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemEventKind value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see org.labelbench.model.LabelbenchPackage#getItemEvent_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link org.labelbench.model.ItemEvent#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.labelbench.model.LabelbenchPackage#getItemEvent_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.labelbench.model.ItemEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.labelbench.model.LabelbenchPackage#getItemEvent_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.labelbench.model.ItemEvent#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // ItemEvent
