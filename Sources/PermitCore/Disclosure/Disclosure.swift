import Foundation

/// 网站公示 — a settled node's outcome published on the public site (REC-12,
/// PUB-1). Nothing is published by completing a node: an officer approves
/// each publication (REC-9: 未经批准不得公开), and what is published is the
/// node's standing written records. Approval is once per node and final:
/// a correction is published as a new case's outcome, not by rewriting.
public struct Disclosure: Hashable, Sendable {
    public var caseNumber: CaseNumber
    public var node: NodeKey
    public var approvedBy: ActorReference
    public var approvedAt: Date

    public init(caseNumber: CaseNumber, node: NodeKey, approvedBy: ActorReference, approvedAt: Date) {
        self.caseNumber = caseNumber
        self.node = node
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
    }
}

/// Why a node's outcome cannot be published.
public enum DisclosureRefusal: Error, Hashable, Sendable {
    /// The process does not mark the node 网站公示.
    case notDisclosed(NodeKey)
    /// Only a completed node has an outcome.
    case notComplete(NodeKey)
    case alreadyPublished(NodeKey)
    /// A photo or video among the node's records that the review agency has
    /// not approved (REC-10) holds the publication back.
    case recordsNotApproved(NodeKey, [CaseRecordID])
    /// Nothing written stands at the node to publish.
    case nothingToPublish(NodeKey)
}

public enum DisclosureRules {
    /// Publication is the bureau's act: its officers approve it.
    public static func mayApprove(_ user: User, on subject: Case) -> Bool {
        (user.role == .cityOfficer || user.role == .districtOfficer) && CaseAccess.of(user, on: subject) == .act
    }

    /// What would be published of `node`, or why it may not be.
    public static func publishable(
        _ node: NodeKey, of subject: Case, definition: ProcessDefinition, reviews: [CaseRecordID: RecordReview], published: [Disclosure]
    ) throws(DisclosureRefusal) -> [CaseRecord] {
        guard definition.node(node)?.disclosed == true else { throw .notDisclosed(node) }
        guard let status = subject.node(node)?.status, status == .complete || status == .exempted else { throw .notComplete(node) }
        guard !published.contains(where: { $0.caseNumber == subject.number && $0.node == node }) else { throw .alreadyPublished(node) }
        let records = subject.standingRecords(of: node)
        let unapproved = records.filter { $0.form.isAudioVisual && reviews[$0.id]?.decision != .approved }.map(\.id)
        guard unapproved.isEmpty else { throw .recordsNotApproved(node, unapproved) }
        let texts = records.filter { $0.text != nil }
        guard !texts.isEmpty else { throw .nothingToPublish(node) }
        return texts
    }
}
