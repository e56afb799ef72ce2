/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Labeler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Labeler#getName <em>Name</em>}</li>
 *   <li>{@link org.labelbench.model.Labeler#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getLabeler()
 * @model
 * @generated
 */
public interface Labeler extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.labelbench.model.LabelbenchPackage#getLabeler_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Labeler#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"LABELER"</code>.
	 * The literals are from the enumeration {@link org.labelbench.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.labelbench.model.Role
	 * @see #setRole(Role)
	 * @see org.labelbench.model.LabelbenchPackage#getLabeler_Role()
	 * @model default="LABELER"
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Labeler#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.labelbench.model.Role
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

} // Labeler
