/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.example.point;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.labelbench.model.LabelbenchPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The annotation of the example task type image-point: a plugin's own annotation kind, an extension of Labelbench's Annotation.
 * <!-- end-model-doc -->
 * @see org.labelbench.example.point.PointFactory
 * @model kind="package"
 * @generated
 */
public interface PointPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "point";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://labelbench.org/example/point/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "point";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PointPackage eINSTANCE = org.labelbench.example.point.impl.PointPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.labelbench.example.point.impl.ImagePointImpl <em>Image Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.labelbench.example.point.impl.ImagePointImpl
	 * @see org.labelbench.example.point.impl.PointPackageImpl#getImagePoint()
	 * @generated
	 */
	int IMAGE_POINT = 0;

	/**
	 * The feature id for the '<em><b>Class Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_POINT__CLASS_NAME = LabelbenchPackage.ANNOTATION__CLASS_NAME;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_POINT__CONFIDENCE = LabelbenchPackage.ANNOTATION__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_POINT__X = LabelbenchPackage.ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_POINT__Y = LabelbenchPackage.ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Image Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_POINT_FEATURE_COUNT = LabelbenchPackage.ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Image Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_POINT_OPERATION_COUNT = LabelbenchPackage.ANNOTATION_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.labelbench.example.point.ImagePoint <em>Image Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Point</em>'.
	 * @see org.labelbench.example.point.ImagePoint
	 * @generated
	 */
	EClass getImagePoint();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.example.point.ImagePoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.labelbench.example.point.ImagePoint#getX()
	 * @see #getImagePoint()
	 * @generated
	 */
	EAttribute getImagePoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.labelbench.example.point.ImagePoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.labelbench.example.point.ImagePoint#getY()
	 * @see #getImagePoint()
	 * @generated
	 */
	EAttribute getImagePoint_Y();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PointFactory getPointFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.labelbench.example.point.impl.ImagePointImpl <em>Image Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.labelbench.example.point.impl.ImagePointImpl
		 * @see org.labelbench.example.point.impl.PointPackageImpl#getImagePoint()
		 * @generated
		 */
		EClass IMAGE_POINT = eINSTANCE.getImagePoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_POINT__X = eINSTANCE.getImagePoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_POINT__Y = eINSTANCE.getImagePoint_Y();

	}

} //PointPackage
