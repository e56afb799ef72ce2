/**
 * Copyright (c) Labelbench contributors.
 */
package org.labelbench.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.labelbench.model.Dataset;
import org.labelbench.model.Instructions;
import org.labelbench.model.LabelClass;
import org.labelbench.model.LabelbenchPackage;
import org.labelbench.model.Labeler;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.model.RefreshSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getTaskType <em>Task Type</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getState <em>State</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getLabelClasses <em>Label Classes</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getRefresh <em>Refresh</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getMlAssist <em>Ml Assist</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getQueueSeed <em>Queue Seed</em>}</li>
 *   <li>{@link org.labelbench.model.impl.ProjectImpl#getItemLimit <em>Item Limit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskType() <em>Task Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskType()
	 * @generated
	 * @ordered
	 */
	protected static final String TASK_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTaskType() <em>Task Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskType()
	 * @generated
	 * @ordered
	 */
	protected String taskType = TASK_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectState STATE_EDEFAULT = ProjectState.INITIALIZING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ProjectState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected Instructions instructions;

	/**
	 * The cached value of the '{@link #getLabelClasses() <em>Label Classes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelClass> labelClasses;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected Dataset dataset;

	/**
	 * The cached value of the '{@link #getRefresh() <em>Refresh</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefresh()
	 * @generated
	 * @ordered
	 */
	protected RefreshSettings refresh;

	/**
	 * The cached value of the '{@link #getMlAssist() <em>Ml Assist</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMlAssist()
	 * @generated
	 * @ordered
	 */
	protected MlAssistSettings mlAssist;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Labeler> members;

	/**
	 * The default value of the '{@link #getQueueSeed() <em>Queue Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long QUEUE_SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getQueueSeed() <em>Queue Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueSeed()
	 * @generated
	 * @ordered
	 */
	protected long queueSeed = QUEUE_SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getItemLimit() <em>Item Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemLimit()
	 * @generated
	 * @ordered
	 */
	protected static final long ITEM_LIMIT_EDEFAULT = 5000000L;

	/**
	 * The cached value of the '{@link #getItemLimit() <em>Item Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemLimit()
	 * @generated
	 * @ordered
	 */
	protected long itemLimit = ITEM_LIMIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelbenchPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTaskType() {
		return taskType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskType(String newTaskType) {
		String oldTaskType = taskType;
		taskType = newTaskType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__TASK_TYPE, oldTaskType, taskType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ProjectState newState) {
		ProjectState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instructions getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstructions(Instructions newInstructions, NotificationChain msgs) {
		Instructions oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__INSTRUCTIONS, oldInstructions, newInstructions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(Instructions newInstructions) {
		if (newInstructions != instructions) {
			NotificationChain msgs = null;
			if (instructions != null)
				msgs = ((InternalEObject)instructions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__INSTRUCTIONS, null, msgs);
			if (newInstructions != null)
				msgs = ((InternalEObject)newInstructions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__INSTRUCTIONS, null, msgs);
			msgs = basicSetInstructions(newInstructions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__INSTRUCTIONS, newInstructions, newInstructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelClass> getLabelClasses() {
		if (labelClasses == null) {
			labelClasses = new EObjectContainmentEList<LabelClass>(LabelClass.class, this, LabelbenchPackage.PROJECT__LABEL_CLASSES);
		}
		return labelClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(Dataset newDataset, NotificationChain msgs) {
		Dataset oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__DATASET, oldDataset, newDataset);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(Dataset newDataset) {
		if (newDataset != dataset) {
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RefreshSettings getRefresh() {
		return refresh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRefresh(RefreshSettings newRefresh, NotificationChain msgs) {
		RefreshSettings oldRefresh = refresh;
		refresh = newRefresh;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__REFRESH, oldRefresh, newRefresh);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefresh(RefreshSettings newRefresh) {
		if (newRefresh != refresh) {
			NotificationChain msgs = null;
			if (refresh != null)
				msgs = ((InternalEObject)refresh).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__REFRESH, null, msgs);
			if (newRefresh != null)
				msgs = ((InternalEObject)newRefresh).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__REFRESH, null, msgs);
			msgs = basicSetRefresh(newRefresh, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__REFRESH, newRefresh, newRefresh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MlAssistSettings getMlAssist() {
		return mlAssist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMlAssist(MlAssistSettings newMlAssist, NotificationChain msgs) {
		MlAssistSettings oldMlAssist = mlAssist;
		mlAssist = newMlAssist;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__ML_ASSIST, oldMlAssist, newMlAssist);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMlAssist(MlAssistSettings newMlAssist) {
		if (newMlAssist != mlAssist) {
			NotificationChain msgs = null;
			if (mlAssist != null)
				msgs = ((InternalEObject)mlAssist).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__ML_ASSIST, null, msgs);
			if (newMlAssist != null)
				msgs = ((InternalEObject)newMlAssist).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LabelbenchPackage.PROJECT__ML_ASSIST, null, msgs);
			msgs = basicSetMlAssist(newMlAssist, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__ML_ASSIST, newMlAssist, newMlAssist));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Labeler> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<Labeler>(Labeler.class, this, LabelbenchPackage.PROJECT__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getQueueSeed() {
		return queueSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueSeed(long newQueueSeed) {
		long oldQueueSeed = queueSeed;
		queueSeed = newQueueSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__QUEUE_SEED, oldQueueSeed, queueSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getItemLimit() {
		return itemLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemLimit(long newItemLimit) {
		long oldItemLimit = itemLimit;
		itemLimit = newItemLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelbenchPackage.PROJECT__ITEM_LIMIT, oldItemLimit, itemLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelClass findLabelClass(final String name) {
		for (LabelClass labelClass : getLabelClasses()) {
			if (labelClass.getName().equals(name)) {
				return labelClass;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LabelbenchPackage.PROJECT__INSTRUCTIONS:
				return basicSetInstructions(null, msgs);
			case LabelbenchPackage.PROJECT__LABEL_CLASSES:
				return ((InternalEList<?>)getLabelClasses()).basicRemove(otherEnd, msgs);
			case LabelbenchPackage.PROJECT__DATASET:
				return basicSetDataset(null, msgs);
			case LabelbenchPackage.PROJECT__REFRESH:
				return basicSetRefresh(null, msgs);
			case LabelbenchPackage.PROJECT__ML_ASSIST:
				return basicSetMlAssist(null, msgs);
			case LabelbenchPackage.PROJECT__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelbenchPackage.PROJECT__NAME:
				return getName();
			case LabelbenchPackage.PROJECT__TASK_TYPE:
				return getTaskType();
			case LabelbenchPackage.PROJECT__STATE:
				return getState();
			case LabelbenchPackage.PROJECT__CREATED_AT:
				return getCreatedAt();
			case LabelbenchPackage.PROJECT__INSTRUCTIONS:
				return getInstructions();
			case LabelbenchPackage.PROJECT__LABEL_CLASSES:
				return getLabelClasses();
			case LabelbenchPackage.PROJECT__DATASET:
				return getDataset();
			case LabelbenchPackage.PROJECT__REFRESH:
				return getRefresh();
			case LabelbenchPackage.PROJECT__ML_ASSIST:
				return getMlAssist();
			case LabelbenchPackage.PROJECT__MEMBERS:
				return getMembers();
			case LabelbenchPackage.PROJECT__QUEUE_SEED:
				return getQueueSeed();
			case LabelbenchPackage.PROJECT__ITEM_LIMIT:
				return getItemLimit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LabelbenchPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case LabelbenchPackage.PROJECT__TASK_TYPE:
				setTaskType((String)newValue);
				return;
			case LabelbenchPackage.PROJECT__STATE:
				setState((ProjectState)newValue);
				return;
			case LabelbenchPackage.PROJECT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case LabelbenchPackage.PROJECT__INSTRUCTIONS:
				setInstructions((Instructions)newValue);
				return;
			case LabelbenchPackage.PROJECT__LABEL_CLASSES:
				getLabelClasses().clear();
				getLabelClasses().addAll((Collection<? extends LabelClass>)newValue);
				return;
			case LabelbenchPackage.PROJECT__DATASET:
				setDataset((Dataset)newValue);
				return;
			case LabelbenchPackage.PROJECT__REFRESH:
				setRefresh((RefreshSettings)newValue);
				return;
			case LabelbenchPackage.PROJECT__ML_ASSIST:
				setMlAssist((MlAssistSettings)newValue);
				return;
			case LabelbenchPackage.PROJECT__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Labeler>)newValue);
				return;
			case LabelbenchPackage.PROJECT__QUEUE_SEED:
				setQueueSeed((Long)newValue);
				return;
			case LabelbenchPackage.PROJECT__ITEM_LIMIT:
				setItemLimit((Long)newValue);
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
			case LabelbenchPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LabelbenchPackage.PROJECT__TASK_TYPE:
				setTaskType(TASK_TYPE_EDEFAULT);
				return;
			case LabelbenchPackage.PROJECT__STATE:
				setState(STATE_EDEFAULT);
				return;
			case LabelbenchPackage.PROJECT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case LabelbenchPackage.PROJECT__INSTRUCTIONS:
				setInstructions((Instructions)null);
				return;
			case LabelbenchPackage.PROJECT__LABEL_CLASSES:
				getLabelClasses().clear();
				return;
			case LabelbenchPackage.PROJECT__DATASET:
				setDataset((Dataset)null);
				return;
			case LabelbenchPackage.PROJECT__REFRESH:
				setRefresh((RefreshSettings)null);
				return;
			case LabelbenchPackage.PROJECT__ML_ASSIST:
				setMlAssist((MlAssistSettings)null);
				return;
			case LabelbenchPackage.PROJECT__MEMBERS:
				getMembers().clear();
				return;
			case LabelbenchPackage.PROJECT__QUEUE_SEED:
				setQueueSeed(QUEUE_SEED_EDEFAULT);
				return;
			case LabelbenchPackage.PROJECT__ITEM_LIMIT:
				setItemLimit(ITEM_LIMIT_EDEFAULT);
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
			case LabelbenchPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LabelbenchPackage.PROJECT__TASK_TYPE:
				return TASK_TYPE_EDEFAULT == null ? taskType != null : !TASK_TYPE_EDEFAULT.equals(taskType);
			case LabelbenchPackage.PROJECT__STATE:
				return state != STATE_EDEFAULT;
			case LabelbenchPackage.PROJECT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case LabelbenchPackage.PROJECT__INSTRUCTIONS:
				return instructions != null;
			case LabelbenchPackage.PROJECT__LABEL_CLASSES:
				return labelClasses != null && !labelClasses.isEmpty();
			case LabelbenchPackage.PROJECT__DATASET:
				return dataset != null;
			case LabelbenchPackage.PROJECT__REFRESH:
				return refresh != null;
			case LabelbenchPackage.PROJECT__ML_ASSIST:
				return mlAssist != null;
			case LabelbenchPackage.PROJECT__MEMBERS:
				return members != null && !members.isEmpty();
			case LabelbenchPackage.PROJECT__QUEUE_SEED:
				return queueSeed != QUEUE_SEED_EDEFAULT;
			case LabelbenchPackage.PROJECT__ITEM_LIMIT:
				return itemLimit != ITEM_LIMIT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LabelbenchPackage.PROJECT___FIND_LABEL_CLASS__STRING:
				return findLabelClass((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", taskType: ");
		result.append(taskType);
		result.append(", state: ");
		result.append(state);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", queueSeed: ");
		result.append(queueSeed);
		result.append(", itemLimit: ");
		result.append(itemLimit);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
