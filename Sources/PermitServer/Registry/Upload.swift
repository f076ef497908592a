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
        let form = try formField.map { try StreamedForm(self, fileField: $0) }
        let pool = application.threadPool
        var received = 0
        do {
            for try await chunk in body {
                received += chunk.readableBytes
                guard received <= limit else { throw Abort(.payloadTooLarge) }
                let file = try form?.fileBytes(in: chunk) ?? chunk
                guard file.readableBytes > 0 else { continue }
                // Off the concurrency pool's threads, which a disk write would block.
                try await pool.runIfActive { try handle.write(contentsOf: file.readableBytesView) }
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        return try await use(Upload(url: url, fields: try form?.fields() ?? [:]))
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
