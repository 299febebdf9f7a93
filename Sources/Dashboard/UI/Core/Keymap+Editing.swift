extension Keymap {
    /// Keys of the filter prompt and the `u`/`c` forms. The hints of the form's bindings, in
    /// this order, make the key line at the form's foot.
    static let editing: [Binding] =
        [
            Binding(
                keys: [.enter], keyNames: "Enter", action: .prompt(.submit),
                help: ("确定筛选 / 跳到该编号的任务", "keep the filter / go to the task"), hint: nil, contexts: [.prompt]),
            Binding(
                keys: [.escape], keyNames: "Esc", action: .prompt(.cancel),
                help: ("还原打开前的筛选 / 不跳转", "restore the filter it opened with / stay"), hint: nil, contexts: [.prompt]),
            binding(.left, [.left], "←", ("光标左移", "cursor left"), in: .prompt),
            binding(.right, [.right], "→", ("光标右移", "cursor right"), in: .prompt)
        ]
        + cursorMoves(in: .prompt)
        + lineEditing(in: .prompt)
        + [
            binding(.nextField, [.tab, .down], "Tab/↓", ("下一项", "next field"), hint: ("Tab 下一项", "Tab next field"), in: .form),
            binding(.previousField, [.backTab, .up], "Shift-Tab/↑", ("上一项", "previous field"), in: .form),
            binding(
                .left, [.left], "←", ("上一个状态 / 类别；进度减 10；备注中光标左移", "previous status / kind; progress −10; cursor left"),
                hint: ("←/→ 切换", "←/→ change"), in: .form),
            binding(.right, [.right], "→", ("下一个状态 / 类别；进度加 10；备注中光标右移", "next status / kind; progress +10; cursor right"), in: .form),
            binding(.submit, [.enter], "Enter", ("检查后询问是否记录", "check, then ask to record"), hint: ("Enter 确认", "Enter confirm"), in: .form),
            binding(.cancel, [.escape], "Esc", ("关闭，不记录", "close without recording"), hint: ("Esc 取消", "Esc cancel"), in: .form)
        ]
        + lineEditing(in: .form)
        + [
            binding(
                .confirm, [.character("y"), .character("Y"), .enter], "y/Enter", ("记录", "record"), hint: ("y/Enter 记录", "y/Enter record"),
                in: .confirm),
            binding(
                .reject, [.character("n"), .character("N"), .backspace], "n/Backspace", ("返回修改", "edit again"),
                hint: ("n 返回修改", "n edit again"), in: .confirm),
            binding(.cancel, [.escape], "Esc", ("关闭，不记录", "close without recording"), hint: ("Esc 取消", "Esc cancel"), in: .confirm)
        ]

    /// ← and → in a line that has nothing else to choose: the prompt and a view's name.
    static func cursorMoves(in context: KeyContext) -> [Binding] {
        [
            binding(.left, [.left], "←", ("光标左移", "cursor left"), in: context),
            binding(.right, [.right], "→", ("光标右移", "cursor right"), in: context)
        ]
    }

    /// The keys that edit a line of text, the same in the prompt, a form's note and a view's name.
    static func lineEditing(in context: KeyContext) -> [Binding] {
        [
            binding(.lineStart, [.home, .control("a")], "Home/Ctrl-A", ("到行首", "start of the line"), in: context),
            binding(.lineEnd, [.end, .control("e")], "End/Ctrl-E", ("到行尾", "end of the line"), in: context),
            binding(.deleteBackward, [.backspace], "Backspace", ("删除前一个字", "delete the character before"), in: context),
            binding(.deleteForward, [.delete], "Delete", ("删除后一个字", "delete the character under the cursor"), in: context),
            binding(.deleteToLineStart, [.control("u")], "Ctrl-U", ("删除光标前的全部", "delete to the start of the line"), in: context)
        ]
    }

    /// A binding of an editing command, sent where `context` says (`KeyContext.editing`).
    static func binding(
        _ command: EditCommand, _ keys: [Key], _ keyNames: String, _ help: (zh: String, en: String),
        hint: (zh: String, en: String)? = nil, in context: KeyContext
    ) -> Binding {
        Binding(
            keys: keys, keyNames: keyNames, action: context.editing(command), help: help,
            hint: hint, contexts: [context])
    }
}
