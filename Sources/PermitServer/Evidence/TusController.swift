import Foundation
import PermitCommands
import PermitCore
import PermitStore
import Vapor

/// tus 1.0 over `/api/v1/uploads`: core, creation, checksum (sha1 and
/// sha256) and termination of unfinished uploads. An upload belongs to its
/// creator; anyone else is told it does not exist.
enum TusController {
    @Sendable static func options(req: Request) async throws -> Response {
        let response = Response(status: .noContent)
        response.headers.replaceOrAdd(name: "Tus-Version", value: TusProtocol.version)
        response.headers.replaceOrAdd(name: "Tus-Extension", value: TusProtocol.extensions)
        response.headers.replaceOrAdd(name: "Tus-Max-Size", value: String(req.appContext.configuration.maxUploadSize))
        response.headers.replaceOrAdd(name: "Tus-Checksum-Algorithm", value: ChunkChecksum.Algorithm.allCases.map(\.rawValue).joined(separator: ","))
        return response
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let length = try TusProtocol.count("Upload-Length", in: req.headers)
        let limit = req.appContext.configuration.maxUploadSize
        guard length <= limit else { throw UploadError.tooLong(length: limit) }
        let metadata = try TusProtocol.metadata(req.headers.first(name: "Upload-Metadata"))
        let id = req.commandContext.ids.next(UploadTag.ID.self).description.replacingOccurrences(of: "-", with: "")
        let info = try await req.application.threadPool.runIfActive {
            try req.store.evidence.uploads.create(id: id, length: length, metadata: metadata, owner: user.username.rawValue, at: req.now)
        }
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: EvidenceURL.upload(.value(info.id)).path)
        response.headers.replaceOrAdd(name: "Upload-Offset", value: String(info.offset))
        return response
    }

    @Sendable static func head(req: Request) async throws -> Response {
        let info = try ownUpload(req)
        let response = Response(status: .ok)
        response.headers.replaceOrAdd(name: "Upload-Offset", value: String(info.offset))
        response.headers.replaceOrAdd(name: "Upload-Length", value: String(info.length))
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable static func patch(req: Request) async throws -> Response {
        let info = try ownUpload(req)
        guard req.headers.contentType?.serialize() == TusProtocol.offsetContentType else {
            throw Abort(.unsupportedMediaType)
        }
        let offset = try TusProtocol.count("Upload-Offset", in: req.headers)
        let checksum = try TusProtocol.checksum(req.headers.first(name: "Upload-Checksum"))
        let chunks = req.body.map { Data($0.readableBytesView) }
        let updated = try await req.store.evidence.uploads.append(info.id, at: offset, checksum: checksum, chunks: chunks)
        let response = Response(status: .noContent)
        response.headers.replaceOrAdd(name: "Upload-Offset", value: String(updated.offset))
        return response
    }

    /// Drops an unfinished upload; a finished one is an original and stays.
    @Sendable static func terminate(req: Request) async throws -> Response {
        let info = try ownUpload(req)
        try req.store.evidence.uploads.abandon(info.id)
        return Response(status: .noContent)
    }

    /// Not part of tus: the upload's progress and, once finished, its
    /// digest, for a client about to record it.
    @Sendable static func status(req: Request) async throws -> API.UploadDTO {
        API.UploadDTO(try ownUpload(req))
    }

    private static func ownUpload(_ req: Request) throws -> UploadInfo {
        let user = try req.requireUser()
        guard let id = req.parameters.get("id"), let info = try req.store.evidence.uploads.info(id), info.owner == user.username.rawValue else {
            throw UploadError.notFound
        }
        return info
    }
}

/// Upload ids come from the identifier source like every other id.
enum UploadTag {
    typealias ID = Identifier<UploadTag>
}

extension API {
    struct UploadDTO: Content {
        let id: String
        let length: Int
        let offset: Int
        let complete: Bool
        let sha256: String?
        let fileName: String?

        init(_ info: UploadInfo) {
            id = info.id
            length = info.length
            offset = info.offset
            complete = info.isComplete
            sha256 = info.blob?.sha256
            fileName = info.metadata["filename"]
        }
    }
}
