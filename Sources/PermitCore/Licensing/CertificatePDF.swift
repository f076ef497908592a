import Foundation

/// The certificate as an A4 page: the fields 156号 第39条 asks, the
/// e-certificate identifier, and a QR code to its public page, where its
/// live status is. The text is real text, copyable, in a font every viewer
/// has (`PDFDocument`).
public enum CertificatePDF {
    public static func render(_ certificate: Certificate, publicURL: String) throws(QRCodeError) -> [UInt8] {
        var page = PDFDocument()
        page.addPage()
        page.info = ["Title": "全国工业产品生产许可证 \(certificate.number)", "Creator": "PermitTrail"]
        let (width, height) = (PDFDocument.a4.width, PDFDocument.a4.height)
        page.rectangle(x: 36, y: 36, width: width - 72, height: height - 72, lineWidth: 2)
        page.rectangle(x: 42, y: 42, width: width - 84, height: height - 84, lineWidth: 0.5)
        page.centredText("全国工业产品生产许可证", y: height - 120, size: 26)
        page.centredText("（电子证书）", y: height - 148, size: 12)
        var y = height - 200
        let lines: [(String, String)] = [
            ("企业名称", certificate.holderName),
            ("统一社会信用代码", certificate.holderCreditCode.rawValue),
            ("住所", certificate.residence),
            ("生产地址", certificate.productionAddress),
            ("证书编号", certificate.number.description),
            ("发证日期", Self.date(certificate.issuedOn)),
            ("有效期至", Self.date(certificate.validUntil)),
        ]
        for (label, value) in lines {
            y = Self.field(label, value, at: y, on: &page)
        }
        page.text("产品名称：", x: 80, y: y, size: 13)
        y -= 22
        for product in certificate.products {
            page.text("\(product.category) — \(product.name)", x: 110, y: y, size: 12)
            y -= 20
        }
        page.text("证照标识：\(certificate.identifier)", x: 80, y: 150, size: 8)
        page.text("版本：第 \(certificate.version) 版　案件编号：\(certificate.caseNumber)", x: 80, y: 136, size: 8)
        page.text("发证机关：\(certificate.issuer)", x: 80, y: 110, size: 13)
        // The QR code holds the address as sent; people read it decoded.
        page.text("扫码查验证书状态：\(publicURL.removingPercentEncoding ?? publicURL)", x: 80, y: 88, size: 8)
        let code = try QRCode(encoding: publicURL, correction: .medium)
        let module = 110.0 / Double(code.size)
        let (left, bottom) = (width - 80 - 110, 100.0)
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(x: column, y: row) {
                page.fill(x: left + Double(column) * module, y: bottom + Double(code.size - 1 - row) * module, width: module, height: module)
            }
        }
        return page.bytes()
    }

    /// A label and its value, wrapped at the frame; returns the next line's baseline.
    private static func field(_ label: String, _ value: String, at y: Double, on page: inout PDFDocument) -> Double {
        var y = y
        page.text("\(label)：", x: 80, y: y, size: 13)
        let start = 80 + PDFDocument.width(of: "\(label)：", size: 13)
        var line = ""
        for character in value {
            if start + PDFDocument.width(of: line + String(character), size: 13) > PDFDocument.a4.width - 80 {
                page.text(line, x: start, y: y, size: 13)
                y -= 20
                line = ""
            }
            line.append(character)
        }
        page.text(line, x: start, y: y, size: 13)
        return y - 28
    }

    private static func date(_ date: CivilDate) -> String {
        "\(date.year)年\(date.month.zeroPadded(2))月\(date.day.zeroPadded(2))日"
    }
}
