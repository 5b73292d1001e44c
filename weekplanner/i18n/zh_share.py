"""Simplified Chinese messages for sharing the summary: chat text, the workbook, group robots, e-mail."""

MESSAGES: dict[str, str] = {
    # Chat text and the export command
    "line width of --format text in columns, Chinese characters counting two (default: 30, a phone's chat)":
        "--format text 的行宽（列数，一个汉字算两列；默认 30，适合手机聊天）",
    "a workbook is not for the terminal; add -o FILE.xlsx (or redirect to a file).":
        "工作簿不能显示在终端里；请加上 -o 文件.xlsx（或重定向到文件）。",
    "--width {width} is out of range; use {low} to {high} columns.": "--width {width} 超出范围；请用 {low} 到 {high} 列。",
    "Commitments kept": "承诺完成情况",
    "Next week's plan": "下周计划",
    # The workbook
    "Summary": "概览",
    "Start": "开始日期",
    "Days met": "达标天数",
    "Days with quota": "有指标的天数",
    "Planned": "计划",
    "Met": "达标",
    "Amount": "金额",
    "Target and achieved per week": "每周目标与完成",
    "written": "已填写",
    # The export screen
    "Chat text (WeChat, DingTalk)": "聊天文本（微信、钉钉）",
    "Excel workbook": "Excel 工作簿",
    "Chat text": "聊天文本",
    "Excel": "Excel",
    "An Excel workbook with the sheets: {sheets}.\nSave it with s; c copies the chat text.":
        "Excel 工作簿，包含工作表：{sheets}。\n按 s 保存；按 c 复制聊天文本。",
    # weekplanner send
    "print what would be sent (secrets masked) and send nothing": "只显示将要发送的内容（密钥已遮盖），不发送",
    "how long to wait for an answer (default: 10)": "等待回应的秒数（默认 10）",
    "send the summary to a DingTalk, WeCom or Feishu group robot, or by e-mail": "把周报发到钉钉、企业微信或飞书群机器人，或用邮件发送",
    "Send the summary of a week or a range to a chat group's custom robot, or by e-mail. Save a robot once with --save (or in the app's Settings); then only the platform is needed.":
        "把一周或几周的周报发到群的自定义机器人，或用邮件发送。用 --save（或在应用的设置里）保存一次机器人，之后只需写平台名。",
    "targets": "发送目标",
    "e-mail the summary (HTML with a plain-text alternative)": "用邮件发送周报（HTML 正文，附纯文本版本）",
    "who gets it (default: the saved addresses)": "收件人（默认：已保存的地址）",
    "the mail server (default: the saved one)": "邮件服务器（默认：已保存的）",
    "encrypt with STARTTLS (default, usually port 587)": "用 STARTTLS 加密（默认，通常是 587 端口）",
    "connect with SSL/TLS (usually port 465)": "用 SSL/TLS 连接（通常是 465 端口）",
    "no encryption (only for a server on this machine)": "不加密（仅用于本机上的服务器）",
    "the login name (none: send without logging in)": "登录用户名（不填则不登录直接发送）",
    "the From address (default: --user)": "发件人地址（默认：--user）",
    "attach the Excel workbook": "附上 Excel 工作簿",
    "save the server, user and addresses (not the password)": "保存服务器、用户名和地址（不保存密码）",
    "No one to send to; give --to ADDR (add --save to keep it).": "没有收件人；请用 --to 地址（加 --save 可保存）。",
    "No mail server; give --smtp HOST:PORT, e.g. smtp.exmail.qq.com:465 with --ssl.":
        "没有邮件服务器；请用 --smtp 主机:端口，例如 smtp.exmail.qq.com:465 加 --ssl。",
    "No sender address; give --sender ADDR or --user.": "没有发件人地址；请用 --sender 地址或 --user。",
    "the robot's webhook address (default: the saved one)": "机器人的 Webhook 地址（默认：已保存的）",
    "the robot's signing secret, if signing is on (default: the saved one)": "机器人的加签密钥（开启加签时需要；默认：已保存的）",
    "save --webhook/--secret in the settings": "把 --webhook/--secret 保存到设置",
    "Password for {user}: ": "{user} 的密码：",
    "E-mailed the summary {label} to {addresses}.": "已把周报 {label} 发邮件给 {addresses}。",
    "first week of a range (with {end})": "范围的第一周（与 {end} 一起用）",
    "a custom keyword the robot requires (added when the summary lacks it)": "机器人要求的自定义关键词（周报里没有时自动加上）",
    "E-mail the summary. The password is read from ${env} or asked for; it is never stored.":
        "用邮件发送周报。密码从 ${env} 读取或当场询问，从不保存。",
    "No {robot} robot is set up; give --webhook URL (and --secret if signing is on), add --save to keep them, or set it in Settings.":
        "还没有设置{robot}机器人；请用 --webhook 地址（开启加签时加 --secret），加 --save 保存，或在设置里填写。",
    "Sent the summary {label} to the {robot} robot ({count} messages).": "已把周报 {label} 发到{robot}机器人（共 {count} 条消息）。",
    "Sent the summary {label} to the {robot} robot.": "已把周报 {label} 发到{robot}机器人。",
    "No password for {user}: set {env} or run the command in a terminal to be asked.":
        "没有 {user} 的密码：请设置 {env}，或在终端里运行以便输入密码。",
    "post to a {platform} group robot": "发到{platform}群机器人",
    "Post the summary to the {platform} group's custom robot.": "把周报发到{platform}群的自定义机器人。",
    "Parts: {parts}": "组成部分：{parts}",
    "Secret: {masked}": "密钥：{masked}",
    "'{text}' is not a mail server; use HOST:PORT, e.g. smtp.exmail.qq.com:465.":
        "“{text}”不是邮件服务器；请用 主机:端口，例如 smtp.exmail.qq.com:465。",
    "Refusing to send a password unencrypted to {server}; use --starttls or --ssl.":
        "不会把密码以明文发给 {server}；请用 --starttls 或 --ssl。",
    "The mail server {server} refused the user name or password; check --user and WEEKPLANNER_SMTP_PASSWORD.":
        "邮件服务器 {server} 拒绝了用户名或密码；请检查 --user 和 WEEKPLANNER_SMTP_PASSWORD。",
    "The mail server {server} does not offer STARTTLS; try --ssl (port 465).": "邮件服务器 {server} 不支持 STARTTLS；请试试 --ssl（465 端口）。",
    "The mail server {server} refused the address {addresses}; check --to.": "邮件服务器 {server} 拒绝了地址 {addresses}；请检查 --to。",
    "The mail server {server} refused the e-mail: {reason}": "邮件服务器 {server} 拒绝了这封邮件：{reason}",
    "The mail server {server} did not answer within {seconds:g} s; check --smtp and the network.":
        "邮件服务器 {server} 在 {seconds:g} 秒内没有回应；请检查 --smtp 和网络。",
    "Could not start an encrypted connection to {server} ({reason}); check --starttls or --ssl and the port.":
        "无法与 {server} 建立加密连接（{reason}）；请检查 --starttls 或 --ssl 以及端口。",
    "Could not reach the mail server {server} ({reason}); check --smtp and the network.":
        "连不上邮件服务器 {server}（{reason}）；请检查 --smtp 和网络。",
    "check the webhook, secret and keyword in Settings (or --webhook/--secret)": "请检查设置里的 Webhook、密钥和关键词（或 --webhook/--secret）",
    "an answer that is not JSON": "一个不是 JSON 的回应",
    "The {robot} robot's webhook '{url}' is not a web address; copy it from the robot's settings in the group (it starts with https://).":
        "{robot}机器人的 Webhook“{url}”不是网址；请从群里机器人的设置中复制（以 https:// 开头）。",
    "The {robot} robot refused the message: {reason}; {fix}.": "{robot}机器人拒收了消息：{reason}；{fix}。",
    "The {robot} robot answered HTTP {status}; {fix}.": "{robot}机器人返回了 HTTP {status}；{fix}。",
    "The {robot} robot did not answer within {seconds:g} s; check the network and try again.":
        "{robot}机器人在 {seconds:g} 秒内没有回应；请检查网络后重试。",
    "Could not reach the {robot} robot ({reason}); check the webhook address and the network.":
        "连不上{robot}机器人（{reason}）；请检查 Webhook 地址和网络。",
    "DingTalk": "钉钉",
    "WeCom": "企业微信",
    "Feishu": "飞书",
    # The export screen's Send and the Settings screen's robots and e-mail
    "Send": "发送",
    "Sending…": "正在发送…",
    "Nothing to send to yet: set up a group robot or e-mail in Settings.": "还没有发送目标：请在设置里添加群机器人或邮件。",
    "No sender address: fill in From or User under E-mail in Settings.": "没有发件人地址：请在设置的邮件部分填写发件人或用户名。",
    "Send to": "发送到",
    "No password for {user}: set {env} before starting weekplanner.": "没有 {user} 的密码：请在启动 weekplanner 前设置 {env}。",
    "E-mail to {addresses}": "邮件发给 {addresses}",
    "none set up (see Settings)": "尚未设置（见设置）",
    "not set": "未设置",
    "saved: {masked}": "已保存：{masked}",
    "A saved webhook or secret shows masked: leave its field empty to keep it, type - to remove it.":
        "已保存的 Webhook 或密钥只显示遮盖后的样子：留空保持不变，填 - 删除。",
    "Group robots (weekplanner send, or Send in the export screen)": "群机器人（weekplanner send，或导出界面的发送）",
    "E-mail (the password is never saved)": "邮件（密码从不保存）",
    "Send to (addresses, comma separated)": "收件人（多个地址用逗号分隔）",
    "Mail server (HOST:PORT)": "邮件服务器（主机:端口）",
    "User": "用户名",
    "From address": "发件人",
    "Encryption": "加密方式",
    "Keyword": "关键词",
    "{robot} webhook": "{robot} Webhook",
    "Signing secret": "加签密钥",
    "none (this machine only)": "不加密（仅限本机）",
    # The HTML report
    "{met} of 1 day": "1 天中 {met} 天",
    "Achieved against target": "完成与目标对比",
    "Achieved and target per week (the target bar is each week's 100%)": "每周完成与目标（目标柱为该周的 100%）",
    "Revenue weeks ({weeks} of {count}): {achieved} of {target} · {percent}": "营收周（{count} 周中的 {weeks} 周）：{achieved} / {target} · {percent}",
    "A range needs both --from and --until, e.g. --from 2026-W45 --until 2026-W48.":
        "范围需要同时给出 --from 和 --until，例如 --from 2026-W45 --until 2026-W48。",
}
