<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="50"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="55"/>
        <source>e.g. /mnt/backup/console110</source>
        <translation>例如 /mnt/backup/console110</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="69"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="70"/>
        <source>never (no schedule)</source>
        <translation>从不（不定时备份）</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="77"/>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="90"/>
        <source>The schedule runs while the console is open on this seat (it is kept for this computer&apos;s user account); for a host where nobody stays logged in, run `console110 backup` from cron or the Task Scheduler instead.</source>
        <translation>定时备份只在本席位的控制台打开时运行（设置保存在本机的这个用户账户下）；无人值守的主机请改用 cron 或任务计划程序运行 `console110 backup`。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="96"/>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="100"/>
        <source>&amp;Every:</source>
        <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="101"/>
        <source>&amp;Keep copies:</source>
        <translation>保留份数(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="131"/>
        <source>Type the folder the backups go to.</source>
        <translation>请输入存放备份的文件夹。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="134"/>
        <source>Type the folder&apos;s full path (e.g. /mnt/backup/console110).</source>
        <translation>请输入文件夹的完整路径（例如 /mnt/backup/console110）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="136"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="138"/>
        <source>Neither {path} nor its parent folder exists: create the parent folder or correct the path.</source>
        <translation>{path} 及其上级文件夹都不存在：请先创建上级文件夹，或改正路径。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="151"/>
        <source>Newest backup here: {name} ({count} in the folder).</source>
        <translation>此处最新的备份：{name}（文件夹中共 {count} 份）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="154"/>
        <source>No backup of this database in that folder yet.</source>
        <translation>该文件夹中还没有本数据库的备份。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="157"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="183"/>
        <source>A backup is being taken already.</source>
        <translation>正在进行一次备份。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_dialog.py" line="187"/>
        <source>Taking the backup…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="112"/>
        <source>the folder {path} does not exist</source>
        <translation>文件夹 {path} 不存在</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="114"/>
        <source>Create it, or choose another folder under Settings › Backups.</source>
        <translation>请创建该文件夹，或在“设置 › 备份”中选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="117"/>
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="118"/>
        <source>Choose a folder under Settings › Backups.</source>
        <translation>请在“设置 › 备份”中选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="120"/>
        <source>the folder cannot be written</source>
        <translation>该文件夹不可写入</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="121"/>
        <source>Let this account write there, or choose another folder.</source>
        <translation>请给本账户该处的写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="124"/>
        <source>the disk holding the backup folder is full</source>
        <translation>备份文件夹所在磁盘已满</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="125"/>
        <source>Free space on that disk, or choose a folder on another disk.</source>
        <translation>请清理该磁盘的空间，或选择另一磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="128"/>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="129"/>
        <source>Keep the existing backups and restore the newest sound one (console110 restore).</source>
        <translation>请保留现有备份，并恢复最新的完好备份（console110 restore）。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="133"/>
        <source>the copy failed its check and was not kept</source>
        <translation>副本未通过校验，未予保留</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="134"/>
        <source>It is tried again later; if it fails again, check the disk of the backup folder.</source>
        <translation>稍后会自动重试；如再次失败，请检查备份文件夹所在的磁盘。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="138"/>
        <source>the database was busy</source>
        <translation>数据库正忙</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="139"/>
        <source>It is tried again later; nothing needs to be done.</source>
        <translation>稍后会自动重试，无需处理。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="142"/>
        <source>Check the folder and its disk, then use Back up now.</source>
        <translation>请检查该文件夹及其磁盘，然后点“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="143"/>
        <source>The backup into {folder} failed: {why}. No older backup was removed. {todo}</source>
        <translation>备份到 {folder} 失败：{why}。没有删除任何旧备份。{todo}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/backup_schedule.py" line="216"/>
        <source>Backup {path} taken and checked ({size:.1f} MiB in {seconds:.1f} s); {kept} kept.</source>
        <translation>已完成备份 {path} 并通过校验（{size:.1f} MiB，用时 {seconds:.1f} 秒）；共保留 {kept} 份。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/ui/shell/login.py" line="51"/>
        <source>This account is locked until {time} after repeated wrong passwords. Try again then, or ask the administrator.</source>
        <translation>该账号因多次密码错误已被锁定，至 {time} 解锁。请届时再试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="66"/>
        <source>110 Console: log in</source>
        <translation>110接处警台：登录</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="69"/>
        <source>Demo data — not real incidents</source>
        <translation>演示数据 — 非真实警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="92"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="93"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="94"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="97"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="106"/>
        <source>&lt;h2&gt;110 Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;110接处警台&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="116"/>
        <source>This database has no operators yet. Add the first, an administrator, in a terminal with:
console110 add-operator --db {path} USERNAME --role admin</source>
        <translation>此数据库还没有操作员账号。请在终端中添加第一个账号（系统管理员）：
console110 add-operator --db {path} 用户名 --role admin</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="157"/>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="161"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="180"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="189"/>
        <source>Your password was set by the administrator: choose your own to log in.</source>
        <translation>您的密码由系统管理员设置：须先设置自己的密码才能登录。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="226"/>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="230"/>
        <source>The login could not be checked ({error}). Try again; if it keeps failing, tell the administrator.</source>
        <translation>无法验证登录（{error}）。请重试；如果仍然失败，请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/login.py" line="202"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>用户名或密码错误，请检查后重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="144"/>
        <source>110 Console — {name} ({role})</source>
        <translation>110接处警台 — {name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="147"/>
        <source> — DEMO DATA</source>
        <translation> — 演示数据</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="179"/>
        <source>Your role has no views in this version of the console. Ask the administrator to check your account.</source>
        <translation>您的角色在此版本中没有可用的界面。请联系系统管理员检查您的账号。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="208"/>
        <source>&amp;New call</source>
        <translation>新建接警(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="210"/>
        <source>New call (F2)</source>
        <translation>新建接警 (F2)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="213"/>
        <source>Start a new call at intake (F2)</source>
        <translation>在接警登记中开始新的来电（F2）</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="218"/>
        <source>&amp;Switch operator / log out…</source>
        <translation>切换操作员 / 注销(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="223"/>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="228"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="233"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="241"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="270"/>
        <source>&amp;About 110 Console</source>
        <translation>关于110接处警台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="276"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="282"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="292"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="293"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="299"/>
        <source>&amp;Administration</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="303"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="416"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="453"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="499"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="500"/>
        <source>The console will use {language} the next time it starts.</source>
        <translation>下次启动时，接处警台将使用{language}。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="505"/>
        <source>110 Console {version}
Operator console for a city 110 police service centre.

Database: {path}
Database schema version: {schema}</source>
        <translation>110接处警台 {version}
城市110报警服务台接处警工作台。

数据库：{path}
数据库结构版本：{schema}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="512"/>
        <source>About 110 Console</source>
        <translation>关于110接处警台</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="518"/>
        <source>110 Console</source>
        <translation>110接处警台</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../console/ui/shell/password.py" line="37"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="48"/>
        <source>{name}: at least {limit} characters, not your user name, not digits only.</source>
        <translation>{name}：密码至少 {limit} 个字符，不得与用户名相同，不得全为数字。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="59"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="63"/>
        <source>Your password was set by the administrator: choose your own now.</source>
        <translation>您的密码由系统管理员设置：请现在设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="65"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="66"/>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="68"/>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="101"/>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="105"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="126"/>
        <source>The password could not be changed ({error}). Try again.</source>
        <translation>密码未能修改（{error}），请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="141"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="143"/>
        <source>Your account is locked after repeated wrong passwords. Try again later.</source>
        <translation>您的账号因多次密码错误已被锁定，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="145"/>
        <source>The new password needs at least {limit} characters.</source>
        <translation>新密码至少需要 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="147"/>
        <source>The new password may have at most {limit} characters.</source>
        <translation>新密码最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="149"/>
        <source>The new password must not be your user name.</source>
        <translation>新密码不得与用户名相同。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="151"/>
        <source>The new password must not be digits only.</source>
        <translation>新密码不得全为数字。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="153"/>
        <source>That password is published with the demo: choose another.</source>
        <translation>该密码是演示数据库公开的密码，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/password.py" line="155"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不得与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="76"/>
        <source>&lt;h2&gt;110 Console is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;110接处警台已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="77"/>
        <source>{name} ({username}) was away. Type the password to go on: everything is as it was left.</source>
        <translation>{name}（{username}）已离开。输入密码即可继续，所有内容保持原样。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="84"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="91"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="94"/>
        <source>&amp;Switch operator…</source>
        <translation>切换操作员(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="97"/>
        <source>Keeps the call being typed as a draft of its operator and shows the login</source>
        <translation>将正在录入的警情保存为该操作员的草稿，并显示登录窗口</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="206"/>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="226"/>
        <source>Another operator may take the seat with Switch operator.</source>
        <translation>其他操作员可通过“切换操作员”接替本席位。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="228"/>
        <source>Wrong password. Try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="234"/>
        <source>The password could not be checked ({error}). Try again.</source>
        <translation>密码未能核验（{error}），请重试。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/lock.py" line="251"/>
        <source>The seat cannot be handed over yet (a call is still being saved). Try again in a moment.</source>
        <translation>暂时无法交接席位（警情仍在保存中），请稍后再试。</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <location filename="../../console/ui/shell/status.py" line="20"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status.py" line="23"/>
        <source>Operator: {name} ({role})</source>
        <translation>操作员：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status.py" line="26"/>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status.py" line="28"/>
        <source>Demo data — not real incidents</source>
        <translation>演示数据 — 非真实警情</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/status.py" line="37"/>
        <source>Time at the centre ({zone})</source>
        <translation>指挥中心时间（{zone}）</translation>
    </message>
</context>
<context>
    <name>ShellViews</name>
    <message>
        <location filename="../../console/ui/shell/views.py" line="50"/>
        <source>Intake</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="51"/>
        <source>Incident board</source>
        <translation>警情看板</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="52"/>
        <source>Enterprise desk</source>
        <translation>护企专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="53"/>
        <source>DV desk</source>
        <translation>反家暴专席</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="54"/>
        <source>Queues</source>
        <translation>待办队列</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="55"/>
        <source>Supervisor summary</source>
        <translation>值班长汇总</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="77"/>
        <source>&amp;Import calls…</source>
        <translation>导入警情(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/views.py" line="78"/>
        <source>&amp;Time zone…</source>
        <translation>时区(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="41"/>
        <source>The database file {path} does not exist.

To try the console with fictional demo data, create one with:
    console110 demo --db {path} --days 30

To start an empty database for real work:
    console110 init --db {path}
    console110 add-operator --db {path} USERNAME --role supervisor

Then start the console again.</source>
        <translation>数据库文件 {path} 不存在。

如需用虚构的演示数据试用，请执行：
    console110 demo --db {path} --days 30

如需新建一个空数据库用于实际工作：
    console110 init --db {path}
    console110 add-operator --db {path} 用户名 --role supervisor

然后重新启动接处警台。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="55"/>
        <source>{path} is not a 110 Console database (it is not an SQLite file).

Check the path given with --db. Nothing was changed.</source>
        <translation>{path} 不是110接处警台的数据库（不是SQLite文件）。

请检查 --db 指定的路径。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="58"/>
        <source>{path} was made by a newer version of 110 Console ({detail}).

Install the newer console to open it. Nothing was changed.</source>
        <translation>{path} 由更新版本的110接处警台创建（{detail}）。

请安装新版本后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="61"/>
        <source>{path} cannot be written (the file or its folder is read-only).

Copy it to a writable folder or ask the administrator to fix its permissions. Nothing was changed.</source>
        <translation>{path} 无法写入（文件或所在文件夹为只读）。

请将其复制到可写的文件夹，或请系统管理员修改权限。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="65"/>
        <source>{path} is locked by another program.

Wait a moment and start the console again.</source>
        <translation>{path} 正被其他程序锁定。

请稍候再重新启动接处警台。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="68"/>
        <source>The disk holding {path} is full.

Free some space (or ask the administrator to) and start the console again. Nothing was changed.</source>
        <translation>{path} 所在的磁盘已满。

请清理出一些空间（或请管理员清理）后重新启动接处警台。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="72"/>
        <source>{path} is damaged ({detail}).

Do not write to it: ask the administrator to restore the latest backup.</source>
        <translation>{path} 已损坏（{detail}）。

请勿再写入：请管理员恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="75"/>
        <source>{path} cannot be read just now ({detail}).

Check the disk or network share and start the console again.</source>
        <translation>{path} 暂时无法读取（{detail}）。

请检查磁盘或网络共享后重新启动接处警台。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="79"/>
        <location filename="../../console/ui/shell/startup.py" line="192"/>
        <source>{path} could not be opened: {detail}</source>
        <translation>无法打开 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="84"/>
        <source>110 Console: problem with the database</source>
        <translation>110接处警台：数据库出现问题</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="172"/>
        <source>The database server could not be reached or refused the console: {detail}
Check the address in --db and that the server runs; ask the administrator.</source>
        <translation>无法连接数据库服务器，或服务器拒绝了本控制台：{detail}
请检查 --db 中的地址及服务器是否运行；请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="182"/>
        <source>110 Console: cannot open the database</source>
        <translation>110接处警台：无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="228"/>
        <source>110 Console: unexpected error</source>
        <translation>110接处警台：意外错误</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup.py" line="229"/>
        <source>Something went wrong: {error}

What was saved is safe. If it happens again, tell the administrator (the details are in the console&apos;s error output).</source>
        <translation>出现错误：{error}

已保存的数据不受影响。如果再次出现，请联系系统管理员（详细信息见程序的错误输出）。</translation>
    </message>
</context>
<context>
    <name>UnavailableView</name>
    <message>
        <location filename="../../console/ui/shell/placeholder.py" line="16"/>
        <source>This view could not be opened. The rest of the console works as usual; please report the problem to the administrator.</source>
        <translation>此界面无法打开。接处警台的其他功能照常可用；请将此问题报告给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/placeholder.py" line="19"/>
        <source>This view is not available in this version of the console.</source>
        <translation>此版本的接处警台尚未提供该界面。</translation>
    </message>
</context>
</TS>
