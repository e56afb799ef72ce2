/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.example.point.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.labelbench.example.point.ImagePoint;
import org.labelbench.example.point.PointFactory;
import org.labelbench.example.point.PointPackage;

import org.labelbench.model.LabelbenchPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PointPackageImpl extends EPackageImpl implements PointPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imagePointEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.labelbench.example.point.PointPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PointPackageImpl() {
		super(eNS_URI, PointFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PointPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PointPackage init() {
		if (isInited) return (PointPackage)EPackage.Registry.INSTANCE.getEPackage(PointPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPointPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PointPackageImpl thePointPackage = registeredPointPackage instanceof PointPackageImpl ? (PointPackageImpl)registeredPointPackage : new PointPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();
		LabelbenchPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		thePointPackage.createPackageContents();

		// Initialize created meta-data
		thePointPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePointPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PointPackage.eNS_URI, thePointPackage);
		return thePointPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImagePoint() {
		return imagePointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePoint_X() {
		return (EAttribute)imagePointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePoint_Y() {
		return (EAttribute)imagePointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PointFactory getPointFactory() {
		return (PointFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		imagePointEClass = createEClass(IMAGE_POINT);
		createEAttribute(imagePointEClass, IMAGE_POINT__X);
		createEAttribute(imagePointEClass, IMAGE_POINT__Y);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		LabelbenchPackage theLabelbenchPackage = (LabelbenchPackage)EPackage.Registry.INSTANCE.getEPackage(LabelbenchPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		imagePointEClass.getESuperTypes().add(theLabelbenchPackage.getAnnotation());

		// Initialize classes, features, and operations; add parameters
		initEClass(imagePointEClass, ImagePoint.class, "ImagePoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImagePoint_X(), ecorePackage.getEDouble(), "x", null, 0, 1, ImagePoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePoint_Y(), ecorePackage.getEDouble(), "y", null, 0, 1, ImagePoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //PointPackageImpl
