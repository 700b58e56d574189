<#
.SYNOPSIS
  mamori-service バンドルを PC に入れる・版を上げる（SCCM / Intune / GPO スタートアップ スクリプトから、管理者で）。

.DESCRIPTION
  バンドル（scripts/build_bundle.py が作る mamori-service-<版>-win_amd64 フォルダ）の中から実行します。
    1. 動いている mamori を止めます（版上げ時: 動いているサービスはパッケージのファイルを掴んでいて置き換えられないため）。
    2. プログラムを InstallDir にコピーします（python\ は残します）。
    3. InstallDir\python に Python が無ければ、バンドルに置いた python.org のインストーラー
       （python-3.12.x-amd64.exe）を画面なしで実行します:
         /quiet InstallAllUsers=1 TargetDir=<InstallDir>\python PrependPath=0 Include_launcher=0
         Include_test=0 Include_doc=0 Include_tcltk=0 Shortcuts=0 AssociateFiles=0
    4. wheelhouse から依存パッケージを入れます（ネット接続なし: pip --no-index）。
    5. install-mamori-task.ps1 でタスクとネイティブ ホストを登録します（ポリシーファイルが無ければ止まります）。

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File deploy\windows\setup-mamori.ps1 -AuditShare \\fileserver\mamori-audit$
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$BundleDir = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path,
    [string]$InstallDir = "$env:ProgramFiles\mamori",
    [string]$Policy = "$env:ProgramData\mamori\policy.toml",
    [string]$AuditShare = ""
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path -LiteralPath $Policy)) {
    throw "ポリシーファイルがありません: $Policy 。先に置いてください（deploy/README.md 手順4）。何も変更していません。"
}

# 1. Stop what runs from InstallDir (tasks stay registered; step 5 re-registers them).
if (Test-Path -LiteralPath $InstallDir) {
    foreach ($t in @("mamori 検査サービス", "mamori 監査ログ収集")) { Stop-ScheduledTask -TaskName $t -ErrorAction SilentlyContinue }
    Get-CimInstance Win32_Process -Filter "Name = 'pythonw.exe' OR Name = 'python.exe'" |
        Where-Object { $_.ExecutablePath -like "$InstallDir\*" } |
        ForEach-Object { Invoke-CimMethod -InputObject $_ -MethodName Terminate | Out-Null }
    Start-Sleep -Seconds 2
}

# 2. Program files (the Python runtime in InstallDir\python is kept).
New-Item -ItemType Directory -Path $InstallDir -Force | Out-Null
foreach ($item in @("service", "deploy", "run_service.py", "requirements-service.txt", "mamori-host.cmd", "jp.mamori.service.json", "BUNDLE.json")) {
    $src = Join-Path $BundleDir $item
    if (-not (Test-Path -LiteralPath $src)) { throw "バンドルに $item がありません: $BundleDir" }
    $dst = Join-Path $InstallDir $item
    if (Test-Path -LiteralPath $dst) { Remove-Item -LiteralPath $dst -Recurse -Force }
    Copy-Item -LiteralPath $src -Destination $dst -Recurse
}

# 3. Python, silently, for all users, into InstallDir\python (nothing on PATH, no file associations).
$python = Join-Path $InstallDir "python\python.exe"
if (-not (Test-Path -LiteralPath $python)) {
    $installer = Get-ChildItem -LiteralPath $BundleDir -Filter "python-3.12*-amd64.exe" | Select-Object -First 1
    if (-not $installer) { throw "Python がありません。python.org の python-3.12.x-amd64.exe をバンドルのフォルダに置いてください。" }
    $pyArgs = @("/quiet", "InstallAllUsers=1", "TargetDir=`"$InstallDir\python`"", "PrependPath=0", "Include_launcher=0",
              "Include_test=0", "Include_doc=0", "Include_tcltk=0", "Shortcuts=0", "AssociateFiles=0")
    $p = Start-Process -FilePath $installer.FullName -ArgumentList $pyArgs -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "Python のインストールに失敗しました（終了コード $($p.ExitCode)）" }
}

# 4. Dependencies from the wheelhouse only.
& $python -m pip install --disable-pip-version-check --no-index --find-links (Join-Path $BundleDir "wheelhouse") `
    -r (Join-Path $InstallDir "requirements-service.txt")
if ($LASTEXITCODE -ne 0) { throw "依存パッケージのインストールに失敗しました（終了コード $LASTEXITCODE）" }

# 5. Tasks and the native messaging host.
& (Join-Path $InstallDir "deploy\windows\install-mamori-task.ps1") -InstallDir $InstallDir -Policy $Policy -AuditShare $AuditShare
