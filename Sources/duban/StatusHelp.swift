import ArgumentParser

/// The help of `--status`, which `list` and `update` share.
enum StatusHelp {
    static var argument: ArgumentHelp {
        ArgumentHelp(
            localized(
                zh: "not_started、in_progress、done、behind 或 blocked（或 未启动、推进中、已完成、滞后、受阻）。",
                en: "not_started, in_progress, done, behind or blocked (or 未启动, 推进中, 已完成, 滞后, 受阻)."))
    }
}
