import PermitCommands
import PermitCore
import PermitStore

extension DemoData {
    private static let inspectorNames = ["刘洋", "周婷", "吴刚", "郑凯", "孙悦", "马骏"]
    private static let positions = ["科长", "副科长", "一级主任科员"]

    /// Three inspectors per district bureau, each identified by a certificate
    /// number derived from the district, so a restart adds only what is missing.
    static func seedInspectors(store: Store, clock: any WallClock) async throws {
        let existing = Set(try await store.inspectors.inspectors().map(\.certificateNumber.rawValue))
        for (offset, (code, name, level)) in districts.enumerated() where level == .district {
            guard let district = DistrictCode(rawValue: code) else { continue }
            for index in 0..<3 {
                let certificate = "ZF\(code)\(index + 1)"
                guard !existing.contains(certificate) else { continue }
                let draft = InspectorDraft(
                    name: inspectorNames[(offset + index) % inspectorNames.count], unit: "\(name)市场监督管理局",
                    position: positions[index], phone: "021-6\(code.suffix(3))\(index + 1)000",
                    certificateNumber: certificate, isActive: index < 2,
                    conflicts: index == 0 ? [demoConflict(in: district)] : []
                )
                _ = try await InspectorCommands.add(draft, in: district, context: context(store, clock))
            }
        }
    }

    /// A well-formed credit code registered in the district, standing for an
    /// enterprise the first inspector declared a conflict with.
    private static func demoConflict(in district: DistrictCode) -> String {
        let prefix = "91\(district)MA1K3B2C0"
        return prefix + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: prefix)!)
    }
}
