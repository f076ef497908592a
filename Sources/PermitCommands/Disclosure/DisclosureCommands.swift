import Foundation
import PermitCore
import PermitStore

/// 网站公示: officers approve the publication of a settled node's outcome;
/// anyone reads what was published.
public enum DisclosureCommands {
    /// What the public site shows of one publication: who, what, when, and
    /// the written outcome; never a photo, a video or a person's details
    /// beyond what the written record says.
    public struct Published: Sendable {
        public let disclosure: Disclosure
        public let processName: Bilingual
        public let nodeName: Bilingual
        public let subjectName: String
        public let creditCode: String
        public let texts: [String]
    }

    public static func approve(_ node: String, of number: String, in context: CommandContext) async throws -> Disclosure {
        let user = try context.requireUser()
        guard let caseNumber = try? CaseNumber(parsing: number) else { throw CommandError.notFound }
        let key = try CaseCommands.nodeKey(node)
        let (id, now, actor) = (context.ids.next(DisclosureTag.ID.self).rawValue, context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let found = try await transaction.case(caseNumber) else { throw CommandError.notFound }
            guard CaseAccess.of(user, on: found) > .none else { throw CommandError.notFound }
            guard DisclosureRules.mayApprove(user, on: found) else { throw CommandError.denied(.roleNotPermitted(user.role)) }
            guard let definition = try await transaction.process(found.process, version: found.processVersion) else {
                throw CommandError.notFound
            }
            _ = try DisclosureRules.publishable(
                key, of: found, definition: definition, reviews: try await transaction.evidence(of: caseNumber).reviews,
                published: try await transaction.disclosures(of: caseNumber)
            )
            let disclosure = Disclosure(caseNumber: caseNumber, node: key, approvedBy: actor, approvedAt: now)
            try await transaction.publish(disclosure, id: id)
            return disclosure
        }
    }

    /// The latest publications, for anyone.
    public static func published(limit: Int, in store: Store) async throws -> [Published] {
        var shown: [Published] = []
        let definitions = try await store.processes.all()
        for disclosure in try await store.disclosures.recent(limit: limit) {
            guard let subject = try await store.cases.find(disclosure.caseNumber),
                  let definition = definitions.first(where: { $0.id == subject.process && $0.version == subject.processVersion }),
                  let node = definition.node(disclosure.node)
            else { continue }
            shown.append(Published(
                disclosure: disclosure, processName: definition.name, nodeName: node.name, subjectName: subject.subject.name,
                creditCode: subject.subject.creditCode.rawValue,
                texts: subject.standingRecords(of: disclosure.node).compactMap(\.text)
            ))
        }
        return shown
    }
}

public enum DisclosureTag {
    public typealias ID = Identifier<DisclosureTag>
}
