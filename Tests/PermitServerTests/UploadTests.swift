import Foundation
@testable import PermitServer
import PermitStore
import Testing
import Vapor
import VaporTesting

/// Import uploads are streamed to a private temporary file, never collected
/// whole in memory, and refused past their limit (issue 15, item 9).
@Suite("Uploads — streamed to a temporary file within their limit")
struct UploadTests {
    @Test("an import upload over the limit is a 413 problem naming the upload's own limit")
    func oversizedImport() async throws {
        try await withTestApp { app in
            var headers = app.account("city.admin").bearer
            headers.replaceOrAdd(name: .contentType, value: "text/csv")

            let res = try await app.send(
                .POST, "/api/v1/inspectors/import", headers: headers, body: String(repeating: "a", count: CSVFile.maxBytes + 1)
            )

            #expect(res.status == .payloadTooLarge)
            #expect(res.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(res.problem?.detail == "请求体超过 \(CSVFile.maxBytes) 字节的上限。")
        }
    }

    @Test("a body streamed past the limit is refused while it arrives, and its file is gone")
    func streamedPastLimit() async throws {
        try await withTestApp { app in
            let req = Self.request(app, body: String(repeating: "a", count: 11), contentType: "text/csv")
            nonisolated(unsafe) var spooled: URL?

            await #expect(throws: Abort.self) {
                try await req.withUpload(limit: 10) { spooled = $0.url }
            }
            let within = try await req.withUpload(limit: 11) { upload in
                spooled = upload.url
                return try upload.contents()
            }

            #expect(within == Data(String(repeating: "a", count: 11).utf8))
            #expect(spooled.map { FileManager.default.fileExists(atPath: $0.path) } == false)
        }
    }

    @Test("a form upload keeps the file part on disk and the other parts as fields")
    func formParts() async throws {
        try await withTestApp { app in
            let boundary = "----permittrail"
            let body = [
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n名称\r\n甲\r\n",
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n1\r\n",
                "--\(boundary)--\r\n",
            ].joined()
            let req = Self.request(app, body: body, contentType: "multipart/form-data; boundary=\(boundary)")

            let (fields, contents) = try await req.withUpload(formField: "file") { ($0.fields, try $0.contents()) }

            #expect(fields == ["csrf": "token", "dryRun": "1"])
            #expect(String(decoding: contents, as: UTF8.self) == "名称\r\n甲")
        }
    }

    private static func request(_ app: TestApp, body: String, contentType: String) -> Request {
        Request(
            application: app.app, method: .POST, url: "/upload", headers: ["Content-Type": contentType],
            collectedBody: ByteBuffer(string: body), on: app.app.eventLoopGroup.any()
        )
    }
}
