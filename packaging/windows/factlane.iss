; Inno Setup 6 script for Factlane, over the PyInstaller onedir output (dist\factlane).
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\..\dist\factlane /DIconFile=..\..\build\icons\factlane.ico factlane.iss
;
; packaging\build.py passes these defines; the defaults below fit a build from the repository root.
; Installs per user without admin rights by default (the dialog offers all users), registers the
; .factlane project type (and "Open with" for the article types), puts Factlane in the Start menu, optionally adds the command-line
; `factlane` to PATH, and leaves an uninstaller in Apps & features.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\factlane"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\factlane.ico"
#endif
; The "Open with Factlane" entries of the article types, written from the import's list of
; suffixes by `python packaging/file_types.py --iss build\windows\article_types.iss`.
#ifndef ArticleTypes
  #define ArticleTypes "..\..\build\windows\article_types.iss"
#endif
#define AppName "Factlane"
#define AppExe "factlane-app.exe"
#define CliExe "factlane.exe"
#define ProgId "Factlane.Project"
#define ArticleProgId "Factlane.Article"

[Setup]
; A fixed AppId ties upgrades and the uninstaller to one product: never change it.
AppId={{6F1C2D3E-8A47-4B6E-9C1D-FAC71A4E0001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Factlane
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
ChangesEnvironment=yes
OutputBaseFilename=Factlane-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the factlane command to PATH (for scripting)"; GroupDescription: "Command line:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files left from an older version must not be imported.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Dated facts and conflicting figures across news sources"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .factlane file type (HKA: the current user's or the machine's classes, as installed).
Root: HKA; Subkey: "Software\Classes\.factlane"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.factlane"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-factlane-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.factlane\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Factlane project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".factlane"; ValueData: ""
; Articles: the class an "Open with Factlane" entry starts; it imports the file into a project.
; No article suffix's default is ever set, so each keeps opening where it did before.
Root: HKA; Subkey: "Software\Classes\{#ArticleProgId}"; ValueType: string; ValueName: ""; ValueData: "Article for Factlane"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ArticleProgId}"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "Article for Factlane"
Root: HKA; Subkey: "Software\Classes\{#ArticleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ArticleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The command line on PATH: the user's PATH for a per-user install, the machine's for all users.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: (not IsAdminInstallMode) and PathLacksApp('HKCU')
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and PathLacksApp('HKLM')

#include ArticleTypes

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  UserEnvKey = 'Environment';
  MachineEnvKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function EnvRoot(Which: String; var Key: String): Integer;
begin
  if Which = 'HKLM' then begin
    Key := MachineEnvKey;
    Result := HKEY_LOCAL_MACHINE;
  end else begin
    Key := UserEnvKey;
    Result := HKEY_CURRENT_USER;
  end;
end;

{ True when PATH does not already hold the install folder, so a reinstall adds it only once. }
function PathLacksApp(Which: String): Boolean;
var
  Key, Paths: String;
  Root: Integer;
begin
  Root := EnvRoot(Which, Key);
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

{ Take the install folder out of PATH again on uninstall, leaving every other entry as it was. }
procedure RemoveAppFromPath(Which: String);
var
  Key, Paths, App: String;
  Root, P: Integer;
begin
  Root := EnvRoot(Which, Key);
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then
    exit;
  App := ExpandConstant('{app}');
  Paths := ';' + Paths + ';';
  P := Pos(';' + Uppercase(App) + ';', Uppercase(Paths));
  if P = 0 then
    exit;
  Delete(Paths, P, Length(App) + 1);
  Paths := Copy(Paths, 2, Length(Paths) - 2);
  RegWriteExpandStringValue(Root, Key, 'Path', Paths);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then begin
    if IsAdminInstallMode then
      RemoveAppFromPath('HKLM')
    else
      RemoveAppFromPath('HKCU');
  end;
end;
