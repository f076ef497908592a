import Foundation
import MultipartKit
import PermitCore
import PermitStore
import Vapor

/// A file uploaded in a request, written to a private temporary file as the
/// body arrives, so that even the largest file accepted never sits whole in
/// memory. The file lives as long as `Request.withUpload`'s closure runs.
struct Upload: Sendable {
    let url: URL
    /// A form's text fields (its token and options); none for a bare body.
    let fields: [String: String]

    /// The file's bytes, mapped from disk rather than read into memory.
    func contents() throws -> Data {
        try Data(contentsOf: url, options: .alwaysMapped)
    }
}

extension Request {
    /// Streams the body to a temporary file and runs `use` with it: the body
    /// itself when `formField` is nil, else that part of a
    /// `multipart/form-data` body. A body of more than `limit` bytes is
    /// refused as a collected one would be, with 413.
    func withUpload<T>(formField: String? = nil, limit: Int = CSVFile.maxBytes, _ use: (Upload) async throws -> T) async throws -> T {
        let (url, handle) = try PrivateFiles.createTemporaryFile(prefix: "permittrail-upload")
        defer { try? FileManager.default.removeItem(at: url) }
        let pool = application.threadPool
        let fields: [String: String]
        do {
            let write: @Sendable (ByteBuffer) async throws -> Void = { file in
                // Off the concurrency pool's threads, which a disk write would block.
                try await pool.runIfActive { try handle.write(contentsOf: file.readableBytesView) }
            }
            if let formField {
                fields = try await streamForm(fileField: formField, limit: limit, into: write).fields
            } else {
                try await streamBody(limit: limit, into: write)
                fields = [:]
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        return try await use(Upload(url: url, fields: fields))
    }

    /// Hands on the file part of a `multipart/form-data` body as it arrives,
    /// and returns the form's text fields and the file's name as the client
    /// gave it (metadata only, never a path) once the body has ended.
    func streamForm(
        fileField: String, limit: Int, into write: @Sendable (ByteBuffer) async throws -> Void
    ) async throws -> (fields: [String: String], fileName: String?) {
        let form = try StreamedForm(self, fileField: fileField)
        try await streamBody(limit: limit) { chunk in
            let file = try form.fileBytes(in: chunk)
            if file.readableBytes > 0 { try await write(file) }
        }
        return (try form.fields(), form.fileName)
    }

    /// The body chunk by chunk, refused with 413 past `limit` bytes as a
    /// collected one would be.
    private func streamBody(limit: Int, into handle: (ByteBuffer) async throws -> Void) async throws {
        var received = 0
        for try await chunk in body {
            received += chunk.readableBytes
            guard received <= limit else { throw Abort(.payloadTooLarge) }
            try await handle(chunk)
        }
    }
}

/// A `multipart/form-data` body parsed as it streams: the file part's bytes
/// are handed on as they come, the other parts kept as short text fields.
private final class StreamedForm {
    /// Longer than any token or option the upload forms send.
    static let maxFieldBytes = 1024

    private let parser: MultipartParser
    private var part: String?
    private var file = ByteBuffer()
    private var text: [UInt8] = []
    private var collected: [String: String] = [:]
    private var isFieldTooLong = false
    /// The client's name for the file, from its part's header.
    private(set) var fileName: String?

    init(_ request: Request, fileField: String) throws {
        guard let type = request.headers.contentType, type.type == "multipart", type.subType == "form-data",
              let boundary = type.parameters["boundary"]
        else { throw Problem(kind: .unsupportedMediaType, detail: .problemUnsupportedMediaTypeDetail) }
        parser = MultipartParser(boundary: boundary)
        parser.onHeader = { [unowned self] name, value in
            guard name.lowercased() == "content-disposition" else { return }
            var headers = HTTPHeaders()
            headers.add(name: .contentDisposition, value: value)
            part = headers.contentDisposition?.name
            if part == fileField { fileName = headers.contentDisposition?.filename }
        }
        parser.onBody = { [unowned self] buffer in
            if part == fileField {
                file.writeBuffer(&buffer)
            } else if text.count + buffer.readableBytes <= Self.maxFieldBytes {
                text += buffer.readableBytesView
            } else {
                isFieldTooLong = true
            }
        }
        parser.onPartComplete = { [unowned self] in
            if let part, part != fileField { collected[part] = String(decoding: text, as: UTF8.self) }
            part = nil
            text.removeAll(keepingCapacity: true)
        }
    }

    /// The file's bytes within the next chunk of the body.
    func fileBytes(in chunk: ByteBuffer) throws -> ByteBuffer {
        try parser.execute(chunk)
        defer { file = ByteBuffer() }
        return file
    }

    /// The text fields, once the whole body is parsed.
    func fields() throws -> [String: String] {
        guard !isFieldTooLong else { throw Abort(.badRequest) }
        return collected
    }
}
