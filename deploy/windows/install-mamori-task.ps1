<#
.SYNOPSIS
  mamori の検査サービスを、PC にログオンするすべての利用者について自動起動するよう登録します。

.DESCRIPTION
  タスク スケジューラに「mamori 検査サービス」タスクを登録します。利用者がログオンすると、
  その利用者の権限（管理者権限なし）で次のコマンドが画面なしで起動します。

      pythonw.exe run_service.py --port 8765 --policy C:\ProgramData\mamori\policy.toml

  サービスは 127.0.0.1（その PC の中）でだけ待ち受けます。止まった場合は 1 分おきに 3 回まで
  自動で再起動します。管理者として実行してください（GPO のコンピューター スタートアップ
  スクリプトや、ソフトウェア配布ツールからの実行を想定しています）。

.PARAMETER InstallDir
  mamori を置いたフォルダ（run_service.py のあるフォルダ）。既定 C:\Program Files\mamori

.PARAMETER PythonW
  pythonw.exe のパス。省略すると py ランチャーまたは PATH から探します。

.PARAMETER Policy
  IT のポリシーファイル（TOML）。既定 C:\ProgramData\mamori\policy.toml（無ければ既定のポリシー）

.PARAMETER Port
  待ち受けるポート。既定 8765（拡張機能の serviceUrl と合わせます）

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File install-mamori-task.ps1 -InstallDir "C:\Program Files\mamori"
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$InstallDir = "$env:ProgramFiles\mamori",
    [string]$PythonW = "",
    [string]$Policy = "$env:ProgramData\mamori\policy.toml",
    [int]$Port = 8765,
    [string]$TaskName = "mamori 検査サービス"
)
$ErrorActionPreference = "Stop"

$script = Join-Path $InstallDir "run_service.py"
if (-not (Test-Path -LiteralPath $script)) {
    throw "run_service.py が見つかりません: $script （-InstallDir を確認してください）"
}

if (-not $PythonW) {
    $py = Get-Command py.exe -ErrorAction SilentlyContinue
    if ($py) {
        $exe = & $py.Source -3 -c "import sys; print(sys.executable)"
        $candidate = Join-Path (Split-Path $exe) "pythonw.exe"
        if (Test-Path -LiteralPath $candidate) { $PythonW = $candidate }
    }
    if (-not $PythonW) {
        $cmd = Get-Command pythonw.exe -ErrorAction SilentlyContinue
        if ($cmd) { $PythonW = $cmd.Source }
    }
}
if (-not $PythonW -or -not (Test-Path -LiteralPath $PythonW)) {
    throw "pythonw.exe が見つかりません。Python 3.11 以降を全ユーザー向けにインストールするか、-PythonW で指定してください。"
}

$arguments = "`"$script`" --port $Port"
if (Test-Path -LiteralPath $Policy) {
    $arguments += " --policy `"$Policy`""
} else {
    Write-Warning "ポリシーファイル $Policy がありません。既定のポリシーで起動します。"
}

$action = New-ScheduledTaskAction -Execute $PythonW -Argument $arguments -WorkingDirectory $InstallDir
$trigger = New-ScheduledTaskTrigger -AtLogOn            # どの利用者のログオンでも
# BUILTIN\Users (S-1-5-32-545): ログオンした本人の権限で、本人のセッションで動きます。
$principal = New-ScheduledTaskPrincipal -GroupId "S-1-5-32-545" -RunLevel Limited
$settings = New-ScheduledTaskSettingsSet `
    -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries -StartWhenAvailable `
    -ExecutionTimeLimit ([TimeSpan]::Zero) `
    -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) `
    -MultipleInstances Parallel

$task = New-ScheduledTask -Action $action -Trigger $trigger -Principal $principal -Settings $settings `
    -Description "mamori（守り）: ChatGPT に送る前に個人情報・非公開情報を検査するローカルサービス（127.0.0.1:$Port）"
Register-ScheduledTask -TaskName $TaskName -InputObject $task -Force | Out-Null

Write-Host "登録しました: タスク「$TaskName」"
Write-Host "  実行: $PythonW $arguments"
Write-Host "  次回のログオンから自動で起動します。今すぐ起動するには、いったんサインアウトしてください。"
Write-Host "  確認: ブラウザで http://127.0.0.1:$Port/healthz を開くと {""status"": ""ok"", ...} と表示されます。"
