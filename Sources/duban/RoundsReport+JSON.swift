import ModelCore
import ModelImport

extension RoundsReport {
    /// `rounds --format json`: today, and every document with its rounds and its current round
    /// (null without rounds): the due day, the first day whose reports count (null: every report
    /// counts), reported/owed in all and per lead unit (`unit` null for tasks without one).
    var json: JSONValue {
        .object([("today", .string(today.day.description)), ("documents", .array(documents.map(\.json)))])
    }
}

extension RoundsReport.DocumentRounds {
    fileprivate var json: JSONValue {
        .object([
            ("code", .string(document.code)), ("name", .string(document.name)),
            ("rounds", .array(dues.map { .string($0.description) })), ("current_round", current?.json ?? .null)
        ])
    }
}

extension RoundsReport.CurrentRound {
    fileprivate var json: JSONValue {
        let units = units.map { unit -> JSONValue in
            .object([("unit", JSONValue(unit.unit)), ("reported", JSONValue(unit.reported)), ("owed", JSONValue(unit.owed))])
        }
        return .object([
            ("due", .string(window.round.due.description)), ("reports_from", JSONValue(window.firstDay?.description)),
            ("reported", JSONValue(reported)), ("owed", JSONValue(owed)), ("lead_units", .array(units))
        ])
    }
}
