"""Simplified Chinese messages for currency codes checked against ISO 4217 (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # domain/parsing/currency.py — what a currency field takes, and why a code was refused
    "Use a three-letter ISO 4217 code such as CNY, USD or EUR; ¥, 人民币, 元 or RMB mean CNY.":
        "请使用三个字母的 ISO 4217 货币代码，如 CNY、USD、EUR；¥、人民币、元、RMB 均指 CNY。",
    "'{text}' is not a currency code.": "“{text}”不是货币代码。",
    "'{text}' is not an ISO 4217 currency code.": "“{text}”不是 ISO 4217 货币代码。",
}
