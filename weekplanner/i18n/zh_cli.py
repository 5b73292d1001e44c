"""Simplified Chinese messages for the cli layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # main: parser, help headings, global options
    "Plan and run your sales week: target, daily quotas, tick-off, pace, review, summary. "
    "Without a command, opens the full-screen app.":
        "规划并执行你的销售周：周目标、每日任务、一键打卡、进度与节奏、周复盘、周报。不带命令时打开全屏界面。",
    "Start with 'weekplanner demo' to explore a sample week, or 'weekplanner COMMAND --help' for one command.":
        "先运行 'weekplanner demo' 看看示例数据，或用 'weekplanner 命令 --help' 查看某个命令的说明。",
    "show the version and exit": "显示版本并退出",
    "show this help and exit": "显示本帮助并退出",
    "usage: ": "用法：",
    "arguments": "参数",
    "options": "选项",
    "global options": "全局选项",
    "commands": "命令",
    "actions": "操作",
    "examples:": "示例：",
    "see '{prog} --help'": "参见 '{prog} --help'",
    "error": "错误",
    "the full-screen app needs a terminal; in a script or a pipe use a command such as "
    "'weekplanner status' (see 'weekplanner --help').":
        "全屏界面需要在终端中运行；在脚本或管道中请使用命令，例如 'weekplanner status'（见 'weekplanner --help'）。",
    "unrecognized arguments: {args}": "无法识别的参数：{args}",
    "data folder (default: $WEEKPLANNER_DATA_DIR or the per-user data folder)":
        "数据文件夹（默认：$WEEKPLANNER_DATA_DIR，否则为当前用户的数据文件夹）",
    "language of the interface (default: settings, then the locale)": "界面语言（默认：设置中的语言，否则按系统区域）",
    "colour theme for the app": "界面配色主题",
    "open the data without changing it (any number of windows and commands may change it at the same time "
    "otherwise)": "只读打开数据，不做任何修改（否则任意多个窗口和命令都可以同时修改数据）",
    # context / inputs
    "'{text}' is not an activity type. Known types: {known}.": "“{text}”不是活动类型。已有类型：{known}。",
    # render
    # status
    "show the week's target, progress, pace and quotas": "查看本周目标、进度、节奏和每日任务",
    "Show the week's target, what is achieved, the pace (ahead, on track or behind), the forecast at the "
    "current rate, and quotas against what is done per activity type today and this week. Reads only; it "
    "works while the app is open, and shows what every window and command has saved.":
        "显示本周目标、已完成业绩、节奏（领先、正常或落后）、按当前速度的预测，以及各类活动今天和本周的任务与完成数。"
        "只读取数据；界面开着时也能用，显示所有窗口和命令已保存的内容。",
    "the week: 2026-W48, a date in it, this, last or next (default: this week)":
        "哪一周：2026-W48、该周内的某个日期、this（本周）、last（上周）或 next（下周）（默认：本周）",
    "print a versioned JSON document instead of tables (for scripts)": "输出带版本号的 JSON 文档而不是表格（供脚本使用）",
    "Target": "周目标",
    "none set — weekplanner target set VALUE": "未设置 — weekplanner target set 数值",
    "Achieved": "已完成",
    "Pace": "节奏",
    "Activities": "活动",
    "Forecast": "预测",
    "Workdays left": "剩余工作日",
    "Streak": "连续达标",
    "{n} in a row (workdays with every quota met)": "连续 {n} 个工作日完成全部每日任务",
    "{status} — {actual} done, {expected} expected by now": "{status} — 已完成 {actual}，此时应完成 {expected}",
    "{status} — {actual} of the plan done, {expected} due by now":
        "{status} — 已完成计划的 {actual}，此时应完成 {expected}",
    "{value} ({percent}) at the current rate": "按当前速度为 {value}（{percent}）",
    "Activity": "活动",
    "Today": "今天",
    "This week": "本周",
    "Week": "周次",
    "Target changes": "目标调整记录",
    "Plan adjustments": "计划调整记录",
    "When": "时间",
    "From": "原值",
    "To": "新值",
    "Reason": "原因",
    # log
    "log activities done (calls, visits, emails …)": "记录完成的活动（电话、拜访、邮件……）",
    "Log N activities of a type (1 by default), optionally with the client, a note, the outcome and an amount "
    "that counts toward the week's target. Prints what was logged and the new count for the day and the week. "
    "'weekplanner undo' takes it back. Works while the app is open (its window shows the entry within a "
    "second); when another window or command is saving at that moment it waits a few seconds, and says so if "
    "it still cannot save (nothing is saved then).":
        "记录某类活动 N 次（默认 1 次），可附带客户、备注、结果，以及计入周目标的金额或数量。"
        "会显示记录的内容以及当天和本周的最新完成数。用 'weekplanner undo' 可以撤销。"
        "界面开着时也能用（窗口在一秒内显示这条记录）；若此时另一个窗口或命令正在保存，会等待几秒，"
        "仍无法保存时会说明（此时不保存任何内容）。",
    "activity type: its key, hotkey or name (call, c, Calls, 电话)": "活动类型：代码、快捷键或名称（call、c、Calls、电话）",
    "how many (default 1)": "次数（默认 1）",
    "the client or company": "客户或公司",
    "a note": "备注",
    "the outcome: no_answer, follow_up, meeting_booked, proposal_sent, deal_won, new_client, lost, or your "
    "own words":
        "结果：no_answer（未接通）、follow_up（待跟进）、meeting_booked（已约见）、proposal_sent（已发方案）、"
        "deal_won（成交）、new_client（新客户）、lost（丢单），或自己填写",
    "what this counts toward the target: money (500k, 50万) for a revenue target, a whole number for a count "
    "target":
        "计入周目标的数值：业绩目标填金额（500k、50万），数量目标填整数",
    "the day it happened: 2026-11-23, today or yesterday (default today)":
        "发生日期：2026-11-23、today（今天）或 yesterday（昨天）（默认今天）",
    "the time it happened (default now, or 12:00 for an earlier day)": "发生时间（默认现在；以前的日期默认 12:00）",
    "{when} is in the future; only what has been done can be logged.": "{when} 还没到；只能记录已经完成的活动。",
    "log {n} × {type}": "记录 {n} 次{type}",
    "Logged {n} × {type} on {day} at {time}.": "已记录 {n} 次{type}（{day} {time}）。",
    "Logged {n} × {type} on {day} at {time} ({details}).": "已记录 {n} 次{type}（{day} {time}；{details}）。",
    "{type}: {day} on {date}, {week} this week.": "{type}：{date} 完成 {day}，本周 {week}。",
    "Achieved: {value} of {target}.": "已完成：{value} / {target}。",
    # undo
    "take back the last logged activity or change": "撤销最近一次记录或修改",
    "Take back the newest change: a logged activity, a target or quota change, an edit. Every window and "
    "command shares one history, so this takes back the newest change whoever made it (a tick in an open "
    "window too) and says what it was. A change whose data was changed after it (a restore, an import, an "
    "edit by hand) is refused rather than written over. --redo puts back what was undone last.":
        "撤销最近一次修改：记录的活动、目标或每日任务的调整、编辑。所有窗口和命令共用同一份历史，"
        "所以无论是谁做的修改（包括在打开的窗口里的打卡），都会撤销最新的那一次并说明内容。"
        "若该修改之后数据又被改动（恢复备份、导入、手工编辑），会拒绝撤销，而不是覆盖新的改动。"
        "--redo 恢复最近一次撤销的内容。",
    "re-apply the change most recently undone": "恢复最近一次撤销的修改",
    "Nothing to undo.": "没有可撤销的内容。",
    "Nothing to redo.": "没有可恢复的内容。",
    "Undone: {change}": "已撤销：{change}",
    "Redone: {change}": "已恢复：{change}",
    # target
    "set or show the week's target": "设置或查看周目标",
    "Set or show the week's target: revenue (money) or a count of something (new clients, deals). Changing a "
    "target after its week has begun needs --reason; every change is kept with its reason.":
        "设置或查看周目标：业绩（金额）或数量（新客户、成交单数等）。一周开始后再修改目标必须用 --reason 说明原因；"
        "每次调整都会连同原因一起保存。",
    "set or change the target": "设置或修改周目标",
    "Set the week's target, or change it (with --reason once the week has begun).":
        "设置周目标，或修改它（一周开始后需用 --reason 说明原因）。",
    "the target: money such as 500000, 500k, 50万 (revenue), or a whole number and what it counts such as \"10 new clients\" or 10个新客户 (count)":
        "目标值：金额如 500000、500k、50万（业绩），或整数加所计之物，如 \"10 new clients\" 或 10个新客户（数量）",
    "revenue or count (default: the current target's, else revenue)": "revenue（业绩）或 count（数量）（默认：沿用当前目标，否则为业绩）",
    "what a count target counts, e.g. \"new clients\"": "数量目标的单位，例如“新客户”",
    "currency of a revenue target, e.g. CNY, USD (default: the settings')": "业绩目标的币种，例如 CNY、USD（默认：设置中的币种）",
    "what exactly the target means (the specific \"what\")": "目标的具体内容（到底要完成什么）",
    "why the target changes (required once the week has begun)": "调整目标的原因（一周开始后必填）",
    "show the target and its changes": "查看周目标及其调整记录",
    "Show the week's target, its description and every change with its reason.": "显示周目标、目标说明以及每次调整和原因。",
    "The week {week} has begun, so changing its target needs a reason: add --reason \"…\" (it is kept in the "
    "target's history).":
        "{week} 已经开始，修改目标需要说明原因：请加上 --reason \"…\"（原因会保存在目标调整记录中）。",
    "set the target of {week} to {value}": "将 {week} 的周目标设为 {value}",
    "change the target of {week} to {value}": "将 {week} 的周目标调整为 {value}",
    "Target of {week} set to {value}.": "{week} 的周目标已设为 {value}。",
    "Target of {week} changed from {old} to {new}.": "{week} 的周目标已从 {old} 调整为 {new}。",
    "Reason: {reason}": "原因：{reason}",
    "The target of {week} is already {value}; nothing changed.": "{week} 的周目标已经是 {value}，无需修改。",
    "No target set for {week}. Set one with: weekplanner target set VALUE --week {week}":
        "{week} 还没有周目标。设置方法：weekplanner target set 数值 --week {week}",
    "Metric": "指标",
    "Description": "说明",
    "revenue": "业绩",
    "count": "数量",
    # quota
    "set or show daily quotas per activity type": "设置或查看各类活动的每日任务",
    "Plan the week: how many calls, visits, emails … to do on each workday. A per-day quota is set on every "
    "workday (or one day with --day); a per-week total is split over the workdays, the remainder going to the "
    "earliest days.":
        "规划本周：每个工作日要打多少电话、做多少拜访、发多少邮件……按天的任务会设在每个工作日（或用 --day 只设某一天）；"
        "按周的总数会平均分到各工作日，余数分给靠前的几天。",
    "set a quota for one activity type": "设置某类活动的每日任务",
    "Set the quota of one activity type for the week: N per workday (default), N for the whole week split over "
    "the workdays (--per-week), or N on one day (--day).":
        "设置某类活动本周的任务：每个工作日 N 次（默认）、全周共 N 次并分到各工作日（--per-week），或某一天 N 次（--day）。",
    "how many (0 removes the quota)": "数量（0 表示取消该任务）",
    "N on each workday (the default)": "每个工作日 N 次（默认）",
    "N for the whole week, split over the workdays (in a week under way, days already past keep their quotas)": "全周共 N 次，分到各工作日（本周已开始时，已过去的日子保留原有任务）",
    "only this day: 2026-11-27, today or yesterday (per-day only)": "只设这一天：2026-11-27、today 或 yesterday（仅限按天）",
    "why the plan changes (kept with the week's adjustments)": "调整计划的原因（保存在本周的调整记录中）",
    "show the quota grid (types × workdays)": "查看任务表（活动类型 × 工作日）",
    "Show the week's quotas per activity type and workday, with what is done so far.":
        "按活动类型和工作日显示本周任务，以及目前的完成数。",
    "--day sets one day's quota; it cannot be combined with --per-week.": "--day 只设某一天的任务，不能和 --per-week 一起用。",
    "This week has no workdays to spread the quota over; check the workdays in the settings.":
        "本周没有工作日可以分配任务；请检查设置中的工作日。",
    "{day} is not in the week {week} ({start} to {end}).": "{day} 不在 {week}（{start} 至 {end}）之内。",
    "The {type} quota of {week} is already that; nothing changed.": "{week} 的{type}任务已经是这个数，无需修改。",
    "set the {type} quota of {week}": "设置 {week} 的{type}任务",
    "{type} quota of {week}: {total} this week ({per_day}).": "{week} 的{type}任务：本周共 {total}（{per_day}）。",
    "No quotas planned for {week}. Set them with: weekplanner quota set TYPE N":
        "{week} 还没有每日任务。设置方法：weekplanner quota set 类型 数量",
    "Cells show done/quota up to today; later days show the quota. * marks today.":
        "截至今天的格子显示“完成/任务”，之后的日子只显示任务。* 表示今天。",
    # demo
    "fill a separate data folder with a sample history and open it": "在单独的数据文件夹中生成示例历史数据并打开",
    "Create a realistic sample history (weeks with targets, quotas, activities, reviews) and open the app on "
    "it. Without --data-dir it goes to its own folder next to your data (the data folder's name + '-demo'), "
    "so your own data is never touched.":
        "生成一份逼真的示例历史（包含周目标、每日任务、活动和周复盘的多个星期），并用它打开界面。"
        "不指定 --data-dir 时，数据会放在你的数据文件夹旁边单独的文件夹里（名称后加 '-demo'），绝不会动到你自己的数据。",
    "where to create the sample (default: the data folder's name + '-demo')": "示例数据的位置（默认：数据文件夹名称后加 '-demo'）",
    "how many weeks of history (default 12)": "生成多少周的历史（默认 12）",
    "only create the sample; do not open the app": "只生成示例数据，不打开界面",
    "replace a folder that already holds data (its contents are moved aside)": "替换已有数据的文件夹（原有内容会被移到别处保存）",
    "{folder} already holds data; the sample was not written. Open it with 'weekplanner --data-dir {folder}', "
    "or replace it with --force (its contents are moved aside, not deleted).":
        "{folder} 中已有数据，未写入示例。可用 'weekplanner --data-dir {folder}' 打开它，"
        "或用 --force 替换（原有内容会被移到别处保存，不会删除）。",
    "The previous contents of {folder} were moved to {aside}.": "{folder} 原有的内容已移到 {aside}。",
    "This installation has no sample data builder; reinstall weekplanner.": "当前安装缺少示例数据生成器；请重新安装 weekplanner。",
    "Sample history of {weeks} weeks written to {folder}.": "已在 {folder} 生成 {weeks} 周的示例历史。",
    "Open it with: {command}": "打开方法：{command}",
    "({n} moved)": "（已挪走 {n}）",
    'warning': '警告',
    '{week} is left out: {problem}': '{week} 未列出：{problem}',
    "write to FILE instead of standard output (a name without an extension gets the format's)": '写入 FILE 而不是标准输出（没有扩展名的文件名会加上该格式的扩展名）',
    'replace FILE if it exists': 'FILE 已存在时替换它',
}
