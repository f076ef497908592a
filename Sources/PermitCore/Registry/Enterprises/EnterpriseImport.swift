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
        let rows = try ImportTable<EnterpriseColumn>(table).rows
        let byName = Dictionary(districts.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        let known = Set(districts.map(\.code))
        // Each row's own checks on every processor; what depends on the rows
        // before it (duplicates within the file) in order afterwards.
        let checked = rows.parallelMap { row in (line: row.line, result: check(row, districtsByName: byName)) }
        var plan = EnterpriseImportPlan(accepted: [], problems: [])
        plan.accepted.reserveCapacity(rows.count)
        // Where each accepted credit code and licence number was first seen.
        var acceptedByCode: [String: (line: Int, index: Int)] = Dictionary(minimumCapacity: rows.count)
        var seenLicenses: [String: Int] = Dictionary(minimumCapacity: rows.count)
        for (line, result) in checked {
            guard case .success(var enterprise) = result else {
                if case .failure(let invalid) = result { plan.problems.append(ImportRowProblem(line: line, issues: invalid.issues)) }
                continue
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
                for site in enterprise.productionSites where !plan.accepted[earlier.index].enterprise.productionSites.contains(site) {
                    plan.accepted[earlier.index].enterprise.productionSites.append(site)
                }
                continue
            }
            if registeredCodes.contains(code) || earlier != nil {
                issues.append(FieldIssue(field: "creditCode", problem: .duplicate(line: earlier?.line)))
            }
            for license in enterprise.licenses where registeredLicenses.contains(license.number) || seenLicenses[license.number] != nil {
                issues.append(FieldIssue(field: "licenseNumber", problem: .duplicate(line: seenLicenses[license.number])))
            }
            guard issues.isEmpty else {
                plan.problems.append(ImportRowProblem(line: line, issues: issues))
                continue
            }
            for license in enterprise.licenses { seenLicenses[license.number] = line }
            enterprise.id = makeID()
            acceptedByCode[code] = (line, plan.accepted.count)
            plan.accepted.append((line, enterprise))
        }
        return plan
    }

    /// One row's fields by the enterprise rules, with district names turned
    /// into codes. The enterprise has no id yet.
    private static func check(
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
    private static let unassigned = EnterpriseID(rawValue: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))

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
