/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.labelbench.model.ComputeDevice;
import org.labelbench.model.LabelbenchPackage;
import org.labelbench.model.MlAssistSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ml Assist Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#getMinLabelsForTraining <em>Min Labels For Training</em>}</li>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#getRetrainEvery <em>Retrain Every</em>}</li>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#getTargetPrecision <em>Target Precision</em>}</li>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#getBackbonePath <em>Backbone Path</em>}</li>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.labelbench.model.impl.MlAssistSettingsImpl#isAnyOrientation <em>Any Orientation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MlAssistSettingsImpl extends MinimalEObjectImpl.Container implements MlAssistSettings {
	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinLabelsForTraining() <em>Min Labels For Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLabelsForTraining()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_LABELS_FOR_TRAINING_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getMinLabelsForTraining() <em>Min Labels For Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLabelsForTraining()
	 * @generated
	 * @ordered
	 */
	protected int minLabelsForTraining = MIN_LABELS_FOR_TRAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetrainEvery() <em>Retrain Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrainEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRAIN_EVERY_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getRetrainEvery() <em>Retrain Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetrainEvery()
	 * @generated
	 * @ordered
	 */
	protected int retrainEvery = RETRAIN_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetPrecision() <em>Target Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_PRECISION_EDEFAULT = 0.95;

	/**
	 * The cached value of the '{@link #getTargetPrecision() <em>Target Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPrecision()
	 * @generated
	 * @ordered
	 */
	protected double targetPrecision = TARGET_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackbonePath() <em>Backbone Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackbonePath()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKBONE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackbonePath() <em>Backbone Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackbonePath()
	 * @generated
	 * @ordered
	 */
	protected String backbonePath = BACKBONE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final ComputeDevice DEVICE_EDEFAULT = ComputeDevice.AUTO;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected ComputeDevice device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAnyOrientation() <em>Any Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnyOrientation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ANY_ORIENTATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAnyOrientation() <em>Any Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAnyOrientation()
	 * @generated
	 * @ordered
	 */
	protected boolean anyOrientation = ANY_ORIENTATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MlAssistSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelbenchPackage.Literals.ML_ASSIST_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinLabelsForTraining() {
		return minLabelsForTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinLabelsForTraining(int newMinLabelsForTraining) {
		int oldMinLabelsForTraining = minLabelsForTraining;
		minLabelsForTraining = newMinLabelsForTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING, oldMinLabelsForTraining, minLabelsForTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetrainEvery() {
		return retrainEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetrainEvery(int newRetrainEvery) {
		int oldRetrainEvery = retrainEvery;
		retrainEvery = newRetrainEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__RETRAIN_EVERY, oldRetrainEvery, retrainEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetPrecision() {
		return targetPrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPrecision(double newTargetPrecision) {
		double oldTargetPrecision = targetPrecision;
		targetPrecision = newTargetPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__TARGET_PRECISION, oldTargetPrecision, targetPrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackbonePath() {
		return backbonePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackbonePath(String newBackbonePath) {
		String oldBackbonePath = backbonePath;
		backbonePath = newBackbonePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__BACKBONE_PATH, oldBackbonePath, backbonePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComputeDevice getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(ComputeDevice newDevice) {
		ComputeDevice oldDevice = device;
		device = newDevice == null ? DEVICE_EDEFAULT : newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAnyOrientation() {
		return anyOrientation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnyOrientation(boolean newAnyOrientation) {
		boolean oldAnyOrientation = anyOrientation;
		anyOrientation = newAnyOrientation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.ML_ASSIST_SETTINGS__ANY_ORIENTATION, oldAnyOrientation, anyOrientation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ENABLED:
				return isEnabled();
			case LabelbenchPackage.ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING:
				return getMinLabelsForTraining();
			case LabelbenchPackage.ML_ASSIST_SETTINGS__RETRAIN_EVERY:
				return getRetrainEvery();
			case LabelbenchPackage.ML_ASSIST_SETTINGS__TARGET_PRECISION:
				return getTargetPrecision();
			case LabelbenchPackage.ML_ASSIST_SETTINGS__BACKBONE_PATH:
				return getBackbonePath();
			case LabelbenchPackage.ML_ASSIST_SETTINGS__DEVICE:
				return getDevice();
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ANY_ORIENTATION:
				return isAnyOrientation();
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
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING:
				setMinLabelsForTraining((Integer)newValue);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__RETRAIN_EVERY:
				setRetrainEvery((Integer)newValue);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__TARGET_PRECISION:
				setTargetPrecision((Double)newValue);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__BACKBONE_PATH:
				setBackbonePath((String)newValue);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__DEVICE:
				setDevice((ComputeDevice)newValue);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ANY_ORIENTATION:
				setAnyOrientation((Boolean)newValue);
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
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING:
				setMinLabelsForTraining(MIN_LABELS_FOR_TRAINING_EDEFAULT);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__RETRAIN_EVERY:
				setRetrainEvery(RETRAIN_EVERY_EDEFAULT);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__TARGET_PRECISION:
				setTargetPrecision(TARGET_PRECISION_EDEFAULT);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__BACKBONE_PATH:
				setBackbonePath(BACKBONE_PATH_EDEFAULT);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ANY_ORIENTATION:
				setAnyOrientation(ANY_ORIENTATION_EDEFAULT);
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
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__MIN_LABELS_FOR_TRAINING:
				return minLabelsForTraining != MIN_LABELS_FOR_TRAINING_EDEFAULT;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__RETRAIN_EVERY:
				return retrainEvery != RETRAIN_EVERY_EDEFAULT;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__TARGET_PRECISION:
				return targetPrecision != TARGET_PRECISION_EDEFAULT;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__BACKBONE_PATH:
				return BACKBONE_PATH_EDEFAULT == null ? backbonePath != null : !BACKBONE_PATH_EDEFAULT.equals(backbonePath);
			case LabelbenchPackage.ML_ASSIST_SETTINGS__DEVICE:
				return device != DEVICE_EDEFAULT;
			case LabelbenchPackage.ML_ASSIST_SETTINGS__ANY_ORIENTATION:
				return anyOrientation != ANY_ORIENTATION_EDEFAULT;
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
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", minLabelsForTraining: ");
		result.append(minLabelsForTraining);
		result.append(", retrainEvery: ");
		result.append(retrainEvery);
		result.append(", targetPrecision: ");
		result.append(targetPrecision);
		result.append(", backbonePath: ");
		result.append(backbonePath);
		result.append(", device: ");
		result.append(device);
		result.append(", anyOrientation: ");
		result.append(anyOrientation);
		result.append(')');
		return result.toString();
	}

} //MlAssistSettingsImpl
