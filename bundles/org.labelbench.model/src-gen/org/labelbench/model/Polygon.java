/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polygon</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.Polygon#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.labelbench.model.LabelbenchPackage#getPolygon()
 * @model
 * @generated
 */
public interface Polygon extends Annotation {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.labelbench.model.Point}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.labelbench.model.LabelbenchPackage#getPolygon_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<Point> getPoints();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	double area();

} // Polygon
