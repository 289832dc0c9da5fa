<#
.SYNOPSIS
    The Windows installer's round trip, as a volunteer would go through it.

.DESCRIPTION
    Installs the given HelferApp setup silently for the current user (no admin rights),
    runs the installed helferapp.exe --self-test, checks the .helferapp file association,
    creates a database and a backup in the user's data folder, uninstalls silently and
    checks that the program and its association are gone while the data folder
    (%LOCALAPPDATA%\HelferApp, where platformdirs puts it) is still there.

    The release workflow (.github/workflows/release.yml) runs it on a Windows runner.
    A maintainer can run it on a Windows 10/11 machine in the same way - in a spare user
    account, since it writes a demo database into that account's data folder:

        pwsh -File packaging\windows\smoke_test.ps1 -Setup dist\HelferApp-0.1.0-setup.exe
#>
param(
    [Parameter(Mandatory = $true)] [string] $Setup,
    [string] $Logs = (Join-Path ([IO.Path]::GetTempPath()) 'helferapp-smoke')
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$App = Join-Path $env:LOCALAPPDATA 'Programs\HelferApp'
$Exe = Join-Path $App 'helferapp.exe'
$Data = Join-Path $env:LOCALAPPDATA 'HelferApp'
$Database = Join-Path $Data 'helferapp.sqlite3'
$Classes = 'HKCU:\Software\Classes'
$ProgId = 'HelferApp.Austauschdatei'
New-Item -ItemType Directory -Force -Path $Logs | Out-Null
$Setup = (Resolve-Path -LiteralPath $Setup).Path

function Invoke-Program {
    # helferapp.exe is a GUI program: PowerShell would not wait for it, and what it
    # prints only shows when its output goes to a file. So start it, wait, show both.
    param([string] $File, [string[]] $Arguments, [string] $Name)
    $out = Join-Path $Logs "$Name.out.txt"
    $err = Join-Path $Logs "$Name.err.txt"
    Write-Host "> $File $($Arguments -join ' ')"
    $process = Start-Process -FilePath $File -ArgumentList $Arguments -Wait -PassThru `
        -RedirectStandardOutput $out -RedirectStandardError $err
    Get-Content -LiteralPath $out, $err | Write-Host
    if ($process.ExitCode -ne 0) {
        throw "$Name endete mit Status $($process.ExitCode)."
    }
    return (Get-Content -LiteralPath $out -Raw)
}

function Get-DefaultValue([string] $Key) {
    $item = Get-Item -LiteralPath $Key -ErrorAction SilentlyContinue
    if ($null -eq $item) { return $null }
    return $item.GetValue('')
}

if (Test-Path -LiteralPath $Data) {
    throw "$Data gibt es schon: bitte in einem Benutzerkonto ohne HelferApp-Daten testen."
}

# 1. Install for this user only, silently (what /CURRENTUSER chooses in the setup dialog).
$installLog = Join-Path $Logs 'install.log'
Invoke-Program $Setup @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/CURRENTUSER',
    '/LANG=de', "/LOG=`"$installLog`"") 'setup' | Out-Null
if (-not (Test-Path -LiteralPath $Exe)) {
    Get-Content -LiteralPath $installLog | Write-Host
    throw "Nach der Installation fehlt $Exe."
}
if (-not (Test-Path -LiteralPath (Join-Path $App 'helferapp-file.ico'))) {
    throw 'Das Symbol für .helferapp-Dateien wurde nicht installiert.'
}

# 2. The installed program's own check: migrations, PDF with font, exchange file, worker.
$selfTest = Invoke-Program $Exe @('--self-test') 'self-test'
if ($selfTest -notmatch 'Selbsttest bestanden') {
    throw 'Der Selbsttest des installierten Programms hat nicht "Selbsttest bestanden." gemeldet.'
}

# 3. Double-clicking a .helferapp file starts the installed program with the file's path
#    as one argument (quoted: paths with spaces, e.g. "C:\Users\Anna Maier\Downloads").
if ((Get-DefaultValue "$Classes\.helferapp") -ne $ProgId) {
    throw ".helferapp ist nicht mit $ProgId verknüpft."
}
$command = Get-DefaultValue "$Classes\$ProgId\shell\open\command"
$expected = "`"$Exe`" `"%1`""
if ($command -ne $expected) {
    throw "Öffnen-Befehl ist '$command', erwartet '$expected'."
}

# 4. A volunteer's data: a database and a backup, where the program puts them itself.
Invoke-Program $Exe @('demo', '--scale', 'small') 'demo' | Out-Null
Invoke-Program $Exe @('backup') 'backup' | Out-Null
if (-not (Test-Path -LiteralPath $Database)) {
    throw "Die Datenbank liegt nicht in $Database (dort sucht sie das Deinstallationsprogramm)."
}
$backups = @(Get-ChildItem -LiteralPath (Join-Path $Data 'backups') -Filter 'helferapp-*.sqlite3')
if ($backups.Count -lt 1) {
    throw "Keine Sicherung in $Data\backups."
}
$size = (Get-Item -LiteralPath $Database).Length

# 5. Uninstall silently. The uninstaller hands over to a copy of itself in %TEMP% and
#    returns at once, so wait until the program folder is really gone.
Invoke-Program (Join-Path $App 'unins000.exe') @('/VERYSILENT', '/SUPPRESSMSGBOXES',
    '/NORESTART') 'uninstall' | Out-Null
$deadline = (Get-Date).AddMinutes(3)
while ((Test-Path -LiteralPath $Exe) -and ((Get-Date) -lt $deadline)) {
    Start-Sleep -Seconds 2
}
if (Test-Path -LiteralPath $Exe) {
    throw "Nach der Deinstallation gibt es $Exe noch."
}
if (Test-Path -LiteralPath "$Classes\$ProgId") {
    throw "Nach der Deinstallation gibt es den Dateityp $ProgId noch."
}
if ((Get-DefaultValue "$Classes\.helferapp") -eq $ProgId) {
    throw 'Nach der Deinstallation ist .helferapp noch mit HelferApp verknüpft.'
}

# 6. The data survives a (silent) uninstall: nobody loses a year of records by it.
if (-not (Test-Path -LiteralPath $Database) -or (Get-Item -LiteralPath $Database).Length -ne $size) {
    throw "Die Datenbank $Database hat die Deinstallation nicht unverändert überstanden."
}
$left = @(Get-ChildItem -LiteralPath (Join-Path $Data 'backups') -Filter 'helferapp-*.sqlite3')
if ($left.Count -ne $backups.Count) {
    throw 'Sicherungen sind bei der Deinstallation verloren gegangen.'
}
Write-Host "Installation, Selbsttest, Verknüpfung, Deinstallation: in Ordnung; $Data ist geblieben."
