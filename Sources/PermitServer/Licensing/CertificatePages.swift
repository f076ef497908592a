import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// The public certificate page and the search, in Chinese by default.
enum CertificatePages {
    static let title = Bilingual("工业产品生产许可证查询", en: "Production licence lookup")

    struct ShowContent: Encodable, Sendable {
        let w: [String: String]
        let status: String
        let valid: Bool
        let rows: [Row]
        let products: [String]
        let pdfHref: String
        let noteHref: String
        let keyHref: String
        /// For the bureau's officers: where to open an exit (LIC-12).
        let exit: ExitPages.Opening?
        let number: String
        /// The holder's listing on the quality blacklist, said first.
        let blacklisted: String?
        /// For a certificate merged into another (一企一证): the one in force.
        let current: Result?
        /// For its holder: the paper certificate request form (LIC-7).
        let paper: PaperCertificatePages.Asking?
    }

    struct Row: Encodable, Sendable {
        let label: String
        let value: String
    }

    struct SearchContent: Encodable, Sendable {
        let w: [String: String]
        let query: String
        let searched: Bool
        let results: [Result]
        /// The answer to a file just checked, with the page it concerns.
        let verdict: Verdict?
        let verifyAction: String
    }

    struct Verdict: Encodable, Sendable {
        let genuine: Bool
        let text: String
        let href: String?
    }

    struct Result: Encodable, Sendable {
        let href: String
        let number: String
        let holder: String
        let status: String
        let blacklisted: String?
    }

    static func show(_ certificate: Certificate, on req: Request) async throws -> Response {
        let language = req.language
        let standing = certificate.standing(on: CivilDate(req.now))
        let path = LicensingURL.certificatePage(.value(certificate.number.description)).path
        let rows: [(Bilingual, String)] = [
            (Bilingual("证书编号", en: "Number"), certificate.number.description),
            (Bilingual("企业名称", en: "Enterprise"), certificate.holderName),
            (Bilingual("统一社会信用代码", en: "Credit code"), certificate.holderCreditCode.rawValue),
            (Bilingual("住所", en: "Residence"), certificate.residence),
            (Bilingual("生产地址", en: "Production address"), certificate.productionAddress),
            (Bilingual("发证日期", en: "Issued on"), certificate.issuedOn.description),
            (Bilingual("有效期至", en: "Valid until"), certificate.validUntil.description),
            (Bilingual("发证机关", en: "Issued by"), certificate.issuer),
            (Bilingual("证照标识", en: "E-certificate identifier"), certificate.identifier.description),
            (Bilingual("版本", en: "Version"), String(certificate.version)),
        ]
        let words: [String: Bilingual] = [
            "title": title, "status": Bilingual("证书状态", en: "Status"), "products": Bilingual("许可产品", en: "Licensed products"),
            "pdf": Bilingual("下载 PDF 证书", en: "Download the PDF"), "note": Bilingual("下载签名证书文件（.note）", en: "Download the signed file (.note)"),
            "key": Bilingual("验证公钥", en: "Verification key"),
            "verifyHint": Bilingual(
                "签名证书文件可用验证公钥离线核验：permittrail verify certificate 文件 --key 公钥",
                en: "The signed file verifies offline with the key: permittrail verify certificate FILE --key KEY"
            ),
            "search": Bilingual("查询其他证书", en: "Look up another certificate"),
        ]
        let content = ShowContent(
            w: words.mapValues { $0.text(language) }, status: standing.name.text(language), valid: standing == .valid,
            rows: rows.map { Row(label: $0.0.text(language), value: $0.1) },
            products: certificate.products.map { "\($0.category) — \($0.name)" },
            pdfHref: path + ".pdf", noteHref: path + ".note", keyHref: LicensingURL.publicKey.path,
            exit: ExitPages.opening(for: certificate, on: req), number: certificate.number.description,
            blacklisted: try await BlacklistCommands.listed(among: [certificate.holderCreditCode], in: req.commandContext).isEmpty
                ? nil : BlacklistPages.flag.text(language),
            current: try await currentOne(replacing: certificate, on: req),
            paper: PaperCertificatePages.asking(for: certificate, on: req)
        )
        return try await Page(title: "\(title.text(language)) · \(certificate.number)", content: content, request: req)
            .render(on: req, template: "certificate")
    }

    private static func currentOne(replacing certificate: Certificate, on req: Request) async throws -> Result? {
        guard certificate.status == .merged, let current = try await req.store.licensing.certificate(heldBy: certificate.holderCreditCode),
              current.status == .valid
        else { return nil }
        return Result(
            href: LicensingURL.certificatePage(.value(current.number.description)).path, number: current.number.description,
            holder: current.holderName, status: current.standing(on: CivilDate(req.now)).name.text(req.language), blacklisted: nil
        )
    }

    static func search(on req: Request, verdict: Verdict? = nil) async throws -> Response {
        let language = req.language
        let query = String((req.query[String.self, at: "q"] ?? "").trimmingWhitespace().prefix(100))
        let today = CivilDate(req.now)
        let found = query.isEmpty ? [] : try await req.store.licensing.search(query, limit: 50)
        let listed = try await BlacklistCommands.listed(among: found.map(\.holderCreditCode), in: req.commandContext)
        let words: [String: Bilingual] = [
            "title": title, "hint": Bilingual("输入证书编号、企业名称或统一社会信用代码", en: "Licence number, enterprise name or credit code"),
            "search": Bilingual("查询", en: "Search"), "none": Bilingual("没有找到符合条件的证书。", en: "No certificate matches."),
            "verify": Bilingual("核验签名证书文件", en: "Check a signed certificate file"),
            "verifyHint": Bilingual(
                "选择从证书页面下载的 .note 文件，或将其内容粘贴在下面。核验不保存文件。",
                en: "Choose the .note file downloaded from a certificate's page, or paste its text. Nothing is kept."
            ),
            "file": Bilingual("证书文件", en: "Certificate file"), "text": Bilingual("或粘贴文件内容", en: "Or paste its text"),
            "check": Bilingual("核验", en: "Check"), "open": Bilingual("查看该证书", en: "Open the certificate"),
        ]
        let content = SearchContent(
            w: words.mapValues { $0.text(language) }, query: query, searched: !query.isEmpty,
            results: found.map { certificate in
                Result(
                    href: LicensingURL.certificatePage(.value(certificate.number.description)).path, number: certificate.number.description,
                    holder: certificate.holderName, status: certificate.standing(on: today).name.text(language),
                    blacklisted: listed.contains(certificate.holderCreditCode) ? BlacklistPages.flag.text(language) : nil
                )
            },
            verdict: verdict, verifyAction: LicensingURL.verifyPage.path
        )
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "certificates")
    }

    /// The file from the form (an upload, or pasted text), checked; the
    /// answer shown above the search. Nothing is written: no token needed.
    @Sendable static func verify(req: Request) async throws -> Response {
        struct Form: Content {
            let file: File?
            let text: String?
        }
        let form = try req.content.decode(Form.self)
        let bytes = form.file.map { Array($0.data.readableBytesView) }.flatMap { $0.isEmpty ? nil : $0 } ?? Array((form.text ?? "").utf8)
        let outcome = try await CertificateVerification.verify(bytes, authority: req.appContext.certificates, in: req.commandContext)
        let (genuine, text) = verdict(outcome)
        let number: String? = switch outcome {
        case .current(let certificate, _), .superseded(_, let certificate): certificate.number.description
        case .unknown, .failed: nil
        }
        return try await search(on: req, verdict: Verdict(
            genuine: genuine, text: text.text(req.language), href: number.map { LicensingURL.certificatePage(.value($0)).path }
        ))
    }

    /// The one wording of a check's answer, for the page and the API.
    static func verdict(_ outcome: CertificateVerification.Outcome) -> (genuine: Bool, text: Bilingual) {
        switch outcome {
        case .current(let certificate, let standing):
            (true, Bilingual(
                "签名有效：\(certificate.number) 第 \(certificate.version) 版，为现行版本，证书状态：\(standing.name.zhHans)。",
                en: "Genuine: \(certificate.number) version \(certificate.version), the current version; status: \(standing.name.en)."
            ))
        case .superseded(let fileVersion, let certificate):
            (true, Bilingual(
                "签名有效，但这是 \(certificate.number) 的第 \(fileVersion) 版，已被第 \(certificate.version) 版取代，请以现行版本为准。",
                en: "Genuine, but version \(fileVersion) of \(certificate.number), replaced by version \(certificate.version)."
            ))
        case .unknown(let number):
            (false, Bilingual("签名有效，但登记中没有证书编号 \(number)。", en: "The signature verifies, but no certificate \(number) is registered."))
        case .failed(let failure):
            (false, Bilingual("核验未通过：\(failure.message.zhHans)。", en: "Not genuine: \(failure.message.en)."))
        }
    }
}
