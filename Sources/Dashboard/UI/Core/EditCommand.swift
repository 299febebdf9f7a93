/// What a key does in the filter prompt or an open form, as the keymap binds it: a typed
/// character, a cursor or field move, or the answer that ends the editing.
public enum EditCommand: Equatable, Sendable {
    /// A character typed into the line (or a digit into the progress field).
    case type(Character)
    /// ←: the cursor left; on a choice field (status, kind) the previous choice, on progress −10.
    case left
    /// →: the cursor right; on a choice field the next choice, on progress +10.
    case right
    case lineStart, lineEnd
    /// Backspace: the character before the cursor.
    case deleteBackward
    /// Delete: the character under the cursor.
    case deleteForward
    /// Ctrl-U: everything before the cursor.
    case deleteToLineStart
    case nextField, previousField
    /// Enter while editing: the prompt keeps its filter; a form asks to confirm.
    case submit
    /// y or Enter at a form's question: record.
    case confirm
    /// n at a form's question: back to editing.
    case reject
    /// Esc: the prompt restores the filter it opened with; a form closes unrecorded.
    case cancel
}
