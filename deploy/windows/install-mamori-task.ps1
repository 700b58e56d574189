<#
.SYNOPSIS
  mamori の検査サービスを PC に入れます（ログオンした職員ごとに自動起動、Edge からの接続口を登録）。

.DESCRIPTION
  管理者として（SCCM/Intune のインストール コマンド、または GPO のコンピューター スタートアップ
  スクリプトとして）実行します。前提: mamori-bundle を InstallDir に展開済み（python\ フォルダに
  Python の実行環境と依存パッケージ）、ポリシーファイルが -Policy の場所にあること。

  1. ポリシーファイルを検査します（無い・読めない・拡張機能IDが入っていない場合は何も登録せず止まります）。
  2. Edge のネイティブ メッセージング ホスト jp.mamori.service を HKLM に登録します
     （利用者ごとのサービスのポートと鍵を拡張機能に渡す口。利用者は書き換えられません）。
  3. タスク「mamori 検査サービス」を登録します。どの職員がログオンしても、その職員の権限で
     pythonw.exe -m service.launcher run が画面なしで起動し、検査サービスを起動・監視します
     （サービスが止まれば数秒で起動し直します）。ランチャー自体が止められても、5分ごとの
     繰り返しトリガーで起動し直します（二重起動はランチャーが自分で防ぎます）。
  4. 監査ログを共有フォルダへ集めるタスク「mamori 監査ログ収集」を SYSTEM で登録します（-AuditShare 指定時）。

.PARAMETER InstallDir
  mamori-bundle を展開したフォルダ。既定 C:\Program Files\mamori

.PARAMETER Policy
  IT のポリシーファイル（scripts/package.py が作る dist\policy.toml を基に作成）。既定 C:\ProgramData\mamori\policy.toml

.PARAMETER AuditShare
  監査ログの集約先（例: \\fileserver\mamori-audit$）。コンピューター アカウントに書き込み権限が必要です。

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File install-mamori-task.ps1 -AuditShare \\fileserver\mamori-audit$
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$InstallDir = "$env:ProgramFiles\mamori",
    [string]$Policy = "$env:ProgramData\mamori\policy.toml",
    [string]$AuditShare = "",
    [string]$TaskName = "mamori 検査サービス",
    [string]$CollectTaskName = "mamori 監査ログ収集"
)
$ErrorActionPreference = "Stop"

$python = Join-Path $InstallDir "python\python.exe"
$pythonw = Join-Path $InstallDir "python\pythonw.exe"
foreach ($f in @($python, $pythonw, (Join-Path $InstallDir "run_service.py"), (Join-Path $InstallDir "jp.mamori.service.json"))) {
    if (-not (Test-Path -LiteralPath $f)) { throw "見つかりません: $f （mamori-bundle を $InstallDir に展開してください）" }
}

# 1. The policy file must exist and name IT's extension: without it every send would be refused.
if (-not (Test-Path -LiteralPath $Policy)) {
    throw "ポリシーファイルがありません: $Policy 。先に dist\policy.toml を基に作って置いてください。何も登録していません。"
}
& $python (Join-Path $InstallDir "run_service.py") --check-policy --policy $Policy
if ($LASTEXITCODE -ne 0) {
    throw "ポリシーファイルに問題があります（終了コード $LASTEXITCODE、上の表示を確認）。何も登録していません。"
}

# Local audit folder (policy.toml [audit] directory): each user's service creates its own files
# there and can change only those (CREATOR OWNER); users cannot read or change each other's;
# the SYSTEM collection task copies them to the share.
$auditDir = Join-Path $env:ProgramData "mamori\audit"
New-Item -ItemType Directory -Path $auditDir -Force | Out-Null
& icacls.exe $auditDir /inheritance:r /grant:r "*S-1-5-18:(OI)(CI)F" "*S-1-5-32-544:(OI)(CI)F" `
    "*S-1-5-32-545:(RD,WD,AD,X,RA)" "*S-1-3-0:(OI)(CI)(IO)M" | Out-Null
if ($LASTEXITCODE -ne 0) { throw "監査ログのフォルダ $auditDir の権限を設定できませんでした。" }

# 2. Native messaging host, machine-wide (HKLM: only administrators can change it).
$hostKey = "HKLM:\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\jp.mamori.service"
New-Item -Path $hostKey -Force | Out-Null
Set-Item -Path $hostKey -Value (Join-Path $InstallDir "jp.mamori.service.json")
Write-Host "登録しました: ネイティブ メッセージング ホスト jp.mamori.service"

# 3. The per-user launcher at every logon, plus a 5-minute repetition that restarts a killed launcher.
$arguments = "-m service.launcher run --policy `"$Policy`""
$action = New-ScheduledTaskAction -Execute $pythonw -Argument $arguments -WorkingDirectory $InstallDir
$logon = New-ScheduledTaskTrigger -AtLogOn
$logon.Repetition = (New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 5)).Repetition
# BUILTIN\Users (S-1-5-32-545): runs as the user who logged on, in that user's session, without admin rights.
$principal = New-ScheduledTaskPrincipal -GroupId "S-1-5-32-545" -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable `
    -ExecutionTimeLimit ([TimeSpan]::Zero) -MultipleInstances Parallel
$task = New-ScheduledTask -Action $action -Trigger $logon -Principal $principal -Settings $settings `
    -Description "mamori（守り）: ChatGPT に送る前に個人情報・非公開情報を検査する、職員ごとのローカルサービス"
Register-ScheduledTask -TaskName $TaskName -InputObject $task -Force | Out-Null
Write-Host "登録しました: タスク「$TaskName」（次回のログオンから。今すぐなら: サインアウトして再サインイン）"

# 4. Audit collection as SYSTEM (the computer account writes to the share; staff cannot).
if ($AuditShare) {
    $collect = Join-Path $InstallDir "deploy\windows\collect-audit.ps1"
    $cAction = New-ScheduledTaskAction -Execute "powershell.exe" `
        -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$collect`" -Share `"$AuditShare`""
    $cTrigger = New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Minutes 30)
    $cPrincipal = New-ScheduledTaskPrincipal -UserId "S-1-5-18" -RunLevel Highest
    Register-ScheduledTask -TaskName $CollectTaskName -Action $cAction -Trigger $cTrigger -Principal $cPrincipal -Force | Out-Null
    Write-Host "登録しました: タスク「$CollectTaskName」（30分ごと、SYSTEM、集約先 $AuditShare）"
}
Write-Host "確認（職員の権限で、$InstallDir で）: & `"$python`" -m service.launcher status"
