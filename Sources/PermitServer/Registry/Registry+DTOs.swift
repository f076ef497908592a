import Foundation
import PermitCore
import Vapor

extension API {
    struct CatalogueDTO: Content, Equatable {
        let version: Int
        let currentVersion: Int
        let categories: [CategoryDTO]

        init(_ catalogue: ProductCatalogue, currentVersion: Int) {
            version = catalogue.version
            self.currentVersion = currentVersion
            categories = catalogue.categories.map { CategoryDTO($0, in: catalogue) }
        }
    }

    struct CategoryDTO: Content, Equatable {
        let code: String
        let industryCode: String
        let productCode: String
        let name: String
        let issuingLevel: String
        let simplifiedProcedure: Bool
        let units: [UnitDTO]

        init(_ category: ProductCategory, in catalogue: ProductCatalogue) {
            code = category.code.rawValue
            industryCode = String(code.prefix(2))
            productCode = String(code.suffix(3))
            name = category.name
            issuingLevel = category.issuingLevel.rawValue
            simplifiedProcedure = category.simplifiedProcedure
            units = catalogue.units(in: category.code).map { UnitDTO($0, version: catalogue.version) }
        }
    }

    struct UnitDTO: Content, Equatable {
        let id: String
        let category: String
        let name: String
        let implementationRules: String
        let riskLevel: String
        /// 检验项目 a type-test report must cover (LIC-3).
        let testItems: [String]
        /// The catalogue version this state of the unit belongs to.
        let version: Int

        init(_ unit: ProductUnit, version: Int) {
            id = unit.id.description
            category = unit.category.rawValue
            name = unit.name
            implementationRules = unit.implementationRules
            riskLevel = unit.riskLevel.rawValue
            testItems = unit.testItems
            self.version = version
        }
    }

    struct UnitInputDTO: Content {
        let category: String
        let name: String
        let implementationRules: String
        let riskLevel: String
        let testItems: [String]?

        var draft: ProductUnitDraft {
            ProductUnitDraft(category: category, name: name, implementationRules: implementationRules, riskLevel: riskLevel, testItems: testItems ?? [])
        }
    }

    /// A category to add, or (on `PUT`, where the path names it) its new state.
    struct CategoryInputDTO: Content {
        let code: String?
        let name: String
        let issuingLevel: String
        let simplifiedProcedure: Bool

        var draft: ProductCategoryDraft {
            ProductCategoryDraft(code: code ?? "", name: name, issuingLevel: issuingLevel, simplifiedProcedure: simplifiedProcedure)
        }
    }

    struct SimplifiedDTO: Content {
        let simplified: Bool
    }

    struct InspectorDTO: Content, Equatable {
        let id: String
        let district: String
        let name: String
        let unit: String
        let position: String
        let phone: String
        let certificateNumber: String
        let active: Bool
        let conflicts: [String]

        init(_ inspector: Inspector) {
            id = inspector.id.description
            district = inspector.district.rawValue
            name = inspector.name
            unit = inspector.unit
            position = inspector.position
            phone = inspector.phone
            certificateNumber = inspector.certificateNumber.rawValue
            active = inspector.isActive
            conflicts = inspector.conflicts.map(\.rawValue)
        }
    }

    /// `active` defaults to true and `conflicts` to none, the usual state of
    /// a newly entered inspector.
    struct InspectorInputDTO: Content {
        let name: String
        let unit: String
        let position: String
        let phone: String
        let certificateNumber: String
        let active: Bool?
        let conflicts: [String]?

        var draft: InspectorDraft {
            InspectorDraft(
                name: name, unit: unit, position: position, phone: phone, certificateNumber: certificateNumber,
                isActive: active ?? true, conflicts: conflicts ?? []
            )
        }
    }
}
