import CNcurses
import DashboardUI

/// A decoded `wget_wch` result: a key, or the terminal's new size to be read.
enum DecodedInput: Equatable {
    case key(Key)
    case resize
}

/// Turns what `wget_wch` returns (its status and the wide character or key code) into a `Key`.
/// Pure: the codes are ncurses constants, nothing is read from the terminal.
enum KeyDecoder {
    static func decode(status: Int32, code: UInt32) -> DecodedInput? {
        switch status {
        case OK: character(code).map(DecodedInput.key)
        case KEY_CODE_YES: keyCode(Int32(bitPattern: code))
        default: nil
        }
    }

    /// A character code: control characters become named keys, the rest `.character`.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<32, 128..<160: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A mouse event `getmouse` read: a press of the first button or a wheel notch, else nil.
    static func mouse(state: mmask_t, x: Int32, y: Int32) -> Key? {
        let button: MouseEvent.Button
        if duban_mouse_is_press(state) != 0 {
            button = .press
        } else if duban_mouse_is_wheel_up(state) != 0 {
            button = .wheelUp
        } else if duban_mouse_is_wheel_down(state) != 0 {
            button = .wheelDown
        } else {
            return nil
        }
        return .mouse(MouseEvent(button, x: Int(x), y: Int(y)))
    }

    /// A `KEY_*` code from keypad mode.
    static func keyCode(_ code: Int32) -> DecodedInput? {
        if code >= duban_key_f(1), code <= duban_key_f(63) {
            return .key(.function(Int(code - duban_key_f(0))))
        }
        let key: Key
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: key = .up
        case KEY_DOWN: key = .down
        case KEY_LEFT: key = .left
        case KEY_RIGHT: key = .right
        case KEY_PPAGE, KEY_A3: key = .pageUp
        case KEY_NPAGE, KEY_C3: key = .pageDown
        case KEY_HOME, KEY_A1, KEY_FIND: key = .home
        case KEY_END, KEY_C1, KEY_SELECT: key = .end
        case KEY_ENTER: key = .enter
        case KEY_BTAB: key = .backTab
        case KEY_BACKSPACE: key = .backspace
        case KEY_DC: key = .delete
        default: return nil
        }
        return .key(key)
    }
}
