import Foundation
import PermitCommands
import PermitCore
import PermitLedger
import PermitStore
import Vapor

/// The enterprise database over JSON, and CSV in and out.
enum EnterprisesAPIController {
    struct SiteDTO: Content {
        let address: String
        let district: String
    }

    struct LicenseDTO: Content {
        let number: String
        let issuedOn: String
        let validUntil: String
        let productScope: String
    }

    struct EnterpriseDTO: Content {
        let id: String
        let name: String
        let creditCode: String
        let registeredAddress: String
        let registeredDistrict: String
        let productionSites: [SiteDTO]
        let legalRepresentative: String
        let phone: String
        let licenses: [LicenseDTO]
        let riskTier: String?
        let classification: String?

        init(_ enterprise: Enterprise) {
            id = enterprise.id.description
            name = enterprise.name
            creditCode = enterprise.creditCode.rawValue
            registeredAddress = enterprise.registeredAddress
            registeredDistrict = enterprise.registeredDistrict.rawValue
            productionSites = enterprise.productionSites.map { SiteDTO(address: $0.address, district: $0.district.rawValue) }
            legalRepresentative = enterprise.legalRepresentative
            phone = enterprise.phone
            licenses = enterprise.licenses.map {
                LicenseDTO(number: $0.number, issuedOn: $0.issuedOn.description, validUntil: $0.validUntil.description,
                           productScope: $0.productScope)
            }
            riskTier = enterprise.riskTier
            classification = enterprise.classification
        }
    }

    /// The fields a person fills in; licence fields are optional.
    struct DraftDTO: Content {
        let name: String
        let creditCode: String
        let registeredAddress: String
        let registeredDistrict: String
        let productionAddress: String
        let productionDistrict: String
        let legalRepresentative: String
        let phone: String
        let licenseNumber: String?
        let licenseIssuedOn: String?
        let licenseValidUntil: String?
        let productScope: String?
        /// Production sites beyond the first.
        let otherProductionSites: [SiteDTO]?

        var draft: EnterpriseDraft {
            EnterpriseDraft(
                name: name, creditCode: creditCode, registeredAddress: registeredAddress,
                registeredDistrict: registeredDistrict, productionAddress: productionAddress,
                productionDistrict: productionDistrict, legalRepresentative: legalRepresentative, phone: phone,
                licenseNumber: licenseNumber ?? "", licenseIssuedOn: licenseIssuedOn ?? "",
                licenseValidUntil: licenseValidUntil ?? "", productScope: productScope ?? "",
                otherProductionSites: (otherProductionSites ?? []).map { ProductionSiteDraft(address: $0.address, district: $0.district) }
            )
        }
    }

    struct HistoryDTO: Content {
        let index: UInt64
        let eventType: String
        let actor: String
        let time: Date
        let fields: [String: String]
        let leafHash: String
    }

    static let maxPageSize = 500

    /// One page of matches; `X-Total-Count` says how many there are in all.
    @Sendable static func search(req: Request) async throws -> Response {
        let search = try searchQuery(req)
        let page = try await req.store.enterprises.search(search).map(EnterpriseDTO.init)
        let response = try await page.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: "X-Total-Count", value: String(try await req.store.enterprises.count(search)))
        return response
    }

    /// An enterprise account's own enterprise, as its organisation names it.
    @Sendable static func own(req: Request) async throws -> EnterpriseDTO {
        guard let enterprise = try await ownEnterprise(req) else { throw EnterpriseError.unknownEnterprise("") }
        return EnterpriseDTO(enterprise)
    }

    static func ownEnterprise(_ req: Request) async throws -> Enterprise? {
        guard let code = try req.requireUser().organisation else { return nil }
        return try await req.store.enterprises.enterprise(creditCode: code)
    }

    @Sendable static func show(req: Request) async throws -> EnterpriseDTO {
        EnterpriseDTO(try await visibleEnterprise(req, for: .viewEnterprises))
    }

    @Sendable static func history(req: Request) async throws -> [HistoryDTO] {
        let enterprise = try await visibleEnterprise(req, for: .viewEnterprises)
        return try await req.store.enterprises.history(enterprise.id).map {
            HistoryDTO(index: $0.index, eventType: $0.entry.eventType, actor: $0.entry.actor, time: $0.entry.time,
                       fields: $0.entry.fields, leafHash: $0.leafHash.base64)
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let draft = try req.decodeJSON(DraftDTO.self).draft
        let enterprise = try await EnterpriseCommands.register(draft, in: req.commandContext)
        return try await EnterpriseDTO(enterprise).encodeResponse(status: .created, for: req)
    }

    @Sendable static func update(req: Request) async throws -> EnterpriseDTO {
        let current = try await visibleEnterprise(req, for: .manageEnterprises)
        let draft = try req.decodeJSON(DraftDTO.self).draft
        let updated = try await EnterpriseCommands.update(current.id, with: draft, in: req.commandContext)
        return EnterpriseDTO(updated)
    }

    @Sendable static func importCSV(req: Request) async throws -> Response {
        try await ImportEndpoint.enterprises.api(req)
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let district = try req.listScope(.viewEnterprises, requested: try districtParameter(req))
        let table = EnterpriseImport.exportTable(try await req.store.enterprises.all(in: district), language: req.language)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "enterprises.csv")
        return Response(status: .ok, headers: headers, body: .init(data: try CSVFile.write(table)))
    }

    static func searchQuery(_ req: Request) throws -> EnterpriseSearch {
        var query = QueryParameters(req)
        let text = query.text("q", maximumLength: EnterpriseSearch.maximumTextLength) ?? ""
        let limit = query.integer("limit", in: 1...maxPageSize, default: 50)
        let offset = query.integer("offset", in: 0...Int(Int32.max), default: 0)
        try query.check()
        let district = try req.listScope(.viewEnterprises, requested: try districtParameter(req))
        return EnterpriseSearch(text: text, district: district, limit: limit, offset: offset)
    }

    private static func districtParameter(_ req: Request) throws -> DistrictCode? {
        guard let text = req.query[String.self, at: "district"], !text.isEmpty else { return nil }
        guard let code = DistrictCode(rawValue: text) else {
            throw InvalidInput([FieldIssue(field: "district", problem: .invalidFormat)])
        }
        return code
    }

    /// The enterprise named in the path, if the caller may see it; others
    /// get the same 404 as a missing one, so ids cannot be probed.
    static func visibleEnterprise(_ req: Request, for action: Action) async throws -> Enterprise {
        guard let text = req.parameters.get("id"), let uuid = UUID(uuidString: text),
              let enterprise = try await req.store.enterprises.enterprise(EnterpriseID(rawValue: uuid))
        else { throw EnterpriseError.unknownEnterprise(req.parameters.get("id") ?? "") }
        do {
            try req.requireAccess(.viewEnterprises, toAnyOf: enterprise.districts)
        } catch {
            throw EnterpriseError.unknownEnterprise(text)
        }
        if action != .viewEnterprises { try req.requireAccess(action, toAnyOf: enterprise.districts) }
        return enterprise
    }
}
