import Foundation
import Testing

@Suite("permittrail import/export enterprises — CSV from spreadsheet programs")
struct ImportCommandTests {
    /// Written by a spreadsheet program in GB18030, header in Chinese.
    static let gb18030 = Data(base64Encoded: "xvPStcP7s8YszbPSu8nnu+HQxdPDtPrC6yzXorLhtdjWtyzXorLhtdjPvcf4LMn6svq12Na3LMn6svq12M+9x/gst6i2qLT6se3IyyzBqs+1tee7sA0Kyc+6o76ruaS158DC09DP3rmry74sOTEzMTAxMTVNQTFIN0dLWDNULMnPuqPK0MbWtqvQwsf41cW9rcK3MbrFLMbWtqvQwsf4LMnPuqPK0MbWtqvQwsf4tKjJs8K3MrrFLDMxMDExNSzVxcj9LDAyMS01ODg4MTIzNA0K")!
    static let mixed = """
        企业名称,统一社会信用代码,注册地址,注册地辖区,生产地址,生产地辖区,法定代表人,联系电话
        好公司,91310000MA1FL1MMXL,上海市浦东新区张江路1号,浦东新区,上海市浦东新区1号,310115,李四,13812345678
        坏公司,91310115MA1H7GKX3A,上海市浦东新区张江路1号,浦东新区,上海市浦东新区1号,火星区,李四,13812345678

        """

    private func dataFolder(_ directory: URL) throws -> [String] {
        let data = ["--data-dir", directory.appendingPathComponent("data").path]
        _ = try CommandRunner.run(["districts", "add", "310115", "浦东新区"] + data)
        return data
    }

    @Test("a bad row is named with its line and reason; nothing is written, dry run or not")
    func badRow() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = try dataFolder(directory)
            let file = directory.appendingPathComponent("mixed.csv")
            try Data(Self.mixed.utf8).write(to: file)

            let dry = try CommandRunner.run(["import", "enterprises", file.path, "--dry-run"] + data)
            let real = try CommandRunner.run(["import", "enterprises", file.path] + data)
            let fsck = try CommandRunner.run(["ledger", "fsck"] + data)

            #expect(dry.lines.first == "第 3 行：统一社会信用代码：校验码应为 T，实为 A（GB 32100）；生产地辖区：无效的取值：火星区")
            #expect(dry.status == 1)
            #expect(real.lines.last == "有 1 行有误，未导入任何数据。")
            #expect(real.status == 1)
            #expect(fsck.lines.last?.hasPrefix("ledger OK: entries=1 ") == true, "only the district was written")

            let skipping = try CommandRunner.run(["import", "enterprises", file.path, "--skip-invalid"] + data)
            #expect(skipping.lines.contains("已导入 1 行。") && skipping.status == 0)
        }
    }

    @Test("a GB18030 file imports, and its export imports into another installation unchanged")
    func roundTrip() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let first = try dataFolder(directory)
            let file = directory.appendingPathComponent("gb.csv")
            try Self.gb18030.write(to: file)
            let exported = directory.appendingPathComponent("export.csv")

            let imported = try CommandRunner.run(["import", "enterprises", file.path] + first)
            _ = try CommandRunner.run(["export", "enterprises", "--output", exported.path] + first)
            let second = ["--data-dir", directory.appendingPathComponent("second").path]
            _ = try CommandRunner.run(["districts", "add", "310115", "浦东新区"] + second)
            let again = try CommandRunner.run(["import", "enterprises", exported.path] + second)
            let reexported = directory.appendingPathComponent("again.csv")
            _ = try CommandRunner.run(["export", "enterprises", "--output", reexported.path] + second)

            #expect(imported.lines == ["已导入 1 行。"])
            #expect(again.lines == ["已导入 1 行。"])
            #expect(try Data(contentsOf: exported) == (try Data(contentsOf: reexported)))
            #expect(String(decoding: try Data(contentsOf: exported), as: UTF8.self).contains("上海精工电缆有限公司,91310115MA1H7GKX3T"))
        }
    }

    @Test("an empty file and a file in an unknown encoding are refused with a reason")
    func badFiles() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = try dataFolder(directory)
            let empty = directory.appendingPathComponent("empty.csv")
            let binary = directory.appendingPathComponent("binary.csv")
            try Data().write(to: empty)
            try Data([0x80, 0xFF, 0xFE, 0x81]).write(to: binary)

            #expect(try CommandRunner.run(["import", "enterprises", empty.path] + data).status == 1)
            #expect(try CommandRunner.run(["import", "enterprises", binary.path] + data).status == 1)

            // A sparse 1 GiB file: refused by its size before a byte is read.
            let huge = directory.appendingPathComponent("huge.csv")
            _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
            let handle = try FileHandle(forWritingTo: huge)
            try handle.truncate(atOffset: 1 << 30)
            try handle.close()
            #expect(try CommandRunner.run(["import", "enterprises", huge.path] + data).status == 1)
        }
    }
}

@Suite("permittrail import/export inspectors")
struct InspectorImportCommandTests {
    @Test("inspectors import with a district name or code; a bad row is named; the export imports again")
    func inspectors() async throws {
        try await CommandRunner.withTemporaryDirectory { directory in
            let data = ["--data-dir", directory.appendingPathComponent("data").path]
            _ = try CommandRunner.run(["districts", "add", "310115", "浦东新区"] + data)
            let file = directory.appendingPathComponent("inspectors.csv")
            try Data("""
                辖区,姓名,所在单位,职务,联系电话,执法证号
                浦东新区,张伟,浦东新区市场监督管理局,科长,13812345678,SH-31011500001
                徐汇区,李娜,徐汇区市场监督管理局,科员,13812345679,SH-31010400001

                """.utf8).write(to: file)

            let refused = try CommandRunner.run(["import", "inspectors", file.path] + data)
            let skipping = try CommandRunner.run(["import", "inspectors", file.path, "--skip-invalid"] + data)
            let exported = directory.appendingPathComponent("export.csv")
            _ = try CommandRunner.run(["export", "inspectors", "--output", exported.path] + data)
            let again = try CommandRunner.run(["import", "inspectors", exported.path, "--dry-run"] + data)

            #expect(refused.lines.first == "第 3 行：辖区：无效的取值：徐汇区")
            #expect(refused.status == 1)
            #expect(skipping.lines.contains("已导入 1 行。"))
            #expect(again.lines.first == "第 2 行：执法证号：已登记，不能重复")
        }
    }
}
