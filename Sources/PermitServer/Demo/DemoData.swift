import Foundation
import PermitCommands
import PermitCore
import PermitStore

/// The demo set of `serve --demo`: Shanghai's city bureau, its 16 district
/// bureaus, a few hundred enterprises and one account per role. Seeding is idempotent; the demo
/// passwords are made once, kept in `demo-accounts.txt` (mode 0600) in the
/// data folder and printed at every start.
public enum DemoData {
    static let districts: [(String, String, District.Level)] = [
        ("310000", "上海市市场监督管理局", .city),
        ("310101", "黄浦区", .district), ("310104", "徐汇区", .district), ("310105", "长宁区", .district),
        ("310106", "静安区", .district), ("310107", "普陀区", .district), ("310109", "虹口区", .district),
        ("310110", "杨浦区", .district), ("310112", "闵行区", .district), ("310113", "宝山区", .district),
        ("310114", "嘉定区", .district), ("310115", "浦东新区", .district), ("310116", "金山区", .district),
        ("310117", "松江区", .district), ("310118", "青浦区", .district), ("310120", "奉贤区", .district),
        ("310151", "崇明区", .district),
    ]

    static let accounts: [(username: String, displayName: String, role: Role, district: String?)] = [
        ("city.admin", "王建国（市局）", .cityOfficer, "310000"),
        ("pudong.officer", "李敏（浦东新区局）", .districtOfficer, "310115"),
        ("pudong.inspector", "张伟（浦东执法）", .inspector, "310115"),
        ("pudong.inspector2", "刘洋（浦东执法）", .inspector, "310115"), ("pudong.inspector3", "钱磊（浦东执法）", .inspector, "310115"), ("pudong.inspector4", "冯雪（浦东执法）", .inspector, "310115"),
        ("xuhui.officer", "陈静（徐汇区局）", .districtOfficer, "310104"),
        ("review.agency", "赵磊（审查机构）", .reviewer, nil),
        ("demo.enterprise", "上海示范电缆有限公司", .enterprise, nil),
        ("demo.lab", "上海示范检测技术有限公司", .testingAgency, nil),
        ("auditor", "孙丽（审计）", .auditor, nil),
    ]

    static let credentialsFileName = "demo-accounts.txt"
    static let actor = ActorReference.system("demo-seed")

    /// The context the seed's commands run in.
    static func context(_ store: Store, _ clock: any WallClock) -> PermitCommands.CommandContext {
        .system("demo-seed", clock: clock, store: store)
    }

    /// Seeds what is missing and returns the text to print.
    public static func seed(
        store: Store, hasher: any PasswordHashing, clock: any WallClock, dataDirectory: URL
    ) async throws -> String {
        let existing = Set(try await store.accounts.districts().map(\.code.rawValue))
        for (code, name, level) in districts where !existing.contains(code) {
            _ = try await DistrictCommands.add(code: code, name: name, level: level.rawValue, in: context(store, clock))
        }
        try await seedEnterprises(store: store, clock: clock)

        try await seedInspectors(store: store, clock: clock)

        let file = dataDirectory.appendingPathComponent(credentialsFileName)
        var passwords = (try? String(contentsOf: file, encoding: .utf8)).map(parse) ?? [:]
        for account in accounts {
            guard let name = Username(rawValue: account.username), try await store.accounts.user(named: name) == nil else { continue }
            let password = passwords[account.username] ?? generatePassword()
            let draft = AccountDraft(
                username: account.username, displayName: account.displayName, role: account.role.rawValue,
                district: account.district, password: password,
                organisation: organisation(of: account.role)
            )
            _ = try await AccountCommands.create(draft, passwords: InlinePasswordWork(hasher), in: context(store, clock))
            passwords[account.username] = password
        }
        let authority = CertificateAuthority.shanghai(signer: try CertificateSigner.load(
            configured: ProcessInfo.processInfo.environment[CertificateSigner.environmentVariable], dataDirectory: dataDirectory
        ))
        try await seedCases(store: store, clock: clock, authority: authority)
        try await seedSupervision(store: store, clock: clock)
        try await seedOversight(store: store, clock: clock)
        try await seedInspectionTasks(store: store, clock: clock)
        let text = format(passwords)
        try Data(text.utf8).write(to: file, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return "演示账号 / demo accounts (\(file.path)):\n" + text
    }

    /// The enterprise, lab and review agency the demo's accounts work for.
    private static func organisation(of role: Role) -> String? {
        switch role {
        case .enterprise: ownEnterpriseCode
        case .testingAgency: labCode
        case .reviewer: reviewAgencyCode
        default: nil
        }
    }

    private static func generatePassword() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<14).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    private static func format(_ passwords: [String: String]) -> String {
        accounts.compactMap { account in
            passwords[account.username].map {
                "  \(account.username.padding(toLength: 18, withPad: " ", startingAt: 0)) \($0)  \(account.role.phrase.text(.zhHans))"
            }
        }.joined(separator: "\n") + "\n"
    }

    private static func parse(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            if parts.count >= 2 { result[String(parts[0])] = String(parts[1]) }
        }
        return result
    }
}
