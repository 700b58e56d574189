<#
.SYNOPSIS
  install-mamori-task.ps1 で登録した自動起動タスクを削除し、動いている検査サービスを止めます。

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File uninstall-mamori-task.ps1
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$TaskName = "mamori 検査サービス"
)
$ErrorActionPreference = "Stop"

$task = Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
if ($task) {
    Stop-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false
    Write-Host "削除しました: タスク「$TaskName」"
} else {
    Write-Host "タスク「$TaskName」は登録されていません。"
}

# 各利用者のセッションで動いている pythonw.exe run_service.py を止めます（他の Python は止めません）。
$procs = Get-CimInstance Win32_Process -Filter "Name = 'pythonw.exe'" |
    Where-Object { $_.CommandLine -like "*run_service.py*" }
foreach ($p in $procs) {
    Invoke-CimMethod -InputObject $p -MethodName Terminate | Out-Null
    Write-Host "停止しました: プロセス $($p.ProcessId)"
}
