import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The application in the browser: the enterprise fills it in on a phone
/// and sees what is still missing before it submits (在线预先服务指导); the
/// officer reads it and decides.
enum ApplicationPages {


    @Sendable static func list(req: Request) async throws -> Response {
        let language = req.language
        let applications = try await LicensingCommands.list(in: req.commandContext)
        let user = try req.requireUser()
        let rows = applications.map { application in
            Row(
                href: LicensingURL.page(.value(application.number.description)).path, number: application.number.description,
                applicant: application.applicant.name, status: application.status.name.text(language), next: nextStep(of: application).text(language)
            )
        }
        let held = try await user.organisation.asyncMap { try await req.store.licensing.certificate(heldBy: $0) } ?? nil
        let content = ListContent(
            w: words(language), rows: rows, canApply: user.role == .enterprise && user.organisation != nil,
            renewable: held.flatMap { $0.status == .valid ? $0.number.description : nil },
            changeKinds: CertificateChange.Kind.allCases.map { CasePages.Option(value: $0.rawValue, label: $0.name.text(language)) }
        )
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "applications")
    }

    /// A new, empty draft; the form then says what it still needs.
    @Sendable static func create(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            /// The certificate to renew, for a renewal (延续).
            let renews: String?
            /// For a change or reissue (变更、补领): its kind and certificate.
            let change: String?
            let certificate: String?
        }
        let form = try req.decodeForm(Form.self)
        var draft = LicensingCommands.Draft(
            units: [], productionAddress: "", contactPerson: "", contactPhone: "", commitmentSignatory: "", reports: [], renews: form.renews ?? ""
        )
        draft.change = form.change ?? ""
        draft.changeCertificate = form.certificate ?? ""
        let view = try await LicensingCommands.create(draft, in: req.commandContext)
        return req.redirect(to: LicensingURL.page(.value(view.application.number.description)).path)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    /// The draft's form: units ticked, one report line per unit.
    @Sendable static func save(req: Request) async throws -> Response {
        let number = try number(req)
        let form = try req.content.decode([String: String].self)
        try req.checkCSRF(sent: form["csrf"])
        let units = form.keys.filter { $0.hasPrefix("unit-") }.map { String($0.dropFirst(5)) }.sorted()
        let reports = units.compactMap { unit -> LicensingCommands.Draft.Report? in
            let number = form["report-\(unit)-number"] ?? ""
            guard !number.trimmingWhitespace().isEmpty else { return nil }
            let itemPrefix = "report-\(unit)-item-"
            let items = form.filter { $0.key.hasPrefix(itemPrefix) }
                .sorted { Int($0.key.dropFirst(itemPrefix.count)) ?? 0 < Int($1.key.dropFirst(itemPrefix.count)) ?? 0 }.map(\.value)
            return .init(
                unit: unit, kind: form["report-\(unit)-kind"] ?? "type-test", number: number, laboratory: form["report-\(unit)-laboratory"] ?? "",
                issuedOn: form["report-\(unit)-issuedOn"] ?? "", passed: form["report-\(unit)-passed"] != nil, items: items
            )
        }
        var draft = LicensingCommands.Draft(
            units: units, productionAddress: form["productionAddress"] ?? "", contactPerson: form["contactPerson"] ?? "",
            contactPhone: form["contactPhone"] ?? "", commitmentSignatory: form["commit"] != nil ? form["commitmentSignatory"] ?? "" : "",
            reports: reports, renews: form["renews"] ?? "", conditionsUnchanged: form["conditionsUnchanged"] != nil,
            noViolationProof: form["noViolationProof"] ?? ""
        )
        draft.change = form["change"] ?? ""
        draft.changeCertificate = form["changeCertificate"] ?? ""
        draft.changedOn = form["changedOn"] ?? ""
        draft.newName = form["newName"] ?? ""
        draft.newResidence = form["newResidence"] ?? ""
        return try await req.submit {
            _ = try await LicensingCommands.update(number, with: draft, in: req.commandContext)
            return LicensingURL.page(.value(number)).path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, status: status)
        }
    }

    static func act(_ step: ApplicationStep, req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let reason: String?
            let items: String?
            let agency: String?
        }
        let form = try req.decodeForm(Form.self)
        let (number, context) = (try number(req), req.commandContext)
        return try await req.submit {
            switch step {
            case .submit: _ = try await LicensingCommands.submit(number, in: context)
            case .accept: _ = try await LicensingCommands.accept(number, in: context)
            case .refuseAcceptance: _ = try await LicensingCommands.refuseAcceptance(number, reason: form.reason ?? "", in: context)
            case .requestCorrection: _ = try await LicensingCommands.requestCorrection(number, items: form.items ?? "", in: context)
            case .refuse: _ = try await LicensingCommands.refuse(number, reason: form.reason ?? "", in: context)
            case .grant: _ = try await LicensingCommands.grant(number, agency: form.agency, authority: req.appContext.certificates, in: context)
            }
            return LicensingURL.page(.value(number)).path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, status: status)
        }
    }

    static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let user = try req.requireUser()
        let view = try await LicensingCommands.show(try number(req), in: req.commandContext)
        let application = view.application
        let catalogue = try await req.store.catalogue.catalogue()
        let editable = user.role == .enterprise && (application.status == .draft || application.status == .correctionRequested)
        let decides = (user.role == .cityOfficer || user.role == .districtOfficer) && !application.status.isSettled
        let simplified = Set(catalogue.categories.filter(\.simplifiedProcedure).map(\.code))
        let units = catalogue.units.filter { simplified.contains($0.category) || application.units.contains($0.id) }.map { unit in
            Unit(
                id: unit.id.description, label: "\(catalogue.categories.first { $0.code == unit.category }?.name ?? "") — \(unit.name)",
                checked: application.units.contains(unit.id)
            )
        }
        let reports = application.units.compactMap { id -> ReportRow? in
            guard let unit = catalogue.units.first(where: { $0.id == id }) else { return nil }
            let report = application.reports.first { $0.unit == id }
            return ReportRow(
                unitID: id.description, unit: unit.name, supervision: report?.kind == .supervision, number: report?.number ?? "",
                laboratory: report?.laboratory.rawValue ?? "", issuedOn: report?.issuedOn.description ?? "", passed: report?.passed ?? true,
                items: unit.testItems.enumerated().map { TestItem(index: $0, name: $1, covered: report?.items.contains($1) ?? false) }
            )
        }
        let number = application.number.description
        let certificate = application.status == .granted ? try await req.store.licensing.certificate(heldBy: application.applicant.creditCode) : nil
        let content = ShowContent(
            w: words(language), number: number, applicant: "\(application.applicant.name)（\(application.applicant.creditCode.rawValue)）",
            status: application.status.name.text(language), next: nextStep(of: application).text(language), editable: editable, decides: decides,
            action: LicensingURL.page(.value(number)).path, units: units, productionAddress: application.form.productionAddress,
            contactPerson: application.form.contactPerson, contactPhone: application.form.contactPhone,
            commitmentSignatory: application.commitment?.signatory ?? "", commitmentText: commitment.text(language), reports: reports,
            problems: view.problems.map { $0.message.text(language) }, renews: application.renewal?.certificate.description,
            conditionsUnchanged: application.renewal?.conditionsUnchanged ?? false, noViolationProof: application.renewal?.noViolationProof ?? "",
            officer: application.responsibleOfficer?.rawValue,
            correction: application.correction, refusalReason: application.refusalReason,
            caseHref: application.status == .draft ? nil : CaseURL.case(.value(number)).path,
            certificateHref: certificate.map { LicensingURL.certificatePage(.value($0.number.description)).path },
            steps: steps(for: application, user: user, language).map { step, asks, primary in
                Step(action: LicensingURL.pageStep(.value(number), step).path, label: stepName(step).text(language), asks: asks, primary: primary)
            },
            agencies: try await req.store.agencies.all().map { CasePages.Option(value: $0.creditCode.rawValue, label: $0.name) }, errors: errors,
            blacklisted: try await BlacklistCommands.listed(among: [application.applicant.creditCode], in: req.commandContext).isEmpty
                ? nil : BlacklistPages.flag.text(language),
            change: application.change.map { change in
                Change(
                    kind: change.kind.rawValue, kindName: change.kind.name.text(language), certificate: change.certificate.description,
                    changedOn: change.changedOn?.description ?? "", newName: change.holderName, newResidence: change.residence,
                    asksDate: change.kind != .reissue, asksParticulars: change.kind == .particulars,
                    late: change.isLate(appliedOn: CivilDate(application.createdAt))
                )
            },
            attachments: application.attachments.enumerated().map { index, attachment in
                AttachmentRow(
                    href: LicensingURL.pageAttachment(.value(number), index: .value(String(index))).path,
                    text: "\(attachment.kind.name.text(language))\(attachment.label.isEmpty ? "" : " · \(attachment.label)") · \(attachment.mediaType) · \(attachment.size / 1024 + 1) KB"
                )
            },
            attachAction: LicensingURL.pageAttachments(.value(number)).path,
            attachmentKinds: ApplicationAttachment.Kind.allCases.map { CasePages.Option(value: $0.rawValue, label: $0.name.text(language)) }
        )
        return try await Page(title: "\(title.text(language)) \(number)", content: content, request: req)
            .render(on: req, template: "application", status: status)
    }

    /// The steps the user may take now, with the text each asks for.
    private static func steps(for application: LicenseApplication, user: User, _ language: Language) -> [(ApplicationStep, String, Bool)] {
        switch (user.role, application.status) {
        case (.enterprise, .draft), (.enterprise, .correctionRequested): [(.submit, "", true)]
        case (.cityOfficer, .submitted), (.districtOfficer, .submitted):
            [(.accept, "", true), (.requestCorrection, "items", false), (.refuseAcceptance, "reason", false)]
        case (.cityOfficer, .accepted), (.districtOfficer, .accepted): [(.grant, "agency", true), (.refuse, "reason", false)]
        default: []
        }
    }

    private static func number(_ req: Request) throws -> String {
        guard let number = req.parameters.get("number") else { throw Abort(.notFound) }
        return number
    }


}
