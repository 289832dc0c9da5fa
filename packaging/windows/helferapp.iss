; Inno Setup script for HelferApp (Windows 10/11, 64 bit).
;
; Build on Windows after `bash packaging/build.sh` (or the PyInstaller step alone) has
; made dist\HelferApp:   iscc /DAppVersion=0.1.0 packaging\windows\helferapp.iss
; → dist\HelferApp-0.1.0-setup.exe
;
; Per user, without admin rights: volunteers on a borrowed or managed laptop can install
; it themselves. The program goes to %LOCALAPPDATA%\Programs\HelferApp; the database
; stays in %LOCALAPPDATA%\HelferApp (platformdirs) and is NOT removed on uninstall
; unless the user ticks the question at the end.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "HelferApp"
#define AppExe "helferapp.exe"
#define Root "..\.."

[Setup]
AppId={{6E3F2A4C-8B1D-4C7E-9A35-0F2B7D9C41E8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=HelferApp contributors
AppComments=Offline-Verwaltung für ehrenamtliche Helferkreise in Bayern
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=HelferApp-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\helferapp.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AssocTask=.helferapp-Austauschdateien mit HelferApp öffnen
en.AssocTask=Open .helferapp exchange files with HelferApp
de.FileTypeName=HelferApp-Austauschdatei
en.FileTypeName=HelferApp exchange file
de.RemoveData=Auch Ihre HelferApp-Daten (Datenbank und Sicherungen in %1) löschen?%n%nWählen Sie „Nein“, wenn Sie HelferApp später wieder installieren oder die Daten behalten wollen.
en.RemoveData=Also delete your HelferApp data (database and backups in %1)?%n%nChoose “No” to keep them, e.g. for a later reinstall.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "association"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\HelferApp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\helferapp-file.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKCU: no admin rights needed), with the file type's own icon.
Root: HKA; Subkey: "Software\Classes\.helferapp"; ValueType: string; ValueName: ""; ValueData: "HelferApp.Austauschdatei"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.helferapp\OpenWithProgids"; ValueType: string; ValueName: "HelferApp.Austauschdatei"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\HelferApp.Austauschdatei"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\HelferApp.Austauschdatei\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\helferapp-file.ico"; Tasks: association
Root: HKA; Subkey: "Software\Classes\HelferApp.Austauschdatei\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".helferapp"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller keeps the user's database and backups unless the user says otherwise.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\HelferApp');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
