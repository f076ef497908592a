import Foundation

public typealias PaperRequestID = Identifier<PaperCertificateRequest>

/// 纸质证书 (LIC-7): the electronic certificate is the licence; on the
/// holder's request the bureau also prints the version in force and sends
/// or hands it over, recording when and how (the tracking number, or who
/// collected it).
public struct PaperCertificateRequest: Hashable, Sendable {
    public enum Delivery: String, Hashable, Sendable, CaseIterable {
        /// 邮寄
        case mail
        /// 现场领取
        case pickup

        public var name: Bilingual {
            switch self {
            case .mail: Bilingual("邮寄", en: "By post")
            case .pickup: Bilingual("现场领取", en: "Collected in person")
            }
        }
    }

    public struct Handover: Hashable, Sendable {
        public let at: Date
        public let by: ActorReference
        /// The tracking number, or who collected it.
        public let note: String

        public init(at: Date, by: ActorReference, note: String) {
            self.at = at
            self.by = by
            self.note = note
        }
    }

    public let id: PaperRequestID
    public let certificate: LicenseNumber
    /// The version printed: the one in force when requested.
    public let version: Int
    public let holder: UnifiedSocialCreditCode
    public let delivery: Delivery
    /// Where to post it; empty for a pickup.
    public let address: String
    public let requestedAt: Date
    public let requestedBy: ActorReference
    public var handover: Handover?

    public init(
        id: PaperRequestID, certificate: LicenseNumber, version: Int, holder: UnifiedSocialCreditCode, delivery: Delivery, address: String,
        requestedAt: Date, requestedBy: ActorReference, handover: Handover? = nil
    ) {
        self.id = id
        self.certificate = certificate
        self.version = version
        self.holder = holder
        self.delivery = delivery
        self.address = address
        self.requestedAt = requestedAt
        self.requestedBy = requestedBy
        self.handover = handover
    }
}

/// The rules of a paper copy, apart from who may ask and who hands over.
public enum PaperCertificates {
    public static let textLimit = 200

    public static func request(
        id: PaperRequestID, of certificate: Certificate, delivery: String, address: String, pendingForVersion: Bool, by actor: ActorReference, at now: Date
    ) throws(PaperRequestRefusal) -> PaperCertificateRequest {
        guard certificate.standing(on: CivilDate(now)) == .valid else { throw .certificateNotInForce }
        guard let way = PaperCertificateRequest.Delivery(rawValue: delivery) else {
            throw .invalid(InvalidInput([FieldIssue(field: "delivery", problem: .unknownValue(delivery))]))
        }
        let place = address.trimmingWhitespaceAndNewlines()
        if way == .mail, let problem = TextRules.lengthProblem(place, allowed: 1...textLimit) {
            throw .invalid(InvalidInput([FieldIssue(field: "address", problem: problem)]))
        }
        if pendingForVersion { throw .alreadyRequested }
        return PaperCertificateRequest(
            id: id, certificate: certificate.number, version: certificate.version, holder: certificate.holderCreditCode, delivery: way,
            address: way == .mail ? place : "", requestedAt: now, requestedBy: actor
        )
    }

    public static func handOver(_ request: PaperCertificateRequest, note: String, by actor: ActorReference, at now: Date) throws(PaperRequestRefusal)
        -> PaperCertificateRequest
    {
        guard request.handover == nil else { throw .alreadyHandedOver }
        let stated = note.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(stated, allowed: 1...textLimit) {
            throw .invalid(InvalidInput([FieldIssue(field: "note", problem: problem)]))
        }
        var handed = request
        handed.handover = .init(at: now, by: actor, note: stated)
        return handed
    }
}

public enum PaperRequestRefusal: Error, Hashable, Sendable {
    case invalid(InvalidInput)
    case certificateNotInForce
    /// A paper copy of this version is already on its way.
    case alreadyRequested
    case alreadyHandedOver
}
