"""Simplified Chinese for the history's trend charts."""

MESSAGES: dict[str, str] = {
    # tui/screens/history.py: trends
    "Trends over the last {n} weeks, {first} – {last} (t: 12 / 26 / 52)":
        "最近 {n} 周的趋势，{first} – {last}（t：12 / 26 / 52）",
    "▒ and * mark {week}, the week under way: not final, so not in 'latest'.":
        "▒ 和 * 标出 {week}，即进行中的一周：数字尚未最终确定，因此不计入“最近”。",
    "Achievement of target per week · latest {value}": "每周目标达成率 · 最近 {value}",
    "█ a finished week's achievement · ─ 100% of the target": "█ 已结束一周的达成率 · ─ 目标的 100%",
    "Activities done of planned per week · latest {done} of {planned}": "每周活动完成/计划 · 最近 {done} / {planned}",
    "█ done · ░ planned, not done": "█ 已完成 · ░ 已计划但未完成",
    "Conversion per week · overall calls → visits {calls}, visits → deals {visits}":
        "每周转化率 · 总体 电话 → 拜访 {calls}，拜访 → 成交 {visits}",
    "• calls → visits (visits per 100 calls) · x visits → deals (deals per 100 visits)":
        "• 电话 → 拜访（每 100 个电话的拜访数）· x 拜访 → 成交（每 100 次拜访的成交数）",
}
