/// Which action a key means where the user is: the keymap decides, by what is open (the prompt,
/// a form or its question, the views list's name prompt or question) and then by mode.
public func action(for key: Key, in state: AppState) -> Action? {
    let context = keyContext(state)
    // The mouse reaches the lists and the overlays; the prompt and the forms take keys only.
    if case .mouse(let event) = key {
        return [.browse, .detail, .overlay].contains(context) ? .pointer(event) : nil
    }
    // The views list has keys of its own besides the overlay's.
    if context == .overlay, case .views = state.mode, let own = Keymap.action(for: key, in: .views) { return own }
    return Keymap.action(for: key, in: context)
}

/// Where the user is, as the keymap's contexts name it.
func keyContext(_ state: AppState) -> KeyContext {
    if state.isTooSmall { return .tooSmall }
    if state.prompt != nil { return .prompt }
    if let form = state.form { return form.stage == .confirming ? .confirm : .form }
    switch state.viewEditing {
    case .naming: return .naming
    case .deleting: return .viewQuestion
    case nil: break
    }
    switch state.mode {
    case .browse: return .browse
    case .detail: return .detail
    case .help, .views: return .overlay
    }
}
