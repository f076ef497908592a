import Foundation
import PermitCore
import Testing

@Suite("Supervision — the annual plan (SUP-3, SUP-4, SUP-7)")
struct SupervisionPlanTests {
    static let district = DistrictCode(rawValue: "310115")!

    /// Valid credit codes: the organisation code part varies, GB 32100 supplies the check digit.
    static func candidates() throws -> [PlanCandidate] {
        let classes: [SupervisionClass?] = [.aa, .aa, .aa, .aa, .aa, .a, .a, .a, .b, .b, .c, nil]
        return try classes.enumerated().map { index, supervisionClass in
            PlanCandidate(
                creditCode: try UnifiedSocialCreditCode.sample(index), name: "企业\(index)", supervisionClass: supervisionClass,
                productRisk: index == 9 ? .high : nil
            )
        }
    }

    @Test("B and C get their counts; AA 20% and A 50% drawn, rounded up; an unclassified enterprise is planned as B")
    func counts() throws {
        let plan = try SupervisionPlanning.plan(year: 2027, district: Self.district, candidates: try Self.candidates())
        let byMode = Dictionary(grouping: plan.rows, by: \.mode)
        #expect(byMode[.credit]?.count == 5 && byMode[.credit]?.filter { $0.inspections == 1 }.count == 1)
        #expect(byMode[.responsibility]?.count == 3 && byMode[.responsibility]?.filter { $0.inspections == 1 }.count == 2)
        #expect(byMode[.responsibility]?.allSatisfy { $0.inspections <= 1 } == true)
        let b = plan.rows.filter { $0.supervisionClass == .b && $0.productRisk == nil }
        #expect(b.count == 1 && b.allSatisfy { $0.mode == .normal && $0.inspections == 1 })
        let riskyB = plan.rows.first { $0.productRisk == .high }
        #expect(riskyB?.mode == .strict && riskyB?.inspections == 2, "level Ⅰ makes B strict")
        #expect(plan.rows.first { $0.supervisionClass == .c }?.inspections == 2)
        let unclassified = plan.rows.first { $0.supervisionClass == nil }
        #expect(unclassified?.mode == .normal && unclassified?.inspections == 1)
        #expect(plan.rows.map(\.creditCode.rawValue) == plan.rows.map(\.creditCode.rawValue).sorted())
    }

    @Test("the draw re-runs: the same inputs give the same plan; its key names year, district and source; RFC 3797 picks from the pool in order")
    func reproducible() throws {
        let candidates = try Self.candidates()
        let first = try SupervisionPlanning.plan(year: 2027, district: Self.district, candidates: candidates)
        let again = try SupervisionPlanning.plan(year: 2027, district: Self.district, candidates: candidates.reversed())
        #expect(first == again)
        #expect(first.key == "2027/310115/supervision-plan/")
        let pool = first.rows.filter { $0.mode == .credit }
        let step = try RFC3797.select(count: 1, fromPoolOf: pool.count, key: "2027/310115/supervision-plan/credit/")
        #expect(pool[step[0].selected - 1].inspections == 1)
        let draws = try (2020...2035).map { year in
            try SupervisionPlanning.plan(year: year, district: Self.district, candidates: candidates).rows.filter { $0.mode == .credit && $0.inspections == 1 }.map(\.creditCode)
        }
        #expect(Set(draws).count > 1, "another year draws another enterprise at least once in 16 years")
    }

    @Test("CSV: the exact header, one line per enterprise, empty class and risk where unset, names quoted when they hold a comma")
    func csv() throws {
        let code = try UnifiedSocialCreditCode.sample(1)
        let plan = try SupervisionPlanning.plan(year: 2027, district: Self.district, candidates: [
            PlanCandidate(creditCode: code, name: "甲,乙公司", supervisionClass: nil, productRisk: nil),
        ])
        #expect(plan.csv == "creditCode,name,class,productRisk,mode,inspections\n\(code.rawValue),\"甲,乙公司\",,,normal,1\n")
    }
}

extension UnifiedSocialCreditCode {
    /// A valid code for test enterprise `index`.
    static func sample(_ index: Int) throws -> UnifiedSocialCreditCode {
        let prefix = "91310115MA1K" + String(format: "%05d", index)
        return try UnifiedSocialCreditCode(validating: prefix + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: prefix)!))
    }
}
