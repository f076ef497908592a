import Foundation
import PermitCore
@testable import PermitServer
import Testing
import Vapor
import VaporTesting

@Suite("Calendar API — deadlines, and a new year without a code change (X-1)")
struct CalendarAPITests {
    @Test("deadlines across the 2025 National Day and 2026 Spring Festival; a year with no data is a clear 422")
    func deadlines() async throws {
        try await withTestApp { app in
            let headers = app.account("pudong.inspector").bearer
            let national = try await app.send(.GET, "/api/v1/calendar/add-working-days?from=2025-09-30&days=1", headers: headers)
            let spring = try await app.send(.GET, "/api/v1/calendar/add-working-days?from=2026-02-13&days=2", headers: headers)
            let uncovered = try await app.send(.GET, "/api/v1/calendar/add-working-days?from=2026-12-30&days=5", headers: headers)
            let malformed = try await app.send(.GET, "/api/v1/calendar/add-working-days?from=2025/09/30&days=x", headers: headers)

            #expect(try national.content.decode(CalendarAPIController.DueDTO.self).due == "2025-10-09")
            #expect(try spring.content.decode(CalendarAPIController.DueDTO.self).due == "2026-02-24")
            #expect(uncovered.status == .conflict && uncovered.text.contains("2027 年的节假日安排尚未录入"))
            #expect(malformed.status == .unprocessableEntity)
            #expect(malformed.text.contains(#""field":"from""#) && malformed.text.contains(#""field":"days""#))
        }
    }

    @Test("the city bureau loads 2027; deadlines then reach into it; a second load is a 409; others may not load")
    func addYear() async throws {
        try await withTestApp { app in
            var headers = app.account("city.admin").bearer
            headers.contentType = .plainText
            let notice = "year 2027\nnotice 国办发明电〔2026〕99号\n2027-01-01 holiday 元旦\n2027-01-02 holiday 元旦\n2027-01-03 holiday 元旦\n"
            var officer = app.account("pudong.officer").bearer
            officer.contentType = .plainText

            let refused = try await app.send(.POST, "/api/v1/calendar/years", headers: officer, body: notice)
            let added = try await app.send(.POST, "/api/v1/calendar/years", headers: headers, body: notice)
            let again = try await app.send(.POST, "/api/v1/calendar/years", headers: headers, body: notice)
            let bad = try await app.send(.POST, "/api/v1/calendar/years", headers: headers, body: "year 2028\n2028-13-01 holiday x\n")
            let due = try await app.send(.GET, "/api/v1/calendar/add-working-days?from=2026-12-30&days=5", headers: headers)

            #expect(refused.status == .forbidden)
            #expect(added.status == .created)
            #expect(again.status == .conflict)
            #expect(bad.status == .unprocessableEntity && bad.text.contains("第 2 行"))
            #expect(try due.content.decode(CalendarAPIController.DueDTO.self).due == "2027-01-07")
        }
    }
}

@Suite("Calendar page (X-1)")
struct CalendarPageTests {
    @Test("the page lists a year's days and computes a deadline, in the user's language")
    func page() async throws {
        try await withTestApp { app in
            let headers = app.account("pudong.inspector").cookie
            let res = try await app.send(.GET, "/calendar?year=2025&from=2025-09-30&days=3", headers: headers)
            let uncovered = try await app.send(.GET, "/calendar?from=2026-12-30&days=5", headers: headers)

            #expect(res.status == .ok)
            #expect(res.text.contains("<strong>2025-10-11</strong>"))
            #expect(res.text.contains("2025-10-01") && res.text.contains("国庆节"))
            #expect(uncovered.text.contains("2027 年的节假日安排尚未录入"))
        }
    }
}
