"""Simplified Chinese for the planning forms and their domain logic (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # domain/derive.py
    "{target} ÷ {deal} avg deal = {deals} deals ÷ {rate} visit→deal = {visits} visits = {per_day}/day":
        "{target} ÷ 平均单额 {deal} = {deals} 单 ÷ 拜访成交率 {rate} = {visits} 次拜访 = 每天 {per_day} 次",
    "{target} × {ratio} visits per client = {visits} visits = {per_day}/day":
        "{target} × 每个客户 {ratio} 次拜访 = {visits} 次拜访 = 每天 {per_day} 次",
    "{ratio} calls per visit = {per_day} calls/day": "每次拜访 {ratio} 个电话 = 每天 {per_day} 个电话",
    "{ratio} emails per visit = {per_day} emails/day": "每次拜访 {ratio} 封邮件 = 每天 {per_day} 封邮件",
    # domain/parsing.py (percent and ratio parsers)
    "'{text}' is not a percent from 0 to {high}; use for example 25% or 12.5.":
        "“{text}”不是 0 到 {high} 之间的百分比；请输入如 25% 或 12.5。",
    "Use a number such as 4 or 2.5 (from 0 to {high}).": "请输入数字，如 4 或 2.5（0 到 {high}）。",
    "'{text}' is not a number.": "“{text}”不是数字。",
    # domain/hotkeys.py
    "The hotkey must be one letter from a to z (or empty for a number key), not '{text}'.": "快捷键必须是 a 到 z 的一个字母（留空则使用数字键），不能是“{text}”。",
    "'{key}' is already a key of the week screen; choose another letter.": "“{key}”已是周视图的按键，请换一个字母。",
    "'{key}' is already the hotkey of another activity type.": "“{key}”已是另一种活动的快捷键。",
    # tui/widgets/field.py
    "This field is required.": "此项必填。",
    # tui/screens/target_form.py
    "ahead for the year": "全年进度领先",
    "on track for the year": "全年进度正常",
    "behind for the year": "全年进度落后",
    "Use the suggestion": "采用建议",
    "Changes this week:": "本周调整记录：",
    "No finished weeks with this kind of target to compare with yet.": "还没有同类目标的历史周可供比较。",
    "{weeks}-week average: {average}": "近 {weeks} 周平均：{average}",
    "Nothing to suggest yet: no yearly goal, no target last week and no finished weeks.": "暂无建议：没有年度目标、上周没有目标，也没有已结束的周。",
    "Suggested: {source}.": "建议来自：{source}。",
    "set the week's target": "设定周目标",
    "No finished weeks to compare with yet.": "还没有可供比较的历史周。",
    "Far above anything achieved so far (best: {best} in {week}); you can still save it.":
        "远高于以往任何一周（最好：{week} 的 {best}）；仍可保存。",
    "Measured as": "衡量方式",
    "What exactly (specific and measurable)": "具体内容（明确、可衡量）",
    "Reason for the change": "调整原因",
    "{old} → {new} on {day}: {reason}": "{day}：{old} → {new}，原因：{reason}",
    "So far this year {done} ({status}); {left} left over {weeks} weeks: suggested {suggested} this week (ctrl+g uses it)":
        "今年已完成 {done}（{status}）；剩余 {left}，还有 {weeks} 周：建议本周 {suggested}（ctrl+g 采用）",
    "Target for {week}": "{week} 的周目标",
    "Value": "数值",
    "Unit": "单位",
    "e.g. close 10 deals with new clients in the east district": "例如：在东区与新客户签下 10 单",
    "The week has started: say why the target changes.": "本周已开始：请说明调整目标的原因。",
    "e.g. a large order was postponed to next month": "例如：一笔大单推迟到下月",
    "Yearly goal {year} → {quarter} a quarter → {month} a month → {week} a week":
        "年度目标 {year} → 每季度 {quarter} → 每月 {month} → 每周 {week}",
    "Revenue": "销售额",
    "Count (new clients, deals …)": "数量（新客户、成交单数……）",
    "For example 500000, ¥500,000, 500k or 50万; for a count, 10 new clients.": "例如 500000、¥500,000、500k 或 50万；数量如 10个新客户。",
    "new clients": "新客户",
    "Say what you count, for example new clients.": "请说明统计的对象，例如新客户。",
    # tui/screens/quota_form.py
    "Average deal": "平均单额",
    "Visit → deal": "拜访 → 成交",
    "Visits per client": "每个客户拜访次数",
    "Calls per visit": "每次拜访电话数",
    "Emails per visit": "每次拜访邮件数",
    "Split totals": "分配周总量",
    "Derive from target": "由目标推算",
    "Copy last week": "复制上周",
    "Defaults": "默认任务",
    "Copied last week's original plan; press ctrl+s to save it.": "已复制上周的原始计划；按 ctrl+s 保存。",
    "The visit → deal rate must be more than 0%.": "拜访成交率必须大于 0%。",
    "Visits per client must be more than 0.": "每个客户拜访次数必须大于 0。",
    "Last week has no plan to copy.": "上周没有可复制的计划。",
    "Set the week's target first (t on the week screen).": "请先设定周目标（在周视图按 t）。",
    "Ratios from your recent weeks where known, defaults elsewhere; edit them and press Enter.":
        "比率取自你最近几周的数据（缺少数据时用默认值）；可修改后按回车。",
    "No history yet: these are typical ratios; edit them to match yours and press Enter.":
        "还没有历史数据：以下为常见比率；可按你的情况修改后按回车。",
    "plan the week's quotas": "制定本周每日任务",
    "Type a weekly total and press Enter to spread it over the workdays, or type each day.":
        "输入周总量并按回车即可分配到各工作日，也可逐日填写。",
    "{where}: {problem}": "{where}:{problem}",
    "Reason for the change (optional)": "调整原因（可选）",
    "Daily quotas for {week}": "{week} 的每日任务",
    "Derive from the target": "由目标推算",
    "e.g. two client meetings moved to Thursday": "例如：两个客户会议改到周四",
    # tui/screens/settings.py
    "name of the new type": "新活动类型名称",
    "Add activity type": "添加活动类型",
    "hidden": "隐藏",
    "Choose at least one workday.": "请至少选择一个工作日。",
    "new type": "新类型",
    "Give the new activity type a name.": "请为新活动类型命名。",
    "The day must end after it starts ({start}:00).": "下班时间必须晚于上班时间（{start}:00）。",
    "Week starts on": "每周开始于",
    "Workdays": "工作日",
    "Activity types: name, hotkey, default daily quota, hidden (ctrl+n adds one)":
        "活动类型：名称、快捷键、默认每日任务、隐藏（ctrl+n 添加）",
    "Your name": "你的姓名",
    "Re-balance cap (extra per day)": "调整上限（每天最多增加）",
    "Day starts (hour)": "上班时间（点）",
    "Day ends (hour)": "下班时间（点）",
    "Yearly goal (empty for none)": "年度目标（可留空）",
    "Goal measured as": "目标衡量方式",
    "A week nobody planned starts with": "未做计划的一周默认使用",
    "The default daily quotas": "默认每日任务",
    "Last week's original plan": "上周的原始计划",
    "Language": "语言",
    "Theme": "主题",
    "Count": "数量",
    "Automatic (from the system)": "自动（跟随系统）",
    "The week is under way: a weekly total is spread over today and the days left; days already past keep their quotas.": "本周已经开始：输入的周合计分配到今天和剩余的工作日；已经过去的日子保留原有任务。",
    "Type (press its key: {keys})": "类型（按对应的键：{keys}）",
}
