import Foundation

/// A column of an inspector import or export file.
public enum InspectorColumn: String, ImportColumn {
    case district, name, unit, position, phone, certificateNumber, active, conflicts

    public var chineseHeader: String {
        switch self {
        case .district: "辖区"
        case .name: "姓名"
        case .unit: "所在单位"
        case .position: "职务"
        case .phone: "联系电话"
        case .certificateNumber: "执法证号"
        case .active: "在岗"
        case .conflicts: "回避企业"
        }
    }

    /// An inspector is on duty unless the file says otherwise, and most
    /// declare no conflict.
    public var isRequired: Bool {
        switch self {
        case .active, .conflicts: false
        default: true
        }
    }
}

/// What an inspector import would do: the inspectors to add, with their
/// district, and the rows that cannot be imported.
public struct InspectorImportPlan: Sendable {
    public var accepted: [(line: Int, district: DistrictCode, inspector: ValidInspector)]
    public var problems: [ImportRowProblem]
}

public enum InspectorImport {
    /// Values of the 在岗 column read as "not on duty", and as "on duty"; an
    /// empty cell is on duty. Anything else is refused rather than guessed.
    static let inactiveWords: Set<String> = ["否", "不在岗", "停用", "no", "false", "0", "inactive"]
    static let activeWords: Set<String> = ["是", "在岗", "yes", "true", "1", "active", ""]

    /// The cell's meaning, or nil when it is neither.
    static func isActive(_ cell: String) -> Bool? {
        let word = cell.trimmingWhitespace().lowercased()
        if activeWords.contains(word) { return true }
        if inactiveWords.contains(word) { return false }
        return nil
    }

    /// Plans an import; `districts` gives the district names and codes a
    /// cell may hold, `registeredCertificates` the numbers already in use.
    public static func plan(
        table: [[String]], districts: [District], registeredCertificates: Set<String>
    ) throws(ImportFileError) -> InspectorImportPlan {
        let rows = try ImportTable<InspectorColumn>(table).rows
        let byName = Dictionary(districts.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        let known = Set(districts.map(\.code))
        var plan = InspectorImportPlan(accepted: [], problems: [])
        var seen: [String: Int] = [:]
        for row in rows {
            var issues: [FieldIssue] = []
            let districtText = row[.district].trimmingWhitespace()
            let district = byName[districtText] ?? DistrictCode(rawValue: districtText).flatMap { known.contains($0) ? $0 : nil }
            if district == nil {
                issues.append(FieldIssue(field: "district", problem: districtText.isEmpty ? .missing : .unknownValue(districtText)))
            }
            let active = isActive(row[.active])
            if active == nil { issues.append(FieldIssue(field: "active", problem: .unknownValue(row[.active].trimmingWhitespace()))) }
            let draft = InspectorDraft(
                name: row[.name], unit: row[.unit], position: row[.position], phone: row[.phone],
                certificateNumber: row[.certificateNumber],
                isActive: active ?? true,
                conflicts: row[.conflicts].split(whereSeparator: { ";；,，、 ".contains($0) }).map(String.init)
            )
            var valid: ValidInspector?
            do { valid = try InspectorRules.validate(draft) } catch { issues += error.issues }
            if let number = valid?.certificateNumber.rawValue, registeredCertificates.contains(number) || seen[number] != nil {
                issues.append(FieldIssue(field: "certificateNumber", problem: .duplicate(line: seen[number])))
            }
            guard issues.isEmpty, let valid, let district else {
                plan.problems.append(ImportRowProblem(line: row.line, issues: issues))
                continue
            }
            seen[valid.certificateNumber.rawValue] = row.line
            plan.accepted.append((row.line, district, valid))
        }
        return plan
    }

    /// The inspectors as a file that imports again unchanged.
    public static func exportTable(_ inspectors: [Inspector], language: Language) -> [[String]] {
        [InspectorColumn.header(language)] + inspectors.map { inspector in
            [
                inspector.district.rawValue, inspector.name, inspector.unit, inspector.position, inspector.phone,
                inspector.certificateNumber.rawValue, inspector.isActive ? "是" : "否",
                inspector.conflicts.map(\.rawValue).joined(separator: ";"),
            ]
        }
    }
}
