import Foundation
import PermitCore
import Testing

@Suite("permittrail supervision plan — the district's annual plan as CSV (SUP-7)")
struct SupervisionCommandTests {
    static func code(_ index: Int) -> String {
        let prefix = "91310115MA1P" + String(format: "%05d", index)
        return prefix + String(UnifiedSocialCreditCode.checkCharacter(forFirst17: prefix)!)
    }

    /// Three licensed enterprises producing in 浦东; one licensed but
    /// producing in 黄浦 (registered in 浦东); one without a licence; one
    /// whose licence ended before the plan year.
    static let enterprises = """
        企业名称,统一社会信用代码,注册地址,注册地辖区,生产地址,生产地辖区,法定代表人,联系电话,许可证编号,发证日期,有效期至,产品范围
        甲公司,\(code(1)),浦东1号,浦东新区,浦东2号,310115,张三,13812345678,(沪)XK06-001-00001,2025-01-01,2029-12-31,电线电缆
        "乙,丙公司",\(code(2)),浦东1号,浦东新区,浦东3号,310115,张三,13812345678,(沪)XK06-001-00002,2025-01-01,2029-12-31,电线电缆
        丁公司,\(code(3)),浦东1号,浦东新区,浦东4号,310115,张三,13812345678,(沪)XK06-001-00003,2026-06-01,2031-05-31,电线电缆
        戊公司,\(code(4)),浦东1号,浦东新区,黄浦1号,310101,张三,13812345678,(沪)XK06-001-00004,2025-01-01,2029-12-31,电线电缆
        己公司,\(code(5)),浦东1号,浦东新区,浦东5号,310115,张三,13812345678,,,,
        庚公司,\(code(6)),浦东1号,浦东新区,浦东6号,310115,张三,13812345678,(沪)XK06-001-00006,2020-01-01,2026-12-31,电线电缆

        """

    @Test("one row per licensed enterprise the district supervises; unclassified ones planned as B, once; the header exact")
    func plan() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = ["--data-dir", directory.appendingPathComponent("data").path]
            _ = try CommandRunner.run(["districts", "add", "310115", "浦东新区"] + data)
            _ = try CommandRunner.run(["districts", "add", "310101", "黄浦区"] + data)
            let file = directory.appendingPathComponent("enterprises.csv")
            try Data(Self.enterprises.utf8).write(to: file)
            let imported = try CommandRunner.run(["import", "enterprises", file.path] + data)
            #expect(imported.status == 0, "\(imported.output)")

            let result = try CommandRunner.run(["supervision", "plan", "2027", "--district", "310115"] + data)

            #expect(result.status == 0)
            #expect(result.lines == [
                "creditCode,name,class,productRisk,mode,inspections",
                "\(Self.code(1)),甲公司,,,normal,1",
                "\(Self.code(2)),\"乙,丙公司\",,,normal,1",
                "\(Self.code(3)),丁公司,,,normal,1",
            ])
            let huangpu = try CommandRunner.run(["supervision", "plan", "2027", "--district", "310101"] + data)
            #expect(huangpu.lines == ["creditCode,name,class,productRisk,mode,inspections", "\(Self.code(4)),戊公司,,,normal,1"])
        }
    }

    @Test("a bad district or year is refused with exit 1 and nothing on standard output")
    func refused() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = ["--data-dir", directory.appendingPathComponent("data").path]
            for arguments in [["2027", "--district", "浦东"], ["1800", "--district", "310115"]] {
                let result = try CommandRunner.run(["supervision", "plan"] + arguments + data)
                #expect(result.status == 1 && result.output.isEmpty, "\(arguments)")
            }
        }
    }
}
