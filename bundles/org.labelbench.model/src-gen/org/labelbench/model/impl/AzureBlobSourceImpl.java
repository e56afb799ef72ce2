/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.labelbench.model.AzureBlobSource;
import org.labelbench.model.LabelbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Azure Blob Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.impl.AzureBlobSourceImpl#getDatastore <em>Datastore</em>}</li>
 *   <li>{@link org.labelbench.model.impl.AzureBlobSourceImpl#getContainer <em>Container</em>}</li>
 *   <li>{@link org.labelbench.model.impl.AzureBlobSourceImpl#getPathPattern <em>Path Pattern</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AzureBlobSourceImpl extends DataSourceImpl implements AzureBlobSource {
	/**
	 * The default value of the '{@link #getDatastore() <em>Datastore</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatastore()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASTORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatastore() <em>Datastore</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatastore()
	 * @generated
	 * @ordered
	 */
	protected String datastore = DATASTORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContainer() <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainer()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainer() <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainer()
	 * @generated
	 * @ordered
	 */
	protected String container = CONTAINER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPathPattern() <em>Path Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathPattern() <em>Path Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathPattern()
	 * @generated
	 * @ordered
	 */
	protected String pathPattern = PATH_PATTERN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AzureBlobSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelbenchPackage.Literals.AZURE_BLOB_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatastore() {
		return datastore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatastore(String newDatastore) {
		String oldDatastore = datastore;
		datastore = newDatastore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.AZURE_BLOB_SOURCE__DATASTORE, oldDatastore, datastore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainer() {
		return container;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainer(String newContainer) {
		String oldContainer = container;
		container = newContainer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.AZURE_BLOB_SOURCE__CONTAINER, oldContainer, container));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathPattern() {
		return pathPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathPattern(String newPathPattern) {
		String oldPathPattern = pathPattern;
		pathPattern = newPathPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.AZURE_BLOB_SOURCE__PATH_PATTERN, oldPathPattern, pathPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelbenchPackage.AZURE_BLOB_SOURCE__DATASTORE:
				return getDatastore();
			case LabelbenchPackage.AZURE_BLOB_SOURCE__CONTAINER:
				return getContainer();
			case LabelbenchPackage.AZURE_BLOB_SOURCE__PATH_PATTERN:
				return getPathPattern();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LabelbenchPackage.AZURE_BLOB_SOURCE__DATASTORE:
				setDatastore((String)newValue);
				return;
			case LabelbenchPackage.AZURE_BLOB_SOURCE__CONTAINER:
				setContainer((String)newValue);
				return;
			case LabelbenchPackage.AZURE_BLOB_SOURCE__PATH_PATTERN:
				setPathPattern((String)newValue);
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
			case LabelbenchPackage.AZURE_BLOB_SOURCE__DATASTORE:
				setDatastore(DATASTORE_EDEFAULT);
				return;
			case LabelbenchPackage.AZURE_BLOB_SOURCE__CONTAINER:
				setContainer(CONTAINER_EDEFAULT);
				return;
			case LabelbenchPackage.AZURE_BLOB_SOURCE__PATH_PATTERN:
				setPathPattern(PATH_PATTERN_EDEFAULT);
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
			case LabelbenchPackage.AZURE_BLOB_SOURCE__DATASTORE:
				return DATASTORE_EDEFAULT == null ? datastore != null : !DATASTORE_EDEFAULT.equals(datastore);
			case LabelbenchPackage.AZURE_BLOB_SOURCE__CONTAINER:
				return CONTAINER_EDEFAULT == null ? container != null : !CONTAINER_EDEFAULT.equals(container);
			case LabelbenchPackage.AZURE_BLOB_SOURCE__PATH_PATTERN:
				return PATH_PATTERN_EDEFAULT == null ? pathPattern != null : !PATH_PATTERN_EDEFAULT.equals(pathPattern);
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
		result.append(" (datastore: ");
		result.append(datastore);
		result.append(", container: ");
		result.append(container);
		result.append(", pathPattern: ");
		result.append(pathPattern);
		result.append(')');
		return result.toString();
	}

} //AzureBlobSourceImpl
