"""Simplified Chinese messages for the export layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # The summary (周报)
    "Weekly summary": "周报",
    "Weekly summary: {name}": "周报：{name}",
    "{first} – {last} · {dates} ({count} weeks)": "{first} – {last} · {dates}（共 {count} 周）",
    "no target set": "未设周目标",
    "Target and plan changes": "目标与计划调整",
    "Target change": "目标调整",
    "Plan adjusted": "计划已调整",
    "no reason given": "未填写原因",
    "Activities (done/quota)": "每日任务（完成/指标）",
    "Activities done against quota": "每日任务完成量与指标对比",
    "Quota": "指标",
    "Done": "完成",
    "Quotas met": "达标天数",
    "{met} of {total} days": "{total} 天中 {met} 天",
    "streak": "连续达标",
    "{n} days": "{n} 天",
    "1 day": "1 天",
    "target": "目标",
    "activities": "任务",
    "Week by week": "逐周明细",
    "average of rated weeks": "已评分周的平均分",
    "Notable outcomes": "重要成果",
    "Review {week}": "{week} 周复盘",
    "not rated": "未评分",
    "Went well": "做得好的",
    "Went badly": "做得不好的",
    "Why": "原因",
    "No review written.": "本周未写复盘。",
    "Review skipped this week.": "本周复盘已跳过。",
    "Last week's commitments": "上周的改进承诺",
    "Made with weekplanner on {date}": "由 weekplanner 生成于 {date}",
    # CSV columns
    "Date": "日期",
    "Day": "星期",
    "Total": "合计",
    "All weeks": "全部周",
    "{type} quota": "{type}指标",
    "{type} done": "{type}完成",
    "% of target": "目标完成率 %",
    # Ranges
    "'{text}' is not a range; use a week (2026-W48), two weeks (2026-W45..2026-W48) or a month (2026-11).":
        "“{text}”不是有效的范围；请输入一周（2026-W48）、两周之间（2026-W45..2026-W48）或一个月（2026-11）。",
    "The range ends ({last}) before it starts ({first}).": "范围的结束周（{last}）早于开始周（{first}）。",
    "The range has {count} weeks; export at most {limit} weeks at a time.":
        "该范围共 {count} 周；每次最多导出 {limit} 周。",
    "'{text}' is not a month; use the form 2026-11.": "“{text}”不是有效的月份；请使用 2026-11 这样的格式。",
    # Team roll-up
    "Rep": "销售代表",
    "Team": "团队合计",
    "Team summary {period}": "团队周报 {period}",
    "{count} reps, sorted by achievement.": "共 {count} 位销售代表，按目标完成率排序。",
    "Weeks from {start} to {end}.": "统计周期：{start} 至 {end}。",
    "is not a text file; expected a JSON summary from 'weekplanner export --format json'.":
        "不是文本文件；需要由“weekplanner export --format json”导出的 JSON 周报。",
    "covers {found}, not {expected} like the first file.": "覆盖的是 {found}，而不是与第一个文件相同的 {expected}。",
    "measures its target as {found}, not {expected}; the targets cannot be added up.":
        "目标类型为 {found}，而不是 {expected}；无法合计目标。",
    "is in {found}, not {expected}; amounts in different currencies cannot be added up.":
        "币种为 {found}，而不是 {expected}；不同币种的金额无法合计。",
    "is not a weekplanner summary (schema {found}, expected {expected}).":
        "不是 weekplanner 周报（schema 为 {found}，应为 {expected}）。",
    "is a damaged summary: {problem}": "周报文件已损坏：{problem}",
    "cannot be read: {reason}": "无法读取：{reason}",
    "is not JSON (line {line}); expected a summary from 'weekplanner export --format json'.":
        "不是 JSON（第 {line} 行）；需要由“weekplanner export --format json”导出的周报。",
    "no summary could be rolled up.": "没有可以汇总的周报。",
    "Team summary saved to {path}": "团队周报已保存到 {path}",
    # Command line
    "write the manager summary (周报) as Markdown, CSV, JSON or HTML": "导出给经理的周报（Markdown、CSV、JSON 或 HTML）",
    "Write the summary of a week, a range of weeks or a month. Without -o it goes to standard output, ready to pipe or paste.":
        "导出一周、多周或一个月的周报。不加 -o 时输出到标准输出，便于管道处理或粘贴。",
    "the week: 2026-W48, a date, this, last (default: this week)": "哪一周：2026-W48、一个日期、this 或 last（默认本周）",
    "first week of a range (with --to)": "范围的第一周（与 --to 一起使用）",
    "last week of a range (with --from)": "范围的最后一周（与 --from 一起使用）",
    "the weeks whose Monday falls in this month": "周一落在该月的各周",
    "md (default), csv, json or html": "md（默认）、csv、json 或 html",
    "md (default), csv or html": "md（默认）、csv 或 html",
    "write to FILE instead of standard output": "写入 FILE，而不是标准输出",
    "A range needs both --from and --to, e.g. --from 2026-W45 --to 2026-W48.":
        "范围需要同时指定 --from 和 --to，例如 --from 2026-W45 --to 2026-W48。",
    "could not write {path}: {reason}": "无法写入 {path}：{reason}",
    "Summary saved to {path}": "周报已保存到 {path}",
    "merge several reps' JSON summaries of the same week(s) into one team table":
        "把多位销售代表同一周（或同一范围）的 JSON 周报合并成一张团队汇总表",
    "Read JSON summaries ('weekplanner export --format json') of the same week(s) and write one team table sorted by achievement. Files that do not fit are named on standard error and left out.":
        "读取同一周（或同一范围）的 JSON 周报（由“weekplanner export --format json”导出），"
        "输出按目标完成率排序的团队汇总表。不符合的文件会在标准错误中逐一说明并跳过。",
    "a rep's JSON summary": "一位销售代表的 JSON 周报",
    # Export screen
    "Export summary": "导出周报",
    "Markdown": "Markdown",
    "CSV": "CSV",
    "JSON": "JSON",
    "HTML": "HTML",
    "CSV (spreadsheet)": "CSV（电子表格）",
    "HTML (print)": "HTML（可打印）",
    "Format": "格式",
    "this week": "本周",
    "Weeks to export": "导出哪几周",
    "Empty for {week}; or 2026-W45..2026-W48, or a month 2026-11.": "留空为 {week}；也可输入 2026-W45..2026-W48 或月份 2026-11。",
    "Save to": "保存到",
    "Copy": "复制",
    "Save": "保存",
    "Save to file": "保存为文件",
    "Summary copied to the clipboard ({format}).": "周报已复制到剪贴板（{format}）。",
    "Type a file name or folder path, e.g. {example}.": "请输入文件名或文件夹路径，例如 {example}。",
    "Saved to {path}": "已保存到 {path}",
    "Could not save to {path}: {reason}": "无法保存到 {path}：{reason}",
    'Use a month like 2026-11.': '请使用 2026-11 这样的月份。',
}
