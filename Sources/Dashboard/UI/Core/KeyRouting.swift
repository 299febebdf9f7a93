/// Which action a key means where the user is: the prompt or a form takes every key while it is open;
/// otherwise the keymap decides, by mode.
public func action(for key: Key, in state: AppState) -> Action? {
    if state.isTooSmall { return Keymap.action(for: key, in: .tooSmall) }
    if state.prompt != nil { return .promptKey(key) }
    if state.form != nil { return .formKey(key) }
    switch state.mode {
    case .browse: return Keymap.action(for: key, in: .browse)
    case .detail: return Keymap.action(for: key, in: .detail)
    case .help, .views: return Keymap.action(for: key, in: .overlay)
    }
}
