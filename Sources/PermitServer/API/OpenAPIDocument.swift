import Vapor

/// The OpenAPI 3.1 description of `/api/v1`, served at
/// `/api/v1/openapi.json`. Written out operation by operation; a test fails
/// when a registered API route is missing here.
enum OpenAPIDocument {
    struct Operation {
        let method: String
        let path: String
        let summary: String
        let tag: String
        let request: String?
        let success: (status: Int, schema: String?)
        let problems: [Int]
        let isPublic: Bool
    }

    static let operations: [Operation] = coreOperations + registryOperations

    private static let coreOperations: [Operation] = [
        Operation(method: "post", path: "/api/v1/auth/token", summary: "登录并获取访问令牌 — sign in, get a bearer token", tag: "auth",
                  request: "TokenRequest", success: (201, "Token"), problems: [401, 422, 429], isPublic: true),
        Operation(method: "delete", path: "/api/v1/auth/token", summary: "注销当前令牌 — revoke the current token", tag: "auth",
                  request: nil, success: (204, nil), problems: [401], isPublic: false),
        Operation(method: "get", path: "/api/v1/me", summary: "当前用户 — the signed-in user", tag: "auth",
                  request: nil, success: (200, "User"), problems: [401], isPublic: false),
        Operation(method: "get", path: "/api/v1/users", summary: "用户列表 — all users", tag: "users",
                  request: nil, success: (200, "UserList"), problems: [401, 403], isPublic: false),
        Operation(method: "post", path: "/api/v1/users", summary: "新建用户 — create a user", tag: "users",
                  request: "NewUser", success: (201, "User"), problems: [400, 401, 403, 409, 413, 415, 422], isPublic: false),
        Operation(method: "post", path: "/api/v1/users/{username}/disable", summary: "停用用户 — disable a user", tag: "users",
                  request: nil, success: (200, "User"), problems: [401, 403, 404, 409], isPublic: false),
        Operation(method: "get", path: "/api/v1/districts", summary: "辖区列表 — all districts", tag: "districts",
                  request: nil, success: (200, "DistrictList"), problems: [401], isPublic: false),
        Operation(method: "post", path: "/api/v1/districts", summary: "新增辖区 — add a district", tag: "districts",
                  request: "NewDistrict", success: (201, "District"), problems: [400, 401, 403, 409, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/districts/{code}/users", summary: "辖区用户 — users of one district", tag: "districts",
                  request: nil, success: (200, "UserList"), problems: [401, 403, 404], isPublic: false),
        Operation(method: "get", path: "/api/v1/ledger/checkpoint", summary: "最新签名检查点 — latest signed checkpoint", tag: "ledger",
                  request: nil, success: (200, "Checkpoint"), problems: [], isPublic: true),
        Operation(method: "get", path: "/api/v1/ledger/public-key", summary: "检查点公钥 — checkpoint verifier key", tag: "ledger",
                  request: nil, success: (200, "PublicKey"), problems: [], isPublic: true),
        Operation(method: "get", path: "/api/v1/ledger/proofs/inclusion",
                  summary: "包含证明（?index= 或 ?leafHash=，可选 &size=）— inclusion proof", tag: "ledger",
                  request: nil, success: (200, "InclusionProof"), problems: [404, 422], isPublic: true),
        Operation(method: "get", path: "/api/v1/ledger/proofs/consistency",
                  summary: "一致性证明（?size1=，可选 &size2=）— consistency proof", tag: "ledger",
                  request: nil, success: (200, "ConsistencyProof"), problems: [422], isPublic: true),
        Operation(method: "get", path: "/api/v1/ledger/entries", summary: "账本记录（?start=&count=，至多 1000）— ledger entries", tag: "ledger",
                  request: nil, success: (200, "EntryList"), problems: [401, 403, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/enterprises",
                  summary: "搜索企业（?q= 名称任意部分、信用代码或许可证编号；?district=；?limit=&offset=）— search enterprises",
                  tag: "enterprises", request: nil, success: (200, "EnterpriseList"), problems: [401, 403, 422], isPublic: false),
        Operation(method: "post", path: "/api/v1/enterprises", summary: "登记企业 — register an enterprise", tag: "enterprises",
                  request: "EnterpriseDraft", success: (201, "Enterprise"), problems: [400, 401, 403, 409, 415, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/enterprises/export", summary: "导出 CSV（?district=）— export as CSV", tag: "enterprises",
                  request: nil, success: (200, nil), problems: [401, 403, 422], isPublic: false),
        Operation(method: "post", path: "/api/v1/enterprises/import",
                  summary: "导入 CSV（正文为 text/csv；?dryRun=true 仅检查；?skipInvalid=true 跳过有误行）— import CSV", tag: "enterprises",
                  request: nil, success: (201, "ImportReport"), problems: [401, 403, 413, 422], isPublic: false),
        Operation(method: "post", path: "/api/v1/inspectors/import",
                  summary: "导入执法检查人员 CSV（正文为 text/csv；?dryRun=true；?skipInvalid=true）— import inspectors", tag: "inspectors",
                  request: nil, success: (201, "ImportReport"), problems: [401, 403, 413, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/enterprises/{id}", summary: "企业详情 — one enterprise", tag: "enterprises",
                  request: nil, success: (200, "Enterprise"), problems: [401, 403, 404], isPublic: false),
        Operation(method: "put", path: "/api/v1/enterprises/{id}", summary: "更新企业 — update an enterprise", tag: "enterprises",
                  request: "EnterpriseDraft", success: (200, "Enterprise"), problems: [400, 401, 403, 404, 409, 415, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/enterprises/{id}/history", summary: "企业变更记录 — history from the ledger",
                  tag: "enterprises", request: nil, success: (200, "EnterpriseHistory"), problems: [401, 403, 404], isPublic: false),
        Operation(method: "get", path: "/api/v1/calendar/years", summary: "已录入的节假日安排 — loaded holiday arrangements",
                  tag: "calendar", request: nil, success: (200, "CalendarYearList"), problems: [401], isPublic: false),
        Operation(method: "get", path: "/api/v1/calendar/years/{year}", summary: "某年节假日安排 — one year's arrangement",
                  tag: "calendar", request: nil, success: (200, "CalendarYear"), problems: [401, 422], isPublic: false),
        Operation(method: "post", path: "/api/v1/calendar/years",
                  summary: "录入新一年的国务院通知（text/plain，每行 YYYY-MM-DD holiday|workday 名称）— add a year", tag: "calendar",
                  request: nil, success: (201, "CalendarYear"), problems: [401, 403, 409, 415, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/calendar/add-working-days", summary: "按工作日计算期限（?from=YYYY-MM-DD&days=N）— deadline",
                  tag: "calendar", request: nil, success: (200, "Deadline"), problems: [401, 422], isPublic: false),
        Operation(method: "get", path: "/api/v1/openapi.json", summary: "本文档 — this document", tag: "meta",
                  request: nil, success: (200, nil), problems: [], isPublic: true),
    ]

    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "PermitTrail API",
            "version": "1.0.0",
            "description": "工业产品生产许可全过程管理接口。错误以 RFC 9457 application/problem+json 返回。",
        ],
        "servers": [["url": "/"]],
        "paths": paths,
        "components": [
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            "schemas": .object(schemaMembers(schemas) + schemaMembers(registrySchemas)),
        ],
    ]

    private static var paths: JSONValue {
        var grouped: [(String, [(String, JSONValue)])] = []
        for operation in operations {
            let entry = (operation.method, describe(operation))
            if let index = grouped.firstIndex(where: { $0.0 == operation.path }) {
                grouped[index].1.append(entry)
            } else {
                grouped.append((operation.path, [entry]))
            }
        }
        return .object(grouped.map { ($0.0, .object($0.1)) })
    }

    private static func describe(_ operation: Operation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("summary", .string(operation.summary)),
            ("tags", [.string(operation.tag)]),
        ]
        let parameters = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { name -> JSONValue in
            ["name": .string(String(name.dropFirst().dropLast())), "in": "path", "required": true, "schema": ["type": "string"]]
        }
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if let request = operation.request {
            members.append(("requestBody", ["required": true, "content": ["application/json": ["schema": reference(request)]]]))
        }
        var responses: [(String, JSONValue)] = [
            (String(operation.success.status), operation.success.schema.map {
                ["description": "OK", "content": ["application/json": ["schema": reference($0)]]]
            } ?? ["description": "OK"]),
        ]
        responses += operation.problems.map {
            (String($0), ["description": "Problem", "content": ["application/problem+json": ["schema": reference("Problem")]]])
        }
        members.append(("responses", .object(responses)))
        members.append(("security", operation.isPublic ? [] : [["bearer": []]]))
        return .object(members)
    }

    static func reference(_ schema: String) -> JSONValue {
        ["$ref": .string("#/components/schemas/\(schema)")]
    }

    static func object(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        ["type": "object", "properties": .object(properties), "required": .array(required.map(JSONValue.string))]
    }

    static let string: JSONValue = ["type": "string"]
    private static let roles: JSONValue = [
        "type": "string",
        "enum": ["city_officer", "district_officer", "inspector", "reviewer", "enterprise", "testing_agency", "auditor"],
    ]

    private static let schemas: JSONValue = [
        "User": object([
            ("username", string), ("displayName", string), ("role", roles),
            ("district", ["type": ["string", "null"]]), ("active", ["type": "boolean"]),
            ("createdAt", ["type": "string", "format": "date-time"]),
        ], required: ["username", "displayName", "role", "active", "createdAt"]),
        "UserList": ["type": "array", "items": reference("User")],
        "NewUser": object([
            ("username", ["type": "string", "pattern": "^[A-Za-z0-9._-]{3,32}$"]), ("displayName", string), ("role", roles),
            ("district", ["type": "string", "pattern": "^[0-9]{6}$"]), ("password", ["type": "string", "minLength": 10]),
        ], required: ["username", "displayName", "role", "password"]),
        "District": object([("code", string), ("name", string), ("level", ["type": "string", "enum": ["city", "district"]])],
                           required: ["code", "name", "level"]),
        "DistrictList": ["type": "array", "items": reference("District")],
        "NewDistrict": object([("code", ["type": "string", "pattern": "^[0-9]{6}$"]), ("name", string),
                               ("level", ["type": "string", "enum": ["city", "district"]])], required: ["code", "name", "level"]),
        "TokenRequest": object([("username", string), ("password", string)], required: ["username", "password"]),
        "Token": object([("token", string), ("tokenType", string), ("expiresAt", ["type": "string", "format": "date-time"]),
                         ("user", reference("User"))], required: ["token", "tokenType", "expiresAt", "user"]),
        "Checkpoint": object([("origin", string), ("size", ["type": "integer"]), ("root", string), ("note", string)],
                             required: ["origin", "size", "root", "note"]),
        "PublicKey": object([("origin", string), ("verifierKey", string)], required: ["origin", "verifierKey"]),
        "InclusionProof": object([("leafIdx", ["type": "integer"]), ("treeSize", ["type": "integer"]), ("root", string),
                                  ("leafHash", string), ("proof", ["type": "array", "items": string])],
                                 required: ["leafIdx", "treeSize", "root", "leafHash", "proof"]),
        "ConsistencyProof": object([("size1", ["type": "integer"]), ("size2", ["type": "integer"]), ("root1", string),
                                    ("root2", string), ("proof", ["type": "array", "items": string])],
                                   required: ["size1", "size2", "root1", "root2", "proof"]),
        "EntryList": ["type": "array", "items": object([
            ("index", ["type": "integer"]), ("leafHash", string), ("eventType", string), ("actor", string),
            ("subjectKind", string), ("subjectID", string), ("time", ["type": "string", "format": "date-time"]),
            ("fields", ["type": "object", "additionalProperties": string]), ("evidence", ["type": "array", "items": string]),
            ("entry", string),
        ], required: ["index", "leafHash", "eventType", "actor", "subjectKind", "subjectID", "time", "fields", "evidence", "entry"])],
        "Enterprise": object([
            ("id", string), ("name", string), ("creditCode", string), ("registeredAddress", string),
            ("registeredDistrict", string),
            ("productionSites", ["type": "array", "items": object([("address", string), ("district", string)], required: ["address", "district"])]),
            ("legalRepresentative", string), ("phone", string),
            ("licenses", ["type": "array", "items": object([("number", string), ("issuedOn", string), ("validUntil", string),
                                                            ("productScope", string)],
                                                           required: ["number", "issuedOn", "validUntil", "productScope"])]),
            ("riskTier", ["type": ["string", "null"]]), ("classification", ["type": ["string", "null"]]),
        ], required: ["id", "name", "creditCode", "registeredAddress", "registeredDistrict", "productionSites",
                      "legalRepresentative", "phone", "licenses"]),
        "EnterpriseList": ["type": "array", "items": reference("Enterprise")],
        "EnterpriseDraft": object([
            ("name", string), ("creditCode", ["type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"]),
            ("registeredAddress", string), ("registeredDistrict", ["type": "string", "pattern": "^[0-9]{6}$"]),
            ("productionAddress", string), ("productionDistrict", ["type": "string", "pattern": "^[0-9]{6}$"]),
            ("legalRepresentative", string), ("phone", string), ("licenseNumber", string),
            ("licenseIssuedOn", ["type": "string", "format": "date"]), ("licenseValidUntil", ["type": "string", "format": "date"]),
            ("productScope", string),
        ], required: ["name", "creditCode", "registeredAddress", "registeredDistrict", "productionAddress",
                      "productionDistrict", "legalRepresentative", "phone"]),
        "EnterpriseHistory": ["type": "array", "items": object([
            ("index", ["type": "integer"]), ("eventType", string), ("actor", string),
            ("time", ["type": "string", "format": "date-time"]), ("fields", ["type": "object", "additionalProperties": string]),
            ("leafHash", string),
        ], required: ["index", "eventType", "actor", "time", "fields", "leafHash"])],
        "ImportReport": object([
            ("dryRun", ["type": "boolean"]), ("accepted", ["type": "integer"]), ("imported", ["type": "integer"]),
            ("rejected", ["type": "array", "items": object([("line", ["type": "integer"]), ("errors", ["type": "array", "items": string])],
                                                           required: ["line", "errors"])]),
        ], required: ["dryRun", "accepted", "imported", "rejected"]),
        "CalendarYear": object([
            ("year", ["type": "integer"]), ("notice", ["type": ["string", "null"]]),
            ("days", ["type": "array", "items": object([("date", ["type": "string", "format": "date"]),
                                                        ("kind", ["type": "string", "enum": ["holiday", "workday"]]), ("name", string)],
                                                       required: ["date", "kind", "name"])]),
        ], required: ["year", "days"]),
        "CalendarYearList": ["type": "array", "items": reference("CalendarYear")],
        "Deadline": object([("from", ["type": "string", "format": "date"]), ("workingDays", ["type": "integer"]),
                            ("due", ["type": "string", "format": "date"])], required: ["from", "workingDays", "due"]),
        "Problem": object([
            ("type", string), ("title", string), ("status", ["type": "integer"]), ("detail", string), ("instance", string),
            ("requestId", string),
            ("errors", ["type": "array", "items": object([("field", string), ("detail", string)], required: ["field", "detail"])]),
        ], required: ["type", "title", "status"]),
    ]

    private static func schemaMembers(_ value: JSONValue) -> [(String, JSONValue)] {
        if case .object(let members) = value { members } else { [] }
    }

    @Sendable static func serve(req: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(document)))
    }
}
