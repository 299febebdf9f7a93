import ModelCore

/// A config file's text with one `ViewEdit` made, touching only that view's lines
/// (`ConfigLines`): a new view is a `[[view]]` table at the end, a new file starting with a
/// header comment; a rename rewrites the value of the view's `name` line; a delete removes the
/// view's table and its comment. The text must parse before, and the result must read back as
/// the views asked for, or nothing is changed.
enum ConfigViewsText {
    /// The comment a config file made by the dashboard starts with.
    static let header = [
        "# duban's settings (before the first [[view]]) and saved views: [[view]] tables with a name and a filter.",
        "# The dashboard's views list (v) adds, renames and deletes views here and leaves the other lines as they are."
    ]

    /// `text` with `edit` made, and the user's views it then has; `file` names the file in problems.
    static func edited(_ text: String, _ edit: ViewEdit, file: String) throws(ViewEditProblem) -> (text: String, views: [SavedView]) {
        let config: DubanConfig
        let tables: [ConfigTable]
        do throws(LocatedError) {
            config = try DubanConfig.parse(text, file: file)
            tables = try ConfigTOML.parse(text, file: file).views
        } catch {
            throw .unreadable(error)
        }
        if let problem = edit.problem(in: config.views) { throw problem }
        func table(_ name: String) -> ConfigTable { tables[config.views.firstIndex { $0.nameZh == name } ?? 0] }
        var lines = ConfigLines(text)
        switch edit {
        case .add(let view): lines.append(view, header: header)
        case .rename(let old, let new): lines.rename(table(old), to: new)
        case .delete(let name): lines.remove(table(name))
        }
        let expected = edit.applied(to: config.views)
        let reread: DubanConfig
        do throws(LocatedError) {
            reread = try DubanConfig.parse(lines.text, file: file)
        } catch {
            throw .wouldNotReadBack(error)
        }
        guard reread.views == expected else { throw .wouldNotReadBack(nil) }
        return (lines.text, expected)
    }
}
