<#
.SYNOPSIS
  mamori の検査サービスを PC から外します（タスク・ネイティブ ホストの登録・動いているサービス）。

.DESCRIPTION
  順序に注意: 先に GPO から拡張機能を外し（mamori-gpo.ps1 -Remove）、PC で拡張機能が消えたことを
  確かめてから、このスクリプトを実行します。拡張機能が残ったままサービスだけ外すと、拡張機能は
  安全側に倒れて ChatGPT への送信をすべて止めます。

  ファイル（C:\Program Files\mamori）と監査ログ（C:\ProgramData\mamori\audit）は消しません。
  -RemoveFiles を付けるとプログラムのフォルダを消します（監査ログは保存期間まで残します）。
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$InstallDir = "$env:ProgramFiles\mamori",
    [string]$TaskName = "mamori 検査サービス",
    [string]$CollectTaskName = "mamori 監査ログ収集",
    [switch]$RemoveFiles
)
$ErrorActionPreference = "Stop"

foreach ($name in @($TaskName, $CollectTaskName)) {
    if (Get-ScheduledTask -TaskName $name -ErrorAction SilentlyContinue) {
        Stop-ScheduledTask -TaskName $name -ErrorAction SilentlyContinue
        Unregister-ScheduledTask -TaskName $name -Confirm:$false
        Write-Host "削除しました: タスク「$name」"
    }
}
Remove-Item -Path "HKLM:\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\jp.mamori.service" -ErrorAction SilentlyContinue
Write-Host "削除しました: ネイティブ メッセージング ホスト jp.mamori.service"

# Stop every user's launcher and service started from this folder (no other Python is touched).
$procs = Get-CimInstance Win32_Process -Filter "Name = 'pythonw.exe' OR Name = 'python.exe'" |
    Where-Object { $_.ExecutablePath -like "$InstallDir\*" -and ($_.CommandLine -like "*service.launcher*" -or $_.CommandLine -like "*run_service.py*") }
foreach ($p in $procs) {
    Invoke-CimMethod -InputObject $p -MethodName Terminate | Out-Null
    Write-Host "停止しました: プロセス $($p.ProcessId)"
}
if ($RemoveFiles) {
    Remove-Item -LiteralPath $InstallDir -Recurse -Force
    Write-Host "削除しました: $InstallDir"
}
