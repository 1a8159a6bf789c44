; Inno Setup script: installs the PyInstaller folder build of ProposalEditor on Windows.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\build\dist\proposaleditor packaging\windows\proposaleditor.iss
;
; Needs Inno Setup 6. Installs per user by default (no administrator rights needed on
; locked-down laptops), offers an all-users install, adds a Start-menu entry and opens .itup
; files with the editor.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\proposaleditor"
#endif
#ifndef OutputDir
  #define OutputDir "..\build"
#endif
#define AppName "ProposalEditor"
#define AppExe "proposaleditor.exe"
#define ProgId "ProposalEditor.Document"
#define DocExtension ".itup"
#define DocMimeType "application/x-proposaleditor"

[Setup]
AppId={{6F1C2A57-3E0B-4C8D-9A45-52B1D7E0A9C3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ProposalEditor maintainers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=proposaleditor-{#AppVersion}-windows-setup
SetupIconFile=..\..\src\proposaleditor\resources\icons\proposaleditor.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .itup -> ProposalEditor.Document, opened by the editor; HKA = per-user or all-users hive.
Root: HKA; Subkey: "Software\Classes\{#DocExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DocExtension}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#DocMimeType}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#DocExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "ProposalEditor document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#DocExtension}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
