/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Folder Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.LocalFolderSource#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getLocalFolderSource()
 * @model
 * @generated
 */
public interface LocalFolderSource extends DataSource {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute path of a folder (scanned recursively) or of a single CSV file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.labelbench.model.LabelbenchPackage#getLocalFolderSource_Path()
	 * @model required="true"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.labelbench.model.LocalFolderSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // LocalFolderSource
