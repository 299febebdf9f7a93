extension Keymap {
    /// The README's key tables, in English, generated from the keymap: browsing (with where
    /// each key works), the filter prompt, and the forms with their question.
    public static func markdownTables() -> String {
        var text = table(
            "Browsing", bindings.filter { !$0.contexts.isDisjoint(with: [.browse, .detail, .overlay, .tooSmall]) }, withPlaces: true)
        text += table("Typing a filter (`/`) or a task's id (`:`)", bindings(in: .prompt), withPlaces: false)
        text += table("In the `u` and `c` forms", bindings(in: .form), withPlaces: false)
        text += table("At the form's question", bindings(in: .confirm), withPlaces: false)
        return text + "In the filter and a form's note, any other character is typed at the cursor.\n"
    }

    private static func table(_ title: String, _ bindings: [Binding], withPlaces: Bool) -> String {
        var text = "**\(title)**\n\n" + (withPlaces ? "| keys | what they do | where |\n|---|---|---|\n" : "| keys | what they do |\n|---|---|\n")
        for binding in bindings {
            text += "| `\(binding.keyNames)` | \(binding.help.en)" + (withPlaces ? " | \(places(binding.contexts))" : "") + " |\n"
        }
        return text + "\n"
    }

    /// Where a browsing key works, in the order a user meets the places.
    private static func places(_ contexts: Set<KeyContext>) -> String {
        let names: [(KeyContext, String)] = [(.browse, "lists"), (.detail, "detail"), (.overlay, "help, views"), (.tooSmall, "too small")]
        return names.filter { contexts.contains($0.0) }.map(\.1).joined(separator: ", ")
    }
}
