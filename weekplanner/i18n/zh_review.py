"""Simplified Chinese messages for the review, commitments and history (English message → 中文)."""

MESSAGES: dict[str, str] = {
    # week facts and commitments
    # template and form
    "Save review": "保存复盘",
    "Skip this week's review": "跳过本周复盘",
    "Close (draft kept)": "关闭（保留草稿）",
    "Review saved. Its improvement plan becomes next week's commitments.": "复盘已保存。其中的改进计划将成为下周的承诺。",
    "This week's review was skipped.": "本周复盘已跳过。",
    "Add": "添加",
    "Remove selected": "删除所选",
    "e.g. price objection, no-show, pipeline thin": "例如：价格异议, 客户爽约, 商机不足",
    "review of {week}": "{week} 的复盘",
    "Review of {week}": "{week} 周复盘",
    "Type an item and press Enter": "输入一条措施后按回车",
    # history
    "%": "%",
    "Done / planned": "完成 / 计划",
    "Rating": "评分",
    "Review": "复盘",
    "reviewed": "已复盘",
    "skipped": "已跳过",
    "Sort by next column": "按下一列排序",
    "Reverse order": "倒序",
    "Trends (again: 12/26/52 weeks)": "趋势（再按：12/26/52 周）",
    "Search lessons": "搜索经验教训",
    "No tag recurs in the weeks below target yet.": "未达标的周中暂时没有反复出现的标签。",
    "Recurring tags:": "反复出现的标签：",
    "Weeks": "各周",
    "Trends": "趋势",
    "Lessons": "经验教训",
    "Sorted by {column}": "已按“{column}”排序",
    "No past weeks yet. Trends appear once you have planned a week.": "还没有历史周。计划过一周后即可看到趋势。",
    "Enter opens the week with its review · s sorts by the next column · r reverses · t trends · / search":
        "回车打开该周及其复盘 · s 按下一列排序 · r 倒序 · t 趋势 · / 搜索",
    "{n} reviews found": "找到 {n} 篇复盘",
    "{n} review found": "找到 {n} 篇复盘",
    "{n} review written": "共 {n} 篇复盘",
    "{n} reviews written": "共 {n} 篇复盘",
    "Best weekday: {best} ({best_share} of days met) · worst: {worst} ({worst_share})":
        "最佳工作日：{best}（{best_share} 的天数达标）· 最差：{worst}（{worst_share}）",
    "Search all reviews (any words, Chinese too)": "搜索全部复盘（任意词语，支持中文）",
    "Tag": "标签",
    # read-only week
    "Edit review": "编辑复盘",
    "No review was written for this week.": "本周没有写复盘。",
    "Week {week} (read-only)": "{week} 周（只读）",
    "A draft exists; press e to finish it.": "有一份草稿；按 e 继续完成。",
    # commitments
    "commitment kept": "承诺已做到",
    "commitment not kept": "承诺未做到",
    "commitment mark cleared": "承诺标记已清除",
    "Kept / not kept / not marked": "做到 / 未做到 / 未标记",
    "Commitments from last week (enter: kept?)": "上周的承诺（回车：做到了吗？）",
    # reminders
    "This week's last workday has ended. Press r to write the review of {week}.":
        "本周最后一个工作日已结束。按 r 写 {week} 的周复盘。",
    "Last week ({week}) has no review yet. Press [ to go back to it, then r to write or skip it.":
        "上周（{week}）还没有复盘。按 [ 回到上周，再按 r 填写或跳过。",
    # cli: review
    "write, skip or show the week's review (lessons and next week's improvement plan)":
        "填写、跳过或查看周复盘（经验教训和下周改进计划）",
    "Write the end-of-week review: what went well, what went badly, why, the improvement plan for next week "
    "(each item becomes a commitment on next week's screen), a rating and tags. With content flags it saves at "
    "once; without them it opens $EDITOR on a template that lists the week's numbers.":
        "填写周末复盘：做得好的地方、做得不好的地方、原因、下周改进计划（每一条都会成为下周界面上的承诺）、"
        "评分和标签。带内容参数时直接保存；不带时用 $EDITOR 打开一个列出本周数字的模板。",
    "edit the review in $EDITOR (the default without content flags)": "在 $EDITOR 中编辑复盘（不带内容参数时的默认方式）",
    "what went well": "做得好的地方",
    "what went badly": "做得不好的地方",
    "why: the root causes": "原因：根本原因",
    "one item of next week's improvement plan (repeat for more)": "下周改进计划中的一条（可重复使用）",
    "self-rating from 1 to 5": "自我评分，1 到 5",
    "a tag (repeat for more)": "一个标签（可重复使用）",
    "skip this week's review on purpose": "有意跳过本周复盘",
    "print the week's numbers and review; change nothing": "显示本周数字和复盘，不做任何修改",
    "--skip cannot be combined with review text; skip, or write the review.": "--skip 不能与复盘内容同时使用；请选择跳过或填写复盘。",
    "--show only prints; leave out the other flags to change the review.": "--show 只用于显示；要修改复盘请去掉其他参数。",
    "{n} improvement items become next week's commitments.": "{n} 条改进措施将成为下周的承诺。",
    "No editor is set. Set $EDITOR (for example EDITOR=nano), or write the review with flags such as "
    "--went-well and --improve.":
        "没有设置编辑器。请设置 $EDITOR（例如 EDITOR=nano），或用 --went-well、--improve 等参数填写复盘。",
    "Your text is kept in {path}.": "你写的内容保存在 {path}。",
    "The editor exited with an error; nothing was saved.": "编辑器异常退出，未保存任何内容。",
    "The review of {week} was skipped.": "{week} 的复盘已跳过。",
    "The editor '{editor}' could not be started: {error}": "无法启动编辑器“{editor}”：{error}",
    "Review of {week} saved.": "{week} 的复盘已保存。",
    # cli: history
    "Field": "栏目",
    "Lesson": "经验教训",
    "list past weeks and search the lessons of their reviews": "列出历史各周并搜索复盘中的经验教训",
    "List past weeks, newest first: target, achieved, percent, activities done against planned, rating and "
    "whether the week was reviewed; the tags that recur in weeks below target; and, with --search or --tag, "
    "the reviews that match.":
        "列出历史各周（最新的在前）：周目标、已完成、完成率、活动完成数与计划数、评分以及是否已复盘；"
        "未达标周中反复出现的标签；使用 --search 或 --tag 时列出匹配的复盘。",
    "find reviews containing every word of TEXT (Chinese too)": "查找包含 TEXT 中每个词的复盘（支持中文）",
    "only reviews with this tag": "只看带有此标签的复盘",
    "No weeks yet. Set a target or log an activity, and the week appears here.": "还没有任何周。设定周目标或记录一条活动后，该周就会出现在这里。",
    "No review matches.": "没有匹配的复盘。",
    "how many recent weeks to list (default {n}; 0 lists all)": "列出最近多少周（默认 {n}；0 表示全部）",
}
