/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.example.point;

import org.labelbench.model.Annotation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point on an image with its class, in the image's own pixel coordinates (after the EXIF orientation).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.example.point.ImagePoint#getX <em>X</em>}</li>
 *   <li>{@link org.labelbench.example.point.ImagePoint#getY <em>Y</em>}</li>
 * </ul>
 *
 * @see org.labelbench.example.point.PointPackage#getImagePoint()
 * @model
 * @generated
 */
public interface ImagePoint extends Annotation {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.labelbench.example.point.PointPackage#getImagePoint_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.labelbench.example.point.ImagePoint#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.labelbench.example.point.PointPackage#getImagePoint_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.labelbench.example.point.ImagePoint#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

} // ImagePoint
