import Foundation
import PermitCore
import PermitLedger

/// Cases, nodes, records and published process versions are one family of
/// covered tables: each row is what the latest ledger entry about it says.
extension CaseRow: LedgerCovered {
    static let subjectKind = "case"
    var subjectID: String { number }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "process": "\(processID)@\(processVersion)", "subjectKind": subjectKind, "subjectCreditCode": subjectCreditCode,
            "subjectName": subjectName, "team": team, "clock": clock, "openedAt": LedgerTime.text(openedAt),
            "openedBy": openedBy, "id": id?.uuidString.lowercased() ?? "",
        ]
        fields["district"] = districtCode
        fields["agency"] = agencyCode
        fields["closedAt"] = closedAt.map(LedgerTime.text)
        return fields
    }
}

extension CaseNodeRow: LedgerCovered {
    static let subjectKind = "case-node"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = ["status": status, "position": String(position), "case": caseID.uuidString.lowercased()]
        fields["exemptionGround"] = exemptionGround
        fields["exemptionStatement"] = exemptionStatement
        fields["exemptionAt"] = exemptionAt.map(LedgerTime.text)
        fields["exemptionBy"] = exemptionBy
        fields["notApplicableReason"] = notApplicableReason
        fields["settledAt"] = settledAt.map(LedgerTime.text)
        fields["settledBy"] = settledBy
        return fields
    }
}

extension CaseRecordRow: LedgerCovered {
    static let subjectKind = "case-record"
    var subjectID: String { id?.uuidString.lowercased() ?? "" }

    /// A record's text enters the entry only as its digest: entries are read
    /// by auditors, records only by those allowed the case (REC-9).
    func ledgerFields() throws -> [String: String] {
        var fields = [
            "case": caseNumber, "node": nodeKey, "form": form, "label": label,
            "recordedAt": LedgerTime.text(recordedAt), "recordedBy": recordedBy,
        ]
        fields["textSHA256"] = text.map { Hash.sha256(of: Array($0.utf8)).hex }
        fields["sha256"] = sha256
        fields["supersedes"] = supersedes?.uuidString.lowercased()
        fields["evidence"] = evidence
        fields["textForm"] = textForm
        return fields
    }
}

extension ProcessVersionRow: LedgerCovered {
    static let subjectKind = "process"
    var subjectID: String { id ?? "" }

    func ledgerFields() throws -> [String: String] {
        ["definition": definition, "publishedAt": LedgerTime.text(publishedAt)]
    }
}

/// Instants in ledger fields: ISO 8601 in UTC to the millisecond. Rows
/// store instants already rounded to the millisecond (`normalized`), which
/// both databases keep exactly, so an entry's text and the row read back agree.
enum LedgerTime {
    static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    static func text(_ date: Date) -> String {
        normalized(date).formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Reads back what `text` wrote.
    static func parse(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
