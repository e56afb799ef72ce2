/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Class Label</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.labelbench.model.LabelbenchPackage#getClassLabel()
 * @model
 * @generated
 */
public interface ClassLabel extends Annotation {
} // ClassLabel
