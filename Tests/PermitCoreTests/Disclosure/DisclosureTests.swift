import Foundation
import PermitCore
import Testing

@Suite("Disclosure — 网站公示 only of a settled node marked for it, its photos and videos approved, once")
struct DisclosureTests {
    static let plan = CaseFixtures.key("onsite-plan")

    static func settled(_ node: NodeKey, in subject: inout Case) {
        guard let index = subject.nodes.firstIndex(where: { $0.key == node }) else { return }
        subject.nodes[index].status = .complete
    }

    @Test("refused for a node not marked, not settled, without text, already published; allowed once settled with its text")
    func rules() throws {
        var subject = CaseFixtures.onSiteReview()
        let definition = ProcessDefinition.licenseOnSiteReview
        func check(_ node: NodeKey, published: [Disclosure] = [], reviews: [CaseRecordID: RecordReview] = [:]) throws(DisclosureRefusal) -> [CaseRecord] {
            try DisclosureRules.publishable(node, of: subject, definition: definition, reviews: reviews, published: published)
        }
        #expect(throws: DisclosureRefusal.notDisclosed(CaseFixtures.key("first-meeting"))) { try check(CaseFixtures.key("first-meeting")) }
        #expect(throws: DisclosureRefusal.notComplete(Self.plan)) { try check(Self.plan) }
        Self.settled(Self.plan, in: &subject)
        #expect(throws: DisclosureRefusal.nothingToPublish(Self.plan)) { try check(Self.plan) }
        subject.records.append(CaseFixtures.text("onsite-plan", 1))
        #expect(try check(Self.plan).map(\.id) == [subject.records[0].id])

        // A photo at a disclosed node holds it back until the agency approves it.
        var photo = CaseFixtures.evidence("onsite-plan", .photo, 2)
        photo.recordedBy = ActorReference(rawValue: "user:pudong.inspector")
        subject.records.append(photo)
        #expect(throws: DisclosureRefusal.recordsNotApproved(Self.plan, [photo.id])) { try check(Self.plan) }
        let reviewer = ActorReference(rawValue: "user:review.agency")
        let returned = RecordReview(record: photo.id, decision: .returned, reason: "模糊", reviewer: reviewer, reviewedAt: CaseFixtures.opened)
        #expect(throws: DisclosureRefusal.recordsNotApproved(Self.plan, [photo.id])) { try check(Self.plan, reviews: [photo.id: returned]) }
        let approved = RecordReview(record: photo.id, decision: .approved, reason: nil, reviewer: reviewer, reviewedAt: CaseFixtures.opened)
        #expect(try check(Self.plan, reviews: [photo.id: approved]).count == 1)

        let done = Disclosure(caseNumber: subject.number, node: Self.plan, approvedBy: CaseFixtures.officer, approvedAt: CaseFixtures.opened)
        #expect(throws: DisclosureRefusal.alreadyPublished(Self.plan)) { try check(Self.plan, published: [done], reviews: [photo.id: approved]) }
    }

    @Test("only the bureau's officers acting on the case approve a publication")
    func approvers() {
        let subject = CaseFixtures.onSiteReview()
        func user(_ role: Role) -> User {
            User(
                id: UserID(rawValue: UUID()), username: Username(rawValue: "someone")!, displayName: "x", role: role,
                district: nil, isActive: true, createdAt: CaseFixtures.opened
            )
        }
        #expect(DisclosureRules.mayApprove(user(.cityOfficer), on: subject))
        #expect(!DisclosureRules.mayApprove(user(.auditor), on: subject))
        #expect(!DisclosureRules.mayApprove(user(.reviewer), on: subject))
        #expect(!DisclosureRules.mayApprove(user(.enterprise), on: subject))
    }
}
