/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.labelbench.model.LabelbenchPackage#getDataSource()
 * @model abstract="true"
 * @generated
 */
public interface DataSource extends EObject {
} // DataSource
