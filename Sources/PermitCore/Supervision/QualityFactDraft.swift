import Foundation

/// A quality fact as an officer or another capability states it, before
/// it is checked.
public struct QualityFactDraft: Hashable, Sendable {
    public var kind: String
    /// `national`/`provincial`/`district` for a failed sampling;
    /// `standards`/`rules`/`conditions`/`process` for a substantial change.
    public var qualifier: String
    /// `YYYY-MM-DD`
    public var occurredOn: String
    public var description: String
    public var source: String

    public init(kind: String, qualifier: String = "", occurredOn: String, description: String, source: String = "") {
        self.kind = kind
        self.qualifier = qualifier
        self.occurredOn = occurredOn
        self.description = description
        self.source = source
    }

    public static let descriptionLimit = 500
    public static let sourceLimit = 100

    /// The fact, or every field at fault. A fact cannot have happened after
    /// the day it is recorded.
    public func validate(
        id: QualityFactID, creditCode: UnifiedSocialCreditCode, district: DistrictCode, by actor: ActorReference, on today: CivilDate
    ) throws(InvalidInput) -> QualityFact {
        var issues: [FieldIssue] = []
        var kind: QualityFact.Kind?
        do throws(InvalidInput) {
            kind = try QualityFact.Kind.parse(code: self.kind, qualifier: qualifier)
        } catch {
            issues += error.issues
        }
        let day = try? CivilDate(parsing: occurredOn.trimmingWhitespaceAndNewlines())
        if day == nil { issues.append(FieldIssue(field: "occurredOn", problem: occurredOn.isEmpty ? .missing : .invalidFormat)) }
        if let day, day > today { issues.append(FieldIssue(field: "occurredOn", problem: .notAllowed)) }
        let text = description.trimmingWhitespaceAndNewlines(), origin = source.trimmingWhitespaceAndNewlines()
        if let problem = TextRules.lengthProblem(text, allowed: 1...Self.descriptionLimit) { issues.append(FieldIssue(field: "description", problem: problem)) }
        if origin.textLength > Self.sourceLimit { issues.append(FieldIssue(field: "source", problem: .tooLong(maximum: Self.sourceLimit))) }
        guard let kind, let day, issues.isEmpty else { throw InvalidInput(issues) }
        return QualityFact(
            id: id, creditCode: creditCode, kind: kind, occurredOn: day, description: text, source: origin, district: district, recordedOn: today,
            recordedBy: actor
        )
    }
}
