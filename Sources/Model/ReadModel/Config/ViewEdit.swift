/// One change to the user's own views, as the dashboard asks for it: a new view, a view renamed,
/// or a view deleted. `ConfigViewsFile` makes it in the config file.
public enum ViewEdit: Equatable, Sendable {
    case add(SavedView)
    case rename(String, to: String)
    case delete(String)

    /// What stands in the way of the edit among the user's views `views` (the rules the config
    /// file is read with: a name is not empty, not a built-in view's, not another view's; a
    /// view has a filter); nil when it can be made.
    public func problem(in views: [SavedView]) -> ViewEditProblem? {
        let names = Set(views.map(\.nameZh))
        func refusal(ofName name: String, for old: String? = nil) -> ViewEditProblem? {
            if name.isEmpty { return .nameEmpty }
            if SavedViews.builtInNames.contains(name) { return .nameBuiltIn(name) }
            return names.contains(name) && name != old ? .nameTaken(name) : nil
        }
        switch self {
        case .add(let view):
            return view.filter.isEmpty ? .filterEmpty : refusal(ofName: view.nameZh)
        case .rename(let old, let new):
            return names.contains(old) ? refusal(ofName: new, for: old) : .viewMissing(old)
        case .delete(let name):
            return names.contains(name) ? nil : .viewMissing(name)
        }
    }

    /// `views` with the edit made.
    public func applied(to views: [SavedView]) -> [SavedView] {
        switch self {
        case .add(let view):
            return views + [view]
        case .rename(let old, let new):
            return views.map { $0.nameZh == old ? SavedView(name: new, filter: $0.filter) : $0 }
        case .delete(let name):
            return views.filter { $0.nameZh != name }
        }
    }
}
