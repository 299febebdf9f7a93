extension Keymap {
    /// The README's key tables, in English, generated from the keymap: browsing (with where
    /// each key works), the filter prompt, the forms with their question, and the views list's
    /// name prompt and question.
    public static func markdownTables() -> String {
        var text = table(
            "Browsing", bindings.filter { !$0.contexts.isDisjoint(with: [.browse, .detail, .overlay, .views, .tooSmall]) }, withPlaces: true)
        text += table("Typing a filter (`/`) or a task's id (`:`)", bindings(in: .prompt), withPlaces: false)
        text += table("In the `u` and `c` forms", bindings(in: .form), withPlaces: false)
        text += table("At the form's question", bindings(in: .confirm), withPlaces: false)
        text += table("Naming a view (`s`, `r` in the views list)", bindings(in: .naming), withPlaces: false)
        text += table("At the question before deleting a view", bindings(in: .viewQuestion), withPlaces: false)
        return text + "In the filter, a form's note and a view's name, any other character is typed at the cursor.\n"
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
        let names: [(KeyContext, [String])] = [
            (.browse, ["lists"]), (.detail, ["detail"]), (.overlay, ["help", "views"]), (.views, ["views"]), (.tooSmall, ["too small"])
        ]
        var places: [String] = []
        for (context, words) in names where contexts.contains(context) {
            places += words.filter { !places.contains($0) }
        }
        return places.joined(separator: ", ")
    }
}
