import Model

/// The dashboard's event loop: keys and resizes become actions, the reducer returns the new
/// state and effects, the screen shows `render(state)`. One thread owns the terminal.
public enum DashboardApp {
    /// Runs until the user quits or a signal (SIGINT, SIGTERM, SIGHUP) arrives; the terminal is
    /// restored on every path out.
    public static func run(_ initial: AppState, terminal options: TerminalOptions) throws(TerminalError) {
        let session = try TerminalSession.open(options: options)
        defer { session.close() }
        var state = initial
        _ = reduce(&state, .resize(width: session.width, height: session.height))
        session.draw(render(state))
        while true {
            switch session.nextEvent(timeoutMilliseconds: 1000, watching: []) {
            case .key(let key):
                guard let action = action(for: key, in: state) else { continue }
                for effect in reduce(&state, action) {
                    switch effect {
                    case .quit: return
                    case .redrawAll: session.redrawAll()
                    }
                }
            case .resize(let width, let height):
                _ = reduce(&state, .resize(width: width, height: height))
            case .signal:
                return
            case .tick, .readable:
                continue
            }
            session.draw(render(state))
        }
    }
}
