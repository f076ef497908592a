import Foundation
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
    }

    struct Result: Encodable, Sendable {
        let href: String
        let number: String
        let holder: String
        let status: String
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
            exit: ExitPages.opening(for: certificate, on: req), number: certificate.number.description
        )
        return try await Page(title: "\(title.text(language)) · \(certificate.number)", content: content, request: req)
            .render(on: req, template: "certificate")
    }

    static func search(on req: Request) async throws -> Response {
        let language = req.language
        let query = String((req.query[String.self, at: "q"] ?? "").trimmingWhitespace().prefix(100))
        let today = CivilDate(req.now)
        let found = query.isEmpty ? [] : try await req.store.licensing.search(query, limit: 50)
        let words: [String: Bilingual] = [
            "title": title, "hint": Bilingual("输入证书编号、企业名称或统一社会信用代码", en: "Licence number, enterprise name or credit code"),
            "search": Bilingual("查询", en: "Search"), "none": Bilingual("没有找到符合条件的证书。", en: "No certificate matches."),
        ]
        let content = SearchContent(
            w: words.mapValues { $0.text(language) }, query: query, searched: !query.isEmpty,
            results: found.map { certificate in
                Result(
                    href: LicensingURL.certificatePage(.value(certificate.number.description)).path, number: certificate.number.description,
                    holder: certificate.holderName, status: certificate.standing(on: today).name.text(language)
                )
            }
        )
        return try await Page(title: title.text(language), content: content, request: req).render(on: req, template: "certificates")
    }
}
