import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// Certificates for anyone, no sign-in (PUB-2): the page a QR code opens,
/// with the live status; the PDF; the signed note; the API's JSON; the key
/// that checks the notes; a search; and the check of an uploaded file.
enum CertificatesController {
    @Sendable static func publicKey(req: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .init(string: "\(req.appContext.certificates.signer.verifierKey)\n"))
    }

    @Sendable static func show(req: Request) async throws -> API.CertificateDTO {
        let (certificate, _) = try await find(req.parameters.get("number") ?? "", on: req)
        let listed = try await BlacklistCommands.listed(among: [certificate.holderCreditCode], in: req.commandContext)
        return API.CertificateDTO(certificate, today: CivilDate(req.now), language: req.language, blacklisted: !listed.isEmpty)
    }

    /// `/certificates/{number}`, `….pdf` and `….note` share the segment.
    @Sendable static func page(req: Request) async throws -> Response {
        let segment = req.parameters.get("number") ?? ""
        if segment.hasSuffix(".pdf") {
            let (certificate, _) = try await find(String(segment.dropLast(4)), on: req)
            let bytes = try CertificatePDF.render(certificate, publicURL: pageURL(of: certificate, on: req))
            return file(bytes, type: "application/pdf", name: "\(certificate.number.fileName).pdf")
        }
        if segment.hasSuffix(".note") {
            let (certificate, note) = try await find(String(segment.dropLast(5)), on: req)
            return file(Array(note.utf8), type: "text/plain; charset=utf-8", name: "\(certificate.number.fileName).note")
        }
        let (certificate, _) = try await find(segment, on: req)
        return try await CertificatePages.show(certificate, on: req)
    }

    @Sendable static func search(req: Request) async throws -> Response {
        try await CertificatePages.search(on: req)
    }

    /// `POST /api/v1/certificates/verify`: the file's bytes as the body.
    @Sendable static func verify(req: Request) async throws -> API.CertificateVerificationDTO {
        let bytes = req.body.data.map { Array($0.readableBytesView) } ?? []
        // No file at all is a malformed request, not a failed verification.
        guard !bytes.isEmpty else { throw InvalidInput([FieldIssue(field: "body", problem: .missing)]) }
        let outcome = try await CertificateVerification.verify(bytes, authority: req.appContext.certificates, in: req.commandContext)
        return API.CertificateVerificationDTO(outcome, language: req.language)
    }

    @Sendable static func reminders(req: Request) async throws -> [API.RenewalReminderDTO] {
        try await RenewalReminders.due(in: req.commandContext).map { API.RenewalReminderDTO($0, language: req.language) }
    }

    static func find(_ text: String, on req: Request) async throws -> (Certificate, String) {
        guard let number = try? LicenseNumber(parsing: text.removingPercentEncoding ?? text),
              let found = try await req.store.licensing.certificate(number)
        else { throw Problem(kind: .notFound, detail: Bilingual("没有这个证书编号。", en: "There is no certificate with this number.")) }
        return found
    }

    /// Where the QR code leads: the installation's public address where
    /// configured, else the one this request came in on.
    static func pageURL(of certificate: Certificate, on req: Request) -> String {
        let path = LicensingURL.certificatePage(.value(certificate.number.description)).path
        if let base = req.appContext.configuration.publicURL { return base.absoluteString.trimmingSuffix("/") + path }
        let host = req.headers.first(name: .host) ?? "localhost"
        return "http://\(host)\(path)"
    }

    private static func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(name)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: bytes)))
    }
}

extension LicenseNumber {
    /// `(沪)XK13-001-00001` as a file name: ASCII only.
    var fileName: String {
        description.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "-").unicodeScalars
            .map { $0.isASCII ? String($0) : "P" }.joined()
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

extension API {
    struct RenewalReminderDTO: Content {
        let certificate: String
        let holder: String
        let creditCode: String
        let validUntil: String
        let applyFrom: String
        /// The last day a renewal may take the reduced path.
        let reducedPathBy: String
        /// `due`, `reduced-path-closed` or `expired`.
        let stage: String
        let message: String

        init(_ reminder: RenewalReminder, language: Language) {
            certificate = reminder.certificate.description
            holder = reminder.holderName
            creditCode = reminder.holderCreditCode.rawValue
            validUntil = reminder.validUntil.description
            applyFrom = reminder.applyFrom.description
            reducedPathBy = reminder.reducedPathBy.description
            stage = reminder.stage.rawValue
            message = reminder.text.text(language)
        }
    }

    /// What a certificate file is: `verified` only when genuine; `current`
    /// when it is also the latest version; `status` that version's standing.
    struct CertificateVerificationDTO: Content {
        let verified: Bool
        let current: Bool
        let number: String?
        let version: Int?
        let status: String?
        let message: String

        init(_ outcome: CertificateVerification.Outcome, language: Language) {
            let verdict = CertificatePages.verdict(outcome)
            message = verdict.text.text(language)
            verified = verdict.genuine
            switch outcome {
            case .current(let certificate, let standing):
                (current, number, version, status) = (true, certificate.number.description, certificate.version, standing.rawValue)
            case .superseded(let fileVersion, let certificate):
                (current, number, version, status) = (false, certificate.number.description, fileVersion, nil)
            case .unknown(let number): (current, self.number, version, status) = (false, number, nil, nil)
            case .failed: (current, number, version, status) = (false, nil, nil, nil)
            }
        }
    }

    struct CertificateDTO: Content {
        let number: String
        let identifier: String
        let version: Int
        /// As it stands today: valid, expired, suspended, revoked, cancelled.
        let status: String
        let statusName: String
        let holder: String
        let creditCode: String
        let residence: String
        let productionAddress: String
        let products: [String]
        let issuedOn: String
        let validUntil: String
        let issuer: String
        /// The holder is on the quality blacklist (LIC-13).
        let blacklisted: Bool

        init(_ certificate: Certificate, today: CivilDate, language: Language, blacklisted: Bool) {
            self.blacklisted = blacklisted
            number = certificate.number.description
            identifier = certificate.identifier.description
            version = certificate.version
            let standing = certificate.standing(on: today)
            status = standing.rawValue
            statusName = standing.name.text(language)
            holder = certificate.holderName
            creditCode = certificate.holderCreditCode.rawValue
            residence = certificate.residence
            productionAddress = certificate.productionAddress
            products = certificate.products.map { "\($0.category) / \($0.name)" }
            issuedOn = certificate.issuedOn.description
            validUntil = certificate.validUntil.description
            issuer = certificate.issuer
        }
    }
}
