"""Simplified Chinese messages for the storage layer, the sample history and ``weekplanner restore``."""

MESSAGES: dict[str, str] = {
    # errors.py
    "{path} cannot be read: {problem}. The file was left as it is; restore it from a backup with "
    "'weekplanner restore' or fix it by hand.":
        "无法读取 {path}：{problem}。文件保持原样未被改动；可用 'weekplanner restore' 从备份恢复，或手动修复。",
    "{path} was written by a newer weekplanner (data version {found}; this one reads up to {supported}). "
    "Upgrade weekplanner; the file was not changed.":
        "{path} 由更新版本的 weekplanner 写入（数据版本 {found}；当前版本最高支持 {supported}）。"
        "请升级 weekplanner；文件未被改动。",
    "Another weekplanner ({owner}) was writing to {path} for more than {seconds} seconds; nothing was changed. "
    "Try again in a moment.":
        "另一个 weekplanner（{owner}）向 {path} 写入已超过 {seconds} 秒；没有做任何更改。请稍后再试。",
    "Another weekplanner has {path} open; close it first. Nothing was changed.":
        "另一个 weekplanner 正打开着 {path}；请先关闭它。没有做任何更改。",
    # lock.py
    "The data folder {path} cannot be locked for writing: {error}. Open it read-only with --read-only, "
    "or choose another folder with --data-dir.":
        "无法锁定数据文件夹 {path} 进行写入：{error}。可用 --read-only 以只读方式打开，或用 --data-dir 选择其他文件夹。",
    # atomic.py
    "{path} was not saved: the text contains characters that cannot be stored ({error}).":
        "{path} 未保存：文本中含有无法存储的字符（{error}）。",
    "The disk is full: {path} was not saved. Free some space and try again; nothing was lost.":
        "磁盘已满：{path} 未保存。请清理空间后重试；数据没有丢失。",
    "No permission to write {path}. Check the folder's permissions or choose another data folder with --data-dir.":
        "没有写入 {path} 的权限。请检查文件夹权限，或用 --data-dir 选择其他数据文件夹。",
    "{path} could not be saved: {error}.": "{path} 无法保存：{error}。",
    "{path} cannot be opened: {error}.": "无法打开 {path}：{error}。",
    "the file is empty ({size} bytes)": "文件是空的（{size} 字节）",
    "the file starts with a byte-order mark (BOM)": "文件以字节顺序标记（BOM）开头",
    "it is not UTF-8 text (byte {at})": "它不是 UTF-8 文本（第 {at} 字节）",
    "it is nested too deeply to be a weekplanner data file": "嵌套层级过深，不是 weekplanner 数据文件",
    "it is not valid JSON ({error})": "它不是有效的 JSON（{error}）",
    "it holds a JSON {kind}, not the object of tables a weekplanner file holds":
        "它是一个 JSON {kind}，而 weekplanner 文件应是由数据表组成的对象",
    "table '{table}' is not an object of documents": "数据表 '{table}' 不是由记录组成的对象",
    "entry '{id}' of table '{table}' is not a document": "数据表 '{table}' 中的条目 '{id}' 不是一条记录",
    "its data version is not a whole number": "它的数据版本不是整数",
    "{path} was not saved: {error}.": "{path} 未保存：{error}。",
    "This weekplanner is read-only; {path} was not changed.": "当前 weekplanner 为只读；{path} 未被改动。",
    # migrate.py, files.py
    "it could not be upgraded from data version {version} ({error})": "无法从数据版本 {version} 升级（{error}）",
    "{path} was not upgraded: its backup copy could not be written ({error}).":
        "{path} 未升级：无法写入它的备份副本（{error}）。",
    # repository.py
    "The data folder {path} cannot be created: {error}.": "无法创建数据文件夹 {path}：{error}。",
    "This weekplanner is read-only; the change was not saved.": "当前 weekplanner 为只读；更改未保存。",
    "That entry no longer exists; it may have been deleted.": "该记录已不存在，可能已被删除。",
    "'{what}' cannot be undone: {files} changed after it (a restore, an import or an edit by hand). Nothing "
    "was changed; it was taken off the undo history, so undo again takes back the change before it.":
        "无法撤销“{what}”：{files} 在它之后又被改动过（恢复备份、导入或手工编辑）。没有做任何更改；"
        "它已从撤销历史中移除，再次撤销将撤回它之前的那次修改。",
    "'{what}' cannot be redone: {files} changed after it was undone. Nothing was changed; it was taken off "
    "the redo history.":
        "无法恢复“{what}”：{files} 在撤销之后又被改动过。没有做任何更改；它已从恢复历史中移除。",
    "{what} lacks the field {field}": "{what}缺少字段 {field}",
    "{what} is not valid ({error})": "{what}无效（{error}）",
    "activity {id}": "活动 {id}",
    "the week record {label}": "周记录 {label}",
    "the settings": "设置",
    "journal entry {id}": "撤销记录 {id}",
    "{path} is not inside the data folder {folder}.": "{path} 不在数据文件夹 {folder} 中。",
    "There is no backup of {file}.": "{file} 没有备份。",
    "There is no backup of {file} from {day}.": "{file} 没有 {day} 的备份。",
    # backups.py
    "{path} could not be set aside before restoring: {error}.": "恢复前无法将 {path} 移到一旁：{error}。",
    # demo.py
    "{folder} already holds weekplanner data; choose an empty folder for the sample data.":
        "{folder} 中已有 weekplanner 数据；请为示例数据选择一个空文件夹。",
    # cli/cmd_restore.py
    "restore a data file from the daily backups": "从每日备份恢复数据文件",
    "Put back a data file from the daily backups (the last 7 days are kept). Without FILE, every file that "
    "cannot be read is restored from its newest backup. The file replaced is kept aside as <name>.broken-<time>.":
        "从每日备份恢复数据文件（保留最近 7 天）。不指定 FILE 时，所有无法读取的文件都会从最新备份恢复。"
        "被替换的文件会保留为 <name>.broken-<time>。",
    "a week label (2026-W48) or a file in the data folder (settings.json, journal.json)":
        "周标签（2026-W48）或数据文件夹中的文件（settings.json、journal.json）",
    "list the backups instead of restoring": "列出备份而不恢复",
    "restore the backup of that day (2026-11-24)": "恢复指定日期的备份（2026-11-24）",
    "File": "文件",
    "Size": "大小",
    "{n} bytes": "{n} 字节",
    "No backups yet; they are made each day the data changes.": "还没有备份；数据有变动的每一天都会自动备份。",
    "All data files can be read; nothing to restore.": "所有数据文件都可以正常读取，无需恢复。",
    "Restored {file} from the backup of {day}.": "已从 {day} 的备份恢复 {file}。",
    "The replaced file was kept as {path}.": "被替换的文件已保留为 {path}。",
    "{problem} Fix the file by hand or restore another one.": "{problem} 请手动修复该文件，或恢复其他备份。",
    'No backup of {file} can be read; nothing was changed.': '{file} 的备份都无法读取；未做任何更改。',
    'the file is missing': '文件不存在',
    'a number written as text': '以文本书写的数字',
    'text': '文本',
    'a list of texts': '文本列表',
    'true or false': 'true 或 false',
    'a date and time (2026-11-25T14:00:00)': '日期和时间（2026-11-25T14:00:00）',
    'an object': '对象',
    'a list': '列表',
    '{field} must be {accepted}': '{field} 必须是{accepted}',
    'a finite number of at most {n}': '不超过 {n} 的有限数字',
    'a whole number from {low} to {high}': '{low} 到 {high} 之间的整数',
    'activity {id} is dated {day}, outside the week this file holds': '活动 {id} 的日期为 {day}，不在该文件所属的周内',
    'it names a file that is not a week file ({file})': '其中指向的文件不是周文件（{file}）',
    'it names an unknown table ({table})': '其中指向未知的表（{table}）',
    'a document of it is not an object': '其中有文档不是对象',
}
