import Foundation
import PermitCommands
import PermitCore
import Vapor

/// 纸质证书 in the browser: the holder asks on its certificate's page; the
/// bureau's officers find what waits on one page and record each handover.
enum PaperCertificatePages {
    static let title = Bilingual("纸质证书", en: "Paper certificates")

    struct Content: Encodable, Sendable {
        let w: [String: String]
        let requests: [Line]
        let errors: [String]
    }

    struct Line: Encodable, Sendable {
        let text: String
        let certificateHref: String
        let handOverAction: String?
    }

    /// The request form on the certificate's page, for its holder only.
    struct Asking: Encodable, Sendable {
        let action: String
        let deliveries: [CasePages.Option]
        let w: [String: String]
    }

    static func asking(for certificate: Certificate, on req: Request) -> Asking? {
        guard let user = req.actor.user, user.role == .enterprise, user.organisation == certificate.holderCreditCode,
              certificate.standing(on: CivilDate(req.now)) == .valid
        else { return nil }
        let language = req.language
        return Asking(
            action: LicensingURL.pagePaperRequest(.value(certificate.number.description)).path,
            deliveries: PaperCertificateRequest.Delivery.allCases.map { CasePages.Option(value: $0.rawValue, label: $0.name.text(language)) },
            w: ["title": Bilingual("申请纸质证书", en: "Ask for a paper certificate"), "delivery": Bilingual("领取方式", en: "Delivery"),
                "address": Bilingual("邮寄地址（邮寄时填写）", en: "Postal address (by post)"), "ask": Bilingual("提交申请", en: "Ask")]
                .mapValues { $0.text(language) }
        )
    }

    static func summary(of request: PaperCertificateRequest) -> Bilingual {
        let way = request.delivery == .mail ? "\(request.delivery.name.zhHans)至 \(request.address)" : request.delivery.name.zhHans
        let wayEn = request.delivery == .mail ? "\(request.delivery.name.en) to \(request.address)" : request.delivery.name.en
        var text = Bilingual(
            "\(request.certificate) 第 \(request.version) 版 · \(way) · \(ShanghaiTime.format(request.requestedAt)) 申请",
            en: "\(request.certificate) version \(request.version) · \(wayEn) · asked \(ShanghaiTime.format(request.requestedAt))"
        )
        if let handover = request.handover {
            text = Bilingual(
                text.zhHans + " · \(ShanghaiTime.format(handover.at)) 已发放（\(handover.note)）", en: text.en + " · handed over \(ShanghaiTime.format(handover.at)) (\(handover.note))"
            )
        }
        return text
    }

    @Sendable static func request(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let delivery: String?
            let address: String?
        }
        let form = try req.decodeForm(Form.self)
        let number = (req.parameters.get("number") ?? "").removingPercentEncoding ?? ""
        return try await req.submit {
            _ = try await PaperCertificateCommands.request(number, delivery: form.delivery ?? "", address: form.address ?? "", in: req.commandContext)
            return LicensingURL.pagePaperRequests.path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, status: status)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, errors: [], status: .ok)
    }

    @Sendable static func handOver(req: Request) async throws -> Response {
        struct Form: ProtectedForm {
            let csrf: String?
            let note: String?
        }
        let form = try req.decodeForm(Form.self)
        return try await req.submit {
            _ = try await PaperCertificateCommands.handOver(req.parameters.get("id") ?? "", note: form.note ?? "", in: req.commandContext)
            return LicensingURL.pagePaperRequests.path
        } orShowAgain: { errors, status in
            try await render(req, errors: errors, status: status)
        }
    }

    private static func render(_ req: Request, errors: [String], status: HTTPResponseStatus) async throws -> Response {
        let language = req.language
        let officer = req.actor.user.map { $0.role == .cityOfficer || $0.role == .districtOfficer } ?? false
        let lines = try await PaperCertificateCommands.pending(in: req.commandContext).map { request in
            Line(
                text: summary(of: request).text(language), certificateHref: LicensingURL.certificatePage(.value(request.certificate.description)).path,
                handOverAction: officer ? LicensingURL.pageHandOver(.value(request.id.description)).path : nil
            )
        }
        let words: [String: Bilingual] = [
            "title": title, "none": Bilingual("没有待发放的纸质证书。", en: "No paper certificate waits."),
            "note": Bilingual("快递单号或领取人", en: "Tracking number, or who collected it"), "handOver": Bilingual("记录已发放", en: "Record the handover"),
            "hint": Bilingual("电子证书与纸质证书具有同等法律效力；纸质证书按申请时的现行版本制作。", en: "The electronic certificate is the licence; the paper copy prints the version in force when asked for."),
        ]
        let content = Content(w: words.mapValues { $0.text(language) }, requests: lines, errors: errors)
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "paper-requests", status: status)
    }

    /// For the officers' and the holder's home: what waits, linked here.
    static func homeLines(on req: Request) async throws -> [HomeController.WorkLine] {
        let language = req.language
        return try await PaperCertificateCommands.pending(in: req.commandContext).map { request in
            HomeController.WorkLine(
                href: LicensingURL.pagePaperRequests.path, caseNumber: request.certificate.description,
                text: Bilingual("纸质证书待发放", en: "Paper certificate to hand over").text(language), due: summary(of: request).text(language), overdue: false
            )
        }
    }
}
