import Foundation

/// What an enterprise import would do: the rows that can be registered and
/// those that cannot. Pure; the store supplies what only it knows.
public struct EnterpriseImportPlan: Sendable {
    public var accepted: [(line: Int, enterprise: Enterprise)]
    public var problems: [ImportRowProblem]
}

public enum EnterpriseImport {
    /// Plans an import from a table whose first row is the header.
    /// - Parameters:
    ///   - districts: district names and codes the bureau knows; a district
    ///     cell may hold either.
    ///   - registeredCodes: credit codes already in the database.
    ///   - registeredLicenses: licence numbers already in the database.
    public static func plan(
        table: [[String]], districts: [District], registeredCodes: Set<String>, registeredLicenses: Set<String>,
        makeID: () -> EnterpriseID
    ) throws(ImportFileError) -> EnterpriseImportPlan {
        var planner = try EnterpriseImportPlanner(
            table: table, districts: districts, registeredCodes: registeredCodes, registeredLicenses: registeredLicenses
        )
        _ = planner.plan(rows: planner.rowCount, makeID: makeID)
        return planner.plan
    }

    /// One row's fields by the enterprise rules, with district names turned
    /// into codes. The enterprise has no id yet.
    fileprivate static func check(
        _ row: ImportTable<EnterpriseColumn>.Row, districtsByName: [String: DistrictCode]
    ) -> Result<Enterprise, InvalidInput> {
        var draft = EnterpriseDraft()
        for column in EnterpriseColumn.allCases { column.assign(row[column], to: &draft) }
        for column in [EnterpriseColumn.registeredDistrict, .productionDistrict] {
            let cell = column.value(in: draft).trimmingWhitespace()
            if let code = districtsByName[cell] { column.assign(code.rawValue, to: &draft) }
        }
        do {
            return .success(try EnterpriseRules.validate(draft, id: unassigned))
        } catch {
            // A district cell that is neither a code nor a known name
            // names a district the bureau does not have.
            return .failure(InvalidInput(error.issues.map { issue in
                guard issue.problem == .invalidFormat,
                      let column = EnterpriseColumn(rawValue: issue.field), [.registeredDistrict, .productionDistrict].contains(column)
                else { return issue }
                return FieldIssue(field: issue.field, problem: .unknownValue(column.value(in: draft).trimmingWhitespace()))
            }))
        }
    }

    /// The id of a checked row until the plan gives it its own.
    fileprivate static let unassigned = EnterpriseID(rawValue: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))

    /// The header and rows of an export, in the import's own format, so an
    /// exported file imports again unchanged.
    public static func exportTable(_ enterprises: [Enterprise], language: Language) -> [[String]] {
        return [EnterpriseColumn.header(language)] + enterprises.flatMap { enterprise in
            let sites = enterprise.productionSites.isEmpty ? [nil] : enterprise.productionSites.map(Optional.some)
            return sites.map { site in
                let license = enterprise.licenses.first
                return [
                    enterprise.name, enterprise.creditCode.rawValue, enterprise.registeredAddress,
                    enterprise.registeredDistrict.rawValue, site?.address ?? "", site?.district.rawValue ?? "",
                    enterprise.legalRepresentative, enterprise.phone, license?.number ?? "",
                    license?.issuedOn.description ?? "", license?.validUntil.description ?? "", license?.productScope ?? "",
                ]
            }
        }
    }
}

extension Enterprise {
    /// Whether `other` is this enterprise but for its id and production sites.
    fileprivate func differsOnlyInSites(from other: Enterprise) -> Bool {
        var other = other
        other.id = id
        other.productionSites = productionSites
        return other == self
    }
}

/// An import's plan made a part of the file at a time, in order, so that a
/// write can start on the first part while the rest is still being planned.
///
/// Each part hands back the enterprises no later row can change: a later
/// row of the same enterprise adds a production site to it (see
/// ``EnterpriseImport/plan(table:districts:registeredCodes:registeredLicenses:makeID:)``),
/// so an enterprise is handed back only after the file's last row with its
/// credit code has been planned. Enterprises are handed back in the order of
/// `plan.accepted`.
public struct EnterpriseImportPlanner: Sendable {
    private let rows: [ImportTable<EnterpriseColumn>.Row]
    private let districtsByName: [String: DistrictCode]
    private let known: Set<DistrictCode>
    private let registeredCodes: Set<String>
    private let registeredLicenses: Set<String>
    /// The position of the last row with each credit code, as validation
    /// normalises it: no row after it can change that enterprise.
    private let lastRowOfCode: [String: Int]
    /// The plan so far.
    public private(set) var plan = EnterpriseImportPlan(accepted: [], problems: [])
    /// How many rows are planned.
    public private(set) var plannedRows = 0
    /// How many of `plan.accepted` were handed back.
    private var handedBack = 0
    // Where each accepted credit code and licence number was first seen.
    private var acceptedByCode: [String: (line: Int, index: Int)]
    private var seenLicenses: [String: Int]

    public init(
        table: [[String]], districts: [District], registeredCodes: Set<String>, registeredLicenses: Set<String>
    ) throws(ImportFileError) {
        rows = try ImportTable<EnterpriseColumn>(table).rows
        districtsByName = Dictionary(districts.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        known = Set(districts.map(\.code))
        self.registeredCodes = registeredCodes
        self.registeredLicenses = registeredLicenses
        var last: [String: Int] = Dictionary(minimumCapacity: rows.count)
        for (position, code) in rows.parallelMap({ UnifiedSocialCreditCode.normalizedInput($0[.creditCode]) }).enumerated() {
            last[code] = position
        }
        lastRowOfCode = last
        plan.accepted.reserveCapacity(rows.count)
        acceptedByCode = Dictionary(minimumCapacity: rows.count)
        seenLicenses = Dictionary(minimumCapacity: rows.count)
    }

    /// The data rows in the file.
    public var rowCount: Int { rows.count }

    /// Plans the next `count` rows (fewer at the end of the file) and hands
    /// back the enterprises that are final now.
    public mutating func plan(rows count: Int, makeID: () -> EnterpriseID) -> [Enterprise] {
        let part = rows[plannedRows..<min(plannedRows + count, rows.count)]
        // Each row's own checks on every processor; what depends on the rows
        // before it (duplicates within the file) in order afterwards.
        let checked = Array(part).parallelMap { [districtsByName] row in
            (line: row.line, result: EnterpriseImport.check(row, districtsByName: districtsByName))
        }
        for (line, result) in checked { plan(line: line, result, makeID: makeID) }
        plannedRows = part.endIndex
        var final: [Enterprise] = []
        while handedBack < plan.accepted.count, isFinal(plan.accepted[handedBack].enterprise) {
            final.append(plan.accepted[handedBack].enterprise)
            handedBack += 1
        }
        return final
    }

    /// Whether no row still to be planned can add to `enterprise`. A code
    /// the first pass did not see (it cannot happen: both passes normalise
    /// alike) waits for the end of the file rather than risk it.
    private func isFinal(_ enterprise: Enterprise) -> Bool {
        guard plannedRows < rows.count else { return true }
        guard let last = lastRowOfCode[enterprise.creditCode.rawValue] else { return false }
        return last < plannedRows
    }

    private mutating func plan(line: Int, _ result: Result<Enterprise, InvalidInput>, makeID: () -> EnterpriseID) {
        guard case .success(var enterprise) = result else {
            if case .failure(let invalid) = result { plan.problems.append(ImportRowProblem(line: line, issues: invalid.issues)) }
            return
        }
        var issues: [FieldIssue] = []
        if !known.contains(enterprise.registeredDistrict) {
            issues.append(FieldIssue(field: EnterpriseColumn.registeredDistrict.rawValue, problem: .unknownValue(enterprise.registeredDistrict.rawValue)))
        }
        for site in enterprise.productionSites where !known.contains(site.district) {
            issues.append(FieldIssue(field: EnterpriseColumn.productionDistrict.rawValue, problem: .unknownValue(site.district.rawValue)))
        }
        let code = enterprise.creditCode.rawValue
        let earlier = acceptedByCode[code]
        // An export has a row per production site: rows of one enterprise
        // that differ only in their site are that enterprise's sites.
        if issues.isEmpty, let earlier, plan.accepted[earlier.index].enterprise.differsOnlyInSites(from: enterprise) {
            precondition(earlier.index >= handedBack, "an enterprise handed back is final")
            for site in enterprise.productionSites where !plan.accepted[earlier.index].enterprise.productionSites.contains(site) {
                plan.accepted[earlier.index].enterprise.productionSites.append(site)
            }
            return
        }
        if registeredCodes.contains(code) || earlier != nil {
            issues.append(FieldIssue(field: "creditCode", problem: .duplicate(line: earlier?.line)))
        }
        for license in enterprise.licenses where registeredLicenses.contains(license.number) || seenLicenses[license.number] != nil {
            issues.append(FieldIssue(field: "licenseNumber", problem: .duplicate(line: seenLicenses[license.number])))
        }
        guard issues.isEmpty else {
            plan.problems.append(ImportRowProblem(line: line, issues: issues))
            return
        }
        for license in enterprise.licenses { seenLicenses[license.number] = line }
        enterprise.id = makeID()
        acceptedByCode[code] = (line, plan.accepted.count)
        plan.accepted.append((line, enterprise))
    }
}
