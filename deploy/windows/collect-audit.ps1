<#
.SYNOPSIS
  PC の監査ログ（C:\ProgramData\mamori\audit）を共有フォルダの PC 名のフォルダへ写します（SYSTEM で30分ごと）。

.DESCRIPTION
  SYSTEM で動くので、共有にはコンピューター アカウント（Domain Computers）として書き込みます。
  職員のアカウントには共有への権限が要りません（職員は集約先のログを消せず、書き換えられません）。
  既に写したファイルの行が減った・変わった場合（ローカルでの改ざん）は、写した側を上書きせず
  「.tampered-<時刻>」として並べて残し、イベント ログ（Application, ソース mamori）に記録します。
  レポート（mamori-report.pyz）は各行のハッシュ連鎖も確かめます。
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Share,
    [string]$Source = "$env:ProgramData\mamori\audit"
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path -LiteralPath $Source)) { return }
$dest = Join-Path $Share $env:COMPUTERNAME
New-Item -ItemType Directory -Path $dest -Force | Out-Null
if (-not [System.Diagnostics.EventLog]::SourceExists("mamori")) { New-EventLog -LogName Application -Source "mamori" }
foreach ($f in Get-ChildItem -LiteralPath $Source -Recurse -Filter "mamori-*.jsonl") {
    $target = Join-Path $dest $f.Name
    if (Test-Path -LiteralPath $target) {
        $old = [System.IO.File]::ReadAllBytes($target)
        $new = [System.IO.File]::ReadAllBytes($f.FullName)
        $prefixSame = ($new.Length -ge $old.Length)
        if ($prefixSame) { for ($i = 0; $i -lt $old.Length; $i++) { if ($old[$i] -ne $new[$i]) { $prefixSame = $false; break } } }
        if (-not $prefixSame) {
            $stamp = Get-Date -Format "yyyyMMddHHmmss"
            Copy-Item -LiteralPath $f.FullName -Destination "$target.tampered-$stamp"
            Write-EventLog -LogName Application -Source "mamori" -EventId 4101 -EntryType Warning `
                -Message "mamori 監査ログ $($f.Name) が、集約済みの内容から変わっていました（改ざんの疑い）。"
            continue
        }
    }
    Copy-Item -LiteralPath $f.FullName -Destination $target -Force
}
