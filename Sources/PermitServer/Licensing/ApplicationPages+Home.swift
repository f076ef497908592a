import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// What the applications put on the home page and in the menu.
extension ApplicationPages {
    static let inboxTitle = Bilingual("办理事项与送达", en: "Applications and documents served")

    /// The enterprise's inbox: its certificate as served (送达, LIC-7), then
    /// each application with where it stands and what comes next.
    static func inbox(on req: Request) async throws -> [HomeController.WorkLine] {
        let language = req.language
        guard let code = try req.requireUser().organisation else { return [] }
        var lines: [HomeController.WorkLine] = []
        if let certificate = try await req.store.licensing.certificate(heldBy: code) {
            lines.append(HomeController.WorkLine(
                href: LicensingURL.certificatePage(.value(certificate.number.description)).path, caseNumber: certificate.number.description,
                text: Bilingual("电子证书（第 \(certificate.version) 版）", en: "E-certificate (version \(certificate.version))").text(language),
                due: Bilingual("送达于 \(ShanghaiTime.format(certificate.servedAt))", en: "served \(ShanghaiTime.format(certificate.servedAt))").text(language),
                overdue: false
            ))
        }
        for application in try await LicensingCommands.list(in: req.commandContext) {
            lines.append(HomeController.WorkLine(
                href: LicensingURL.page(.value(application.number.description)).path, caseNumber: application.number.description,
                text: application.status.name.text(language), due: nextStep(of: application).text(language), overdue: false
            ))
        }
        return lines
    }

    static let remindersTitle = Bilingual("证书提醒（到期延续、纸质证书）", en: "Certificates: renewals due, paper copies")

    /// 到期提醒 (LIC-10), an expired one marked: the holder is to apply for
    /// renewal, the bureau to follow up or cancel.
    static func reminders(on req: Request) async throws -> [HomeController.WorkLine] {
        let language = req.language
        return try await RenewalReminders.due(in: req.commandContext).map { reminder in
            HomeController.WorkLine(
                href: LicensingURL.certificatePage(.value(reminder.certificate.description)).path, caseNumber: reminder.certificate.description,
                text: reminder.holderName, due: reminder.text.text(language), overdue: reminder.stage != .due
            )
        }
    }

    /// Enterprises and the bureau's officers work with applications.
    static func navigation(for actor: Actor, _ language: Language) -> [(String, String)] {
        guard let role = actor.user?.role, [.enterprise, .cityOfficer, .districtOfficer, .auditor].contains(role) else { return [] }
        return [(LicensingURL.pages.path, title.text(language))]
    }
}
