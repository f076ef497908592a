import Vapor

/// The OpenAPI 3.1 description of `/api/v1`, served at
/// `/api/v1/openapi.json`. Written out operation by operation; a test fails
/// when a registered API route is missing here.
enum OpenAPIDocument {
    static let operations: [Operation] =
        coreOperations + ledgerOperations + enterpriseOperations + calendarOperations + registryOperations + caseOperations
        + evidenceOperations + disclosureOperations + licensingOperations + creditOperations + inspectionOperations + inspectionTaskOperations + inspectionFollowUpOperations + supervisionOperations + oversightOperations

    private static let coreOperations: [Operation] = [
        Operation(.POST, AccountURL.api(.token), summary: "登录并获取访问令牌 — sign in, get a bearer token", tag: "auth",
                  request: "TokenRequest", success: (201, "Token"), problems: [401, 422, 429], isPublic: true),
        Operation(.DELETE, AccountURL.api(.token), summary: "注销当前令牌 — revoke the current token", tag: "auth",
                  request: nil, success: (204, nil), problems: [401], isPublic: false),
        Operation(.GET, AccountURL.api(.me), summary: "当前用户 — the signed-in user", tag: "auth",
                  request: nil, success: (200, "User"), problems: [401], isPublic: false),
        Operation(.GET, AccountURL.api(.users), summary: "用户列表 — all users", tag: "users",
                  request: nil, success: (200, "UserList"), problems: [401, 403], isPublic: false),
        Operation(.POST, AccountURL.api(.users), summary: "新建用户 — create a user", tag: "users",
                  request: "NewUser", success: (201, "User"), problems: [400, 401, 403, 409, 413, 415, 422], isPublic: false),
        Operation(.POST, AccountURL.api(.user(.key, .disable)), summary: "停用用户 — disable a user", tag: "users",
                  request: nil, success: (200, "User"), problems: [401, 403, 404, 409], isPublic: false),
        Operation(.POST, AccountURL.api(.user(.key, .enable)), summary: "重新启用用户 — enable a user again", tag: "users",
                  request: nil, success: (200, "User"), problems: [401, 403, 404], isPublic: false),
        Operation(.POST, AccountURL.api(.user(.key, .password)),
                  summary: "重置密码（用户下次登录须修改）— reset a password; the user must change it at the next sign-in", tag: "users",
                  request: "PasswordReset", success: (200, "User"), problems: [400, 401, 403, 404, 409, 413, 415, 422], isPublic: false),
        Operation(.GET, RegistryURL.api(.ownEnterprise), summary: "本企业及其许可证（企业用户）— one's own enterprise and licences",
                  tag: "auth", request: nil, success: (200, "Enterprise"), problems: [401, 403, 404], isPublic: false),
        Operation(.POST, AccountURL.api(.ownPassword), summary: "修改本人密码 — change one's own password", tag: "auth",
                  request: "PasswordChange", success: (204, nil), problems: [400, 401, 413, 415, 422], isPublic: false),
        Operation(.PUT, AccountURL.api(.district(.key)), summary: "辖区改名 — rename a district", tag: "districts",
                  request: "DistrictName", success: (200, "District"), problems: [400, 401, 403, 404, 413, 415, 422], isPublic: false),
        Operation(.GET, AccountURL.api(.loginLocks), summary: "登录限制 — accounts and addresses held up at sign-in", tag: "users",
                  request: nil, success: (200, "LoginLockList"), problems: [401, 403], isPublic: false),
        Operation(.DELETE, AccountURL.api(.loginLock(kind: .key, value: .key)), summary: "解除登录限制 — lift a sign-in delay (kind: account or address)",
                  tag: "users", request: nil, success: (204, nil), problems: [401, 403, 404], isPublic: false),
        Operation(.GET, AccountURL.api(.districts), summary: "辖区列表 — all districts", tag: "districts",
                  request: nil, success: (200, "DistrictList"), problems: [401], isPublic: false),
        Operation(.POST, AccountURL.api(.districts), summary: "新增辖区 — add a district", tag: "districts",
                  request: "NewDistrict", success: (201, "District"), problems: [400, 401, 403, 409, 422], isPublic: false),
        Operation(.GET, AccountURL.api(.districtUsers(.key)), summary: "辖区用户 — users of one district", tag: "districts",
                  request: nil, success: (200, "UserList"), problems: [401, 403, 404], isPublic: false),
        Operation(.GET, OperationsURL.openAPI, summary: "本文档 — this document", tag: "meta",
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
            "schemas": .object(
                [schemas, ledgerSchemas, enterpriseSchemas, calendarSchemas, registrySchemas, caseSchemas, evidenceSchemas, disclosureSchemas, licensingSchemas, creditSchemas, inspectionSchemas, inspectionTaskSchemas, inspectionFollowUpSchemas, supervisionSchemas, oversightSchemas].flatMap(schemaMembers)
            ),
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
        let pathParameters = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { name -> JSONValue in
            ["name": .string(String(name.dropFirst().dropLast())), "in": "path", "required": true, "schema": ["type": "string"]]
        }
        let queryParameters = operation.query.map { parameter -> JSONValue in
            ["name": .string(parameter.name), "in": "query", "required": .bool(parameter.required), "schema": parameter.schema]
        }
        let headerParameters = operation.headers.map { parameter -> JSONValue in
            ["name": .string(parameter.name), "in": "header", "required": .bool(parameter.required), "schema": parameter.schema]
        }
        let parameters = pathParameters + queryParameters + headerParameters
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if let request = operation.request {
            members.append(("requestBody", ["required": true, "content": ["application/json": ["schema": reference(request)]]]))
        } else if let mediaType = operation.rawBody {
            let content = JSONValue.object([(mediaType, ["schema": ["type": "string"]])])
            members.append(("requestBody", ["required": .bool(operation.bodyRequired), "content": content]))
        }
        var responses: [(String, JSONValue)] = [
            (String(operation.success.status), operation.success.schema.map {
                ["description": "OK", "content": ["application/json": ["schema": reference($0)]]]
            } ?? ["description": "OK"]),
        ]
        responses += operation.statuses.filter { $0 != operation.success.status }.map {
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
            ("createdAt", ["type": "string", "format": "date-time"]), ("mustChangePassword", ["type": "boolean"]),
            ("organisation", ["type": ["string", "null"]]), ("organisationName", ["type": ["string", "null"]]),
        ], required: ["username", "displayName", "role", "active", "createdAt", "mustChangePassword"]),
        "PasswordReset": object([("password", ["type": "string", "minLength": 10])], required: ["password"]),
        "PasswordChange": object([("currentPassword", string), ("newPassword", ["type": "string", "minLength": 10])],
                                 required: ["currentPassword", "newPassword"]),
        "DistrictName": object([("name", ["type": "string", "minLength": 1, "maxLength": 40])], required: ["name"]),
        "UserList": ["type": "array", "items": reference("User")],
        "NewUser": object([
            ("username", ["type": "string", "pattern": "^[A-Za-z0-9._-]{3,32}$"]), ("displayName", string), ("role", roles),
            ("district", ["type": "string", "pattern": "^[0-9]{6}$"]), ("password", ["type": "string", "minLength": 10]),
            ("organisation", ["type": "string", "pattern": "^[0-9A-HJ-NPQRTUWXY]{18}$"]),
        ], required: ["username", "displayName", "role", "password"]),
        "District": object([("code", string), ("name", string), ("level", ["type": "string", "enum": ["city", "district"]])],
                           required: ["code", "name", "level"]),
        "DistrictList": ["type": "array", "items": reference("District")],
        "NewDistrict": object([("code", ["type": "string", "pattern": "^[0-9]{6}$"]), ("name", string),
                               ("level", ["type": "string", "enum": ["city", "district"]])], required: ["code", "name", "level"]),
        "LoginLock": object([
            ("kind", ["type": "string", "enum": ["account", "address"]]), ("value", string), ("failures", ["type": "integer"]),
            ("lastFailure", ["type": "string", "format": "date-time"]), ("retryAfterSeconds", ["type": "integer"]),
        ], required: ["kind", "value", "failures", "lastFailure", "retryAfterSeconds"]),
        "LoginLockList": ["type": "array", "items": reference("LoginLock")],
        "TokenRequest": object([("username", string), ("password", string)], required: ["username", "password"]),
        "Token": object([("token", string), ("tokenType", string), ("expiresAt", ["type": "string", "format": "date-time"]),
                         ("user", reference("User"))], required: ["token", "tokenType", "expiresAt", "user"]),
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
