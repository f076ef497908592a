import Foundation
import PermitCore
import Testing

@Suite("License exits — heard before decided, served before executed (LIC-12)")
struct LicenseExitTests {
    static func exit(_ kind: ExitKind) -> LicenseExit {
        LicenseExit(
            caseNumber: try! CaseNumber(kind: kind.caseKind, year: 2026, sequence: 1), certificate: try! LicenseNumber(parsing: "(沪)XK06-001-00001"),
            kind: kind, ground: "证后现场审查不合格", openedAt: Date(timeIntervalSince1970: 0), openedBy: ActorReference(rawValue: "user:pudong.officer")
        )
    }

    @Test("a revocation as a penalty goes notice → hearing → decision → service → execution; nothing skips ahead")
    func penalty() throws {
        var exit = Self.exit(.penaltyRevocation)
        for early in [ExitAction.decide, .serve, .execute, .hear(hearing: true)] {
            #expect(throws: ExitRefusal.outOfOrder(action: early.name, status: .opened)) { try ExitMachine.apply(early, to: exit) }
        }
        exit = try ExitMachine.apply(.notify, to: exit)
        #expect(throws: ExitRefusal.outOfOrder(action: "decide", status: .noticed)) { try ExitMachine.apply(.decide, to: exit) }
        exit = try ExitMachine.apply(.hear(hearing: true), to: exit)
        #expect(throws: ExitRefusal.outOfOrder(action: "execute", status: .heard)) { try ExitMachine.apply(.execute, to: exit) }
        for action in [ExitAction.decide, .serve, .execute] { exit = try ExitMachine.apply(action, to: exit) }
        #expect(exit.status == .executed)
        #expect(throws: ExitRefusal.self) { try ExitMachine.apply(.execute, to: exit) }
        #expect(exit.kind.outcome == .revoked)
    }

    @Test("a waived hearing counts as heard; a cancellation hears no one and ends cancelled")
    func waiverAndCancellation() throws {
        var revocation = try ExitMachine.apply(.notify, to: Self.exit(.revocation))
        revocation = try ExitMachine.apply(.waive, to: revocation)
        #expect(revocation.status == .heard)
        var cancellation = Self.exit(.cancellation)
        #expect(throws: ExitRefusal.outOfOrder(action: "notify", status: .opened)) { try ExitMachine.apply(.notify, to: cancellation) }
        cancellation = try ExitMachine.apply(.decide, to: cancellation)
        #expect(cancellation.status == .decided && cancellation.kind.outcome == .cancelled)
        #expect(ExitKind.allCases.allSatisfy { ProcessDefinition.shipped.contains($0.process) })
    }
}
