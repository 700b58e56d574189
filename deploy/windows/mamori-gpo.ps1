<#
.SYNOPSIS
  mamori のグループポリシー（GPO）一式を作る・更新する・外すスクリプトです（ドメイン管理者が1回実行）。

.DESCRIPTION
  Set-GPRegistryValue で GPO の「管理用テンプレート」相当のレジストリ ポリシーとして書き込みます。
  GPO のリンクを外したり値を消したりすると、PC 側の値も次のポリシー更新で消えます（.reg と違い残りません）。

  作る GPO（名前は引数で変えられます）:
    1. コンピューター GPO  … mamori の強制インストール（ExtensionInstallForcelist の空き番号）、
                              拡張機能の設定（3rdparty）、抜け道をふさぐ設定、ChatGPT の URL ブロック
    2. ユーザー GPO（承認済み） … 承認グループの職員にだけ chatgpt.com / chat.openai.com を許可
                              （URLAllowlist。セキュリティ フィルターで承認グループだけに適用）

  ポリシー名はすべて Microsoft Edge のポリシー一覧にあるものです（deploy/README.md「ポリシーの根拠」）。

.PARAMETER ExtensionId
  自庁の鍵で作った拡張機能ID（scripts/package.py が表示し、dist/build.json の id にあります）。
  dist/ に生成されたこのスクリプトでは既定値として書き込まれています。

.PARAMETER UpdateUrl
  update.xml の URL（package.py --base-url + update.xml）。

.PARAMETER ApprovedGroup
  利用申請が承認された職員の AD セキュリティ グループ（例: "GG-ChatGPT-承認済み"）。

.PARAMETER TargetOU
  GPO をリンクする OU の識別名（例: "OU=職員PC,DC=city,DC=maebashi,DC=lg,DC=jp"）。省略するとリンクしません。

.PARAMETER SigninPattern
  Edge にサインインできるアカウントの正規表現（例: '.*@city\.maebashi\.lg\.jp'）。省略するとサインイン自体を禁止
  （BrowserSignin=0）。個人の Microsoft アカウントのプロファイルには組織のポリシーが効かないためです。

.PARAMETER BlockOtherExtensions
  指定すると ExtensionInstallBlocklist に "*" を入れ、-AllowedExtensionIds 以外の拡張機能を禁止します。
  既存の拡張機能が止まるので、パイロットで影響を確かめてから付けてください。

.PARAMETER Remove
  このスクリプトが書いた値だけを GPO から消します（GPO 自体は残します）。

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File mamori-gpo.ps1 -ApprovedGroup "GG-ChatGPT-承認済み" -TargetOU "OU=職員PC,DC=city,DC=maebashi,DC=lg,DC=jp" -WhatIf
#>
#Requires -Modules GroupPolicy
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)][ValidatePattern('^[a-p]{32}$')][string]$ExtensionId,
    [Parameter(Mandatory = $true)][ValidatePattern('^https://')][string]$UpdateUrl,
    [Parameter(Mandatory = $true)][string]$ApprovedGroup,
    [string]$TargetOU = "",
    [string]$MachineGpo = "mamori - Edge（コンピューター）",
    [string]$AllowGpo = "mamori - ChatGPT 許可（承認済み職員）",
    [string]$SigninPattern = "",
    [switch]$BlockOtherExtensions,
    [string[]]$AllowedExtensionIds = @(),
    [switch]$KeepDevTools,
    [switch]$Remove
)
$ErrorActionPreference = "Stop"

$Edge = "HKLM\Software\Policies\Microsoft\Edge"
$EdgeUser = "HKCU\Software\Policies\Microsoft\Edge"
$ChatSites = @("chatgpt.com", "chat.openai.com")

# BEGIN mamori-extension-settings (scripts/package.py writes IT's values here)
$ExtensionSettings = [ordered]@{}
# END mamori-extension-settings

function Get-OrNewGpo([string]$Name, [string]$Comment) {
    $g = Get-GPO -Name $Name -ErrorAction SilentlyContinue
    if (-not $g -and $PSCmdlet.ShouldProcess($Name, "New-GPO")) {
        $g = New-GPO -Name $Name -Comment $Comment
        if ($TargetOU) { New-GPLink -Guid $g.Id -Target $TargetOU -LinkEnabled Yes | Out-Null }
    }
    return $g
}

function Set-Policy([string]$Gpo, [string]$Key, [string]$Name, [string]$Type, $Value) {
    if ($PSCmdlet.ShouldProcess("$Gpo : $Key\$Name = $Value", "Set-GPRegistryValue")) {
        Set-GPRegistryValue -Name $Gpo -Key $Key -ValueName $Name -Type $Type -Value $Value | Out-Null
    }
}

# List policies (…\ExtensionInstallForcelist\1, 2, …): another GPO may already use an index, and the
# same index from two GPOs overwrites one of them on the PC. So look at every GPO in the domain and
# take an index nobody uses (or the one that already holds our value, so re-running changes nothing).
function Get-ListIndex([string]$Key, [string]$Value) {
    $used = @{}
    foreach ($g in Get-GPO -All) {
        $vals = Get-GPRegistryValue -Guid $g.Id -Key $Key -ErrorAction SilentlyContinue
        foreach ($v in $vals) {
            if ($v.ValueName -match '^\d+$') {
                if ($v.Value -eq $Value -and $g.DisplayName -in @($MachineGpo, $AllowGpo)) { return $v.ValueName }
                $used[[int]$v.ValueName] = $true
            }
        }
    }
    $i = 1
    while ($used.ContainsKey($i)) { $i++ }
    return "$i"
}

function Add-ListEntry([string]$Gpo, [string]$Key, [string]$Value) {
    $index = Get-ListIndex $Key $Value
    Set-Policy $Gpo $Key $index "String" $Value
    Write-Host "  $Key\$index = $Value"
}

function Remove-ListEntry([string]$Gpo, [string]$Key, [string]$Value) {
    $vals = Get-GPRegistryValue -Name $Gpo -Key $Key -ErrorAction SilentlyContinue
    foreach ($v in $vals) {
        if ($v.Value -eq $Value -and $PSCmdlet.ShouldProcess("$Gpo : $Key\$($v.ValueName)", "Remove-GPRegistryValue")) {
            Remove-GPRegistryValue -Name $Gpo -Key $Key -ValueName $v.ValueName | Out-Null
        }
    }
}

$forceEntry = "$ExtensionId;$UpdateUrl"
$thirdParty = "$Edge\3rdparty\extensions\$ExtensionId\policy"
# Browser hardening: every name is a Microsoft Edge policy (deploy/README.md cites the documentation).
$Hardening = [ordered]@{
    "InPrivateModeAvailability"      = 1  # InPrivate 無効（拡張機能が動かない窓を開かせない）
    "BrowserGuestModeEnabled"        = 0  # ゲスト プロファイル無効
    "BrowserAddProfileEnabled"       = 0  # プロファイルの追加を禁止（個人アカウントのプロファイルには GPO が効かない）
    "ExtensionDeveloperModeSettings" = 1  # edge://extensions の開発者モードを禁止（拡張機能の差し替え防止）
    "NativeMessagingUserLevelHosts"  = 0  # 利用者が登録したネイティブ ホストを使わせない（mamori のホストは HKLM）
    "HubsSidebarEnabled"             = 0  # サイドバー（Copilot を含む）を表示しない
    "CopilotPageContext"             = 0  # Copilot にページの内容を読ませない
    "Microsoft365CopilotChatIconEnabled" = 0  # ツールバーの Copilot ボタンを出さない（Edge 149 以降）
}
if (-not $KeepDevTools) { $Hardening["DeveloperToolsAvailability"] = 2 }  # 開発者ツール禁止
if ($SigninPattern) { $HardeningStrings = @{ "RestrictSigninToPattern" = $SigninPattern } }
else { $Hardening["BrowserSignin"] = 0; $HardeningStrings = @{} }

if ($Remove) {
    Write-Host "mamori の値を GPO から外します（GPO は残します）。"
    Remove-ListEntry $MachineGpo "$Edge\ExtensionInstallForcelist" $forceEntry
    foreach ($s in $ChatSites) { Remove-ListEntry $MachineGpo "$Edge\URLBlocklist" $s }
    foreach ($s in $ChatSites) { Remove-ListEntry $AllowGpo "$EdgeUser\URLAllowlist" $s }
    if ($PSCmdlet.ShouldProcess("$MachineGpo : $thirdParty", "Remove-GPRegistryValue")) {
        Remove-GPRegistryValue -Name $MachineGpo -Key "$Edge\3rdparty\extensions\$ExtensionId" -ErrorAction SilentlyContinue | Out-Null
    }
    foreach ($name in @($Hardening.Keys) + @($HardeningStrings.Keys)) {
        if ($PSCmdlet.ShouldProcess("$MachineGpo : $Edge\$name", "Remove-GPRegistryValue")) {
            Remove-GPRegistryValue -Name $MachineGpo -Key $Edge -ValueName $name -ErrorAction SilentlyContinue | Out-Null
        }
    }
    Write-Host "完了。PC では次のポリシー更新（gpupdate /force）で値が消えます。"
    return
}

Write-Host "1. コンピューター GPO「$MachineGpo」"
$null = Get-OrNewGpo $MachineGpo "mamori: Edge 拡張機能の強制インストール・設定・抜け道対策・ChatGPT のブロック"
Add-ListEntry $MachineGpo "$Edge\ExtensionInstallForcelist" $forceEntry
foreach ($name in $ExtensionSettings.Keys) {
    $v = $ExtensionSettings[$name]
    if ($v -is [bool]) { Set-Policy $MachineGpo $thirdParty $name "DWord" ([int]$v) }
    elseif ($v -is [int]) { Set-Policy $MachineGpo $thirdParty $name "DWord" $v }
    else { Set-Policy $MachineGpo $thirdParty $name "String" ([string]$v) }
}
Write-Host "  3rdparty\extensions\$ExtensionId\policy: $($ExtensionSettings.Count) 項目"
foreach ($name in $Hardening.Keys) { Set-Policy $MachineGpo $Edge $name "DWord" $Hardening[$name] }
foreach ($name in $HardeningStrings.Keys) { Set-Policy $MachineGpo $Edge $name "String" $HardeningStrings[$name] }
Write-Host "  抜け道対策: $((@($Hardening.Keys) + @($HardeningStrings.Keys)) -join ', ')"
if ($BlockOtherExtensions) {
    Add-ListEntry $MachineGpo "$Edge\ExtensionInstallBlocklist" "*"
    foreach ($id in $AllowedExtensionIds) { Add-ListEntry $MachineGpo "$Edge\ExtensionInstallAllowlist" $id }
}
# 全職員: ChatGPT をブロック（コンピューター側）。承認済み職員だけユーザー側の URLAllowlist で例外にします。
foreach ($s in $ChatSites) { Add-ListEntry $MachineGpo "$Edge\URLBlocklist" $s }

Write-Host "2. ユーザー GPO「$AllowGpo」（適用先: $ApprovedGroup のみ）"
$allow = Get-OrNewGpo $AllowGpo "mamori: 利用申請が承認された職員にだけ ChatGPT を許可"
foreach ($s in $ChatSites) { Add-ListEntry $AllowGpo "$EdgeUser\URLAllowlist" $s }
if ($allow -and $PSCmdlet.ShouldProcess($AllowGpo, "セキュリティ フィルター: $ApprovedGroup だけに適用")) {
    Set-GPPermission -Guid $allow.Id -TargetName $ApprovedGroup -TargetType Group -PermissionLevel GpoApply | Out-Null
    # Authenticated Users は「読み取り」だけ残す（適用はしない。読み取りがないと GPO 自体が処理されません）。
    Set-GPPermission -Guid $allow.Id -TargetName "Authenticated Users" -TargetType Group -PermissionLevel GpoRead -Replace | Out-Null
}
Write-Host "完了。検証用 PC で gpupdate /force の後、edge://policy を開いて確かめてください（deploy/README.md「パイロット確認」）。"
