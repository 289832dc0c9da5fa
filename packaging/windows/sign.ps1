<#
.SYNOPSIS
    Sign one file (helferapp.exe or the setup) with the project's Authenticode certificate.

.DESCRIPTION
    Used by the release workflow's "Sign ..." steps, which run only when the repository
    has the secret WINDOWS_CERTIFICATE (the .pfx file, base64-encoded) and
    WINDOWS_CERTIFICATE_PASSWORD; see packaging/README.md. The signature is timestamped
    (SHA-256), so it stays valid after the certificate expires. WINDOWS_TIMESTAMP_URL
    may name another RFC 3161 timestamp server than the default.
#>
param(
    [Parameter(Mandatory = $true)] [string] $File
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not $env:WINDOWS_CERTIFICATE) {
    throw 'WINDOWS_CERTIFICATE ist nicht gesetzt.'
}
$timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
$signtool = Get-ChildItem -Path "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object { [version] $_.Directory.Parent.Name } -Descending |
    Select-Object -First 1
if ($null -eq $signtool) {
    throw 'signtool.exe (Windows SDK) nicht gefunden.'
}
$pfx = Join-Path ([IO.Path]::GetTempPath()) "helferapp-signing-$PID.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
try {
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD `
        /fd SHA256 /tr $timestamp /td SHA256 /d HelferApp $File
    if ($LASTEXITCODE -ne 0) { throw "signtool sign endete mit Status $LASTEXITCODE." }
    & $signtool.FullName verify /pa $File
    if ($LASTEXITCODE -ne 0) { throw "signtool verify endete mit Status $LASTEXITCODE." }
}
finally {
    Remove-Item -LiteralPath $pfx -Force
}
