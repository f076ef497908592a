import Foundation
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

@Suite("Inspector import over HTTP (RND-2)")
struct InspectorImportAPITests {
    static let csv = """
        district,name,unit,position,phone,certificate_number
        310115,张伟,浦东新区市场监督管理局,科长,13812345678,SH-31011500009
        310104,李娜,徐汇区市场监督管理局,科员,bad,SH-31010400009

        """

    @Test("the API names the bad row in a dry run, refuses the whole file, and imports the good rows on request")
    func api() async throws {
        try await withTestApp { app in
            var headers = app.account("city.admin").bearer
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")

            let dry = try await app.send(.POST, "/api/v1/inspectors/import?dryRun=true", headers: headers, body: Self.csv)
            let refused = try await app.send(.POST, "/api/v1/inspectors/import", headers: headers, body: Self.csv)
            let skipping = try await app.send(.POST, "/api/v1/inspectors/import?skipInvalid=true", headers: headers, body: Self.csv)
            let officer = try await app.send(.POST, "/api/v1/inspectors/import", headers: app.account("pudong.officer").bearer, body: Self.csv)

            #expect(dry.status == .ok && dry.text.contains(#""line":3"#) && dry.text.contains("联系电话：格式不正确"))
            #expect(refused.status == .unprocessableEntity)
            #expect(skipping.status == .created && skipping.text.contains(#""imported":1"#))
            #expect(officer.status == .forbidden)
        }
    }
}
