import Foundation
import PermitCommands
import PermitCore
import Vapor

/// `/api/v1/applications`: the enterprise's application and the bureau's
/// decisions on it, as the issue names them.
enum ApplicationsAPIController {
    @Sendable static func create(req: Request) async throws -> Response {
        let key = req.headers.first(name: "Idempotency-Key")
        let view = try await LicensingCommands.create(try draft(req), requestKey: key, in: req.commandContext)
        return try await API.ApplicationDTO(view, language: req.language).encodeResponse(status: .created, for: req)
    }

    @Sendable static func show(req: Request) async throws -> API.ApplicationDTO {
        let view = try await LicensingCommands.show(try number(req), in: req.commandContext)
        var dto = API.ApplicationDTO(view, language: req.language)
        dto.blacklisted = try await !BlacklistCommands.listed(among: [view.application.applicant.creditCode], in: req.commandContext).isEmpty
        return dto
    }

    @Sendable static func update(req: Request) async throws -> API.ApplicationDTO {
        API.ApplicationDTO(try await LicensingCommands.update(try number(req), with: try draft(req), in: req.commandContext), language: req.language)
    }

    struct AttachmentInput: Content {
        let kind: String?
        /// The finished upload's id, or its URL as tus returned it.
        let upload: String?
        let label: String?
    }

    @Sendable static func attach(req: Request) async throws -> Response {
        let body = try req.decodeJSON(AttachmentInput.self)
        let view = try await LicensingCommands.attach(
            try number(req), kind: body.kind ?? "", upload: body.upload ?? "", label: body.label ?? "", in: req.commandContext
        )
        return try await API.ApplicationDTO(view, language: req.language).encodeResponse(status: .created, for: req)
    }

    /// The attachment's original, named by the application's number.
    @Sendable static func attachment(req: Request) async throws -> Response {
        let number = try number(req)
        guard let index = req.parameters.get("index").flatMap(Int.init) else { throw Abort(.notFound) }
        let attachment = try await LicensingCommands.attachment(number, index: index, in: req.commandContext)
        let type = MediaType(rawValue: attachment.mediaType)?.httpMediaType ?? .binary
        let suffix = MediaType(rawValue: attachment.mediaType)?.fileExtension ?? "bin"
        return try BlobResponse.download(attachment.sha256, type: type, fileName: "\(number)-\(attachment.kind.rawValue)-\(index + 1).\(suffix)", on: req)
    }

    struct Reason: Content {
        let reason: String?
        let items: String?
        /// For a grant: the review agency to carry out the on-site review.
        let agency: String?
    }

    static func act(_ step: ApplicationStep, req: Request) async throws -> Response {
        let context = req.commandContext, number = try number(req)
        let body = req.body.data == nil ? Reason(reason: nil, items: nil, agency: nil) : try req.decodeJSON(Reason.self)
        let application: LicenseApplication
        var grant: LicensingCommands.Grant?
        switch step {
        case .submit: application = try await LicensingCommands.submit(number, in: context).application
        case .accept: application = try await LicensingCommands.accept(number, in: context)
        case .refuseAcceptance: application = try await LicensingCommands.refuseAcceptance(number, reason: body.reason ?? "", in: context)
        case .requestCorrection: application = try await LicensingCommands.requestCorrection(number, items: body.items ?? "", in: context)
        case .refuse: application = try await LicensingCommands.refuse(number, reason: body.reason ?? "", in: context)
        case .grant:
            grant = try await LicensingCommands.grant(number, agency: body.agency, authority: req.appContext.certificates, in: context)
            application = grant!.application
        }
        var dto = API.ApplicationDTO(.init(application: application, problems: []), language: req.language)
        dto.certificate = grant.map { $0.certificate.number.description }
        dto.onSiteReview = grant?.onSiteReview?.description
        return try await dto.encodeResponse(status: .ok, for: req)
    }

    private static func number(_ req: Request) throws -> String {
        guard let number = req.parameters.get("number") else { throw Abort(.notFound) }
        return number
    }

    private static func draft(_ req: Request) throws -> LicensingCommands.Draft {
        let body = try req.decodeJSON(API.ApplicationInputDTO.self)
        var draft = LicensingCommands.Draft(
            units: body.units ?? [], productionAddress: body.productionAddress ?? "", contactPerson: body.contactPerson ?? "",
            contactPhone: body.contactPhone ?? "", commitmentSignatory: body.commitmentSignatory ?? "",
            reports: (body.reports ?? []).map {
                .init(
                    unit: $0.unit ?? "", kind: $0.kind ?? "", number: $0.number ?? "", laboratory: $0.laboratory ?? "",
                    issuedOn: $0.issuedOn ?? "", passed: $0.passed ?? false, items: $0.items ?? []
                )
            },
            renews: body.renews ?? "", conditionsUnchanged: body.conditionsUnchanged ?? false, noViolationProof: body.noViolationProof ?? ""
        )
        draft.change = body.change ?? ""
        draft.changeCertificate = body.changeCertificate ?? ""
        draft.changedOn = body.changedOn ?? ""
        draft.newName = body.newName ?? ""
        draft.newResidence = body.newResidence ?? ""
        return draft
    }
}

extension API {
    struct ApplicationInputDTO: Content {
        let units: [String]?
        let productionAddress: String?
        let contactPerson: String?
        let contactPhone: String?
        let commitmentSignatory: String?
        let reports: [Report]?
        /// For a renewal (延续): the certificate, and the reduced path's statement and proof.
        let renews: String?
        let conditionsUnchanged: Bool?
        let noViolationProof: String?
        /// For a change or reissue (变更、补领).
        let change: String?
        let changeCertificate: String?
        let changedOn: String?
        let newName: String?
        let newResidence: String?

        struct Report: Content {
            let unit: String?
            let kind: String?
            let number: String?
            let laboratory: String?
            let issuedOn: String?
            let passed: Bool?
            /// The test items examined, as the catalogue names them (LIC-3).
            let items: [String]?
        }
    }

    struct ApplicationDTO: Content {
        struct ProblemDTO: Content {
            let code: String
            let message: String
        }

        let number: String
        let status: String
        let statusName: String
        let applicant: String
        let applicantName: String
        let units: [String]
        let productionAddress: String
        let contactPerson: String
        let contactPhone: String
        let commitmentSignatory: String?
        let reports: [ApplicationInputDTO.Report]
        /// 首问负责制: the officer answering for it.
        let responsibleOfficer: String?
        let correction: String?
        let refusalReason: String?
        /// Everything that keeps a draft from being submitted (LIC-4).
        let problems: [ProblemDTO]
        var certificate: String?
        var onSiteReview: String?
        let renews: String?
        let change: String?
        /// Applied for more than a month after the change (156号 第29、30条).
        let lateChange: Bool
        /// The applicant is on the quality blacklist (LIC-13); given when
        /// one application is read.
        var blacklisted: Bool?
        /// 营业执照 and other attachments, each with where to read it.
        let attachments: [AttachmentDTO]

        struct AttachmentDTO: Content {
            let kind: String
            let label: String
            let sha256: String
            let mediaType: String
            let size: Int
            let href: String
        }

        init(_ view: LicensingCommands.View, language: Language) {
            let application = view.application
            number = application.number.description
            status = application.status.rawValue
            statusName = application.status.name.text(language)
            applicant = application.applicant.creditCode.rawValue
            applicantName = application.applicant.name
            units = application.units.map(\.description)
            productionAddress = application.form.productionAddress
            contactPerson = application.form.contactPerson
            contactPhone = application.form.contactPhone
            commitmentSignatory = application.commitment?.signatory
            reports = application.reports.map {
                .init(
                    unit: $0.unit.description, kind: $0.kind.rawValue, number: $0.number, laboratory: $0.laboratory.rawValue,
                    issuedOn: $0.issuedOn.description, passed: $0.passed, items: $0.items
                )
            }
            responsibleOfficer = application.responsibleOfficer?.rawValue
            correction = application.correction
            refusalReason = application.refusalReason
            problems = view.problems.map { ProblemDTO(code: $0.code, message: $0.message.text(language)) }
            renews = application.renewal?.certificate.description
            change = application.change?.kind.rawValue
            lateChange = application.change?.isLate(appliedOn: CivilDate(application.createdAt)) ?? false
            attachments = application.attachments.enumerated().map { index, attachment in
                AttachmentDTO(
                    kind: attachment.kind.rawValue, label: attachment.label, sha256: attachment.sha256, mediaType: attachment.mediaType,
                    size: attachment.size, href: LicensingURL.attachment(.value(application.number.description), index: .value(String(index))).path
                )
            }
        }
    }
}

extension ApplicationRefusal: ProblemConvertible {
    var problem: Problem {
        switch self {
        case .notSubmittable(let problems):
            Problem(kind: .conflict, detail: Bilingual(
                "申请尚不能提交：" + problems.map(\.message.zhHans).joined(separator: ""),
                en: "The application cannot be submitted yet: " + problems.map(\.message.en).joined(separator: " ")
            ), missing: problems.map(\.code))
        case .outOfOrder(let action, let status):
            Problem(kind: .conflict, detail: Bilingual(
                "申请当前状态为“\(status.name.zhHans)”，不能执行“\(Self.actionName(action).zhHans)”。",
                en: "The application is \(status.name.en.lowercased()); it cannot be \(Self.actionName(action).en) now."
            ))
        case .correctionAlreadyRequested:
            Problem(kind: .conflict, detail: Bilingual(
                "补正已一次性告知过，不能再次要求补正。", en: "Corrections were already asked for, all at once; they cannot be asked again."
            ))
        case .reasonMissing:
            Problem(kind: .invalidInput, detail: Bilingual("请写明理由或需补正的内容。", en: "State the reason or what is to be corrected."),
                    issues: [FieldIssue(field: "reason", problem: .missing)])
        }
    }

    private static func actionName(_ action: String) -> Bilingual {
        switch action {
        case "edit": Bilingual("修改", en: "edited")
        case "submit": Bilingual("提交", en: "submitted")
        case "accept": Bilingual("受理", en: "accepted")
        case "refuse-acceptance": Bilingual("不予受理", en: "refused acceptance")
        case "request-correction": Bilingual("要求补正", en: "sent back for correction")
        case "grant": Bilingual("准予许可", en: "granted")
        default: Bilingual("不予许可", en: "refused")
        }
    }
}
