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
    "Use a percent such as 25% or 12.5 (from 0 to {high}).": "请输入百分比,如 25% 或 12.5(0 到 {high})。",
    "The percent is empty.": "百分比为空。",
    "'{text}' is not a percent.": "“{text}”不是百分比。",
    "{value}% is out of range.": "{value}% 超出范围。",
    "Use a number such as 4 or 2.5 (from 0 to {high}).": "请输入数字,如 4 或 2.5(0 到 {high})。",
    "The number is empty.": "数字为空。",
    "'{text}' is not a number.": "“{text}”不是数字。",
    "{value} is out of range.": "{value} 超出范围。",
}
