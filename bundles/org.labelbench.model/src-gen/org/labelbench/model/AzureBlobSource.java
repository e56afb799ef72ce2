/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Azure Blob Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.AzureBlobSource#getDatastore <em>Datastore</em>}</li>
 *   <li>{@link org.labelbench.model.AzureBlobSource#getContainer <em>Container</em>}</li>
 *   <li>{@link org.labelbench.model.AzureBlobSource#getPathPattern <em>Path Pattern</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getAzureBlobSource()
 * @model
 * @generated
 */
public interface AzureBlobSource extends DataSource {
	/**
	 * Returns the value of the '<em><b>Datastore</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Datastore</em>' attribute.
	 * @see #setDatastore(String)
	 * @see org.labelbench.model.LabelbenchPackage#getAzureBlobSource_Datastore()
	 * @model required="true"
	 * @generated
	 */
	String getDatastore();

	/**
	 * Sets the value of the '{@link org.labelbench.model.AzureBlobSource#getDatastore <em>Datastore</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Datastore</em>' attribute.
	 * @see #getDatastore()
	 * @generated
	 */
	void setDatastore(String value);

	/**
	 * Returns the value of the '<em><b>Container</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container</em>' attribute.
	 * @see #setContainer(String)
	 * @see org.labelbench.model.LabelbenchPackage#getAzureBlobSource_Container()
	 * @model
	 * @generated
	 */
	String getContainer();

	/**
	 * Sets the value of the '{@link org.labelbench.model.AzureBlobSource#getContainer <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container</em>' attribute.
	 * @see #getContainer()
	 * @generated
	 */
	void setContainer(String value);

	/**
	 * Returns the value of the '<em><b>Path Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A path inside the container; a trailing double-star glob takes everything below it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path Pattern</em>' attribute.
	 * @see #setPathPattern(String)
	 * @see org.labelbench.model.LabelbenchPackage#getAzureBlobSource_PathPattern()
	 * @model
	 * @generated
	 */
	String getPathPattern();

	/**
	 * Sets the value of the '{@link org.labelbench.model.AzureBlobSource#getPathPattern <em>Path Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Pattern</em>' attribute.
	 * @see #getPathPattern()
	 * @generated
	 */
	void setPathPattern(String value);

} // AzureBlobSource
