import Foundation
import PermitCommands
import PermitCore
@testable import PermitStore
import PermitTestSupport
import SQLKit
import Testing

@Suite("InspectorRepository — the inspector database through the write path")
struct InspectorRepositoryTests {
    static let actor = ActorReference.system("test")
    static let pudong = District(code: DistrictCode(rawValue: "310115")!, name: "浦东新区", level: .district)
    static let xuhui = District(code: DistrictCode(rawValue: "310104")!, name: "徐汇区", level: .district)

    static func valid(_ certificate: String, name: String = "刘洋", active: Bool = true) throws -> InspectorDraft {
        InspectorDraft(
            name: name, unit: "浦东新区市场监督管理局", position: "科长", phone: "13812345678", certificateNumber: certificate,
            isActive: active, conflicts: []
        )
    }

    static func populated(_ body: (Store) async throws -> Void) async throws {
        try await withTestStore { store in
            _ = try await store.testWrites.add(pudong, by: actor, at: .t0)
            _ = try await store.testWrites.add(xuhui, by: actor, at: .t0)
            try await body(store)
        }
    }

    @Test("add and update write the row and the entry together; fsck agrees")
    func addAndUpdate() async throws {
        try await Self.populated { store in
            let added = try await InspectorCommands.add(try Self.valid("ZF0001"), in: Self.pudong.code, context: store.operatorContext())
            let updated = try await InspectorCommands.update(added.id, in: Self.pudong.code, with: try Self.valid("ZF0001", active: false), context: store.operatorContext())

            #expect(try await store.inspectors.inspector(added.id) == updated)
            #expect(try await store.inspectors.inspectors(in: Self.pudong.code) == [updated])
            #expect(try await store.inspectors.inspectors(in: Self.xuhui.code).isEmpty)
            #expect(try await store.events.all().suffix(2).map(\.event.kind) == [.inspectorAdded, .inspectorUpdated])
            #expect(try await store.ledger.check().coveredRows == 3)
        }
    }

    @Test("a certificate number belongs to one inspector across all districts")
    func duplicateCertificate() async throws {
        try await Self.populated { store in
            let first = try await InspectorCommands.add(try Self.valid("ZF0001"), in: Self.pudong.code, context: store.operatorContext())
            let second = try await InspectorCommands.add(try Self.valid("ZF0002", name: "周婷"), in: Self.pudong.code, context: store.operatorContext())
            let before = try await store.events.count()

            await #expect(throws: InspectorError.certificateTaken(first.certificateNumber)) {
                try await InspectorCommands.add(try Self.valid("zf0001"), in: Self.xuhui.code, context: store.operatorContext())
            }
            await #expect(throws: InspectorError.certificateTaken(first.certificateNumber)) {
                try await InspectorCommands.update(second.id, in: Self.pudong.code, with: try Self.valid("ZF0001", name: "周婷"), context: store.operatorContext())
            }
            #expect(try await store.events.count() == before)
        }
    }

    @Test("concurrent additions of one certificate number: exactly one succeeds")
    func concurrentDuplicates() async throws {
        try await Self.populated { store in
            let valid = try Self.valid("ZF0009")
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<6 {
                    group.addTask { (try? await InspectorCommands.add(valid, in: Self.pudong.code, context: store.operatorContext())) != nil }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.inspectors.inspectors().count == 1)
        }
    }

    @Test("another district's inspector is as unknown as a missing one")
    func otherDistrict() async throws {
        try await Self.populated { store in
            let added = try await InspectorCommands.add(try Self.valid("ZF0001"), in: Self.pudong.code, context: store.operatorContext())
            await #expect(throws: InspectorError.unknownInspector(added.id)) {
                try await InspectorCommands.update(added.id, in: Self.xuhui.code, with: try Self.valid("ZF0001", active: false), context: store.operatorContext())
            }
            await #expect(throws: InspectorError.unknownDistrict(DistrictCode(rawValue: "310999")!)) {
                try await InspectorCommands.add(try Self.valid("ZF0002"), in: DistrictCode(rawValue: "310999")!, context: store.operatorContext())
            }
        }
    }

    @Test("a phone number changed behind the write path is caught by fsck")
    func tampering() async throws {
        try await Self.populated { store in
            let added = try await InspectorCommands.add(try Self.valid("ZF0001"), in: Self.pudong.code, context: store.operatorContext())
            try await store.sql().update("inspectors").set("phone", to: "13900000000").run()

            await #expect(throws: LedgerDivergence.self) { try await store.ledger.check() }
            do { _ = try await store.ledger.check() } catch let divergence as LedgerDivergence {
                #expect(divergence.place == .coveredRow(kind: "inspector", id: added.id.description))
            }
        }
    }
}
