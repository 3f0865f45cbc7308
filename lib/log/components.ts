// Component names written by ConfigMgr (client, site server, task sequence), MDT and the
// Intune management extension. The plain-text parser only splits a trailing or leading word off
// a line when it is one of these, because any last word of a sentence could otherwise pass for a
// component. Deliberately absent: names that are also ordinary English words ("Wizard",
// "Reboot", "Setup"), since a wrong split would remove a word from the message.
const KNOWN_COMPONENTS: readonly string[] = [
  // Task sequence engine and steps
  'TSManager', 'TSMBootstrap', 'TSPxe', 'TSBootShell', 'TsProgressUI', 'TSEnv', 'TSUtil',
  'SMSTS', 'smstsvc', 'SMSTSMgr',
  'OSDSetupHook', 'OSDApplyOS', 'OSDSetupWindows', 'OSDDriverClient', 'OSDBitLocker',
  'OSDOfflineBitlocker', 'OSDUSMT', 'OSDNetSettings', 'OSDDownloadContent', 'OSDJoin',
  'OSDWinSettings', 'OSDSmpClient', 'OSDPrepareOS', 'OSDPrepareSmsClient',
  'OSDCaptureSystemImage', 'OSDMigrateUserState', 'OSDRestoreUserState', 'OSDApplyDriverPackage',
  'OSDAutoApplyDrivers', 'OSDDiskPart', 'OSDConfigureWindows', 'OSDCheckReadiness',
  'InstallSoftware', 'InstallApplication', 'InstallUpdate', 'RunCommandLine',
  'RunPowerShellScript', 'ApplyOperatingSystem', 'ApplyDriverPackage', 'AutoApplyDrivers',
  'SetDynamicVariables', 'TSInstallUpdates',
  // PXE and boot media
  'SMSPXE', 'SMSPXEFilter', 'PXEControl', 'TsPxe',
  // Client
  'ccmsetup', 'CcmSetup', 'ccmsetup-ccmeval', 'CcmExec', 'CcmEval', 'CcmRestart', 'CcmMessaging',
  'CcmNotificationAgent', 'CcmRepair', 'ClientIDManagerStartup', 'ClientLocation',
  'LocationServices', 'DataTransferService', 'ContentTransferManager', 'CAS', 'ContentAccess',
  'PolicyAgent', 'PolicyAgent_PolicyDownload', 'PolicyAgent_RequestAssignments',
  'PolicyAgent_ReplyAssignments', 'PolicyAgent_PolicyEvaluator', 'PolicyEvaluator',
  'PolicyEvaluator_Provider', 'CertMgr', 'CertificateMaintenance', 'CCM_STS', 'execmgr',
  'AppEnforce', 'AppDiscovery', 'AppIntentEval', 'AppProvider', 'CIAgent', 'CIDownloader',
  'CIStateStore', 'CIStore', 'CITaskMgr', 'DCMAgent', 'DCMReporting', 'StateMessage',
  'StatusAgent', 'FSPStateMessage', 'InventoryAgent', 'InventoryProvider', 'ScanAgent',
  'WUAHandler', 'UpdatesDeployment', 'UpdatesHandler', 'UpdatesStore', 'SrcUpdateMgr',
  'ServiceWindowManager', 'RebootCoordinator', 'MaintenanceCoordinator', 'SCClient',
  'SCNotify', 'SoftwareCenterSystemTasks', 'UserAffinity', 'CMBITSManager', 'ComplRelayAgent',
  'EndpointProtectionAgent', 'ExternalEventAgent', 'mtrmgr', 'SWMTRReportGen', 'PeerDPAgent',
  'CoManagementHandler', 'ClientServicing', 'SleepAgent', 'smscliui', 'CcmSqlCE',
  // Site server and roles
  'distmgr', 'SMS_DISTRIBUTION_MANAGER', 'PkgXferMgr', 'SMS_PACKAGE_TRANSFER_MANAGER',
  'MP_GetAuth', 'MP_ClientIDManager', 'MP_Location', 'MP_LocationManager', 'MP_Policy',
  'MP_PolicyManager', 'MP_RegistrationManager', 'MP_Relay', 'MP_Status', 'MP_Ddr', 'MP_Hinv',
  'MP_Sinv', 'MP_FileProcessor', 'MpMessaging', 'SMS_MP_CONTROL_MANAGER', 'SMS_MP_FILE_DISPATCH_MANAGER',
  'SMS_Cloud_ProxyConnector', 'SMS_CLOUD_SERVICES_MANAGER', 'CMGService', 'CMGSetup',
  'SMS_EXECUTIVE', 'SMS_SITE_COMPONENT_MANAGER', 'SMS_HIERARCHY_MANAGER', 'SMS_POLICY_PROVIDER',
  'SMS_OFFER_MANAGER', 'SMS_COLLECTION_EVALUATOR', 'SMS_DISCOVERY_DATA_MANAGER',
  'SMS_STATE_SYSTEM', 'SMS_STATUS_MANAGER', 'SMS_INVENTORY_DATA_LOADER',
  'SMS_WSUS_SYNC_MANAGER', 'SMS_WSUS_CONFIGURATION_MANAGER', 'SMS_WSUS_CONTROL_MANAGER',
  'SMS_AD_SYSTEM_DISCOVERY_AGENT', 'SMS_AD_USER_DISCOVERY_AGENT', 'SMS_AD_FOREST_DISCOVERY_MANAGER',
  'SMS_SITE_BACKUP', 'SMS_CERTIFICATE_MANAGER', 'SMS_REPLICATION_CONFIGURATION_MONITOR',
  'SMS_DATABASE_NOTIFICATION_MONITOR', 'SMS_CLIENT_CONFIG_MANAGER', 'SMS_DISTRIBUTION_POINT',
  'SMS_DP', 'SMS_PXE_SERVICE_POINT', 'SMS_OBJECT_REPLICATION_MANAGER', 'SMS_REST_PROVIDER',
  'SMS_PROVIDER', 'SMS_ADMIN_UI', 'SMS_FALLBACK_STATUS_POINT', 'SMS_MIGRATION_MANAGER',
  'SMS_COMPONENT_STATUS_SUMMARIZER', 'SMS_CLIENT_HEALTH', 'SMS_NOTIFICATION_SERVER',
  'SMS_SERVICE_CONNECTOR', 'SMS_DMP_DOWNLOADER', 'SMS_DMP_UPLOADER', 'SMS_ALERT_NOTIFICATION',
  'SMSProv', 'SmsAdminUI', 'smsdpprov', 'smsdpmon', 'SMSDPMON', 'CMUpdate', 'ConfigMgrSetup',
  'hman', 'sitecomp', 'statmgr', 'dataldr', 'ddm', 'colleval', 'policypv', 'offermgr',
  'objreplmgr', 'rcmctrl', 'wsyncmgr', 'WCM', 'WSUSCtrl', 'smsexec', 'SMSDBMON', 'smsprov',
  'SMS_WINNT_SERVER_DISCOVERY_AGENT', 'SMS_LAN_SENDER', 'SMS_SCHEDULER', 'SMS_DESPOOLER',
  'SMS_INBOX_MANAGER', 'SMS_INBOX_MONITOR', 'SMS_SITE_CONTROL_MANAGER',
  // MDT (scripts are matched by pattern below; these are the rest)
  'LiteTouch', 'BDD', 'DeployWiz', 'ZTIUtility',
  // Intune management extension
  'IntuneManagementExtension', 'AgentExecutor', 'HealthScripts', 'SensorLogs',
  'AppWorkload', 'AppActionProcessor', 'ClientHealth', 'Win32AppInventory',
  // Windows
  'WindowsUpdateClient', 'WUSA', 'DISM', 'CBS', 'SetupHost', 'SetupDiag',
];

const KNOWN_LOWER: ReadonlySet<string> = new Set(KNOWN_COMPONENTS.map((name) => name.toLowerCase()));

// MDT writes one component per script (ZTIGather, LTIApply, ztiRunCommandHidden, ...); the
// ZTI/LTI prefix plus a capital is distinctive enough to accept every such name.
const MDT_SCRIPT = /^(?:zti|lti)[A-Za-z][A-Za-z0-9]*$/i;

export function isKnownComponent(name: string): boolean {
  return KNOWN_LOWER.has(name.toLowerCase()) || MDT_SCRIPT.test(name);
}

export const knownComponents: readonly string[] = KNOWN_COMPONENTS;
