import Foundation

extension Phrase {
    public func text(_ language: Language) -> String {
        switch language {
        case .zhHans: zhHans
        case .en: english
        }
    }

    /// Both texts, for a place that takes either a phrase or a typed one.
    public var bilingual: Bilingual { Bilingual(zhHans, en: english) }
}

extension Role {
    public var phrase: Phrase {
        switch self {
        case .cityOfficer: .roleCityOfficer
        case .districtOfficer: .roleDistrictOfficer
        case .inspector: .roleInspector
        case .reviewer: .roleReviewer
        case .enterprise: .roleEnterprise
        case .testingAgency: .roleTestingAgency
        case .auditor: .roleAuditor
        }
    }

    /// What the role's home page says it is for.
    public var homeIntroduction: Phrase {
        switch self {
        case .cityOfficer: .homeIntroCityOfficer
        case .districtOfficer: .homeIntroDistrictOfficer
        case .inspector: .homeIntroInspector
        case .reviewer: .homeIntroReviewer
        case .enterprise: .homeIntroEnterprise
        case .testingAgency: .homeIntroTestingAgency
        case .auditor: .homeIntroAuditor
        }
    }
}

extension District.Level {
    public var phrase: Phrase {
        switch self {
        case .city: .levelCity
        case .district: .levelDistrict
        }
    }
}

extension FieldProblem {
    /// JSON's type names, as `wrongType` carries them, in words.
    private static let typeNames: [String: Phrase] = [
        "integer": .typeInteger, "number": .typeNumber, "string": .typeString, "boolean": .typeBoolean,
        "array": .typeArray, "object": .typeObject,
    ]

    public func text(_ language: Language) -> String {
        switch self {
        case .missing: Phrase.fieldMissing.text(language)
        case .wrongType(let expected):
            Phrase.fieldWrongType(expected: Self.typeNames[expected]?.bilingual ?? Bilingual(expected, en: expected)).text(language)
        case .outOfRange(let minimum, let maximum): Phrase.fieldOutOfRange(minimum: minimum, maximum: maximum).text(language)
        case .tooShort(let minimum): Phrase.fieldTooShort(minimum: minimum).text(language)
        case .tooLong(let maximum): Phrase.fieldTooLong(maximum: maximum).text(language)
        case .invalidFormat: Phrase.fieldInvalidFormat.text(language)
        case .unknownValue(let value): Phrase.fieldUnknownValue(value: value).text(language)
        case .notAllowed: Phrase.fieldNotAllowed.text(language)
        case .creditCode(let error): error.text(language)
        case .duplicate(nil): Phrase.fieldDuplicate.text(language)
        case .duplicate(let line?): Phrase.fieldDuplicateLine(line: line).text(language)
        }
    }
}

extension FieldIssue {
    /// "用户名：格式不正确" — the field's label when the catalogue knows it, else
    /// its path as sent.
    /// A field's label in words, or its path when the catalogue has none.
    public static func label(_ field: String, _ language: Language) -> String {
        labels[field]?.text(language) ?? columnLabel(field, language) ?? field
    }

    public func text(_ language: Language) -> String {
        let label = Self.label(field, language)
        let separator = language == .zhHans ? "：" : " "
        let text = label + separator + problem.text(language)
        return line.map { Phrase.importRowLine(line: $0, issues: [text]).text(language) } ?? text
    }

    /// Enterprise fields are labelled as their import columns are headed;
    /// `otherProductionSites[0].address` is the second site's, "生产地址 2".
    private static func columnLabel(_ field: String, _ language: Language) -> String? {
        var name = Substring(field)
        var site: Int?
        if name.hasPrefix("otherProductionSites["), let close = name.firstIndex(of: "]"),
           let position = Int(name[name.index(name.startIndex, offsetBy: "otherProductionSites[".count)..<close]) {
            let member = name[name.index(after: close)...]
            guard member == ".address" || member == ".district" else { return nil }
            name = member == ".address" ? "productionAddress" : "productionDistrict"
            site = position + 2
        }
        guard let column = EnterpriseColumn(rawValue: String(name)) else { return nil }
        let label = language == .zhHans ? column.chineseHeader : column.englishLabel
        return site.map { "\(label) \($0)" } ?? label
    }

    private static let labels: [String: Phrase] = [
        "username": .fieldUsername, "displayName": .fieldDisplayName, "password": .fieldPassword,
        "role": .fieldRole, "district": .fieldDistrict, "code": .fieldCode, "name": .fieldName,
        "level": .fieldLevel, "index": .fieldIndex, "size": .fieldSize, "size1": .fieldSize, "size2": .fieldSize,
        "leafHash": .fieldLeafHash, "start": .fieldStart, "count": .fieldCount,
        "organisation": .usersOrganisation, "currentPassword": .accountCurrentPassword, "newPassword": .accountNewPassword,
        "dryRun": .enterprisesDryRun, "skipInvalid": .enterprisesSkipInvalid,
        "q": .fieldQuery, "limit": .fieldLimit, "offset": .fieldOffset, "days": .calendarDays, "from": .calendarFrom,
        "file": .enterprisesFile, "file.filename": .enterprisesFile, "file.data": .enterprisesFile,
        // product catalogue and inspector database
        "category": .catalogueCategory, "implementationRules": .catalogueRules, "riskLevel": .catalogueRiskLevel, "testItems": .catalogueTestItems,
        "simplified": .catalogueSimplified, "unit": .inspectorsUnit, "position": .inspectorsPosition,
        "phone": .inspectorsPhone, "certificateNumber": .inspectorsCertificate, "conflicts": .inspectorsConflicts,
        "active": .inspectorsActive,
    ]
}
