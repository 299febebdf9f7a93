extension Keymap {
    /// The saved views list's own keys (the overlay's work there too), its name prompt and its
    /// question before a delete. The hints make the key line at the list's foot.
    static let viewsList: [Binding] =
        [
            Binding(
                keys: [.character("s")], keyNames: "s", action: .saveView,
                help: ("把当前筛选存为视图", "save the filter as a view"), hint: ("s 存为视图", "s save the filter"), contexts: [.views]),
            Binding(
                keys: [.character("r")], keyNames: "r", action: .renameView,
                help: ("视图改名", "rename the view"), hint: ("r 改名", "r rename"), contexts: [.views]),
            Binding(
                keys: [.character("d"), .delete], keyNames: "d/Delete", action: .deleteView,
                help: ("删除视图（先确认）", "delete the view (asks first)"), hint: ("d 删除", "d delete"), contexts: [.views]),
            binding(.submit, [.enter], "Enter", ("保存名称", "save the name"), hint: ("Enter 保存", "Enter save"), in: .naming),
            binding(.cancel, [.escape], "Esc", ("关闭，不保存", "close without saving"), hint: ("Esc 取消", "Esc cancel"), in: .naming)
        ]
        + cursorMoves(in: .naming)
        + lineEditing(in: .naming)
        + [
            binding(
                .confirm, [.character("y"), .character("Y"), .enter], "y/Enter", ("删除", "delete"), hint: ("y/Enter 删除", "y/Enter delete"),
                in: .viewQuestion),
            binding(
                .cancel, [.character("n"), .character("N"), .escape], "n/Esc", ("保留", "keep the view"), hint: ("n/Esc 保留", "n/Esc keep"),
                in: .viewQuestion)
        ]
}
