"""Simplified Chinese messages for the domain layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # activity.py — built-in activity types and outcomes
    "Calls": "电话",
    "Visits": "拜访",
    "Emails": "邮件",
    "No answer": "未接通",
    "Follow-up": "待跟进",
    "Meeting booked": "已约见",
    "Proposal sent": "已发方案",
    "Deal won": "成交",
    "New client": "新客户",
    "Lost": "丢单",
    # parsing.py
    "Use a positive amount such as 500000, 500,000, ¥500,000, 500k, 1.2m, 50万 or 1.5亿.":
        "请输入大于零的金额，例如 500000、500,000、¥500,000、500k、1.2m、50万 或 1.5亿。",
    "Use a week label like 2026-W48, a date like 2026-11-23, or this, last, next.":
        "请输入周标签（如 2026-W48）、日期（如 2026-11-23），或 本周、上周、下周（this、last、next）。",
    "Use a date like 2026-11-23, 2026年11月23日, 11月23日, or today, yesterday, 上周一.":
        "请输入日期，例如 2026-11-23、2026年11月23日、11月23日，或 今天、昨天、上周一（today、yesterday）。",
    "Use a whole number from {low} to {high}.": "请输入 {low} 到 {high} 之间的整数。",
    "The amount is empty.": "金额为空。",
    "The amount must be more than zero.": "金额必须大于零。",
    "The amount is too long to be a number.": "输入的金额太长，不是有效数字。",
    "'{text}' is too large; amounts up to 1,000,000,000,000 (1万亿) are accepted.":
        "“{text}”太大；金额最多为 1,000,000,000,000（1万亿）。",
    "'{text}' has more than two decimals; amounts are kept to the cent, such as 1234.56.":
        "“{text}”的小数超过两位；金额只精确到分，例如 1234.56。",
    "'{text}' is outside the years this app accepts ({low}–{high}).": "“{text}”不在可接受的年份范围内（{low}–{high}）。",
    "The number is empty.": "数字为空。",
    "The week is empty.": "周为空。",
    "'{text}' uses digits this app does not read.": "“{text}”包含无法识别的数字字符（只接受 0–9）。",
    "The amount must be positive, not '{text}'.": "金额必须为正数，不能是“{text}”。",
    "'{text}' is not an amount.": "“{text}”不是有效的金额。",
    "'{text}' is not a whole number.": "“{text}”不是整数。",
    "{value} is out of range.": "{value} 超出范围。",
    "'{text}' is not a date.": "“{text}”不是日期。",
    "'{text}' is not a real date.": "“{text}”不是一个存在的日期。",
    "Use a time like 14:05 or 9:30 (24-hour clock).": "请输入 24 小时制时间，例如 14:05 或 9:30。",
    "'{text}' is not a time.": "“{text}”不是时间。",
    "'{text}' is not a real time.": "“{text}”不是一个存在的时间。",
    # review.py
    "The review is empty. Write at least one field, or skip this week's review on purpose.":
        "周复盘为空。请至少填写一项，或者明确跳过本周复盘。",
    "The rating must be from 1 to 5.": "自评分必须在 1 到 5 之间。",
    # target.py
    "A target must be more than zero.": "周目标必须大于零。",
    "A count target must be a whole number.": "计数类目标必须是整数。",
    # week.py
    "'{text}' is not a week label; use the form 2026-W48.": "“{text}”不是周标签；请使用 2026-W48 这样的格式。",
    "{year} has no week {number}; weeks run from W01 to W{last:02d}.":
        "{year} 年没有第 {number} 周；该年的周从 W01 到 W{last:02d}。",
    "'{text}' names a year outside {low}–{high}; use a label such as 2026-W48.":
        "“{text}”的年份不在 {low}–{high} 之间；请使用 2026-W48 这样的周标签。",
    # insights.py
    "+{percent} over your {weeks}-week average": "比近 {weeks} 周平均高 {percent}",
    "{percent} below your {weeks}-week average": "比近 {weeks} 周平均低 {percent}",
    "the same as your {weeks}-week average": "与近 {weeks} 周平均持平",
    "'{tag}' in {count} of the {total} weeks below target": "“{tag}”出现在 {total} 个未达标周中的 {count} 周",
    # review_facts.py — the facts a review opens with
    "kept": "已做到",
    "not kept": "未做到",
    "not marked": "未标记",
    "Last week you committed to:": "上周你承诺要做到：",
    "{day} ({done} of {planned})": "{day}（完成 {done}/{planned}）",
    "No target was set this week.": "本周未设定周目标。",
    "Streak: {n} workdays in a row with every quota met": "连续达标：已连续 {n} 个工作日完成全部每日任务",
    "Target {target} · achieved {achieved} ({percent})": "周目标 {target} · 已完成 {achieved}（{percent}）",
    "{name}: {done} done of {planned} planned": "{name}：计划 {planned}，完成 {done}",
    "Best day: {day}": "最佳一天：{day}",
    "Worst day: {day}": "最差一天：{day}",
    "Target changed from {old} to {new}: {reason}": "周目标由 {old} 调整为 {new}：{reason}",
    "{what} on {day}: {reason}": "{day} {what}：{reason}",
    "Re-balanced": "重新分配",
    "Plan changed": "修改计划",
    "Did the numbers move? {moves}": "数字有变化吗？{moves}",
    # review_template.py — the review as a text file for $EDITOR
    "What went well": "做得好的地方",
    "What went badly": "做得不好的地方",
    "Why (root causes)": "原因（根本原因）",
    "Improvement plan for next week: one concrete item per line": "下周改进计划：每行写一条具体行动",
    "Self-rating (1–5)": "自评分（1–5）",
    "Tags, separated by commas": "标签，用逗号分隔",
    "Improvement plan": "改进计划",
    "Tags": "标签",
    "Lines starting with a single # are ignored. Write under each heading; empty sections stay empty.":
        "以单个 # 开头的行会被忽略。请在各标题下填写；留空的部分保持为空。",
    "'{heading}' is not a heading of the review template; keep the headings as they were written.":
        "“{heading}”不是周复盘模板中的标题；请保留原有标题不要修改。",
    "ahead": "领先",
    "on track": "正常",
    "behind": "落后",
    "Streak: 1 workday with every quota met": "连续达标：1 个工作日完成全部每日任务",
    "in progress": "进行中",
    # plan.py — spreading a weekly total
    "{total} is less than the {past} planned on days already past; type {past} or more.":
        "{total} 少于已过去的几天已计划的 {past}；请输入 {past} 或更多。",
    "No workday of this week is left to spread {total} over; type each day's quota instead.":
        "本周已没有剩余的工作日可以分摊 {total}；请逐日输入任务量。",
    "{total} over {days} days is more than {most:,} a day.":
        "{total} 分摊到 {days} 天，每天超过 {most:,}。",
    # parsing.py — a moment ($WEEKPLANNER_TODAY)
    "Use a date like 2026-11-25 or a date and time like 2026-11-25T14:00.":
        "请输入日期（如 2026-11-25）或日期加时间（如 2026-11-25T14:00）。",
    "The moment is empty.": "时间点为空。",
    "Use the form 2026-11, or this, last, next.": "请使用 2026-11 这样的格式，或 this、last、next（本月、上月、下月）。",
    "'{text}' is not a month.": "“{text}”不是有效的月份。",
    'This text holds a control character (such as an escape code), which cannot be stored. Type or paste plain text: letters, digits, punctuation, spaces, tabs and line breaks.': '这段文字含有控制字符（例如转义码），无法保存。请输入或粘贴纯文本：字母、数字、标点、空格、制表符和换行。',
    "'{text}' has a sign; a count has none.": "'{text}' 带有正负号；数量不带符号。",
    "the yearly goal's share for this week": "年度目标分到本周的份额",
    "last week's target": "上周的目标",
    "your 4-week average": "近 4 周的平均",
    "'{text}' is not a count; type a whole number and what it counts, such as 10 new clients or 10个新客户.": "“{text}”不是数量；请输入整数和所计之物，如 10个新客户 或 10 new clients。",
    "The unit is too long; use at most {n} characters, such as new clients.": "单位太长；最多 {n} 个字符，如 新客户。",
    "A count target is a whole number and what it counts, such as 10 new clients.": "数量目标是整数加所计之物，如 10个新客户。",
    "{share} a day": "每天 {share}",
    "'{text}' is an amount of money, not a count; a count target is a whole number and what it counts, such as 10 new clients.": "“{text}”是金额，不是数量；数量目标是整数加所计之物，如 10个新客户。",
}
