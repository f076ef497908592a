import Foundation

/// 在线预先服务指导 (LIC-4): everything that keeps an application from being
/// submitted, found at once so the enterprise corrects it in one go, each
/// naming the item and, for a report, the date that fails.
public enum ApplicationProblem: Hashable, Sendable {
    case noUnits
    case unknownUnit(ProductUnitID)
    /// 危险化学品、食品相关产品 and any category outside the simplified
    /// procedure are not applied for on this path (seed 003 二(一)).
    case outsideSimplifiedProcedure(unit: String, category: String)
    case formFieldMissing(String)
    case commitmentMissing
    case businessLicenceMissing
    case reportMissing(unit: String)
    /// A report for a unit the application does not name.
    case reportForOtherUnit(number: String)
    case reportTooOld(unit: String, number: String, issuedOn: CivilDate, oldestAccepted: CivilDate)
    case reportNotPassed(unit: String, number: String)
    /// A type test that leaves out test items the catalogue lists for the
    /// unit, named by the report(s) given.
    case reportItemsMissing(unit: String, numbers: [String], items: [String])
    /// The laboratory is not a registered testing agency (资质认定, CMA).
    case laboratoryNotQualified(unit: String, number: String, laboratory: String)
    /// A renewal or change of a certificate the applicant does not hold in force.
    case renewalOfUnknownCertificate(String)
    /// A change must say when it happened, and not in the future.
    case changeDateMissing
    /// Validity has ended: a new application is needed, not a renewal.
    case renewalTooLate(validUntil: CivilDate)

    /// Stable codes for the API's `problems`.
    public var code: String {
        switch self {
        case .noUnits: "units.missing"
        case .unknownUnit: "units.unknown"
        case .outsideSimplifiedProcedure: "units.outside-simplified-procedure"
        case .formFieldMissing(let field): "form.\(field).missing"
        case .commitmentMissing: "commitment.missing"
        case .businessLicenceMissing: "attachment.business-licence.missing"
        case .reportMissing: "report.missing"
        case .reportForOtherUnit: "report.other-unit"
        case .reportTooOld: "report.too-old"
        case .reportNotPassed: "report.not-passed"
        case .reportItemsMissing: "report.items-missing"
        case .laboratoryNotQualified: "report.laboratory-not-qualified"
        case .renewalOfUnknownCertificate: "renewal.unknown-certificate"
        case .renewalTooLate: "renewal.too-late"
        case .changeDateMissing: "change.date-missing"
        }
    }

    public var message: Bilingual {
        switch self {
        case .noUnits: Bilingual("请至少选择一个申请的产品单元。", en: "Choose at least one product unit to apply for.")
        case .unknownUnit(let id): Bilingual("产品目录中没有产品单元 \(id)。", en: "The catalogue has no product unit \(id).")
        case .outsideSimplifiedProcedure(let unit, let category):
            Bilingual(
                "“\(unit)”属于\(category)，不列入简化审批程序，不能在此申请。",
                en: "\"\(unit)\" belongs to \(category), which is outside the simplified procedure and cannot be applied for here."
            )
        case .formFieldMissing(let field):
            Bilingual("申请单缺少“\(ApplicationCheck.fieldName(field).zhHans)”。", en: "The application form lacks the \(ApplicationCheck.fieldName(field).en).")
        case .commitmentMissing: Bilingual("尚未签署保证质量安全承诺书。", en: "The quality-safety commitment is not signed.")
        case .businessLicenceMissing: Bilingual("尚未上传营业执照。", en: "The business licence is not attached.")
        case .reportMissing(let unit): Bilingual("“\(unit)”缺少检验报告。", en: "\"\(unit)\" has no test report.")
        case .reportForOtherUnit(let number):
            Bilingual("检验报告 \(number) 不是所申请产品单元的报告。", en: "Test report \(number) is not for a unit applied for.")
        case .reportTooOld(let unit, let number, let issued, let oldest):
            Bilingual(
                "“\(unit)”的检验报告 \(number) 签发于 \(issued)，已超过一年（须不早于 \(oldest)）。",
                en: "Test report \(number) for \"\(unit)\" was issued on \(issued), more than a year ago (it must be from \(oldest) or later)."
            )
        case .reportNotPassed(let unit, let number):
            Bilingual("“\(unit)”的检验报告 \(number) 结论不合格。", en: "Test report \(number) for \"\(unit)\" is not a pass.")
        case .reportItemsMissing(let unit, let numbers, let items):
            Bilingual(
                "“\(unit)”的型式试验报告\(numbers.isEmpty ? "" : " " + numbers.joined(separator: "、"))未覆盖产品目录所列检验项目：\(items.joined(separator: "、"))。",
                en: "The type-test report\(numbers.isEmpty ? "" : " " + numbers.joined(separator: ", ")) for \"\(unit)\" does not cover the catalogue's test items: \(items.joined(separator: ", "))."
            )
        case .laboratoryNotQualified(let unit, let number, let laboratory):
            Bilingual(
                "“\(unit)”的检验报告 \(number) 的出具机构 \(laboratory) 不是已登记的资质认定检验检测机构。",
                en: "The issuer \(laboratory) of test report \(number) for \"\(unit)\" is not a registered CMA-qualified laboratory."
            )
        case .renewalOfUnknownCertificate(let number):
            Bilingual("所涉证书 \(number) 不是本企业持有的有效证书。", en: "Certificate \(number) is not one this enterprise holds in force.")
        case .changeDateMissing:
            Bilingual("请填写发生变化的日期（不晚于今天）。", en: "State the date of the change (today or earlier).")
        case .renewalTooLate(let validUntil):
            Bilingual(
                "证书有效期已于 \(validUntil) 届满，不能延续，请重新申请许可。",
                en: "The certificate expired on \(validUntil); it cannot be renewed. Apply for a new licence."
            )
        }
    }
}

public enum ApplicationCheck {
    /// Everything wrong with `application` on `today`, in the order the
    /// form is filled in; empty when it may be submitted.
    public static func problems(
        of application: LicenseApplication, catalogue: ProductCatalogue, laboratories: Set<UnifiedSocialCreditCode>, today: CivilDate
    ) -> [ApplicationProblem] {
        var problems: [ApplicationProblem] = []
        // A change or reissue licenses nothing new: no units, no reports.
        let licensesProducts = application.change == nil
        if licensesProducts, application.units.isEmpty { problems.append(.noUnits) }
        var units: [ProductUnit] = []
        for id in application.units {
            guard let unit = catalogue.units.first(where: { $0.id == id }) else {
                problems.append(.unknownUnit(id))
                continue
            }
            units.append(unit)
            if let category = catalogue.categories.first(where: { $0.code == unit.category }), !category.simplifiedProcedure {
                problems.append(.outsideSimplifiedProcedure(unit: unit.name, category: category.name))
            }
        }
        let form = application.form
        for (field, value) in [("productionAddress", form.productionAddress), ("contactPerson", form.contactPerson), ("contactPhone", form.contactPhone)]
        where value.trimmingWhitespace().isEmpty {
            problems.append(.formFieldMissing(field))
        }
        if application.commitment == nil { problems.append(.commitmentMissing) }
        if !application.attachments.contains(where: { $0.kind == .businessLicence }) { problems.append(.businessLicenceMissing) }
        if let change = application.change, change.kind != .reissue, (change.changedOn.map { $0 > today } ?? true) {
            problems.append(.changeDateMissing)
        }
        guard licensesProducts else { return problems }
        let oldest = today.addingYears(-1)
        for report in application.reports where !application.units.contains(report.unit) {
            problems.append(.reportForOtherUnit(number: report.number))
        }
        for unit in units {
            let reports = application.reports.filter { $0.unit == unit.id }
            guard !reports.isEmpty else {
                problems.append(.reportMissing(unit: unit.name))
                continue
            }
            for report in reports {
                if report.issuedOn < oldest {
                    problems.append(.reportTooOld(unit: unit.name, number: report.number, issuedOn: report.issuedOn, oldestAccepted: oldest))
                }
                if !report.passed { problems.append(.reportNotPassed(unit: unit.name, number: report.number)) }
                if report.kind == .typeTest, !laboratories.contains(report.laboratory) {
                    problems.append(.laboratoryNotQualified(unit: unit.name, number: report.number, laboratory: report.laboratory.rawValue))
                }
            }
            // A supervision inspection's pass stands instead of a type test;
            // type tests together must examine every listed item.
            let typeTests = reports.filter { $0.kind == .typeTest }
            if !reports.contains(where: { $0.kind == .supervision }) {
                let examined = Set(typeTests.flatMap(\.items))
                let missing = unit.testItems.filter { !examined.contains($0) }
                if !missing.isEmpty {
                    problems.append(.reportItemsMissing(unit: unit.name, numbers: typeTests.map(\.number), items: missing))
                }
            }
        }
        return problems
    }

    /// What a renewal or change adds to the check: the licence must be the
    /// applicant's and still valid on `today`.
    public static func renewalProblems(of application: LicenseApplication, concerning held: LicenceHeld?, today: CivilDate) -> [ApplicationProblem] {
        guard let concerned = application.certificateConcerned else { return [] }
        guard let held, held.holder == application.applicant.creditCode, held.inForce else {
            return [.renewalOfUnknownCertificate(concerned.description)]
        }
        return today > held.validUntil ? [.renewalTooLate(validUntil: held.validUntil)] : []
    }

    static func fieldName(_ field: String) -> Bilingual {
        switch field {
        case "productionAddress": Bilingual("生产地址", en: "production address")
        case "contactPerson": Bilingual("联系人", en: "contact person")
        case "contactPhone": Bilingual("联系电话", en: "contact phone")
        default: Bilingual(field, en: field)
        }
    }
}

extension CivilDate {
    /// The same day `years` later or earlier; 29 February becomes the 28th
    /// in a common year, as a period of years is counted.
    public func addingYears(_ years: Int) -> CivilDate {
        let target = year + years
        guard let date = try? CivilDate(year: target, month: month, day: min(day, CivilDate.daysInMonth(year: target, month: month))) else {
            preconditionFailure("year \(target) is outside the calendar")
        }
        return date
    }
}

/// The licence a renewal or change concerns, as the check needs it: a
/// certificate in this register, or one the registry records as held from
/// before it (存量证书), which the grant then brings into the register.
public struct LicenceHeld: Hashable, Sendable {
    public let holder: UnifiedSocialCreditCode
    public let inForce: Bool
    public let validUntil: CivilDate

    public init(_ certificate: Certificate) {
        (holder, inForce, validUntil) = (certificate.holderCreditCode, certificate.status == .valid, certificate.validUntil)
    }

    public init(_ holding: LicenseHolding, of holder: UnifiedSocialCreditCode) {
        (self.holder, inForce, validUntil) = (holder, true, holding.validUntil)
    }
}
