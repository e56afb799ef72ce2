/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.labelbench.model.LabelbenchPackage;
import org.labelbench.model.RefreshSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Refresh Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.impl.RefreshSettingsImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.labelbench.model.impl.RefreshSettingsImpl#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link org.labelbench.model.impl.RefreshSettingsImpl#getLastRefresh <em>Last Refresh</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RefreshSettingsImpl extends MinimalEObjectImpl.Container implements RefreshSettings {
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
	 * The default value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getIntervalMinutes() <em>Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected int intervalMinutes = INTERVAL_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastRefresh() <em>Last Refresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRefresh()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_REFRESH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastRefresh() <em>Last Refresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRefresh()
	 * @generated
	 * @ordered
	 */
	protected Date lastRefresh = LAST_REFRESH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RefreshSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelbenchPackage.Literals.REFRESH_SETTINGS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.REFRESH_SETTINGS__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalMinutes() {
		return intervalMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalMinutes(int newIntervalMinutes) {
		int oldIntervalMinutes = intervalMinutes;
		intervalMinutes = newIntervalMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.REFRESH_SETTINGS__INTERVAL_MINUTES, oldIntervalMinutes, intervalMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastRefresh() {
		return lastRefresh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastRefresh(Date newLastRefresh) {
		Date oldLastRefresh = lastRefresh;
		lastRefresh = newLastRefresh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.REFRESH_SETTINGS__LAST_REFRESH, oldLastRefresh, lastRefresh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelbenchPackage.REFRESH_SETTINGS__ENABLED:
				return isEnabled();
			case LabelbenchPackage.REFRESH_SETTINGS__INTERVAL_MINUTES:
				return getIntervalMinutes();
			case LabelbenchPackage.REFRESH_SETTINGS__LAST_REFRESH:
				return getLastRefresh();
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
			case LabelbenchPackage.REFRESH_SETTINGS__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case LabelbenchPackage.REFRESH_SETTINGS__INTERVAL_MINUTES:
				setIntervalMinutes((Integer)newValue);
				return;
			case LabelbenchPackage.REFRESH_SETTINGS__LAST_REFRESH:
				setLastRefresh((Date)newValue);
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
			case LabelbenchPackage.REFRESH_SETTINGS__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case LabelbenchPackage.REFRESH_SETTINGS__INTERVAL_MINUTES:
				setIntervalMinutes(INTERVAL_MINUTES_EDEFAULT);
				return;
			case LabelbenchPackage.REFRESH_SETTINGS__LAST_REFRESH:
				setLastRefresh(LAST_REFRESH_EDEFAULT);
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
			case LabelbenchPackage.REFRESH_SETTINGS__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case LabelbenchPackage.REFRESH_SETTINGS__INTERVAL_MINUTES:
				return intervalMinutes != INTERVAL_MINUTES_EDEFAULT;
			case LabelbenchPackage.REFRESH_SETTINGS__LAST_REFRESH:
				return LAST_REFRESH_EDEFAULT == null ? lastRefresh != null : !LAST_REFRESH_EDEFAULT.equals(lastRefresh);
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
		result.append(", intervalMinutes: ");
		result.append(intervalMinutes);
		result.append(", lastRefresh: ");
		result.append(lastRefresh);
		result.append(')');
		return result.toString();
	}

} //RefreshSettingsImpl
