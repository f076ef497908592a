import Foundation
import PermitCore
import PermitLedger
import PermitStore
import Vapor

/// Puts ledger entries into words on a page (`EventWording`): who did it by
/// name and bureau, what it was about by name, and what changed.
struct LedgerWording {
    let language: Language
    private let people: [String: String]
    private let districts: [DistrictCode: String]

    /// Reads the accounts and districts once for a whole page.
    init(_ req: Request) async throws {
        language = req.language
        let districts = Dictionary(uniqueKeysWithValues: try await req.store.accounts.districts().map { ($0.code, $0.name) })
        self.districts = districts
        people = Dictionary(uniqueKeysWithValues: try await req.store.accounts.users().map { user in
            let bureau = user.district.flatMap { districts[$0] }.map { "（\($0)）" } ?? ""
            return (ActorReference.user(user.username).rawValue, user.displayName + bureau)
        })
    }

    /// "浦东新区", or the code of a district no longer known.
    func district(_ code: DistrictCode) -> String {
        districts[code] ?? code.rawValue
    }

    /// "王建国（浦东新区）", or "系统（demo-seed）" for the installation itself.
    func actor(_ reference: String) -> String {
        if let person = people[reference] { return person }
        if reference.hasPrefix("system:") { return Phrase.actorSystem(name: String(reference.dropFirst(7))).text(language) }
        return reference
    }

    func sentence(_ entry: LedgerEntry) -> String {
        EventWording.sentence(
            eventType: entry.eventType, actor: actor(entry.actor),
            subject: EventWording.subject(kind: entry.subjectKind, id: entry.subjectID, fields: entry.fields), language
        )
    }
}
