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
}
