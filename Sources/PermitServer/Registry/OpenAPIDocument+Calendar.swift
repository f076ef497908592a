import Vapor

extension OpenAPIDocument {
    /// The working-day calendar.
    static let calendarOperations: [Operation] = [
        Operation(.GET, RegistryURL.api(.calendarYears), summary: "已录入的节假日安排 — loaded holiday arrangements",
                  tag: "calendar", request: nil, success: (200, "CalendarYearList"), problems: [401], isPublic: false),
        Operation(.GET, RegistryURL.api(.calendarYear(.key)), summary: "某年节假日安排 — one year's arrangement",
                  tag: "calendar", request: nil, success: (200, "CalendarYear"), problems: [401, 404], isPublic: false),
        Operation(.POST, RegistryURL.api(.calendarYears),
                  summary: "录入新一年的国务院通知（text/plain，每行 YYYY-MM-DD holiday|workday 名称）— add a year", tag: "calendar",
                  request: nil, success: (201, "CalendarYear"), problems: [401, 403, 409, 415, 422], isPublic: false,
                  rawBody: "text/plain"),
        Operation(.PUT, RegistryURL.api(.calendarYear(.key)),
                  summary: "更正某年安排（text/plain，作为新修订记入账本）— correct a year as a new revision", tag: "calendar",
                  request: nil, success: (200, "CalendarYear"), problems: [401, 403, 404, 409, 415, 422], isPublic: false,
                  rawBody: "text/plain"),
        Operation(.GET, RegistryURL.api(.addWorkingDays), summary: "按工作日计算期限（?from=YYYY-MM-DD&days=N）— deadline",
                  tag: "calendar", request: nil, success: (200, "Deadline"), problems: [401, 409, 422], isPublic: false,
                  query: [.text("from", format: "date", required: true), .integer("days", maximum: CalendarAPIController.maximumWorkingDays, required: true)]),
    ]

    static let calendarSchemas: JSONValue = [
        "CalendarYear": object([
            ("year", ["type": "integer"]), ("notice", ["type": ["string", "null"]]),
            ("days", ["type": "array", "items": object([("date", ["type": "string", "format": "date"]),
                                                        ("kind", ["type": "string", "enum": ["holiday", "workday"]]), ("name", string)],
                                                       required: ["date", "kind", "name"])]),
        ], required: ["year", "days"]),
        "CalendarYearList": ["type": "array", "items": reference("CalendarYear")],
        "Deadline": object([("from", ["type": "string", "format": "date"]), ("workingDays", ["type": "integer"]),
                            ("due", ["type": "string", "format": "date"])], required: ["from", "workingDays", "due"]),
    ]
}
