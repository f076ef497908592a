import Foundation

/// An inspector as typed into a form or an API body, before any check.
public struct InspectorDraft: Sendable {
    public var name: String
    public var unit: String
    public var position: String
    public var phone: String
    public var certificateNumber: String
    public var isActive: Bool
    public var conflicts: [String]

    public init(
        name: String, unit: String, position: String, phone: String, certificateNumber: String, isActive: Bool, conflicts: [String]
    ) {
        self.name = name
        self.unit = unit
        self.position = position
        self.phone = phone
        self.certificateNumber = certificateNumber
        self.isActive = isActive
        self.conflicts = conflicts
    }
}

/// An inspector draft with every field in the right form; whether the
/// certificate number is free is for the store to answer in its transaction.
public struct ValidInspector: Hashable, Sendable {
    public var name: String
    public var unit: String
    public var position: String
    public var phone: String
    public var certificateNumber: EnforcementCertificateNumber
    public var isActive: Bool
    public var conflicts: [UnifiedSocialCreditCode]
}

/// The rules of the inspector database (RND-2).
public enum InspectorRules {
    public static let nameLength = 1...32
    public static let unitLength = 1...64
    public static let positionLength = 1...32
    /// Mobile numbers have 11 digits, landlines with area code up to 12, plus
    /// an extension now and then.
    public static let phoneDigits = 7...16

    public static func validate(_ draft: InspectorDraft) throws(InvalidInput) -> ValidInspector {
        var issues: [FieldIssue] = []
        let name = TextRules.trimmed(draft.name), unit = TextRules.trimmed(draft.unit)
        let position = TextRules.trimmed(draft.position), phone = TextRules.trimmed(draft.phone)
        for (field, text, allowed) in [("name", name, nameLength), ("unit", unit, unitLength), ("position", position, positionLength)] {
            if let problem = TextRules.lengthProblem(text, allowed: allowed) { issues.append(FieldIssue(field: field, problem: problem)) }
        }
        if phone.isEmpty {
            issues.append(FieldIssue(field: "phone", problem: .missing))
        } else if !isPhoneNumber(phone) {
            issues.append(FieldIssue(field: "phone", problem: .invalidFormat))
        }
        let certificateText = draft.certificateNumber.trimmingWhitespace()
        let certificate = EnforcementCertificateNumber(rawValue: certificateText)
        if certificate == nil {
            issues.append(FieldIssue(field: "certificateNumber", problem: certificateText.isEmpty ? .missing : .invalidFormat))
        }
        var conflicts: [UnifiedSocialCreditCode] = []
        for text in draft.conflicts.map(UnifiedSocialCreditCode.normalizedInput) where !text.isEmpty {
            do { conflicts.append(try UnifiedSocialCreditCode(validating: text)) } catch {
                issues.append(FieldIssue(field: "conflicts", problem: .unknownValue(text)))
            }
        }
        try InvalidInput.check(issues)
        return ValidInspector(
            name: name, unit: unit, position: position, phone: phone, certificateNumber: certificate!,
            isActive: draft.isActive, conflicts: conflicts
        )
    }

    public static func add(
        _ valid: ValidInspector, id: InspectorID, in district: DistrictCode, certificateTaken: Bool,
        by actor: ActorReference, at now: Date
    ) throws(InspectorError) -> (Inspector, DomainEvent) {
        if certificateTaken { throw .certificateTaken(valid.certificateNumber) }
        let inspector = make(valid, id: id, district: district)
        return (inspector, event(.inspectorAdded, inspector, by: actor, at: now))
    }

    /// Replaces every field but the district: an inspector who moves to
    /// another bureau is entered there anew, so each district's history stays whole.
    public static func update(
        _ existing: Inspector, to valid: ValidInspector, certificateTaken: Bool, by actor: ActorReference, at now: Date
    ) throws(InspectorError) -> (Inspector, DomainEvent) {
        let inspector = make(valid, id: existing.id, district: existing.district)
        guard inspector != existing else { throw .unchanged }
        if certificateTaken { throw .certificateTaken(valid.certificateNumber) }
        return (inspector, event(.inspectorUpdated, inspector, by: actor, at: now))
    }

    public static let subjectKind = "inspector"

    public static func ledgerFields(of inspector: Inspector) -> [String: String] {
        [
            "district": inspector.district.rawValue, "name": inspector.name, "unit": inspector.unit,
            "position": inspector.position, "phone": inspector.phone, "certificateNumber": inspector.certificateNumber.rawValue,
            "active": inspector.isActive ? "true" : "false",
            "conflicts": inspector.conflicts.map(\.rawValue).joined(separator: ","),
        ]
    }

    public static func isPhoneNumber(_ text: String) -> Bool {
        let allowed = text.unicodeScalars.allSatisfy { CharacterSet.decimalDigits.contains($0) && $0.isASCII || "+- ".unicodeScalars.contains($0) }
        let digits = text.unicodeScalars.filter { $0.isASCII && CharacterSet.decimalDigits.contains($0) }.count
        return allowed && phoneDigits.contains(digits)
    }

    private static func make(_ valid: ValidInspector, id: InspectorID, district: DistrictCode) -> Inspector {
        Inspector(
            id: id, district: district, name: valid.name, unit: valid.unit, position: valid.position, phone: valid.phone,
            certificateNumber: valid.certificateNumber, isActive: valid.isActive, conflicts: valid.conflicts
        )
    }

    private static func event(_ kind: DomainEvent.Kind, _ inspector: Inspector, by actor: ActorReference, at now: Date) -> DomainEvent {
        DomainEvent(
            kind: kind, actor: actor, subject: .init(kind: subjectKind, id: inspector.id.description),
            occurredAt: now, fields: ledgerFields(of: inspector)
        )
    }
}

extension DomainEvent.Kind {
    public static let inspectorAdded = Self(rawValue: "inspector.added")
    public static let inspectorUpdated = Self(rawValue: "inspector.updated")
}
