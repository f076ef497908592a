import Foundation
import Testing

/// The compiler keeps the layers apart through target dependencies; this test
/// also catches a dependency added to Package.swift by mistake.
@Suite("Layering — which targets may import which frameworks")
struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func imports(in target: String) throws -> Set<String> {
        let folder = sources.appendingPathComponent(target)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var modules: Set<String> = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.hasPrefix("import ") {
                modules.insert(String(line.dropFirst("import ".count)).trimmingCharacters(in: .whitespaces))
            }
        }
        return modules
    }

    @Test("PermitCore imports Foundation only")
    func core() throws {
        #expect(try Self.imports(in: "PermitCore").subtracting(["Foundation"]).isEmpty)
    }

    @Test("PermitLedger adds nothing but swift-crypto and the BoringSSL inside it")
    func ledger() throws {
        #expect(try Self.imports(in: "PermitLedger").subtracting(["Foundation", "Crypto", "CCryptoBoringSSL", "PermitCore"]).isEmpty)
    }

    @Test("only PermitStore imports Fluent, only PermitServer imports Vapor and Leaf", arguments: [
        "PermitCore", "PermitLedger", "PermitStore", "PermitCommands", "PermitServer", "permittrail",
    ])
    func frameworks(target: String) throws {
        let imports = try Self.imports(in: target)
        let fluent = imports.filter { $0.hasPrefix("Fluent") }
        let vapor = imports.filter { $0 == "Vapor" || $0.hasPrefix("Leaf") }
        #expect(fluent.isEmpty || target == "PermitStore", "\(target) imports \(fluent)")
        #expect(vapor.isEmpty || target == "PermitServer", "\(target) imports \(vapor)")
    }

    @Test("PermitCommands imports neither Vapor nor Fluent: commands run outside the web layer")
    func commands() throws {
        let imports = try Self.imports(in: "PermitCommands")
        #expect(imports.filter { $0 == "Vapor" || $0.hasPrefix("Fluent") || $0.hasPrefix("Leaf") || $0 == "SQLKit" }.isEmpty, "\(imports)")
    }
}
