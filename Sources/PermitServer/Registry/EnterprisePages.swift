import Foundation
import PermitCommands
import PermitCore
import PermitLedger
import PermitStore
import Vapor

/// The enterprise database for people: search and list, and one enterprise
/// with its history.
enum EnterprisePages {
    struct Row: Encodable, Sendable {
        let id: String
        let name: String
        let creditCode: String
        let districts: String
        let licenses: String
    }

    struct ListContent: Encodable, Sendable {
        let query: String
        let districtOptions: [UsersPage.Option]
        let canChooseDistrict: Bool
        let rows: [Row]
        let total: String
        let previousHref: String?
        let nextHref: String?
        let canImport: Bool
        let canRegister: Bool
        let exportHref: String
    }

    struct DetailContent: Encodable, Sendable {
        struct Field: Encodable, Sendable {
            let label: String
            let value: String
        }

        let name: String
        let fields: [Field]
        let history: [LedgerPages.EntryRow]
        /// Where to edit it, for those who may.
        let editHref: String?
        let notice: String?
        /// The flag while listed on the quality blacklist, and every listing
        /// with its removal, if any (LIC-13).
        let blacklisted: String?
        let listings: [String]
        /// 一企一档 (ARC-4): licensing and supervision, each with its case.
        let archive: OversightArchivePage.Content
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let search = try EnterprisesAPIController.searchQuery(req)
        let language = req.language
        let districts = try await req.store.accounts.districts()
        let names = Dictionary(uniqueKeysWithValues: districts.map { ($0.code, $0.name) })
        let today = CivilDate(req.now)
        let rows = try await req.store.enterprises.search(search).map { enterprise in
            Row(
                id: enterprise.id.description, name: enterprise.name, creditCode: enterprise.creditCode.rawValue,
                districts: enterprise.districts.sorted().map { names[$0] ?? $0.rawValue }.joined(separator: "、"),
                licenses: enterprise.licenses.map { licenseText($0, today: today, language) }.joined(separator: " ")
            )
        }
        let total = try await req.store.enterprises.count(search)
        func page(_ offset: Int) -> String {
            RegistryURL.enterprises.path(["q": search.text, "offset": offset, "district": search.district?.rawValue])
        }
        let user = try req.requireUser()
        let canChoose = AccessPolicy.reach(of: user) == .everyDistrict
        let options = [UsersPage.Option(value: "", label: Phrase.enterprisesAllDistricts.text(language), selected: search.district == nil)]
            + districts.filter { $0.level == .district }.map {
                UsersPage.Option(value: $0.code.rawValue, label: $0.name, selected: $0.code == search.district)
            }
        let content = ListContent(
            query: search.text, districtOptions: options, canChooseDistrict: canChoose, rows: rows,
            total: Phrase.enterprisesTotal(total: total, first: rows.isEmpty ? 0 : search.offset + 1, last: search.offset + rows.count)
                .text(language),
            previousHref: search.offset > 0 ? page(max(0, search.offset - search.limit)) : nil,
            nextHref: search.offset + rows.count < total ? page(search.offset + search.limit) : nil,
            canImport: AccessPolicy.decide(req.actor, .importEnterprises, on: .installation) == .allow,
            canRegister: Action.manageEnterprises.permittedRoles.contains(user.role),
            exportHref: RegistryURL.api(.export).path(["district": search.district?.rawValue])
        )
        return try await Page(title: .enterprisesTitle, content: content, request: req).render(on: req, template: "enterprises")
    }

    /// A licence's number (or other text) with "已过有效期" once its validity
    /// has ended, so nobody takes a lapsed licence for a valid one.
    static func licenseText(
        _ license: LicenseHolding, today: CivilDate, _ language: Language, showing text: KeyPath<LicenseHolding, String> = \.number
    ) -> String {
        let value = license[keyPath: text]
        return license.validUntil < today ? "\(value)（\(Phrase.enterprisesExpired.text(language))）" : value
    }

    /// An enterprise's registration, sites and licences as labelled lines,
    /// districts by name and lapsed licences marked; none for no enterprise.
    static func summary(of enterprise: Enterprise?, on req: Request) async throws -> [DetailContent.Field] {
        guard let enterprise else { return [] }
        let language = req.language
        let names = Dictionary(uniqueKeysWithValues: try await req.store.accounts.districts().map { ($0.code, $0.name) })
        func field(_ column: EnterpriseColumn, _ value: String) -> DetailContent.Field {
            DetailContent.Field(label: language == .zhHans ? column.chineseHeader : column.englishLabel, value: value)
        }
        func district(_ code: DistrictCode) -> String { names[code] ?? code.rawValue }
        var fields = [
            field(.name, enterprise.name),
            field(.creditCode, enterprise.creditCode.rawValue),
            field(.registeredAddress, enterprise.registeredAddress),
            field(.registeredDistrict, district(enterprise.registeredDistrict)),
            field(.legalRepresentative, enterprise.legalRepresentative),
            field(.phone, enterprise.phone),
        ]
        fields += enterprise.productionSites.flatMap {
            [field(.productionAddress, $0.address), field(.productionDistrict, district($0.district))]
        }
        let today = CivilDate(req.now)
        fields += enterprise.licenses.flatMap {
            [field(.licenseNumber, $0.number), field(.licenseValidUntil, licenseText($0, today: today, language, showing: \.validUntil.description)),
             field(.productScope, $0.productScope)]
        }
        return fields
    }

    @Sendable static func detail(req: Request) async throws -> Response {
        let enterprise = try await EnterprisesAPIController.visibleEnterprise(req, for: .viewEnterprises)
        let language = req.language
        let fields = try await summary(of: enterprise, on: req)
        let wording = try await LedgerWording(req)
        let history = try await LedgerPages.history(try await req.store.enterprises.history(enterprise.id), wording: wording)
        let mayEdit = (try? req.requireAccess(.manageEnterprises, toAnyOf: enterprise.districts)) != nil
        let listings = try await BlacklistCommands.history(of: enterprise.creditCode, in: req.commandContext)
        let content = DetailContent(
            name: enterprise.name, fields: fields, history: history, editHref: mayEdit ? RegistryURL.editEnterprise(.value(enterprise.id.description)).path : nil,
            notice: req.query[String.self, at: "saved"] == nil ? nil : Phrase.enterprisesSaved.text(language),
            blacklisted: listings.contains { $0.isInForce(on: CivilDate(req.now)) } ? BlacklistPages.flag.text(language) : nil,
            listings: listings.map { BlacklistPages.describe($0).text(language) },
            archive: try await OversightArchivePage.content(of: enterprise.creditCode, on: req)
        )
        return try await Page(title: .enterprisesDetailTitle, content: content, request: req).render(on: req, template: "enterprise")
    }
}
