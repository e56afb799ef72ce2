/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.labelbench.model.Annotation;
import org.labelbench.model.LabelbenchPackage;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Submission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.impl.SubmissionImpl#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.labelbench.model.impl.SubmissionImpl#getLabeler <em>Labeler</em>}</li>
 *   <li>{@link org.labelbench.model.impl.SubmissionImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.labelbench.model.impl.SubmissionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.labelbench.model.impl.SubmissionImpl#getAnnotations <em>Annotations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubmissionImpl extends MinimalEObjectImpl.Container implements Submission {
	/**
	 * The default value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected static final long ITEM_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected long itemId = ITEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabeler() <em>Labeler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabeler()
	 * @generated
	 * @ordered
	 */
	protected static final String LABELER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabeler() <em>Labeler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabeler()
	 * @generated
	 * @ordered
	 */
	protected String labeler = LABELER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Date submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final SubmissionSource SOURCE_EDEFAULT = SubmissionSource.HUMAN;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected SubmissionSource source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubmissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelbenchPackage.Literals.SUBMISSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getItemId() {
		return itemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemId(long newItemId) {
		long oldItemId = itemId;
		itemId = newItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.SUBMISSION__ITEM_ID, oldItemId, itemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabeler() {
		return labeler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabeler(String newLabeler) {
		String oldLabeler = labeler;
		labeler = newLabeler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.SUBMISSION__LABELER, oldLabeler, labeler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Date newSubmittedAt) {
		Date oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.SUBMISSION__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubmissionSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(SubmissionSource newSource) {
		SubmissionSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.SUBMISSION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, LabelbenchPackage.SUBMISSION__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LabelbenchPackage.SUBMISSION__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelbenchPackage.SUBMISSION__ITEM_ID:
				return getItemId();
			case LabelbenchPackage.SUBMISSION__LABELER:
				return getLabeler();
			case LabelbenchPackage.SUBMISSION__SUBMITTED_AT:
				return getSubmittedAt();
			case LabelbenchPackage.SUBMISSION__SOURCE:
				return getSource();
			case LabelbenchPackage.SUBMISSION__ANNOTATIONS:
				return getAnnotations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LabelbenchPackage.SUBMISSION__ITEM_ID:
				setItemId((Long)newValue);
				return;
			case LabelbenchPackage.SUBMISSION__LABELER:
				setLabeler((String)newValue);
				return;
			case LabelbenchPackage.SUBMISSION__SUBMITTED_AT:
				setSubmittedAt((Date)newValue);
				return;
			case LabelbenchPackage.SUBMISSION__SOURCE:
				setSource((SubmissionSource)newValue);
				return;
			case LabelbenchPackage.SUBMISSION__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LabelbenchPackage.SUBMISSION__ITEM_ID:
				setItemId(ITEM_ID_EDEFAULT);
				return;
			case LabelbenchPackage.SUBMISSION__LABELER:
				setLabeler(LABELER_EDEFAULT);
				return;
			case LabelbenchPackage.SUBMISSION__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case LabelbenchPackage.SUBMISSION__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case LabelbenchPackage.SUBMISSION__ANNOTATIONS:
				getAnnotations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LabelbenchPackage.SUBMISSION__ITEM_ID:
				return itemId != ITEM_ID_EDEFAULT;
			case LabelbenchPackage.SUBMISSION__LABELER:
				return LABELER_EDEFAULT == null ? labeler != null : !LABELER_EDEFAULT.equals(labeler);
			case LabelbenchPackage.SUBMISSION__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case LabelbenchPackage.SUBMISSION__SOURCE:
				return source != SOURCE_EDEFAULT;
			case LabelbenchPackage.SUBMISSION__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (itemId: ");
		result.append(itemId);
		result.append(", labeler: ");
		result.append(labeler);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //SubmissionImpl
