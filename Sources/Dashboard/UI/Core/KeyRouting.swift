/// Which action a key means where the user is: the keymap decides, by what is open (the prompt,
/// a form or its question) and then by mode.
public func action(for key: Key, in state: AppState) -> Action? {
    let context = keyContext(state)
    // The mouse reaches the lists and the overlays; the prompt and the forms take keys only.
    if case .mouse(let event) = key {
        return [.browse, .detail, .overlay].contains(context) ? .pointer(event) : nil
    }
    return Keymap.action(for: key, in: context)
}

/// Where the user is, as the keymap's contexts name it.
func keyContext(_ state: AppState) -> KeyContext {
    if state.isTooSmall { return .tooSmall }
    if state.prompt != nil { return .prompt }
    if let form = state.form { return form.stage == .confirming ? .confirm : .form }
    switch state.mode {
    case .browse: return .browse
    case .detail: return .detail
    case .help, .views: return .overlay
    }
}
