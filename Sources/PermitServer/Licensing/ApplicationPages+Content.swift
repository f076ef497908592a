import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// What the application pages' templates are given.
extension ApplicationPages {
    struct ListContent: Encodable, Sendable {
        let w: [String: String]
        let rows: [Row]
        let canApply: Bool
        /// The certificate the enterprise may apply to renew, change or
        /// have reissued, and the kinds of change (LIC-11).
        let renewable: String?
        let changeKinds: [CasePages.Option]
    }

    struct Row: Encodable, Sendable {
        let href: String
        let number: String
        let applicant: String
        let status: String
        let next: String
    }

    struct ShowContent: Encodable, Sendable {
        let w: [String: String]
        let number: String
        let applicant: String
        let status: String
        let next: String
        let editable: Bool
        let decides: Bool
        let action: String
        let units: [Unit]
        let productionAddress: String
        let contactPerson: String
        let contactPhone: String
        let commitmentSignatory: String
        let commitmentText: String
        let reports: [ReportRow]
        let problems: [String]
        /// For a renewal (延续): the certificate and the reduced path's answers.
        let renews: String?
        let conditionsUnchanged: Bool
        let noViolationProof: String
        let officer: String?
        let correction: String?
        let refusalReason: String?
        let caseHref: String?
        let certificateHref: String?
        let steps: [Step]
        let agencies: [CasePages.Option]
        let errors: [String]
        let blacklisted: String?
        /// For a change or reissue (LIC-11): its kind, certificate and details.
        let change: Change?
        /// 营业执照 and other attachments, and where to add one.
        let attachments: [AttachmentRow]
        let attachAction: String
        let attachmentKinds: [CasePages.Option]
    }

    struct AttachmentRow: Encodable, Sendable {
        let href: String
        let text: String
    }

    struct Change: Encodable, Sendable {
        let kind: String
        let kindName: String
        let certificate: String
        let changedOn: String
        let newName: String
        let newResidence: String
        let asksDate: Bool
        let asksParticulars: Bool
        let late: Bool
    }

    struct Unit: Encodable, Sendable {
        let id: String
        let label: String
        let checked: Bool
    }

    struct ReportRow: Encodable, Sendable {
        let unitID: String
        let unit: String
        let supervision: Bool
        let number: String
        let laboratory: String
        let issuedOn: String
        let passed: Bool
        /// The catalogue's test items for the unit, ticked where the report covers them.
        let items: [TestItem]
    }

    struct TestItem: Encodable, Sendable {
        let index: Int
        let name: String
        let covered: Bool
    }

    struct Step: Encodable, Sendable {
        let action: String
        let label: String
        /// Which text the step asks for: `reason`, `items`, `agency` or none.
        let asks: String
        let primary: Bool
    }
}
