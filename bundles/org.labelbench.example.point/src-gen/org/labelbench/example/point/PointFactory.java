/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.example.point;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.labelbench.example.point.PointPackage
 * @generated
 */
public interface PointFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PointFactory eINSTANCE = org.labelbench.example.point.impl.PointFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Image Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Point</em>'.
	 * @generated
	 */
	ImagePoint createImagePoint();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PointPackage getPointPackage();

} //PointFactory
