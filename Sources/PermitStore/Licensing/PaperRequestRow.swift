import Fluent
import Foundation
import PermitCore
import SQLKit

/// A request for a paper certificate; its handover rewrites the row and the
/// ledger keeps both states.
final class PaperRequestRow: Model, @unchecked Sendable {
    static let schema = "paper_certificate_requests"

    @ID(custom: "id", generatedBy: .user) var id: UUID?
    @Field(key: "certificate") var certificate: String
    @Field(key: "version") var version: Int
    @Field(key: "holder_code") var holderCode: String
    @Field(key: "delivery") var delivery: String
    @Field(key: "address") var address: String
    @Field(key: "requested_at") var requestedAt: Date
    @Field(key: "requested_by") var requestedBy: String
    @OptionalField(key: "handed_at") var handedAt: Date?
    @OptionalField(key: "handed_by") var handedBy: String?
    @OptionalField(key: "handover_note") var handoverNote: String?

    init() {}

    init(_ request: PaperCertificateRequest) {
        id = request.id.rawValue
        certificate = request.certificate.description
        version = request.version
        holderCode = request.holder.rawValue
        delivery = request.delivery.rawValue
        address = request.address
        requestedAt = LedgerTime.normalized(request.requestedAt)
        requestedBy = request.requestedBy.rawValue
        record(request.handover)
    }

    func record(_ handover: PaperCertificateRequest.Handover?) {
        handedAt = handover.map { LedgerTime.normalized($0.at) }
        handedBy = handover?.by.rawValue
        handoverNote = handover?.note
    }

    func domain() throws -> PaperCertificateRequest {
        do {
            var handover: PaperCertificateRequest.Handover?
            if let handedAt, let handedBy, let handoverNote {
                handover = .init(at: handedAt, by: ActorReference(rawValue: handedBy), note: handoverNote)
            }
            return PaperCertificateRequest(
                id: PaperRequestID(rawValue: try id.orThrow()), certificate: try LicenseNumber(parsing: certificate), version: version,
                holder: try UnifiedSocialCreditCode(validating: holderCode), delivery: try PaperCertificateRequest.Delivery(rawValue: delivery).orThrow(),
                address: address, requestedAt: requestedAt, requestedBy: ActorReference(rawValue: requestedBy), handover: handover
            )
        } catch {
            throw StoreError.corruptRow(table: Self.schema, id: id?.uuidString ?? "")
        }
    }
}

extension PaperRequestRow: LedgerCovered {
    static let subjectKind = "paper-certificate-request"
    var subjectID: String { id.map { PaperRequestID(rawValue: $0).description } ?? "" }

    func ledgerFields() throws -> [String: String] {
        var fields = [
            "certificate": certificate, "version": String(version), "holder": holderCode, "delivery": delivery, "address": address,
            "requestedAt": LedgerTime.text(requestedAt), "requestedBy": requestedBy,
        ]
        fields["handedAt"] = handedAt.map(LedgerTime.text)
        fields["handedBy"] = handedBy
        fields["handoverNote"] = handoverNote
        return fields
    }
}

struct CreatePaperRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PaperRequestRow.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("certificate", .string, .required)
            .field("version", .int, .required)
            .field("holder_code", .string, .required)
            .field("delivery", .string, .required)
            .field("address", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("requested_by", .string, .required)
            .field("handed_at", .datetime)
            .field("handed_by", .string)
            .field("handover_note", .string)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "paper_certificate_requests_certificate").on(PaperRequestRow.schema).column("certificate").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PaperRequestRow.schema).delete()
    }
}

extension DomainEvent.Kind {
    public static let paperCertificateRequested = Self(rawValue: "paper-certificate.requested")
    public static let paperCertificateHandedOver = Self(rawValue: "paper-certificate.handed-over")
}

extension WriteTransaction {
    public func paperRequests(of certificate: LicenseNumber) async throws -> [PaperCertificateRequest] {
        try await PaperRequestRow.query(on: db).filter(\.$certificate == certificate.description).all().map { try $0.domain() }
    }

    public func paperRequest(_ id: PaperRequestID) async throws -> PaperCertificateRequest? {
        try await PaperRequestRow.find(id.rawValue, on: db)?.domain()
    }

    /// Writes a new request, or its handover.
    public func save(_ request: PaperCertificateRequest, by actor: ActorReference, at now: Date) async throws {
        let subject = DomainEvent.Subject(kind: PaperRequestRow.subjectKind, id: request.id.description)
        if let row = try await PaperRequestRow.find(request.id.rawValue, on: db) {
            row.record(request.handover)
            try await update(row, DomainEvent(kind: .paperCertificateHandedOver, actor: actor, subject: subject, occurredAt: now, fields: [:]))
        } else {
            try await insert(PaperRequestRow(request), DomainEvent(kind: .paperCertificateRequested, actor: actor, subject: subject, occurredAt: now, fields: [:]))
        }
    }
}

extension LicensingRepository {
    /// Requests not yet handed over, oldest first; of one holder, or of all.
    public func pendingPaperRequests(of holder: UnifiedSocialCreditCode? = nil) async throws -> [PaperCertificateRequest] {
        var query = PaperRequestRow.query(on: try store.database()).filter(\.$handedAt == nil)
        if let holder { query = query.filter(\.$holderCode == holder.rawValue) }
        return try await query.sort(\.$requestedAt).all().map { try $0.domain() }
    }
}
