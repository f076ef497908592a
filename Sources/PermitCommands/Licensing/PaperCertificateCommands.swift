import Foundation
import PermitCore
import PermitStore

/// 纸质证书 (LIC-7): the holder asks for a paper copy of the version in
/// force; an officer of its district (or the city bureau) records it sent
/// or collected.
public enum PaperCertificateCommands {
    public static func request(_ number: String, delivery: String, address: String, in context: CommandContext) async throws -> PaperCertificateRequest {
        let user = try context.requireUser()
        guard user.role == .enterprise, let holder = user.organisation else { throw CommandError.denied(.roleNotPermitted(user.role)) }
        guard let licence = try? LicenseNumber(parsing: number) else { throw CommandError.notFound }
        let (now, actor, id) = (context.now, context.actor.reference, context.ids.next(PaperRequestID.self))
        return try await context.store.write { transaction in
            guard let certificate = try await transaction.certificate(licence), certificate.holderCreditCode == holder else { throw CommandError.notFound }
            let pending = try await transaction.paperRequests(of: licence).contains { $0.handover == nil && $0.version == certificate.version }
            let request = try PaperCertificates.request(
                id: id, of: certificate, delivery: delivery, address: address, pendingForVersion: pending, by: actor, at: now
            )
            try await transaction.save(request, by: actor, at: now)
            return request
        }
    }

    public static func handOver(_ id: String, note: String, in context: CommandContext) async throws -> PaperCertificateRequest {
        let user = try context.requireUser()
        guard let requestID = PaperRequestID(id) else { throw CommandError.notFound }
        let (now, actor) = (context.now, context.actor.reference)
        return try await context.store.write { transaction in
            guard let request = try await transaction.paperRequest(requestID),
                  let holder = try await transaction.enterprise(creditCode: request.holder)
            else { throw CommandError.notFound }
            try context.requireBureauOfficer(user, for: holder.registeredDistrict)
            let handed = try PaperCertificates.handOver(request, note: note, by: actor, at: now)
            try await transaction.save(handed, by: actor, at: now)
            return handed
        }
    }

    /// What waits: the holder's own requests, or those an officer may hand
    /// over (the city all, a district its holders').
    public static func pending(in context: CommandContext) async throws -> [PaperCertificateRequest] {
        let user = try context.requireUser()
        switch user.role {
        case .enterprise:
            guard let holder = user.organisation else { return [] }
            return try await context.store.licensing.pendingPaperRequests(of: holder)
        case .cityOfficer:
            return try await context.store.licensing.pendingPaperRequests()
        case .districtOfficer:
            var mine: [PaperCertificateRequest] = []
            for request in try await context.store.licensing.pendingPaperRequests() {
                let holder = try await context.store.enterprises.enterprise(creditCode: request.holder)
                if holder?.registeredDistrict == user.district { mine.append(request) }
            }
            return mine
        default:
            return []
        }
    }
}
