import Fluent
import Foundation
import PermitCore

extension StoreSchema {
    /// Licensing: applications and the certificates granted on them.
    static let licensing = StoreSchema(
        migrations: [CreateApplications(), CreateCertificates(), CreateExits(), AddApplicationAttachments(), IndexCertificates(), CreatePaperRequests()],
        covered: [ApplicationRow.self, CertificateRow.self, ExitRow.self, PaperRequestRow.self]
    )
}

extension DomainEvent.Kind {
    public static let applicationSaved = Self(rawValue: "application.saved")
    public static let certificateIssued = Self(rawValue: "certificate.issued")
}

extension WriteTransaction {
    /// A new application takes its case's number now, so the enterprise
    /// quotes one number from the first draft to the archive (一案一号).
    public func nextApplicationNumber(year: Int) async throws -> CaseNumber {
        try await nextCaseNumber(.application, year: year)
    }

    public func application(_ number: CaseNumber) async throws -> LicenseApplication? {
        try await ApplicationRow.find(number.description, on: db)?.domain()
    }

    /// Writes the application as it now stands, new or changed; a new one
    /// remembers the request key it was created under.
    public func save(_ application: LicenseApplication, requestKey: String? = nil, by actor: ActorReference, at now: Date) async throws {
        if let row = try await ApplicationRow.find(application.number.description, on: db) {
            try row.update(from: application)
            try await update(row, event(row, actor, now))
        } else {
            let row = try ApplicationRow(application)
            row.requestKey = requestKey
            try await insert(row, event(row, actor, now))
        }
    }

    /// The application `applicant` created under `requestKey`, if any.
    public func application(of applicant: UnifiedSocialCreditCode, requestKey: String) async throws -> LicenseApplication? {
        try await ApplicationRow.query(on: db).filter(\.$applicantCode == applicant.rawValue).filter(\.$requestKey == requestKey).first()?.domain()
    }

    /// The next 企业生产许可证编号 under an industry and product code.
    public func nextLicenseSerial(industryCode: Int, productCode: Int) async throws -> Int {
        try await NumberCounter.next(in: "license:\(industryCode.zeroPadded(2))-\(productCode.zeroPadded(3))", on: sql)
    }

    /// Every certificate `code` holds or held, in number order.
    public func certificates(heldBy code: UnifiedSocialCreditCode) async throws -> [Certificate] {
        try await CertificateRow.query(on: db).filter(\.$holderCode == code.rawValue).sort(\.$id).all().map { try $0.domain() }
    }

    /// Writes a certificate's new version with its signed note.
    public func issue(_ certificate: Certificate, note: String, by actor: ActorReference, at now: Date) async throws {
        let row = try CertificateRow(certificate, note: note)
        let event = DomainEvent(
            kind: .certificateIssued, actor: actor, subject: .init(kind: CertificateRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:]
        )
        if let existing = try await CertificateRow.find(row.id, on: db) {
            try existing.replace(with: row)
            try await update(existing, event)
        } else {
            try await insert(row, event)
        }
    }

    private func event(_ row: ApplicationRow, _ actor: ActorReference, _ now: Date) -> DomainEvent {
        DomainEvent(kind: .applicationSaved, actor: actor, subject: .init(kind: ApplicationRow.subjectKind, id: row.subjectID), occurredAt: now, fields: [:])
    }
}

extension CertificateRow {
    /// Every column of `other`, for a reissue under the same number.
    func replace(with other: CertificateRow) throws {
        version = other.version
        identifier = other.identifier
        holderName = other.holderName
        holderCode = other.holderCode
        residence = other.residence
        productionAddress = other.productionAddress
        products = other.products
        issuedOn = other.issuedOn
        validUntil = other.validUntil
        issuer = other.issuer
        status = other.status
        caseNumber = other.caseNumber
        servedAt = other.servedAt
        note = other.note
    }
}

/// Applications and certificates, read-only.
public struct LicensingRepository: Sendable {
    let store: Store

    public func application(_ number: CaseNumber) async throws -> LicenseApplication? {
        try await ApplicationRow.find(number.description, on: try store.database())?.domain()
    }

    public func applications(of code: UnifiedSocialCreditCode) async throws -> [LicenseApplication] {
        try await ApplicationRow.query(on: try store.database()).filter(\.$applicantCode == code.rawValue)
            .sort(\.$id, .descending).all().map { try $0.domain() }
    }

    /// Applications of `districts` (nil: every district), latest first.
    public func applications(in districts: Set<DistrictCode>?, limit: Int) async throws -> [LicenseApplication] {
        var query = ApplicationRow.query(on: try store.database())
        if let districts { query = query.filter(\.$district ~~ districts.map(\.rawValue)) }
        return try await query.sort(\.$createdAt, .descending).limit(limit).all().map { try $0.domain() }
    }

    public func certificate(_ number: LicenseNumber) async throws -> (Certificate, note: String)? {
        guard let row = try await CertificateRow.find(number.description, on: try store.database()) else { return nil }
        return (try row.domain(), row.note)
    }

    /// The holder's certificate: the one in force, else the latest ended.
    public func certificate(heldBy code: UnifiedSocialCreditCode) async throws -> Certificate? {
        let held = try await CertificateRow.query(on: try store.database()).filter(\.$holderCode == code.rawValue).sort(\.$id).all().map { try $0.domain() }
        return held.first { $0.status == .valid } ?? held.last
    }

    /// Certificates in force on paper that expire on or before `day`:
    /// those the renewal reminders look at (LIC-10).
    public func certificates(expiringBy day: CivilDate, limit: Int) async throws -> [Certificate] {
        try await CertificateRow.query(on: try store.database()).filter(\.$status == CertificateStatus.valid.rawValue)
            .filter(\.$validUntil <= day.description).sort(\.$validUntil).limit(limit).all().map { try $0.domain() }
    }

    /// By number, holder name (part of it) or credit code; at most `limit`.
    public func search(_ text: String, limit: Int) async throws -> [Certificate] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        let rows = try await CertificateRow.query(on: try store.database()).group(.or) { group in
            group.filter(\.$id == query).filter(\.$holderCode == query.uppercased()).filter(\.$holderName, .contains(inverse: false, .anywhere), query)
        }.sort(\.$id).limit(limit).all()
        return try rows.map { try $0.domain() }
    }
}

extension Store {
    public var licensing: LicensingRepository { LicensingRepository(store: self) }
}
