/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Submission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Submission#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.labelbench.model.Submission#getLabeler <em>Labeler</em>}</li>
 *   <li>{@link org.labelbench.model.Submission#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.labelbench.model.Submission#getSource <em>Source</em>}</li>
 *   <li>{@link org.labelbench.model.Submission#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getSubmission()
 * @model
 * @generated
 */
public interface Submission extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(long)
	 * @see org.labelbench.model.LabelbenchPackage#getSubmission_ItemId()
	 * @model
	 * @generated
	 */
	long getItemId();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Submission#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(long value);

	/**
	 * Returns the value of the '<em><b>Labeler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labeler</em>' attribute.
	 * @see #setLabeler(String)
	 * @see org.labelbench.model.LabelbenchPackage#getSubmission_Labeler()
	 * @model
	 * @generated
	 */
	String getLabeler();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Submission#getLabeler <em>Labeler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labeler</em>' attribute.
	 * @see #getLabeler()
	 * @generated
	 */
	void setLabeler(String value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Date)
	 * @see org.labelbench.model.LabelbenchPackage#getSubmission_SubmittedAt()
	 * @model
	 * @generated
	 */
	Date getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Submission#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.labelbench.model.SubmissionSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.labelbench.model.SubmissionSource
	 * @see #setSource(SubmissionSource)
	 * @see org.labelbench.model.LabelbenchPackage#getSubmission_Source()
	 * @model
	 * @generated
	 */
	SubmissionSource getSource();

	/**
	 * Sets the value of the '{@link org.labelbench.model.Submission#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.labelbench.model.SubmissionSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SubmissionSource value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.labelbench.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.labelbench.model.LabelbenchPackage#getSubmission_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

} // Submission
