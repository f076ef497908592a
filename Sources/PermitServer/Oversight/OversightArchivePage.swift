import PermitCommands
import PermitCore
import Vapor

/// 一企一档 (ARC-4) as a section of the enterprise's pages: its licensing and
/// supervision, each line linked to the case it was handled in.
enum OversightArchivePage {
    struct Line: Encodable, Sendable {
        let text: String
        let href: String?
        /// Marked in bold: overdue, late, failed, not rectified.
        let flag: String?
    }

    struct Content: Encodable, Sendable {
        let w: [String: String]
        /// The supervision forms, for the bureau's officers.
        let superviseHref: String?
        /// The classification page: class, mode, history, proposals (SUP-11).
        let classificationHref: String
        let applications: [Line]
        let certificates: [Line]
        let classifications: [Line]
        let inspections: [Line]
        let samplings: [Line]
        let rectifications: [Line]
        let interviews: [Line]
    }

    static func content(of creditCode: UnifiedSocialCreditCode, on req: Request) async throws -> Content {
        let archive = try await OversightQueries.archive(of: creditCode, in: req.commandContext)
        let language = req.language, today = CivilDate(req.now)
        let w = OversightPhrases.words(language)
        func caseLink(_ number: CaseNumber) -> String { OversightURL.case(.value(number.description)).path }
        func generalLink(_ number: CaseNumber) -> String { CaseURL.case(.value(number.description)).path }
        func caseLine(_ subject: Case) -> Line {
            let status = CasePhrases.caseStatus(subject).text(language)
            return Line(
                text: "\(subject.number) · \(subject.openedOn) · \(subject.process.supervisionName(language)) · \(status)", href: caseLink(subject.number),
                flag: nil
            )
        }
        return Content(
            w: w,
            superviseHref: AccessPolicy.decide(req.actor, .openCases, on: .installation) == .allow ? OversightURL.enterprise(.value(creditCode.rawValue)).path : nil,
            classificationHref: SupervisionURL.classification(.value(archive.enterprise.id.description)).path,
            applications: archive.applications.map { application in
                let licence = application.attachments.contains { $0.kind == .businessLicence }
                return Line(
                    text: "\(application.number) · \(application.status.name.text(language))" + (licence ? " · \(ApplicationAttachment.Kind.businessLicence.name.text(language))" : ""),
                    href: generalLink(application.number), flag: nil
                )
            },
            certificates: archive.certificates.map {
                Line(text: "\($0.number) · \($0.issuedOn)—\($0.validUntil) · \($0.status.name.text(language))", href: generalLink($0.caseNumber), flag: nil)
            },
            classifications: archive.classifications.map {
                Line(text: "\($0.classifiedOn) · \($0.supervisionClass.name.text(language)) · \($0.reason)", href: nil, flag: nil)
            },
            inspections: archive.inspections.map(caseLine),
            samplings: archive.samplings.map { sampling in
                let result = sampling.report.map { ($0.passed ? w["passed"] : w["failed"]) ?? "" } ?? (w["pending"] ?? "")
                let flag = sampling.sentLate ? w["late"] : sampling.isOverdue(on: today) ? w["overdue"] : sampling.report?.passed == false ? w["failed"] : nil
                return Line(text: "\(sampling.caseNumber) · \(sampling.sampledOn) · \(sampling.slip.product) · \(result)", href: caseLink(sampling.caseNumber), flag: flag)
            },
            rectifications: archive.orders.map { order in
                var text = "\(order.inspection) · \(w["deadline"] ?? "") \(order.deadline) · \(order.requirements)"
                if let recheck = order.recheck { text += " · \(w["recheck"] ?? "") \(recheck)" }
                let flag = order.outcome == .notRectified ? w["rectifiedNo"] : order.awaitsRecheck(on: today) ? w["overdue"] : nil
                return Line(text: text, href: caseLink(order.recheck ?? order.inspection), flag: flag)
            },
            interviews: archive.interviews.map(caseLine)
        )
    }
}

extension ProcessID {
    /// The supervision process's name, or the id for any other.
    func supervisionName(_ language: Language) -> String {
        ProcessDefinition.supervision.first { $0.id == self }?.name.text(language) ?? rawValue
    }
}
