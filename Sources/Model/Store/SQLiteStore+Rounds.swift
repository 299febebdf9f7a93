import ModelCore

extension SQLiteStore {
    public func reportRounds() throws -> [ReportRound] {
        try read(ReportRoundTable.all)
    }

    public func setReportRounds(document code: String, dues: [Day]) throws {
        try write { db in
            guard try DocumentTable.all(db).contains(where: { $0.code == code }) else {
                throw StoreError.unknownDocument(code)
            }
            try ReportRoundTable.replace(document: code, dues: dues, setByUser: true, db)
        }
    }
}
